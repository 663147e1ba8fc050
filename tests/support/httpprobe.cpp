#include "httpprobe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace Concord::Test {

HttpProbe::HttpProbe(const QUrl &baseUrl, const QString &token)
    : m_baseUrl(baseUrl)
    , m_token(token)
{
}

void HttpProbe::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_nam.clearConnectionCache();
}

QNetworkRequest HttpProbe::makeRequest(const QString &pathAndQuery, const Headers &headers, bool hasBody) const
{
    // TolerantMode keeps the query as the test wrote it (brackets, %-escapes, `|`).
    QNetworkRequest request(QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + pathAndQuery, QUrl::TolerantMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The emulator speaks HTTP/1.1 only; keep Qt from trying anything else.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    Headers all {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!m_token.isEmpty())
        all.append(bearer(m_token));
    if (hasBody)
        all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    for (const auto &h : headers) {
        all.removeIf([&](const auto &d) { return d.first.compare(h.first, Qt::CaseInsensitive) == 0; });
        if (!h.second.isNull())
            all.append(h);
    }
    for (const auto &h : std::as_const(all))
        request.setRawHeader(h.first, h.second);
    return request;
}

HttpResponse HttpProbe::request(
    const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body, const Headers &headers)
{
    if (body.isUndefined())
        return requestRaw(method, pathAndQuery, QByteArray(), headers);
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return requestRaw(method, pathAndQuery, doc.toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpProbe::requestRaw(
    const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, const Headers &headers)
{
    const bool hasBody = !body.isNull();
    const QNetworkRequest req = makeRequest(pathAndQuery, headers, hasBody);
    QNetworkReply *reply = nullptr;
    if (hasBody) {
        // sendCustomRequest with a QByteArray works for every verb, PATCH and a DELETE with a body included.
        reply = m_nam.sendCustomRequest(req, method, body);
    } else {
        reply = m_nam.sendCustomRequest(req, method);
    }
    return collect(reply, m_timeoutMs);
}

HttpResponse HttpProbe::get(const QString &pathAndQuery, const Headers &headers)
{
    return request(QByteArrayLiteral("GET"), pathAndQuery, QJsonValue::Undefined, headers);
}

HttpResponse HttpProbe::post(const QString &pathAndQuery, const QJsonValue &body, const Headers &headers)
{
    return request(QByteArrayLiteral("POST"), pathAndQuery, body, headers);
}

HttpResponse HttpProbe::put(const QString &pathAndQuery, const QJsonValue &body, const Headers &headers)
{
    return request(QByteArrayLiteral("PUT"), pathAndQuery, body, headers);
}

HttpResponse HttpProbe::del(const QString &pathAndQuery, const QJsonValue &body, const Headers &headers)
{
    return request(QByteArrayLiteral("DELETE"), pathAndQuery, body, headers);
}

HttpResponse HttpProbe::collect(QNetworkReply *reply, int timeoutMs) const
{
    HttpResponse response;
    QElapsedTimer clock;
    clock.start();
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            response.timedOut = true;
            reply->abort();
        });
        timer.start(timeoutMs);
        loop.exec();
    }
    response.elapsedMs = clock.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.errorString = reply->errorString();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    QJsonParseError parseError;
    response.json = QJsonDocument::fromJson(response.body, &parseError);
    response.isJson = parseError.error == QJsonParseError::NoError && !response.body.isEmpty();
    reply->deleteLater();
    return response;
}

QByteArray HttpProbe::exchangeRaw(const QUrl &baseUrl, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        // A closed connection also reports RemoteHostClosedError; either way the exchange is over.
        if (socket.state() != QAbstractSocket::ConnectedState)
            loop.quit();
    });
    socket.connectToHost(baseUrl.host(), quint16(baseUrl.port()));
    deadline.start(timeoutMs);
    loop.exec();
    received += socket.readAll();
    return received;
}

QByteArray HttpProbe::rawRequest(const QByteArray &method, const QString &pathAndQuery, const QJsonValue &body) const
{
    const QByteArray payload
        = body.isUndefined() ? QByteArray() : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    const QNetworkRequest request = makeRequest(pathAndQuery, {}, !body.isUndefined());
    QByteArray bytes = method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\n";
    bytes += "Host: " + m_baseUrl.authority().toUtf8() + "\r\n";
    for (const auto &name : request.rawHeaderList())
        bytes += name + ": " + request.rawHeader(name) + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload;
    return bytes;
}

} // namespace Concord::Test
