#pragma once

#include <QAbstractHttpServer>

namespace Concord::Emulator {

class ApiRouter;
class EmulatorState;
struct HttpRequest;
struct HttpResponse;

/// The wire side: turns Qt HttpServer requests into HttpRequests, asks the router, and writes
/// the answer itself — byte for byte, so injected faults (dropped connections, truncated and
/// malformed bodies, latency) look on the wire exactly like the real thing.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFrontend(EmulatorState &state, ApiRouter &router, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static HttpRequest convert(const QHttpServerRequest &request);
    static void write(QTcpSocket *socket, const HttpResponse &response, qsizetype bodyBytes, bool close);

    EmulatorState &m_state;
    ApiRouter &m_router;
};

} // namespace Concord::Emulator
