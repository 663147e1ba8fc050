#include "demoserver.h"

#include "emulatorserver.h"
#include "logging.h"

#include <QRandomGenerator>
#include <QSemaphore>

namespace Concord {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-server"));
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start()
{
    if (m_thread.isRunning()) {
        return true;
    }
    m_token = makeToken();
    Emulator::EmulatorConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.tokens = {m_token};
    config.contacts = 10000;
    config.companies = 2000;
    config.deals = 3000;
    config.rateLimit = 0;
    config.seed = 42;

    // Runs on the new thread (a direct connection from QThread::started), so the server and its
    // sockets belong to that thread; the semaphore hands the outcome back.
    QSemaphore ready;
    bool listening = false;
    QUrl baseUrl;
    QString errorString;
    const QMetaObject::Connection started = connect(&m_thread, &QThread::started, [&] {
        auto *server = new Emulator::EmulatorServer(config);
        listening = server->start();
        if (listening) {
            baseUrl = server->baseUrl();
            // Deleted on the server thread as it winds down (QThread processes deferred deletes on exit).
            connect(QThread::currentThread(), &QThread::finished, server, &QObject::deleteLater);
        } else {
            errorString = server->errorString();
            delete server;
        }
        ready.release();
    });
    m_thread.start();
    ready.acquire();
    disconnect(started);

    if (!listening) {
        m_errorString = errorString;
        stop();
        return false;
    }
    m_baseUrl = baseUrl;
    qCInfo(lcApi).noquote() << "demo server listening at" << m_baseUrl.toDisplayString();
    return true;
}

void DemoServer::stop()
{
    m_thread.quit();
    m_thread.wait();
}

QString DemoServer::makeToken()
{
    // The 1.5 format (§2.1): id, `|`, 40 alphanumerics and an 8-digit hex checksum.
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QRandomGenerator *random = QRandomGenerator::system();
    QString secret;
    for (int i = 0; i < 40; ++i) {
        secret += alphabet.at(random->bounded(int(alphabet.size())));
    }
    return QStringLiteral("1|") + secret + QStringLiteral("%1").arg(random->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace Concord
