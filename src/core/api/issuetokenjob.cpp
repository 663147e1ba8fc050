#include "issuetokenjob.h"

#include "apiclient.h"
#include "appinfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace Concord {

IssueTokenJob::IssueTokenJob(ApiClient *client, const QString &email, const QString &password,
                             const QString &deviceName)
{
    start(client->post(QStringLiteral("token"), QJsonObject{{QStringLiteral("email"), email.trimmed()},
                                                             {QStringLiteral("password"), password},
                                                             {QStringLiteral("device_name"), deviceName}}));
}

QString IssueTokenJob::defaultDeviceName()
{
    return tr("%1 on %2").arg(AppInfo::name(), QSysInfo::machineHostName());
}

bool IssueTokenJob::parseReply(const QJsonDocument &json)
{
    const QJsonObject object = json.object();
    m_token = object.value(QLatin1String("accessToken")).toString().trimmed();
    m_userName = object.value(QLatin1String("name")).toString();
    return !m_token.isEmpty();
}

} // namespace Concord
