#include "connectioncheck.h"

#include "api/apiclient.h"
#include "api/currentuserjob.h"
#include "api/lookupservice.h"

namespace Concord {

ConnectionCheck::ConnectionCheck(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_hadToken(client->hasToken())
    , m_hadPin(!client->tlsTrust().pinnedSha256.isEmpty())
{
    connect(client, &ApiClient::untrustedCertificate, this,
            [this](const QSslCertificate &certificate) { m_certificate = certificate; });
    m_job = LookupService(client).me();
    connect(m_job, &ServiceJob::finished, this, &ConnectionCheck::onFinished);
}

ConnectionCheck::~ConnectionCheck()
{
    if (m_job)
        m_job->abort();
}

ConnectionCheck::Outcome ConnectionCheck::classify(const ApiError &error, bool hadToken, bool hadCertificate)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Outcome::Ok;
    case ApiError::Kind::Unauthorized:
        // Without a token, "Unauthenticated." in JSON is exactly what a Concord API says.
        return hadToken ? Outcome::InvalidToken : Outcome::Ok;
    case ApiError::Kind::Forbidden:
        return Outcome::NoApiAccess;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Outcome::Unreachable;
    case ApiError::Kind::NotFound:
        return Outcome::WrongUrl;
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Csrf:
        return Outcome::NotConcord;
    case ApiError::Kind::Tls:
        return hadCertificate ? Outcome::UntrustedCertificate : Outcome::TlsFailure;
    case ApiError::Kind::InsecureConnection:
        return Outcome::InsecureRefused;
    default:
        return Outcome::ServerError;
    }
}

void ConnectionCheck::onFinished()
{
    m_error = m_job->error();
    m_user = m_job->user();
    // A 401 from a plain-text or HTML server is not Concord's "Unauthenticated." either; the
    // ApiError kind alone cannot tell, the server's message can. With a token as without: such
    // a 401 (a proxy's login, another application) says nothing about the token.
    if (m_error.kind() == ApiError::Kind::Unauthorized && m_error.serverMessage().isEmpty()) {
        m_outcome = Outcome::NotConcord;
    } else {
        // With a pin, a TLS error means the certificate changed: not something to offer
        // trusting in passing.
        m_outcome = classify(m_error, m_hadToken, !m_certificate.isNull() && !m_hadPin);
    }
    Q_EMIT finished();
}

QString ConnectionCheck::message() const
{
    switch (m_outcome) {
    case Outcome::Running:
        return tr("Checking…");
    case Outcome::Ok:
        return m_hadToken ? tr("Signed in as %1 (%2).").arg(m_user.name, m_user.email)
                          : tr("A Concord server answers at this address.");
    case Outcome::Unreachable:
        return tr("The server cannot be reached. Check the address and your network connection. (%1)")
            .arg(m_error.detail().isEmpty() ? m_error.userMessage() : m_error.detail());
    case Outcome::WrongUrl:
        return tr("Something answers at this address, but it has no Concord API. Check the address: use the one "
                  "you open Concord with in your browser.");
    case Outcome::NotConcord:
        return tr("The server at this address does not answer like Concord CRM. Check the address. (%1)")
            .arg(m_error.userMessage());
    case Outcome::InvalidToken:
        return tr("The server rejected this access token: it is mistyped, was revoked or belongs to another "
                  "server. Create a new one and paste it again.");
    case Outcome::NoApiAccess:
        return tr("The token is valid, but its user may not use the API. Ask an administrator to grant the "
                  "\"API access\" permission. (%1)")
            .arg(m_error.serverMessage());
    case Outcome::UntrustedCertificate:
        return tr("The server's certificate is not trusted by this computer. Compare its fingerprint with "
                  "the one your administrator gives you before trusting it.");
    case Outcome::TlsFailure:
    case Outcome::InsecureRefused:
    case Outcome::ServerError:
        break;
    }
    return m_error.userMessage();
}

} // namespace Concord
