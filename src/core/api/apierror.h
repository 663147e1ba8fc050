#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Concord {

/// Every way an API call can fail, as one value a person can act on (concord-api.md §2.2, §9).
/// Built from what came back — HTTP status, headers, body — or from the network failure.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Concord::ApiError)
public:
    enum class Kind {
        None,
        Network, ///< no connection, DNS, refused, reset
        Timeout, ///< the transfer timeout struck
        Tls, ///< certificate not trusted, changed, or handshake failed
        InsecureConnection, ///< plain http:// to a host that is not loopback, not allowed
        Redirect, ///< a 3xx: not an API endpoint, missing Accept, or http → https
        Unauthorized, ///< 401: token missing, wrong or revoked
        Forbidden, ///< 403: no API access, admin only, or the record's policy
        NotFound, ///< 404
        Conflict, ///< 409 (and the 1.2 400 for associations)
        Csrf, ///< 419: something adds Origin/Referer on the way
        Validation, ///< 422 with field errors
        RateLimited, ///< 429
        Server, ///< 5xx
        Malformed, ///< a 2xx whose body is not the JSON expected, or a truncated answer
        BadRequest, ///< any other 4xx
        Cancelled, ///< the caller gave up on the call
    };

    ApiError() = default;
    explicit ApiError(Kind kind, int httpStatus = 0, const QString &serverMessage = {});

    /// The error a finished HTTP exchange means, or None for a 2xx with JSON (or no) body.
    /// `location` is the Location header of a 3xx.
    static ApiError fromHttp(int status, const QByteArray &contentType, const QByteArray &body, const QUrl &location,
                             const QUrl &requestUrl);
    /// The same, for a caller that has parsed the body already (a page can be 200 kB: parsing it
    /// twice on the GUI thread costs milliseconds).
    static ApiError fromHttp(int status, const QByteArray &contentType, const QByteArray &body, const QJsonDocument &json,
                             const QJsonParseError &parseError, const QUrl &location, const QUrl &requestUrl);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// The server's own words (`message`, else `error`), when it sent any.
    [[nodiscard]] QString serverMessage() const { return m_serverMessage; }
    /// 422: attribute (dot notation) → messages.
    [[nodiscard]] QHash<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    /// 429: seconds to wait, from Retry-After or X-RateLimit-Reset; 0 when unknown.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    /// Technical detail for logs and "details" boxes (never the token).
    [[nodiscard]] QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    /// Worth trying again unchanged: network, timeout, 502/503/504.
    [[nodiscard]] bool isTransient() const;
    /// A translated sentence that says what happened and what to do.
    [[nodiscard]] QString userMessage() const;
    /// A stable, untranslated name for the kind ("validation"), for logs and scripts.
    [[nodiscard]] static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QHash<QString, QStringList> m_fieldErrors;
    int m_retryAfterSeconds = 0;
    QString m_detail;
    bool m_schemeUpgrade = false; ///< a redirect from http:// to https://
};

} // namespace Concord
