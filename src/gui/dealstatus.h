#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Concord {

/// A deal's status as the API writes it (`open`, `won`, `lost`) and the words a person reads
/// for it: one list for the table, the filter bar and the detail pane.
class DealStatus
{
    Q_DECLARE_TR_FUNCTIONS(Concord::DealStatus)
public:
    /// Every status, in the order a person expects them, with its translated label.
    [[nodiscard]] static QList<QPair<QString, QString>> all();
    /// The label of `code`; an unknown code (a newer server's) is shown as it came.
    [[nodiscard]] static QString label(const QString &code);
};

} // namespace Concord
