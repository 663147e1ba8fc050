#pragma once

#include "emulatorconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Concord::Emulator {

class EmulatorState;
class HttpFrontend;

/// An in-memory Concord CRM server speaking the wire protocol of shared/concord-api.md over
/// HTTP/1.1. Lives in the thread it was created in (the demo moves it to a thread of its own);
/// every request is handled on that thread, so concurrent clients are served one after another.
class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(const EmulatorConfig &config, QObject *parent = nullptr);
    ~EmulatorServer() override;

    /// Seeds the data and starts listening. False (with errorString()) when the port is taken.
    bool start();

    [[nodiscard]] quint16 port() const;
    /// http://HOST:PORT, without /api.
    [[nodiscard]] QUrl baseUrl() const;
    /// The super-admin tokens in force: the configured ones, or the one generated at start.
    [[nodiscard]] QStringList adminTokens() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] const EmulatorConfig &config() const;

private:
    EmulatorConfig m_config;
    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<HttpFrontend> m_frontend;
    QString m_errorString;
};

} // namespace Concord::Emulator
