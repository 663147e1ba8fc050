// ServerUrl: what people type as "the server" → the base URL the ApiClient wants, or a sentence
// saying why not; and which base URLs need the user's consent to go over plain http://.

#include "account/serverurl.h"

#include <QTest>
#include <QUrl>

using namespace Concord;

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void refused_data();
    void refused();
    void normalizedIsStable_data();
    void normalizedIsStable();
    void errorClearedOnSuccess();
    void needsInsecureConsent_data();
    void needsInsecureConsent();
};

void TestServerUrl::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare host") << "crm.example.com"
                               << "https://crm.example.com";
    QTest::newRow("surrounding spaces") << "  crm.example.com \t"
                                        << "https://crm.example.com";
    QTest::newRow("https") << "https://crm.example.com"
                           << "https://crm.example.com";
    QTest::newRow("trailing slash") << "https://crm.example.com/"
                                    << "https://crm.example.com";
    QTest::newRow("several trailing slashes") << "https://crm.example.com///"
                                              << "https://crm.example.com";
    QTest::newRow("/api") << "https://crm.example.com/api"
                          << "https://crm.example.com";
    QTest::newRow("/api/") << "https://crm.example.com/api/"
                           << "https://crm.example.com";
    QTest::newRow("/api/contacts") << "https://crm.example.com/api/contacts"
                                   << "https://crm.example.com";
    QTest::newRow("/api/contacts/12") << "https://crm.example.com/api/contacts/12"
                                      << "https://crm.example.com";
    QTest::newRow("bare host /api") << "crm.example.com/api/"
                                    << "https://crm.example.com";
    QTest::newRow("sub-path install /api") << "https://x.org/crm/api"
                                           << "https://x.org/crm";
    QTest::newRow("sub-path install /api/deals") << "https://x.org/crm/api/deals"
                                                 << "https://x.org/crm";
    QTest::newRow("sub-path install /") << "https://x.org/crm/"
                                        << "https://x.org/crm";
    // Only a whole "/api" segment is the API root: "/apiary" is somebody's install folder.
    QTest::newRow("apiary is not api") << "https://x.org/apiary"
                                       << "https://x.org/apiary";
    QTest::newRow("upper-case host") << "https://CRM.Example.COM/"
                                     << "https://crm.example.com";
    QTest::newRow("upper-case bare host") << "CRM.EXAMPLE.COM"
                                          << "https://crm.example.com";
    QTest::newRow("upper-case scheme") << "HTTPS://crm.example.com"
                                       << "https://crm.example.com";
    QTest::newRow("port kept") << "https://crm.example.com:8443/api"
                               << "https://crm.example.com:8443";
    QTest::newRow("query dropped") << "https://crm.example.com/?tab=deals"
                                   << "https://crm.example.com";
    QTest::newRow("fragment dropped") << "https://crm.example.com/#/contacts"
                                      << "https://crm.example.com";
    QTest::newRow("query and fragment after /api") << "https://crm.example.com/api/contacts?per_page=5#top"
                                                   << "https://crm.example.com";
    QTest::newRow("localhost:8080 means https") << "localhost:8080"
                                                << "https://localhost:8080";
    QTest::newRow("http localhost kept") << "http://localhost:8080/api"
                                         << "http://localhost:8080";
    QTest::newRow("http remote kept (consent is asked elsewhere)") << "http://crm.example.com"
                                                                   << "http://crm.example.com";
    QTest::newRow("ipv4") << "127.0.0.1:8000"
                          << "https://127.0.0.1:8000";
    QTest::newRow("ipv6") << "http://[::1]:8080/"
                          << "http://[::1]:8080";
}

void TestServerUrl::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QString error = QStringLiteral("stale error from an earlier call");
    const QUrl url = ServerUrl::normalize(input, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url, QUrl(expected));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(url.query().isEmpty());
    QVERIFY(url.fragment().isEmpty());
    QVERIFY(!url.path().endsWith(QLatin1Char('/')));
}

void TestServerUrl::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions"); // a piece of the sentence that says why

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("spaces inside") << "not a url with spaces"
                                   << "not a url with spaces";
    QTest::newRow("ftp") << "ftp://x"
                         << "ftp";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "";
    QTest::newRow("user and password") << "https://user:pass@crm.example.com"
                                       << "";
    QTest::newRow("user and password, no scheme") << "user:pass@crm.example.com"
                                                  << "";
    QTest::newRow("user only") << "http://admin@localhost"
                               << "";
    QTest::newRow("scheme only") << "https://"
                                 << "";
    QTest::newRow("port out of range") << "crm.example.com:99999"
                                       << "";
}

void TestServerUrl::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);

    QString error;
    const QUrl url = ServerUrl::normalize(input, &error);
    QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    QVERIFY(!error.trimmed().isEmpty());
    if (!errorMentions.isEmpty())
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    // The password a person typed into the address is not echoed back on the screen.
    QVERIFY2(!error.contains(QLatin1String("pass@")), qPrintable(error));
}

void TestServerUrl::normalizedIsStable_data()
{
    normalize_data();
}

void TestServerUrl::normalizedIsStable()
{
    // A saved profile's URL goes through normalize() again when edited: it must not drift.
    QFETCH(QString, expected);
    QString error;
    const QUrl once = ServerUrl::normalize(expected, &error);
    QVERIFY2(once.isValid(), qPrintable(error));
    QCOMPARE(ServerUrl::normalize(once.toString(), &error).toString(), expected);
}

void TestServerUrl::errorClearedOnSuccess()
{
    QString error;
    QVERIFY(!ServerUrl::normalize(QStringLiteral("ftp://x"), &error).isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(ServerUrl::normalize(QStringLiteral("crm.example.com"), &error).isValid());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestServerUrl::needsInsecureConsent_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("needsConsent");

    QTest::newRow("http remote") << QUrl(QStringLiteral("http://crm.example.com")) << true;
    QTest::newRow("http remote with port") << QUrl(QStringLiteral("http://crm.example.com:8080")) << true;
    QTest::newRow("http LAN address") << QUrl(QStringLiteral("http://192.168.1.20")) << true;
    QTest::newRow("http 127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:8080")) << false;
    QTest::newRow("http localhost") << QUrl(QStringLiteral("http://localhost")) << false;
    QTest::newRow("http LOCALHOST") << QUrl(QStringLiteral("http://LOCALHOST:8000")) << false;
    QTest::newRow("http [::1]") << QUrl(QStringLiteral("http://[::1]")) << false;
    QTest::newRow("https remote") << QUrl(QStringLiteral("https://crm.example.com")) << false;
    QTest::newRow("https localhost") << QUrl(QStringLiteral("https://localhost")) << false;
    QTest::newRow("upper-case HTTP remote") << QUrl(QStringLiteral("HTTP://crm.example.com")) << true;
}

void TestServerUrl::needsInsecureConsent()
{
    QFETCH(QUrl, url);
    QFETCH(bool, needsConsent);
    QCOMPARE(ServerUrl::needsInsecureConsent(url), needsConsent);
    // The same answer for what normalize() makes of it.
    QString error;
    const QUrl normalized = ServerUrl::normalize(url.toString(), &error);
    QVERIFY2(normalized.isValid(), qPrintable(error));
    QCOMPARE(ServerUrl::needsInsecureConsent(normalized), needsConsent);
}

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
