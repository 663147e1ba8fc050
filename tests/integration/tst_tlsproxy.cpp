// ApiClient against a real TLS deployment: nginx with HTTP/2 and certificates made by openssl in
// front of the in-process emulator. What it checks is what a self-hosted CRM behind a private CA
// or a self-signed certificate needs (TlsTrust), and that the token never leaves the origin it
// belongs to: not on a redirect, not over plain http to another host.

#include "nginxproxy.h"

#include <freeport.h>
#include "testcertificates.h"

#include <api/apiclient.h>
#include <api/apijob.h>
#include <emulatorfixture.h>
#include <joboutcome.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::awaitJob;
using Concord::Test::freeLoopbackPort;
using Concord::Test::EmulatorFixture;
using Concord::Test::JobOutcome;
using Concord::Test::NginxProxy;
using Concord::Test::TestCertificates;

namespace {

// Generous for a loaded CI machine, yet the whole test stays well under half a minute.
constexpr int kJobTimeoutMs = 15000;

/// What a finished job said, kept after the job has deleted itself.


/// Waits for `job` while the event loop serves the in-process emulators; a job that does not
/// finish in time is aborted.

/// A fresh client (and so fresh connections and TLS sessions) for each case, with the emulator's
/// admin token and no retries, so a failure shows at once.
std::unique_ptr<ApiClient> makeClient(const QUrl &baseUrl, const TlsTrust &trust = {})
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(baseUrl);
    client->setToken(EmulatorFixture::defaultToken());
    client->setTlsTrust(trust);
    client->setTransferTimeout(kJobTimeoutMs - 5000);
    client->setRetryPolicy({1, 0, 0});
    return client;
}

/// GET me with `client`, adding each certificate it reports as untrusted to `presented`.
JobOutcome getMe(ApiClient *client, QList<QSslCertificate> *presented = nullptr)
{
    if (presented) {
        QObject::connect(client, &ApiClient::untrustedCertificate, client,
            [presented](const QSslCertificate &certificate) { presented->append(certificate); });
    }
    return awaitJob(client->get(QStringLiteral("me")));
}

TlsTrust pinned(const QSslCertificate &certificate)
{
    TlsTrust trust;
    trust.pinnedSha256 = TlsTrust::fingerprint(certificate);
    return trust;
}

QString headerOf(const QJsonObject &logEntry, const QString &name)
{
    return logEntry.value(QLatin1String("headers")).toObject().value(name).toString();
}

/// The logged requests to `path`.
QJsonArray requestsTo(EmulatorFixture &emulator, const QString &path)
{
    QJsonArray found;
    for (const auto &entry : emulator.requestLog()) {
        if (entry.toObject().value(QLatin1String("path")).toString() == path)
            found.append(entry);
    }
    return found;
}

} // namespace

class TestTlsProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void privateCaIsTrustedAndSpeaksHttp2();
    void unknownCertificateIsRefusedUntilConfirmed();
    void pinnedCertificateIsAccepted();
    void changedCertificateIsRefused_data();
    void changedCertificateIsRefused();
    void redirectNeverCarriesToken_data();
    void redirectNeverCarriesToken();
    void plainHttpRefusedToOtherHosts();
    void plainHttpAllowedOnLoopback();

private:
    [[nodiscard]] QUrl proxyUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)); }
    /// The second emulator, directly over http or through nginx over https.
    [[nodiscard]] QUrl elsewhereOrigin(bool tls) const;
    [[nodiscard]] TlsTrust trustingCa() const;

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    std::unique_ptr<EmulatorFixture> m_emulator; ///< the CRM behind nginx
    std::unique_ptr<EmulatorFixture> m_elsewhere; ///< another origin, where redirects point
    std::unique_ptr<NginxProxy> m_nginx;
    quint16 m_proxyPort = 0;
    quint16 m_elsewhereTlsPort = 0;
};

