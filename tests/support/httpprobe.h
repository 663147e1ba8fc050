#pragma once

#include "httpresponse.h"

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

namespace Concord::Test {

/// A synchronous HTTP client for tests: one call, one finished response. It spins a local event
/// loop, which is fine in tests (an in-process emulator on the same thread keeps being served)
/// and never acceptable in the application.
///
/// By default it sends `Accept: application/json`, `Authorization: Bearer <token>` and, with a
/// body, `Content-Type: application/json`, as a well-behaved client does. A test that needs to
/// misbehave overrides a header, or removes it with `without()`. Redirects are never followed, so
/// a 302 stays visible.
class HttpProbe
{
public:
    /// Extra headers of one call. A pair whose value is null removes that default header.
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpProbe(const QUrl &baseUrl = {}, const QString &token = {});

    /// Also forgets kept-alive connections, which belong to the previous server.
    void setBaseUrl(const QUrl &baseUrl);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] QString token() const { return m_token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// `pathAndQuery` is appended to the base URL as is (`/api/contacts?per_page=5`); the query is
    /// sent exactly as written, so a test controls its encoding. An undefined `body` sends none.
    HttpResponse request(const QByteArray &method, const QString &pathAndQuery,
        const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});
    /// The same with a body sent byte for byte (e.g. not JSON at all); a null array sends none.
    HttpResponse requestRaw(
        const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const Headers &headers = {});

    HttpResponse get(const QString &pathAndQuery, const Headers &headers = {});
    HttpResponse post(
        const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});
    HttpResponse put(
        const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});
    HttpResponse del(
        const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined, const Headers &headers = {});

    /// The request `request()` would send, for tests that drive their own QNetworkAccessManager
    /// (several clients at once).
    [[nodiscard]] QNetworkRequest makeRequest(
        const QString &pathAndQuery, const Headers &headers = {}, bool hasBody = false) const;
    /// Waits for `reply` (which must be running) and collects it; the reply is deleted later.
    HttpResponse collect(QNetworkReply *reply, int timeoutMs) const;

    /// Sends `request` (a whole HTTP/1.1 request, `Connection: close` advised) on a fresh socket
    /// to `baseUrl`'s host and port, and returns every byte received until the server closes or
    /// the time is up. QNetworkAccessManager resends a request whose connection closed early,
    /// which hides exactly what the tests of dropped answers need to see.
    [[nodiscard]] static QByteArray exchangeRaw(const QUrl &baseUrl, const QByteArray &request, int timeoutMs = 5000);
    /// The raw bytes of a request as this probe would send it (default headers, `Connection: close`).
    [[nodiscard]] QByteArray rawRequest(
        const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body = QJsonValue::Undefined) const;

    [[nodiscard]] static QPair<QByteArray, QByteArray> without(const QByteArray &name) { return {name, QByteArray()}; }
    [[nodiscard]] static QPair<QByteArray, QByteArray> bearer(const QString &token)
    {
        return {QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()};
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
};

} // namespace Concord::Test
