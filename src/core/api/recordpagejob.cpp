#include "recordpagejob.h"

#include "recordlistjob.h"

#include <QJsonDocument>

namespace Concord {

RecordPageJob::RecordPageJob(ApiJob *job)
{
    start(job);
}

bool RecordPageJob::pageFromJson(const QJsonDocument &json, QList<QJsonObject> *records, PageMeta *meta)
{
    if (!json.isObject())
        return false;
    const QJsonObject envelope = json.object();
    const QJsonValue metaJson = envelope.value(QLatin1String("meta"));
    if (!metaJson.isObject())
        return false;
    bool ok = false;
    *meta = PageMeta::fromJson(metaJson.toObject(), &ok);
    return ok && RecordListJob::recordsFromJson(envelope.value(QLatin1String("data")), records);
}

bool RecordPageJob::parseReply(const QJsonDocument &json)
{
    return pageFromJson(json, &m_records, &m_meta);
}

} // namespace Concord