void TestTlsProxy::initTestCase()
{
    if (TestCertificates::program().isEmpty())
        QFAIL("openssl is not installed: run ./dev.sh (it installs the Debian package openssl)");
    if (NginxProxy::program().isEmpty())
        QFAIL("nginx is not installed: run ./dev.sh (it installs the Debian package nginx-light)");
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(m_certificates.generate(m_dir.path()), qPrintable(m_certificates.errorString()));
    QVERIFY(!m_certificates.serverCertificate().isNull());

    m_emulator = EmulatorFixture::started();
    m_elsewhere = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted() && m_elsewhere->isStarted(), "the in-process emulators did not start");

    m_proxyPort = freeLoopbackPort();
    m_elsewhereTlsPort = freeLoopbackPort();
    QVERIFY(m_proxyPort != 0 && m_elsewhereTlsPort != 0 && m_proxyPort != m_elsewhereTlsPort);
    const auto meAt = [](const QUrl &origin) { return origin.resolved(QUrl(QStringLiteral("/api/me"))); };
    m_nginx = std::make_unique<NginxProxy>(
        m_dir.path(), m_certificates.serverCertificatePath(), m_certificates.serverKeyPath());
    m_nginx->addSite({m_proxyPort, m_emulator->baseUrl(),
        {{QStringLiteral("/api/moved"), meAt(elsewhereOrigin(false))},
            {QStringLiteral("/api/moved-tls"), meAt(elsewhereOrigin(true))}}});
    // The other origin over TLS too, with a certificate the client trusts: a redirect there would
    // not even be "less safe", so only the client's refusal to follow keeps the token home.
    m_nginx->addSite({m_elsewhereTlsPort, m_elsewhere->baseUrl(), {}});
    QVERIFY2(m_nginx->start(), qPrintable(m_nginx->errorString()));
}

void TestTlsProxy::init()
{
    m_emulator->clearRequestLog();
    m_elsewhere->clearRequestLog();
}

void TestTlsProxy::cleanupTestCase()
{
    m_nginx.reset();
}

QUrl TestTlsProxy::elsewhereOrigin(bool tls) const
{
    return tls ? QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_elsewhereTlsPort)) : m_elsewhere->baseUrl();
}

TlsTrust TestTlsProxy::trustingCa() const
{
    TlsTrust trust;
    trust.extraCaCertificates = {m_certificates.caCertificate()};
    return trust;
}

void TestTlsProxy::privateCaIsTrustedAndSpeaksHttp2()
{
    auto client = makeClient(proxyUrl(), trustingCa());
    const JobOutcome me = getMe(client.get());
    QVERIFY2(me.isOk(), qPrintable(me.describe()));
    QVERIFY2(me.http2, "nginx offers h2 by ALPN, but the client spoke HTTP/1.1");

    // The emulator saw the call come through the proxy, token and all.
    const QJsonArray seen = requestsTo(*m_emulator, QStringLiteral("/api/me"));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(headerOf(seen.first().toObject(), QStringLiteral("x-forwarded-proto")), QStringLiteral("https"));
    QCOMPARE(headerOf(seen.first().toObject(), QStringLiteral("authorization")),
        QStringLiteral("Bearer ") + EmulatorFixture::defaultToken());
}

void TestTlsProxy::unknownCertificateIsRefusedUntilConfirmed()
{
    auto client = makeClient(proxyUrl());
    QList<QSslCertificate> presented;
    const JobOutcome refused = getMe(client.get(), &presented);
    QVERIFY2(refused.failedWith(ApiError::Kind::Tls), qPrintable(refused.describe()));
    QCOMPARE(presented.size(), 1);
    QCOMPARE(presented.first(), m_certificates.serverCertificate());
    QVERIFY2(requestsTo(*m_emulator, QStringLiteral("/api/me")).isEmpty(), "the refused request reached the server");

    // What the UI does when the person confirms the certificate offered: the same client, no restart.
    client->setTlsTrust(pinned(presented.first()));
    const JobOutcome confirmed = getMe(client.get());
    QVERIFY2(confirmed.isOk(), qPrintable(confirmed.describe()));
}

