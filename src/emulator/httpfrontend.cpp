#include "httpfrontend.h"

#include "apirouter.h"
#include "emulatorstate.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Concord::Emulator {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 419: return "unknown status";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

HttpResponse injectedError(int status)
{
    if (status == 502 || status == 504) {
        // What a reverse proxy in front of the server sends: HTML, not JSON.
        HttpResponse r;
        r.status = status;
        r.setHeader("Content-Type", "text/html");
        r.body = "<html><head><title>" + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "</title></head><body><center><h1>" + QByteArray::number(status) + ' ' + reasonPhrase(status)
            + "</h1></center><hr><center>nginx</center></body></html>";
        return r;
    }
    return HttpResponse::message(status, status == 503 ? QStringLiteral("Service Unavailable") : QStringLiteral("Server Error"));
}

} // namespace

HttpFrontend::HttpFrontend(EmulatorState &state, ApiRouter &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_router(router)
{
}

HttpRequest HttpFrontend::convert(const QHttpServerRequest &request)
{
    HttpRequest r;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    r.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    r.path = request.url().path(QUrl::FullyDecoded);
    // A PHP server reads '+' in a query as a space.
    QString query = request.url().query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    r.query = QUrlQuery(query);
    for (const auto &header : request.headers())
        r.headers.insert(header.first.toLower(), header.second);
    r.body = request.body();
    r.peer = request.remoteAddress().toString();
    return r;
}

void HttpFrontend::write(QTcpSocket *socket, const HttpResponse &response, qsizetype bodyBytes, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += response.body.left(bodyBytes);
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest converted = convert(request);
    const bool closeAfter = converted.header("connection").toLower() == "close";
    const FaultPlan::Decision fault = m_state.faults.decide(converted);
    if (fault.kind == FaultPlan::Kind::Drop) {
        socket->abort();
        return true;
    }
    HttpResponse response = fault.kind == FaultPlan::Kind::Error ? injectedError(fault.errorStatus)
                                                                  : m_router.handle(converted);
    // HEAD answers announce the body's length but send none.
    qsizetype bodyBytes = converted.method == "HEAD" ? 0 : response.body.size();
    bool close = closeAfter;
    switch (fault.kind) {
    case FaultPlan::Kind::DropAfterApply:
        socket->abort();
        return true;
    case FaultPlan::Kind::Truncate:
        bodyBytes = response.body.size() / 2;
        close = true;
        break;
    case FaultPlan::Kind::Malformed:
        response.status = 200;
        response.setHeader("Content-Type", "application/json");
        response.body = "{\"data\":[{\"id\":1,\"display_name\":\"Broken";
        bodyBytes = response.body.size();
        break;
    default:
        break;
    }
    if (fault.latencyMs <= 0) {
        write(socket, response, bodyBytes, close);
        return true;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(fault.latencyMs, this, [guarded, response, bodyBytes, close] {
        if (guarded)
            write(guarded, response, bodyBytes, close);
    });
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if Qt decides otherwise.
    write(socket, HttpResponse::message(404, QStringLiteral("The route %1 could not be found.").arg(request.url().path().mid(1))),
          -1, true);
}

} // namespace Concord::Emulator
