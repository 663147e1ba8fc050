#include "fieldschemajob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Concord {

FieldSchemaJob::FieldSchemaJob(ApiJob *job)
{
    start(job);
}

bool FieldSchemaJob::parseReply(const QJsonDocument &json)
{
    bool ok = json.isArray();
    if (ok)
        m_schema = FieldSchema::fromJson(json.array(), &ok);
    return ok;
}

} // namespace Concord