void TestTlsProxy::pinnedCertificateIsAccepted()
{
    // No CA at all: the confirmed fingerprint alone makes the self-made certificate acceptable.
    auto client = makeClient(proxyUrl(), pinned(m_certificates.serverCertificate()));
    const JobOutcome me = getMe(client.get());
    QVERIFY2(me.isOk(), qPrintable(me.describe()));
    QVERIFY2(me.http2, "a pinned certificate should not cost HTTP/2");
}

void TestTlsProxy::changedCertificateIsRefused_data()
{
    QTest::addColumn<bool>("caTrusted");
    QTest::newRow("untrusted certificate") << false;
    // A pin is strict: a different certificate is refused even when a trusted CA signed it.
    QTest::newRow("certificate from a trusted CA") << true;
}

void TestTlsProxy::changedCertificateIsRefused()
{
    QFETCH(bool, caTrusted);
    TlsTrust trust = pinned(m_certificates.otherCertificate());
    if (caTrusted)
        trust.extraCaCertificates = {m_certificates.caCertificate()};
    auto client = makeClient(proxyUrl(), trust);
    QList<QSslCertificate> presented;
    const JobOutcome me = getMe(client.get(), &presented);
    QVERIFY2(me.failedWith(ApiError::Kind::Tls), qPrintable(me.describe()));
    QVERIFY2(me.error.detail().contains(QLatin1String("certificate has changed")), qPrintable(me.describe()));
    QCOMPARE(presented.size(), 1);
    QCOMPARE(presented.first(), m_certificates.serverCertificate());
    QVERIFY2(requestsTo(*m_emulator, QStringLiteral("/api/me")).isEmpty(), "the refused request reached the server");
}

void TestTlsProxy::redirectNeverCarriesToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrl>("target");
    QTest::newRow("to plain http elsewhere") << QStringLiteral("moved") << elsewhereOrigin(false);
    QTest::newRow("to https elsewhere") << QStringLiteral("moved-tls") << elsewhereOrigin(true);
}

void TestTlsProxy::redirectNeverCarriesToken()
{
    QFETCH(QString, path);
    QFETCH(QUrl, target);
    auto client = makeClient(proxyUrl(), trustingCa());
    const JobOutcome moved = awaitJob(client->get(path));
    QVERIFY2(moved.failedWith(ApiError::Kind::Redirect), qPrintable(moved.describe()));
    QCOMPARE(moved.httpStatus, 302);
    // Nothing at all arrived elsewhere, so in particular no token did.
    const QJsonArray elsewhere = m_elsewhere->requestLog();
    QVERIFY2(elsewhere.isEmpty(), QJsonDocument(elsewhere).toJson(QJsonDocument::Compact).constData());

    // Control: the target is live and logs what reaches it, so the empty log above means something.
    auto direct = makeClient(target, trustingCa());
    const JobOutcome me = getMe(direct.get());
    QVERIFY2(me.isOk(), qPrintable(me.describe()));
    QCOMPARE(m_elsewhere->requestLog().size(), 1);
}

void TestTlsProxy::plainHttpRefusedToOtherHosts()
{
    // TEST-NET-1 (RFC 5737): nothing answers there, so only a refusal before sending is quick.
    auto client = makeClient(QUrl(QStringLiteral("http://192.0.2.1")));
    const JobOutcome me = awaitJob(client->get(QStringLiteral("me")), 2000);
    QVERIFY2(me.failedWith(ApiError::Kind::InsecureConnection), qPrintable(me.describe()));
    QCOMPARE(me.attempts, 0);
}

void TestTlsProxy::plainHttpAllowedOnLoopback()
{
    auto client = makeClient(m_emulator->baseUrl());
    QCOMPARE(client->baseUrl().scheme(), QStringLiteral("http"));
    const JobOutcome me = getMe(client.get());
    QVERIFY2(me.isOk(), qPrintable(me.describe()));
    QCOMPARE(requestsTo(*m_emulator, QStringLiteral("/api/me")).size(), 1);
}

QTEST_GUILESS_MAIN(TestTlsProxy)
#include "tst_tlsproxy.moc"
