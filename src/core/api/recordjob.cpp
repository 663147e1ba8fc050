#include "recordjob.h"

#include <QJsonDocument>

namespace Concord {

RecordJob::RecordJob(ApiJob *job, Body body)
    : m_body(body)
{
    start(job);
}

bool RecordJob::parseReply(const QJsonDocument &json)
{
    if (json.isNull())
        return m_body == Body::Optional;
    if (!json.isObject())
        return false;
    m_record = json.object();
    return true;
}

} // namespace Concord
