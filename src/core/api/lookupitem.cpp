#include "lookupitem.h"

#include <QJsonArray>

namespace Concord {

QList<LookupItem> LookupItem::nested(const QString &key) const
{
    QList<LookupItem> items;
    const QJsonArray entries = raw.value(key).toArray();
    items.reserve(entries.size());
    for (const QJsonValue &entry : entries)
        items.append(fromRecord(entry.toObject()));
    return items;
}

LookupItem LookupItem::fromRecord(const QJsonObject &record)
{
    const QJsonValue name = record.value(QLatin1String("name"));
    return {record.value(QLatin1String("id")),
        name.isString() ? name.toString() : record.value(QLatin1String("display_name")).toString(),
        record.value(QLatin1String("swatch_color")).toString(), record};
}

} // namespace Concord
