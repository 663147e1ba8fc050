#pragma once

#include "schema/fielddefinition.h"

#include <QString>
#include <QVariant>

namespace Concord {

/// One entry a picker offers: the edit value it stands for (an option id as qint64, or a string
/// such as a tag name or a timezone), what the person reads, and an optional swatch colour.
/// The shared currency of the searchable combo and the chip input.
struct Choice
{
    QVariant value;
    QString text;
    QString color; ///< "#rrggbb"; empty when the choice has none

    /// A field option (§8.2) as a choice: its id turned into the edit value.
    [[nodiscard]] static Choice fromOption(const FieldDefinition::Option &option);
    /// The edit value of an option id: qint64 for a number, the string for a string id.
    [[nodiscard]] static QVariant valueOf(const QJsonValue &id);
    /// Whether two edit values name the same choice. Ids reach editors as int, qint64 or double
    /// depending on where they came from, so they compare by their text (17 == 17LL == 17.0).
    [[nodiscard]] static bool sameValue(const QVariant &a, const QVariant &b);
};

} // namespace Concord
