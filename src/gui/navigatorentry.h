#pragma once

#include "models/recordlistmodel.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Concord {

/// One record type in the main window's navigator: the resource it lists, the columns it shows
/// and the words of its empty and loading states. Kept as data, so a new record type is one more
/// entry and not one more view class.
struct NavigatorEntry
{
    Q_DECLARE_TR_FUNCTIONS(Concord::NavigatorEntry)
public:
    QString resource;
    QString title;
    QString loadingText;
    QString emptyText;
    QVector<RecordListModel::Column> columns;

    /// Every record type the navigator offers, in display order, with translated texts.
    [[nodiscard]] static QVector<NavigatorEntry> all();
    /// One record of `resource`, as a title says it: "Contact", "Note"; the resource otherwise.
    [[nodiscard]] static QString singular(const QString &resource);
};

} // namespace Concord
