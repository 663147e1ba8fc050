#pragma once

#include "api/apierror.h"
#include "api/currentuser.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace Concord {

class ApiClient;
class CurrentUserJob;

/// One `GET /api/me` read as an answer to "is this the right server, and does this token work?"
/// (§2.3), for the setup wizard and the token dialog. Without a token on the client it only
/// asks whether a Concord API answers at the base URL: the expected answer is then a JSON 401.
/// The client should not park rejected calls (ApiClient::setParksRejectedCalls(false)).
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Running,
        Ok, ///< Concord answered; with a token: it works, user() says whose it is
        Unreachable, ///< no connection, name not found, timeout
        WrongUrl, ///< something answered, but there is no Concord API at this address (404)
        NotConcord, ///< an answer that is not Concord's: HTML, a login page, odd JSON
        InvalidToken, ///< 401: unknown, mistyped or revoked
        NoApiAccess, ///< 403: the token is valid, its user may not use the API
        UntrustedCertificate, ///< TLS: the certificate is not trusted; certificate() may be pinned
        TlsFailure, ///< TLS failed otherwise (handshake, a pinned certificate that changed)
        InsecureRefused, ///< http:// to a host that is not loopback, without consent
        ServerError, ///< 5xx, rate limit or another unexpected status
    };
    Q_ENUM(Outcome)

    /// Starts at once; finished() follows from the event loop.
    explicit ConnectionCheck(ApiClient *client, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    [[nodiscard]] bool isFinished() const { return m_outcome != Outcome::Running; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool isOk() const { return m_outcome == Outcome::Ok; }
    /// With a token and Outcome::Ok: the token's owner.
    [[nodiscard]] CurrentUser user() const { return m_user; }
    /// With Outcome::UntrustedCertificate: the certificate the server presented.
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    /// The underlying error, for a "details" line.
    [[nodiscard]] ApiError error() const { return m_error; }
    /// A translated sentence that says what is wrong and what to do about it.
    [[nodiscard]] QString message() const;

    /// How an error of `error`'s kind reads as an outcome; `hadToken` decides what a 401 means.
    [[nodiscard]] static Outcome classify(const ApiError &error, bool hadToken, bool hadCertificate);

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<CurrentUserJob> m_job;
    bool m_hadToken;
    bool m_hadPin;
    Outcome m_outcome = Outcome::Running;
    CurrentUser m_user;
    QSslCertificate m_certificate;
    ApiError m_error;
};

} // namespace Concord
