#include "recordlistjob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Concord {

RecordListJob::RecordListJob(ApiJob *job)
{
    start(job);
}

bool RecordListJob::recordsFromJson(const QJsonValue &array, QList<QJsonObject> *records)
{
    if (!array.isArray())
        return false;
    const QJsonArray items = array.toArray();
    records->reserve(records->size() + items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return false;
        records->append(item.toObject());
    }
    return true;
}

bool RecordListJob::parseReply(const QJsonDocument &json)
{
    return json.isArray() && recordsFromJson(json.array(), &m_records);
}

} // namespace Concord
