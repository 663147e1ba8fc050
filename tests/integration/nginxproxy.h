#pragma once

#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Concord::Test {

/// The distribution's nginx run as a child process in front of emulators: TLS with HTTP/2 on
/// loopback ports, as a real deployment puts a reverse proxy in front of the CRM. Everything
/// it writes (config, logs, pid, temp files) stays in the directory given; it is killed when
/// destroyed.
///
///     NginxProxy nginx(dir.path(), certificates.serverCertificatePath(), certificates.serverKeyPath());
///     nginx.addSite({freeLoopbackPort(), emulator.baseUrl(), {}});
///     QVERIFY2(nginx.start(), qPrintable(nginx.errorString()));
class NginxProxy
{
public:
    /// One `server` block: TLS on 127.0.0.1:port, `/api/` and `/__emulator/` passed to upstream.
    struct Site
    {
        quint16 port = 0;
        QUrl upstream;
        /// Exact paths answered by nginx itself with a 302 to the given Location.
        QList<QPair<QString, QUrl>> redirects;
    };

    /// /usr/sbin/nginx (or nginx on PATH); empty when it is not installed.
    [[nodiscard]] static QString program();

    NginxProxy(const QString &directory, const QString &certificatePath, const QString &keyPath);
    ~NginxProxy();
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;

    void addSite(const Site &site) { m_sites.append(site); }

    /// Writes the config, starts nginx and waits until every site accepts connections; false,
    /// with errorString(), when nginx exits or a port stays closed.
    [[nodiscard]] bool start(int timeoutMs = 10000);
    void stop();
    /// What went wrong, with nginx's own output and error log, for a failure message.
    [[nodiscard]] QString errorString() const;

private:
    [[nodiscard]] QString config() const;
    [[nodiscard]] QString serverBlock(const Site &site) const;
    [[nodiscard]] QString filePath(const QString &name) const;
    [[nodiscard]] bool waitUntilAccepting(quint16 port, int timeoutMs);

    QString m_directory;
    QString m_certificatePath;
    QString m_keyPath;
    QList<Site> m_sites;
    QProcess m_process;
    QByteArray m_output;
    QString m_error;
};

} // namespace Concord::Test
