#include "currentuserjob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Concord {

CurrentUserJob::CurrentUserJob(ApiJob *job)
{
    start(job);
}

bool CurrentUserJob::parseReply(const QJsonDocument &json)
{
    bool ok = json.isObject();
    if (ok)
        m_user = CurrentUser::fromJson(json.object(), &ok);
    return ok;
}

} // namespace Concord
