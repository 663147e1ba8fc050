#pragma once

#include <QSslCertificate>
#include <QString>

namespace Concord::Test {

/// Certificates made for one test run with the `openssl` command line: a private CA, a server
/// certificate it signed for 127.0.0.1 and localhost, and an unrelated self-signed certificate
/// for the same names (what an attacker, or a re-installed server, would present). Real files
/// from the real tool, so nginx and Qt see exactly what an administrator's would look like.
class TestCertificates
{
public:
    /// The openssl executable on PATH; empty when it is not installed.
    [[nodiscard]] static QString program();

    /// Writes every key and certificate into `directory`; false with errorString() on failure.
    [[nodiscard]] bool generate(const QString &directory);
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString serverCertificatePath() const { return filePath(QStringLiteral("server.pem")); }
    [[nodiscard]] QString serverKeyPath() const { return filePath(QStringLiteral("server.key")); }

    [[nodiscard]] QSslCertificate caCertificate() const { return load(QStringLiteral("ca.pem")); }
    [[nodiscard]] QSslCertificate serverCertificate() const { return load(QStringLiteral("server.pem")); }
    [[nodiscard]] QSslCertificate otherCertificate() const { return load(QStringLiteral("other.pem")); }

private:
    /// One openssl run in the directory (`command` is its arguments, quoted as in a shell); false,
    /// with the command and its output in m_error, on failure.
    bool openssl(const QString &command);
    [[nodiscard]] QString filePath(const QString &name) const;
    [[nodiscard]] QSslCertificate load(const QString &name) const;

    QString m_directory;
    QString m_error;
};

} // namespace Concord::Test
