#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Concord {

/// One entry of a lookup list (users, sources, countries, currencies, pipelines, ...), for
/// pickers: what to write (`id`), what to show (`name`), and the entry as the server sent it.
struct LookupItem
{
    /// A number for records; the IANA name for a timezone, the ISO code for a currency.
    QJsonValue id;
    QString name;
    QString swatchColor; ///< empty when the entry has none
    QJsonObject raw;

    /// The entries of an array inside raw, e.g. a pipeline's `stages` (loaded with `with=stages`).
    [[nodiscard]] QList<LookupItem> nested(const QString &key) const;

    /// An entry from a record-like object: `id`, then `name` or else `display_name`,
    /// `swatch_color`.
    [[nodiscard]] static LookupItem fromRecord(const QJsonObject &record);
};

} // namespace Concord
