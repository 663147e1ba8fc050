#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Concord::Test {

namespace {

// Our own extension sections, so the result does not depend on the distribution's openssl.cnf.
const char kOpensslConfig[] = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
)";

// EC keys: made in milliseconds, where RSA would make every run wait. Two days of validity are
// plenty for one run.
const char kNewKey[] = "-config openssl.cnf -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1";

constexpr int kOpensslTimeoutMs = 15000;

} // namespace

QString TestCertificates::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool TestCertificates::generate(const QString &directory)
{
    m_directory = directory;
    QFile config(filePath(QStringLiteral("openssl.cnf")));
    if (!config.open(QIODevice::WriteOnly) || config.write(kOpensslConfig) < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString());
        return false;
    }
    config.close();
    const QString newKey = QString::fromLatin1(kNewKey);
    const QStringList steps {
        QStringLiteral("req -x509 -days 2 %1 -extensions ca -subj \"/CN=Concord Test CA\" -keyout ca.key -out ca.pem")
            .arg(newKey),
        QStringLiteral("req -new %1 -subj /CN=127.0.0.1 -keyout server.key -out server.csr").arg(newKey),
        QStringLiteral("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 2 "
                       "-extfile openssl.cnf -extensions server -out server.pem"),
        // The same names as the real server, so only its fingerprint (and issuer) tells it apart.
        QStringLiteral("req -x509 -days 2 %1 -extensions server -subj /CN=127.0.0.1 -keyout other.key -out other.pem")
            .arg(newKey),
    };
    for (const QString &step : steps) {
        if (!openssl(step))
            return false;
    }
    return true;
}

bool TestCertificates::openssl(const QString &command)
{
    const QStringList arguments = QProcess::splitCommand(command);
    QProcess process;
    process.setWorkingDirectory(m_directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program(), arguments);
    const bool finished = process.waitForFinished(kOpensslTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    m_error
        = QStringLiteral("openssl %1 failed (%2): %3")
              .arg(arguments.join(QLatin1Char(' ')), process.errorString(), QString::fromLocal8Bit(process.readAll()));
    return false;
}

QString TestCertificates::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

QSslCertificate TestCertificates::load(const QString &name) const
{
    QFile file(filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(&file, QSsl::Pem);
}

} // namespace Concord::Test
