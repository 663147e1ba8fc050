#include "currentuser.h"

#include <QJsonObject>

namespace Concord {

CurrentUser CurrentUser::fromJson(const QJsonObject &json, bool *ok)
{
    CurrentUser user;
    user.id = json.value(QLatin1String("id")).toInteger();
    *ok = user.id > 0;
    user.name = json.value(QLatin1String("name")).toString();
    user.email = json.value(QLatin1String("email")).toString();
    user.timezone = json.value(QLatin1String("timezone")).toString();
    user.dateFormat = json.value(QLatin1String("date_format")).toString();
    user.timeFormat = json.value(QLatin1String("time_format")).toString();
    user.superAdmin = json.value(QLatin1String("super_admin")).toBool();
    user.raw = json;
    return user;
}

} // namespace Concord
