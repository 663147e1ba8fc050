// The concord-emulator command line: each option, run as the real executable.

#include <emulatorprocess.h>
#include <httpasserts.h>
#include <httpprobe.h>

#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <freeport.h>

using Concord::Test::EmulatorProcess;
using Concord::Test::HttpProbe;

namespace {

const QString adminToken = QStringLiteral("1|CommandLineTokenCommandLineTokenCommandL5a6b7c8d");
const QString secondToken = QStringLiteral("5|SecondCommandLineTokenSecondCommandLine9e8d7c6b");
const QString noApiToken = QStringLiteral("6|CommandLineNoApiTokenCommandLineNoApiTo1a1b1c1d");

} // namespace

class TestEmulatorCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void portZeroPicksAFreePort();
    void explicitPort();
    void generatedToken();
    void givenTokensWork();
    void tokenNoApi();
    void contactsCount();
    void rateLimit();
    void appVersion_data();
    void appVersion();
    void perPageCap();
    void ignorePerPage();
    void control_data();
    void control();
    void seedIsDeterministicAcrossRuns();
    void badArguments_data();
    void badArguments();
    void portInUse();

private:
    enum class Token
    {
        Fixed,
        Generated
    };
    // Starts concord-emulator with `arguments` (plus --port 0 unless given, and the fixed admin
    // token unless one is given or the emulator is to generate one) and points m_http at it.
    bool run(QStringList arguments, Token token = Token::Fixed);

    std::unique_ptr<EmulatorProcess> m_emulator;
    HttpProbe m_http;
};

void TestEmulatorCli::initTestCase()
{
    QVERIFY2(
        QFileInfo(EmulatorProcess::program()).isExecutable(), qPrintable(EmulatorProcess::program() + " is not built"));
}

void TestEmulatorCli::cleanup()
{
    // Killed at the end of every case, whatever happened.
    m_emulator.reset();
}

bool TestEmulatorCli::run(QStringList arguments, Token token)
{
    if (!arguments.contains("--port"))
        arguments << "--port"
                  << "0";
    if (!arguments.contains("--token") && token == Token::Fixed)
        arguments << "--token" << adminToken;
    m_emulator = std::make_unique<EmulatorProcess>(arguments);
    const bool started = m_emulator->start();
    if (!started)
        qWarning("%s", qPrintable(m_emulator->describe()));
    m_http.setBaseUrl(m_emulator->baseUrl());
    m_http.setToken(adminToken);
    return started;
}

void TestEmulatorCli::portZeroPicksAFreePort()
{
    QVERIFY(run({"--port", "0"}));
    QCOMPARE(m_emulator->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_emulator->baseUrl().port() > 0);
    const auto me = m_http.get("/api/me");
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(1));
}

void TestEmulatorCli::explicitPort()
{
    const quint16 port = Concord::Test::freeLoopbackPort();
    QVERIFY(run({"--port", QString::number(port), "--host", "127.0.0.1"}));
    QCOMPARE(m_emulator->baseUrl().port(), int(port));
    CONCORD_VERIFY_STATUS(m_http.get("/api/me"), 200);
}

void TestEmulatorCli::generatedToken()
{
    QVERIFY(run({}, Token::Generated));
    static const QRegularExpression tokenLine(QStringLiteral("(?:^|\\n)token: (\\S+)"));
    const auto match = m_emulator->waitForOutput(tokenLine);
    QVERIFY2(match.hasMatch(), qPrintable(m_emulator->describe()));
    const QString token = match.captured(1);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\|[A-Za-z0-9]{40}[0-9a-f]{8}$")).match(token).hasMatch(),
        qPrintable(token));
    const auto me = m_http.get("/api/me", {HttpProbe::bearer(token)});
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("super_admin"), QJsonValue(true));
    // The fixed test token was not configured this time.
    CONCORD_VERIFY_STATUS(m_http.get("/api/me"), 401);
}

void TestEmulatorCli::givenTokensWork()
{
    QVERIFY(run({"--token", adminToken, "--token", secondToken}));
    CONCORD_VERIFY_STATUS(m_http.get("/api/me"), 200);
    CONCORD_VERIFY_STATUS(m_http.get("/api/me", {HttpProbe::bearer(secondToken)}), 200);
    // No token line when tokens are given.
    QVERIFY2(!m_emulator->output().contains("token: ") && !m_emulator->errorOutput().contains("token: "),
        qPrintable(m_emulator->describe()));
}

void TestEmulatorCli::tokenNoApi()
{
    QVERIFY(run({"--token-no-api", noApiToken}));
    CONCORD_VERIFY_JSON(m_http.get("/api/me", {HttpProbe::bearer(noApiToken)}), 403,
        R"({"error":"Your account is not authorized to perform API requests."})");
}

void TestEmulatorCli::contactsCount()
{
    QVERIFY(run({"--contacts", "30", "--companies", "7", "--deals", "11"}));
    QCOMPARE(m_http.get("/api/contacts").value("meta").toObject().value("total"), QJsonValue(30));
    QCOMPARE(m_http.get("/api/companies").value("meta").toObject().value("total"), QJsonValue(7));
    QCOMPARE(m_http.get("/api/deals").value("meta").toObject().value("total"), QJsonValue(11));
}

