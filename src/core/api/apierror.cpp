#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Concord {

ApiError::ApiError(Kind kind, int httpStatus, const QString &serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(serverMessage)
{
}

ApiError ApiError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body, const QUrl &location,
                            const QUrl &requestUrl)
{
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    return fromHttp(status, contentType, body, json, parseError, location, requestUrl);
}

ApiError ApiError::fromHttp(int status, const QByteArray &contentType, const QByteArray &body, const QJsonDocument &json,
                            const QJsonParseError &parseError, const QUrl &location, const QUrl &requestUrl)
{
    const bool isJson = parseError.error == QJsonParseError::NoError;
    const QJsonObject object = json.object();
    // §2.2: read `message`, then `error`.
    QString message = object.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = object.value(QStringLiteral("error")).toString();

    if (status >= 200 && status < 300) {
        if (body.trimmed().isEmpty() || (isJson && contentType.contains("json")))
            return {};
        // A 2xx that is not JSON: a web page where the API should be (§9), or a broken answer.
        ApiError e(Kind::Malformed, status);
        e.setDetail(isJson ? tr("Content-Type %1").arg(QString::fromLatin1(contentType))
                           : tr("not JSON: %1").arg(parseError.errorString()));
        return e;
    }
    if (status >= 300 && status < 400) {
        ApiError e(Kind::Redirect, status);
        e.setDetail(location.toString());
        e.m_schemeUpgrade = requestUrl.scheme() == QLatin1String("http") && location.scheme() == QLatin1String("https");
        return e;
    }
    ApiError e(Kind::BadRequest, status, message);
    switch (status) {
    case 400:
        e.m_kind = Kind::BadRequest;
        break;
    case 401:
        e.m_kind = Kind::Unauthorized;
        break;
    case 403:
        e.m_kind = Kind::Forbidden;
        break;
    case 404:
        e.m_kind = Kind::NotFound;
        break;
    case 409:
        e.m_kind = Kind::Conflict;
        break;
    case 419:
        e.m_kind = Kind::Csrf;
        break;
    case 422: {
        e.m_kind = Kind::Validation;
        const QJsonObject errors = object.value(QStringLiteral("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QStringList messages;
            for (const QJsonValue &m : it.value().toArray())
                messages << m.toString();
            e.m_fieldErrors.insert(it.key(), messages);
        }
        break;
    }
    case 429:
        e.m_kind = Kind::RateLimited;
        break;
    default:
        if (status >= 500)
            e.m_kind = Kind::Server;
        break;
    }
    return e;
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout
        || (m_kind == Kind::Server && (m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::InsecureConnection: return QStringLiteral("insecure-connection");
    case Kind::Redirect: return QStringLiteral("redirect");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Csrf: return QStringLiteral("csrf");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return m_detail.isEmpty()
            ? tr("Could not reach the server. Check the network connection and the server address.")
            : tr("Could not reach the server (%1). Check the network connection and the server address.").arg(m_detail);
    case Kind::Timeout:
        return tr("The server did not answer in time. It may be busy or the connection is slow; try again.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted: %1. Ask your administrator whether the certificate is "
                  "expected, then trust it explicitly in the account settings.")
            .arg(m_detail.isEmpty() ? tr("secure connection failed") : m_detail);
    case Kind::InsecureConnection:
        return tr("The server address uses plain http://, which would send your token unencrypted. Use https://, or "
                  "allow unencrypted connections for this account if you really trust the network.");
    case Kind::Redirect:
        if (m_detail.endsWith(QLatin1String("/login")))
            return tr("The server redirected to its login page: this is not an API endpoint, or the request lacked the "
                      "'Accept: application/json' header. Check the server address.");
        if (m_schemeUpgrade)
            return tr("The server redirects to https://. Change the server address to start with https://.");
        return tr("The server answered with a redirect (HTTP %1) to %2 instead of data. Check the server address.")
            .arg(m_httpStatus)
            .arg(m_detail);
    case Kind::Unauthorized:
        return tr("The server did not accept the access token: it is wrong, revoked or deleted. Enter a new token.");
    case Kind::Forbidden:
        return m_serverMessage.isEmpty() ? tr("You are not allowed to do this (HTTP 403).")
                                         : tr("You are not allowed to do this: %1").arg(m_serverMessage);
    case Kind::NotFound:
        return tr("Not found (HTTP 404): the record was deleted, or the server address is wrong.");
    case Kind::Conflict:
        return m_serverMessage.isEmpty() ? tr("The server refused the change because of a conflict (HTTP %1).").arg(m_httpStatus)
                                         : tr("The server refused the change: %1").arg(m_serverMessage);
    case Kind::Csrf:
        return tr("The server rejected the change as a browser request (HTTP 419, CSRF). Something between this program "
                  "and the server — a proxy or a security tool — adds 'Origin' or 'Referer' headers; it must not.");
    case Kind::Validation: {
        QStringList lines;
        for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
            lines << it.value();
        lines.sort();
        return lines.isEmpty() ? tr("The server did not accept the data: %1").arg(m_serverMessage)
                               : tr("The server did not accept the data: %1").arg(lines.join(QLatin1Char(' ')));
    }
    case Kind::RateLimited:
        return m_retryAfterSeconds > 0
            ? tr("Too many requests: the server asks to wait %n second(s). Work continues automatically.", nullptr, m_retryAfterSeconds)
            : tr("Too many requests: the server asks to slow down. Work continues automatically.");
    case Kind::Server:
        return m_httpStatus == 503 ? tr("The server is temporarily unavailable (HTTP 503), perhaps for maintenance. Try again later.")
                                   : tr("The server reported an error (HTTP %1). Try again later; if it persists, tell your "
                                        "administrator.")
                                         .arg(m_httpStatus);
    case Kind::Malformed:
        return tr("The server's answer was not what a Concord server sends (%1). Is this address really a Concord CRM server?")
            .arg(m_detail.isEmpty() ? tr("incomplete or unreadable") : m_detail);
    case Kind::BadRequest:
        return m_serverMessage.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(m_httpStatus)
                                         : tr("The server refused the request: %1").arg(m_serverMessage);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

} // namespace Concord
