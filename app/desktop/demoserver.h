#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Concord {

namespace Emulator {
class EmulatorServer;
}

/// The demo's server: an in-process Concord emulator with a large seeded data set, on a free
/// loopback port, in a thread of its own so seeding and serving never stall the window. Its token
/// is made up at start and lives only in memory.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    /// Stops the server thread.
    ~DemoServer() override;

    /// Starts the thread and blocks until the server listens (or failed to); the handshake is a
    /// semaphore, not a nested event loop. False with errorString() on failure.
    [[nodiscard]] bool start();
    void stop();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    [[nodiscard]] static QString makeToken();

    QThread m_thread;
    QUrl m_baseUrl;
    QString m_token;
    QString m_errorString;
};

} // namespace Concord