void TestEmulatorCli::rateLimit()
{
    QVERIFY(run({"--rate-limit", "2"}));
    CONCORD_VERIFY_STATUS(m_http.get("/api/me"), 200);
    const auto second = m_http.get("/api/me");
    CONCORD_VERIFY_STATUS(second, 200);
    QCOMPARE(second.header("X-RateLimit-Limit"), QByteArray("2"));
    CONCORD_VERIFY_JSON(m_http.get("/api/me"), 429, R"({"message":"Too Many Attempts."})");
}

void TestEmulatorCli::appVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("header"); // null: absent
    QTest::newRow("default") << QStringList() << QByteArray("1.5.1");
    QTest::newRow("1.6.2") << QStringList {"--app-version", "1.6.2"} << QByteArray("1.6.2");
    QTest::newRow("1.2.5") << QStringList {"--app-version", "1.2.5"} << QByteArray();
}

void TestEmulatorCli::appVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, header);
    QVERIFY(run(arguments));
    const auto me = m_http.get("/api/me");
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.header("X-App-Version"), header);
}

void TestEmulatorCli::perPageCap()
{
    QVERIFY(run({"--per-page-cap", "20"}));
    const auto page = m_http.get("/api/contacts?per_page=100");
    CONCORD_VERIFY_STATUS(page, 200);
    QCOMPARE(page.value("meta").toObject().value("per_page"), QJsonValue(20));
    QCOMPARE(page.data().size(), 20);
}

void TestEmulatorCli::ignorePerPage()
{
    // The named resource pages by 15 whatever is asked; the default lookups now honour per_page.
    QVERIFY(run({"--ignore-per-page", "contacts"}));
    const auto contacts = m_http.get("/api/contacts?per_page=100");
    CONCORD_VERIFY_STATUS(contacts, 200);
    QCOMPARE(contacts.value("meta").toObject().value("per_page"), QJsonValue(15));
    QCOMPARE(contacts.data().size(), 15);
    const auto sources = m_http.get("/api/sources?per_page=2");
    QCOMPARE(sources.value("meta").toObject().value("per_page"), QJsonValue(2));
}

void TestEmulatorCli::control_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::newRow("--control") << true;
    QTest::newRow("no --control") << false;
}

void TestEmulatorCli::control()
{
    QFETCH(bool, enabled);
    QVERIFY(run(enabled ? QStringList {"--control"} : QStringList {}));
    CONCORD_VERIFY_STATUS(m_http.get("/__emulator/requests"), enabled ? 200 : 404);
}

void TestEmulatorCli::seedIsDeterministicAcrossRuns()
{
    QVERIFY(run({"--seed", "7"}));
    const QByteArray first = m_http.get("/api/contacts/3").body;
    QVERIFY(run({"--seed", "7"}));
    QCOMPARE(m_http.get("/api/contacts/3").body, first);
    QVERIFY(run({"--seed", "8"}));
    QVERIFY(m_http.get("/api/contacts/3").body != first);
}

void TestEmulatorCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--contacts abc") << QStringList {"--port", "0", "--contacts", "abc"};
    QTest::newRow("--contacts -5") << QStringList {"--port", "0", "--contacts", "-5"};
    QTest::newRow("--port abc") << QStringList {"--port", "abc"};
    QTest::newRow("--port 70000") << QStringList {"--port", "70000"};
    QTest::newRow("--rate-limit x") << QStringList {"--port", "0", "--rate-limit", "x"};
    QTest::newRow("--per-page-cap x") << QStringList {"--port", "0", "--per-page-cap", "x"};
    QTest::newRow("--seed x") << QStringList {"--port", "0", "--seed", "x"};
    QTest::newRow("unknown option") << QStringList {"--port", "0", "--no-such-option"};
}

void TestEmulatorCli::badArguments()
{
    QFETCH(QStringList, arguments);
    m_emulator = std::make_unique<EmulatorProcess>(arguments);
    m_emulator->process().start();
    QVERIFY(m_emulator->process().waitForStarted());
    QVERIFY2(m_emulator->waitForExit(), qPrintable("still running: " + m_emulator->describe()));
    QCOMPARE(m_emulator->process().exitStatus(), QProcess::NormalExit);
    QVERIFY2(m_emulator->process().exitCode() != 0, qPrintable(m_emulator->describe()));
    QVERIFY2(!m_emulator->errorOutput().trimmed().isEmpty(), "a message on stderr");
    QVERIFY(!m_emulator->output().contains("listening on"));
}

void TestEmulatorCli::portInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    m_emulator = std::make_unique<EmulatorProcess>(
        QStringList {"--port", QString::number(occupant.serverPort()), "--token", adminToken});
    m_emulator->process().start();
    QVERIFY(m_emulator->waitForExit());
    QVERIFY2(m_emulator->process().exitCode() != 0, qPrintable(m_emulator->describe()));
    QVERIFY(!m_emulator->errorOutput().trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulatorcli.moc"
