#include "nginxproxy.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

namespace Concord::Test {

QString NginxProxy::program()
{
    // Debian installs it in /usr/sbin, which is not on every user's PATH.
    const QString inSbin = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    return inSbin.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("nginx")) : inSbin;
}

NginxProxy::NginxProxy(const QString &directory, const QString &certificatePath, const QString &keyPath)
    : m_directory(directory)
    , m_certificatePath(certificatePath)
    , m_keyPath(keyPath)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, [this] { m_output += m_process.readAll(); });
}

NginxProxy::~NginxProxy()
{
    stop();
}

QString NginxProxy::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

QString NginxProxy::serverBlock(const Site &site) const
{
    QString redirects;
    for (const auto &[path, location] : site.redirects)
        redirects += QStringLiteral("    location = %1 { return 302 %2; }\n").arg(path, location.toString());
    // Host keeps the port the client used; X-Forwarded-Proto lets a test see the request came
    // through the proxy, as a real reverse proxy in front of the CRM would say.
    const QString proxy = QStringLiteral(
        "proxy_pass http://%1:%2; proxy_http_version 1.1; proxy_set_header Host $http_host; "
        "proxy_set_header X-Forwarded-Proto $scheme; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;")
                              .arg(site.upstream.host())
                              .arg(site.upstream.port());
    return QStringLiteral("  server {\n"
                          "    listen 127.0.0.1:%1 ssl http2;\n"
                          "    server_name localhost;\n"
                          "    ssl_certificate %2;\n"
                          "    ssl_certificate_key %3;\n"
                          "%4"
                          "    location /api/ { %5 }\n"
                          "    location /__emulator/ { %5 }\n"
                          "  }\n")
        .arg(QString::number(site.port), m_certificatePath, m_keyPath, redirects, proxy);
}

QString NginxProxy::config() const
{
    QString servers;
    for (const Site &site : m_sites)
        servers += serverBlock(site);
    // One process in the foreground: killing it leaves no workers behind, and nothing switches
    // to another user that could not read the private temp directory (tests run as root in CI).
    // Every path nginx would otherwise take from its build (/var/lib/nginx, /run) is overridden.
    return QStringLiteral("daemon off;\n"
                          "master_process off;\n"
                          "error_log %1 info;\n"
                          "pid %2;\n"
                          "events { worker_connections 64; }\n"
                          "http {\n"
                          "  access_log %3;\n"
                          "  client_body_temp_path %4/body;\n"
                          "  proxy_temp_path %4/proxy;\n"
                          "  fastcgi_temp_path %4/fastcgi;\n"
                          "  uwsgi_temp_path %4/uwsgi;\n"
                          "  scgi_temp_path %4/scgi;\n"
                          "%5"
                          "}\n")
        .arg(filePath(QStringLiteral("error.log")), filePath(QStringLiteral("nginx.pid")),
            filePath(QStringLiteral("access.log")), m_directory, servers);
}

bool NginxProxy::start(int timeoutMs)
{
    m_error.clear();
    m_output.clear();
    const QString configPath = filePath(QStringLiteral("nginx.conf"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config().toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(configPath, file.errorString());
        return false;
    }
    file.close();
    // -e: the log of the start itself, before the config is read, must not go to /var/log.
    m_process.start(program(),
        {QStringLiteral("-p"), m_directory, QStringLiteral("-c"), configPath, QStringLiteral("-e"),
            filePath(QStringLiteral("error.log"))});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (const Site &site : qAsConst(m_sites)) {
        if (!waitUntilAccepting(site.port, int(deadline.remainingTime())))
            return false;
    }
    return true;
}

bool NginxProxy::waitUntilAccepting(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // Blocking is fine here: nginx is another process, nothing of ours needs serving.
        if (m_process.waitForFinished(0) || m_process.state() == QProcess::NotRunning) {
            m_output += m_process.readAll();
            m_error = QStringLiteral("nginx exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("nginx did not accept connections on port %1 within %2 ms").arg(port).arg(timeoutMs);
    return false;
}

void NginxProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString NginxProxy::errorString() const
{
    QFile log(filePath(QStringLiteral("error.log")));
    const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    return QStringLiteral("%1\n%2 -p %3 -c %3/nginx.conf\noutput: %4\nerror.log: %5")
        .arg(m_error, program(), m_directory, QString::fromLocal8Bit(m_output), logText);
}

} // namespace Concord::Test
