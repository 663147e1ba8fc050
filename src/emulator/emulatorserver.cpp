#include "emulatorserver.h"

#include "apirouter.h"
#include "emulatorstate.h"
#include "httpfrontend.h"

#include <QHostAddress>

namespace Concord::Emulator {

/// The frontend needs the router, which lives as long as it does.
class HttpFrontendWithRouter : public HttpFrontend
{
public:
    explicit HttpFrontendWithRouter(EmulatorState &state)
        : HttpFrontend(state, m_routerStorage)
        , m_routerStorage(state)
    {
    }

private:
    ApiRouter m_routerStorage;
};

EmulatorServer::EmulatorServer(const EmulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_state(std::make_unique<EmulatorState>(config))
{
}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::start()
{
    const QHostAddress address(m_config.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : m_config.host);
    if (address.isNull()) {
        m_errorString = tr("Invalid host address: %1").arg(m_config.host);
        return false;
    }
    m_state->reset();
    m_frontend = std::make_unique<HttpFrontendWithRouter>(*m_state);
    const quint16 port = m_frontend->listen(address, m_config.port);
    if (port == 0) {
        m_errorString = tr("Cannot listen on %1:%2 (port taken or not allowed)").arg(m_config.host).arg(m_config.port);
        m_frontend.reset();
        return false;
    }
    m_state->setPort(port);
    return true;
}

quint16 EmulatorServer::port() const
{
    return m_frontend ? m_frontend->serverPorts().value(0) : 0;
}

QUrl EmulatorServer::baseUrl() const
{
    return QUrl(m_state->publicBase());
}

QStringList EmulatorServer::adminTokens() const
{
    return m_state->adminTokens();
}

QString EmulatorServer::errorString() const
{
    return m_errorString;
}

const EmulatorConfig &EmulatorServer::config() const
{
    return m_config;
}

} // namespace Concord::Emulator
