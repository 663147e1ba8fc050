#include "lookupjob.h"

#include "schema/fieldschema.h"

#include "recordlistjob.h"
#include "recordpager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Concord {

namespace {

QList<LookupItem> itemsFromRecords(const QList<QJsonObject> &records)
{
    QList<LookupItem> items;
    items.reserve(records.size());
    for (const QJsonObject &record : records)
        items.append(LookupItem::fromRecord(record));
    return items;
}

bool itemsFromNames(const QJsonDocument &json, QList<LookupItem> *items)
{
    if (!json.isArray())
        return false;
    const QJsonArray names = json.array();
    for (const QJsonValue &name : names) {
        if (!name.isString())
            return false;
        items->append({name, name.toString(), {}, {}});
    }
    return true;
}

bool itemsFromKeyedObject(const QJsonDocument &json, QList<LookupItem> *items)
{
    if (!json.isObject())
        return false;
    const QJsonObject entries = json.object();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!it.value().isObject())
            return false;
        const QJsonObject entry = it.value().toObject();
        items->append({it.key(), entry.value(QLatin1String("name")).toString(), {}, entry});
    }
    return true;
}

} // namespace

LookupJob::LookupJob(ApiJob *job, Shape shape, const QString &field)
    : m_shape(shape)
    , m_field(field)
{
    start(job);
}

LookupJob::LookupJob(RecordPager *pager)
{
    // A child, so that abort() and deletion reach the pager too.
    pager->setParent(this);
    connect(pager, &ServiceJob::finished, this, [this, pager] { onPagerFinished(pager); });
}

void LookupJob::onPagerFinished(RecordPager *pager)
{
    if (pager->isOk())
        m_items = itemsFromRecords(pager->records());
    finish(pager->error());
}

bool LookupJob::parseReply(const QJsonDocument &json)
{
    switch (m_shape) {
    case Shape::RecordArray: {
        QList<QJsonObject> records;
        if (!json.isArray() || !RecordListJob::recordsFromJson(json.array(), &records))
            return false;
        m_items = itemsFromRecords(records);
        return true;
    }
    case Shape::NameArray:
        return itemsFromNames(json, &m_items);
    case Shape::KeyedObject:
        return itemsFromKeyedObject(json, &m_items);
    case Shape::FieldOptions: {
        bool ok = false;
        const FieldSchema schema = FieldSchema::fromJson(json.array(), &ok);
        const FieldDefinition *field = ok ? schema.field(m_field) : nullptr;
        if (!field)
            return false;
        for (const FieldDefinition::Option &option : field->options())
            m_items.append({option.id, option.label, option.swatchColor, option.raw});
        return true;
    }
    }
    return false;
}

} // namespace Concord
