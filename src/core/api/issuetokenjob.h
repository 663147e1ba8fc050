#pragma once

#include "servicejob.h"

namespace Concord {

class ApiClient;

/// `POST /api/token` (§2.4): signs in with e-mail and password once, so the server issues a
/// personal access token named after this computer. The password is sent and forgotten; the
/// client must have no token set (the route is for guests only).
class IssueTokenJob : public ServiceJob
{
    Q_OBJECT
public:
    IssueTokenJob(ApiClient *client, const QString &email, const QString &password, const QString &deviceName);

    /// The plain token, shown once by the server; empty until success.
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString userName() const { return m_userName; }

    /// A name for the token that tells the user later which machine it belongs to.
    [[nodiscard]] static QString defaultDeviceName();

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    QString m_token;
    QString m_userName;
};

} // namespace Concord
