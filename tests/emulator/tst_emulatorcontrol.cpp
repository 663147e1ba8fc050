// The emulator's control interface, fault injection, determinism, concurrency and speed
// (docs/emulator.md, spec §12 "Data, control, faults").

#include <emulatorfixture.h>
#include <emulatorserver.h>
#include <httpasserts.h>
#include <jsontools.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace Concord;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpProbe;
using Concord::Test::HttpResponse;

namespace {

// A list body with the server's own address taken out, so two servers on different ports can be
// compared byte for byte.
QByteArray withoutAddress(const HttpResponse &response, const EmulatorFixture &emulator)
{
    QByteArray body = response.body;
    const QString base = emulator.baseUrl().toString(QUrl::StripTrailingSlash);
    body.replace(base.toUtf8(), "BASE");
    // JSON may escape '/' as '\/'.
    body.replace(QString(base).replace("/", "\\/").toUtf8(), "BASE");
    return body;
}

Emulator::EmulatorConfig configWith(quint32 seed, bool control)
{
    auto config = EmulatorFixture::defaultConfig();
    config.seed = seed;
    config.control = control;
    return config;
}

} // namespace

class TestEmulatorControl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestLogRecordsHeaders();
    void requestLogSkipsControlRoutes();
    void resetRestoresSeed();
    void faultsOffByDefault();
    void faultsRoundTrip();
    void errorStatuses_data();
    void errorStatuses();
    void latency();
    void drop();
    void dropAfterApply();
    void truncate();
    void malformed();
    void faultScope();
    void addAndRevokeTokens();
    void controlOffMeansNoRoutes_data();
    void controlOffMeansNoRoutes();
    void seedIsSpread();
    void determinism_data();
    void determinism();
    void faultsReproducibleFromSeed();
    void concurrentClients();
    void largePageIsFast();

private:
    std::unique_ptr<EmulatorFixture> m_emulator;
};

void TestEmulatorControl::init()
{
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestEmulatorControl::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorControl::requestLogRecordsHeaders()
{
    CONCORD_VERIFY_STATUS(m_emulator->clearRequestLog(), 204);
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/contacts?per_page=3", {{"X-Probe", "abc123"}}), 200);
    CONCORD_VERIFY_STATUS(m_emulator->http().post("/api/contacts", QJsonObject {{"first_name", "Logged"}}), 201);

    const QJsonArray log = m_emulator->requestLog();
    QCOMPARE(log.size(), 2);
    const QJsonObject get = log.at(0).toObject();
    QCOMPARE(get.value("method"), QJsonValue("GET"));
    QCOMPARE(get.value("path"), QJsonValue("/api/contacts"));
    QVERIFY2(get.value("query").toString().contains("per_page=3"), qPrintable(get.value("query").toString()));
    const QJsonObject headers = get.value("headers").toObject();
    QCOMPARE(headers.value("x-probe"), QJsonValue("abc123"));
    QCOMPARE(headers.value("accept"), QJsonValue("application/json"));
    QVERIFY(headers.value("authorization").toString().startsWith("Bearer "));
    // What the client must never send, as Qt's network access manager does not.
    QVERIFY(!headers.contains("origin"));
    QVERIFY(!headers.contains("referer"));
    QCOMPARE(log.at(1).toObject().value("method"), QJsonValue("POST"));
}

void TestEmulatorControl::requestLogSkipsControlRoutes()
{
    m_emulator->clearRequestLog();
    m_emulator->setFaults(QJsonObject {});
    m_emulator->http().get("/__emulator/faults");
    QCOMPARE(m_emulator->requestLog(), QJsonArray());
    m_emulator->http().get("/api/me", {HttpProbe::without("Authorization")});
    QCOMPARE(m_emulator->requestLog().size(), 1); // refused requests are logged too
}

void TestEmulatorControl::resetRestoresSeed()
{
    auto &http = m_emulator->http();
    const QByteArray seeded = http.get("/api/contacts?per_page=100").body;
    const int created = http.post("/api/contacts", QJsonObject {{"first_name", "Temporary"}}).value("id").toInt();
    CONCORD_VERIFY_STATUS(http.del("/api/contacts/5"), 204);
    CONCORD_VERIFY_STATUS(http.put("/api/contacts/6", QJsonObject {{"first_name", "Changed"}}), 200);
    m_emulator->setFaults(QJsonObject {{"latency_ms", 1}});

    CONCORD_VERIFY_STATUS(m_emulator->reset(), 204);
    QCOMPARE(m_emulator->requestLog(), QJsonArray());
    CONCORD_VERIFY_STATUS(http.get("/api/contacts/5"), 200);
    CONCORD_VERIFY_STATUS(http.get(QStringLiteral("/api/contacts/%1").arg(created)), 404);
    QCOMPARE(http.get("/api/contacts?per_page=100").body, seeded);
    const auto faults = http.get("/__emulator/faults");
    CONCORD_VERIFY_STATUS(faults, 200);
    QVERIFY2(faults.value("latency_ms").toInt() == 0, faults.body.constData());
}

void TestEmulatorControl::faultsOffByDefault()
{
    for (int i = 0; i < 40; ++i) {
        const auto response = m_emulator->http().get("/api/contacts?per_page=5");
        CONCORD_VERIFY_STATUS(response, 200);
        QVERIFY(response.isJson);
    }
}

void TestEmulatorControl::faultsRoundTrip()
{
    const QJsonObject faults {{"error_rate", 0.25}, {"error_statuses", QJsonArray {502}}, {"latency_ms", 5}};
    const auto set = m_emulator->setFaults(faults);
    CONCORD_VERIFY_STATUS(set, 200);
    QCOMPARE(set.value("error_rate"), QJsonValue(0.25));
    QCOMPARE(set.value("error_statuses"), QJsonValue(QJsonArray {502}));
    const auto read = m_emulator->http().get("/__emulator/faults");
    QCOMPARE(read.value("latency_ms"), QJsonValue(5));
    const auto cleared = m_emulator->setFaults(QJsonObject {});
    CONCORD_VERIFY_STATUS(cleared, 200);
    QVERIFY(cleared.value("error_rate").toDouble() == 0);
    QVERIFY(cleared.value("latency_ms").toInt() == 0);
}

void TestEmulatorControl::errorStatuses_data()
{
    QTest::addColumn<QJsonArray>("statuses");
    QTest::addColumn<QList<int>>("allowed");
    QTest::newRow("503 only") << QJsonArray {503} << QList<int> {503};
    QTest::newRow("500 only") << QJsonArray {500} << QList<int> {500};
    QTest::newRow("default") << QJsonArray() << QList<int> {500, 502, 503};
}

void TestEmulatorControl::errorStatuses()
{
    QFETCH(QJsonArray, statuses);
    QFETCH(QList<int>, allowed);
    QJsonObject faults {{"error_rate", 1}};
    if (!statuses.isEmpty())
        faults.insert("error_statuses", statuses);
    CONCORD_VERIFY_STATUS(m_emulator->setFaults(faults), 200);
    const QMap<int, QByteArray> bodies {
        {500, R"({"message":"Server Error"})"}, {502, QByteArray()}, {503, R"({"message":"Service Unavailable"})"}};
    for (int i = 0; i < 10; ++i) {
        const auto response = m_emulator->http().get("/api/contacts");
        QVERIFY2(allowed.contains(response.status), qPrintable(response.describe()));
        if (!bodies.value(response.status).isEmpty())
            CONCORD_VERIFY_JSON(response, response.status, bodies.value(response.status));
    }
}

void TestEmulatorControl::latency()
{
    const auto quick = m_emulator->http().get("/api/me");
    CONCORD_VERIFY_STATUS(quick, 200);
    QVERIFY(quick.elapsedMs < 400);
    m_emulator->setFaults(QJsonObject {{"latency_ms", 400}});
    const auto slow = m_emulator->http().get("/api/me");
    CONCORD_VERIFY_STATUS(slow, 200);
    QVERIFY2(slow.elapsedMs >= 395, qPrintable(QString::number(slow.elapsedMs))); // timer granularity
}

void TestEmulatorControl::drop()
{
    const QByteArray request = m_emulator->http().rawRequest("GET", "/api/me");
    // The raw exchange works when nothing is dropped.
    QVERIFY(HttpProbe::exchangeRaw(m_emulator->baseUrl(), request).startsWith("HTTP/1.1 200"));
    m_emulator->setFaults(QJsonObject {{"drop_rate", 1}});
    const auto response = m_emulator->http().get("/api/me");
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error != QNetworkReply::NoError && !response.timedOut, qPrintable(response.describe()));
    QVERIFY(response.body.isEmpty());
    // Closed with no answer at all, not even a status line.
    QCOMPARE(HttpProbe::exchangeRaw(m_emulator->baseUrl(), request), QByteArray());
}

void TestEmulatorControl::dropAfterApply()
{
    m_emulator->setFaults(QJsonObject {{"drop_rate", 1}, {"drop_after_apply", true}, {"methods", QJsonArray {"POST"}}});
    // On a raw socket: QNetworkAccessManager would send the POST again when its answer is dropped.
    const QByteArray request = m_emulator->http().rawRequest(
        "POST", "/api/contacts", QJsonObject {{"first_name", "Ambiguous"}, {"last_name", "Zyxwvut"}});
    const QByteArray received = HttpProbe::exchangeRaw(m_emulator->baseUrl(), request);
    QVERIFY2(received.isEmpty(), received.constData());
    // The create happened although its answer was lost.
    const auto found = m_emulator->http().get("/api/contacts/search?q=Zyxwvut");
    CONCORD_VERIFY_STATUS(found, 200);
    QCOMPARE(found.array().size(), 1);
    QCOMPARE(found.array().at(0).toObject().value("first_name"), QJsonValue("Ambiguous"));
}

void TestEmulatorControl::truncate()
{
    m_emulator->setFaults(QJsonObject {{"truncate_rate", 1}});
    const auto response = m_emulator->http().get("/api/contacts?per_page=100");
    QVERIFY(!response.timedOut);
    const qint64 promised = response.header("Content-Length").toLongLong();
    const bool cutShort = response.error != QNetworkReply::NoError || (promised > 0 && response.body.size() < promised);
    QVERIFY2(cutShort, qPrintable(response.describe()));
    QVERIFY(!response.isJson);
}

void TestEmulatorControl::malformed()
{
    m_emulator->setFaults(QJsonObject {{"malformed_rate", 1}});
    const auto response = m_emulator->http().get("/api/contacts");
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(response.error, QNetworkReply::NoError);
    QVERIFY(!response.body.isEmpty());
    QVERIFY2(!response.isJson, response.body.constData());
}

void TestEmulatorControl::faultScope()
{
    m_emulator->setFaults(
        QJsonObject {{"error_rate", 1}, {"error_statuses", QJsonArray {500}}, {"path_prefix", "/api/deals"}});
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/contacts"), 200);
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/deals"), 500);
    m_emulator->setFaults(
        QJsonObject {{"error_rate", 1}, {"error_statuses", QJsonArray {500}}, {"methods", QJsonArray {"PUT"}}});
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/deals"), 200);
    CONCORD_VERIFY_STATUS(m_emulator->http().put("/api/deals/1", QJsonObject {{"name", "x"}}), 500);
    // Control routes are never faulted, so a test can always switch faults off again.
    CONCORD_VERIFY_STATUS(m_emulator->setFaults(QJsonObject {}), 200);
}

void TestEmulatorControl::addAndRevokeTokens()
{
    const QString token = QStringLiteral("42|ControlAddedTokenControlAddedTokenContro1f2e3d4c");
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/me", {HttpProbe::bearer(token)}), 401);
    CONCORD_VERIFY_STATUS(
        m_emulator->http().post("/__emulator/tokens", QJsonObject {{"token", token}, {"user_id", 2}}), 201);
    const auto me = m_emulator->http().get("/api/me", {HttpProbe::bearer(token)});
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(2));
    CONCORD_VERIFY_STATUS(m_emulator->http().post("/__emulator/tokens/revoke", QJsonObject {{"token", token}}), 204);
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/me", {HttpProbe::bearer(token)}), 401);
}

void TestEmulatorControl::controlOffMeansNoRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET requests") << QByteArray("GET") << "/__emulator/requests";
    QTest::newRow("POST faults") << QByteArray("POST") << "/__emulator/faults";
    QTest::newRow("POST reset") << QByteArray("POST") << "/__emulator/reset";
}

void TestEmulatorControl::controlOffMeansNoRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const auto plainEmulator = EmulatorFixture::started(configWith(1, false));
    auto &plain = *plainEmulator;
    QVERIFY(plain.isStarted());
    const QJsonValue body
        = method == "POST" ? QJsonValue(QJsonObject {{"error_rate", 1}}) : QJsonValue(QJsonValue::Undefined);
    CONCORD_VERIFY_STATUS(plain.http().request(method, path, body), 404);
    CONCORD_VERIFY_STATUS(plain.http().get("/api/me"), 200);
}

void TestEmulatorControl::seedIsSpread()
{
    const auto distinct = [](const QJsonArray &records, const char *key) {
        QSet<QString> values;
        for (const auto &r : records)
            values.insert(r.toObject().value(QLatin1String(key)).toVariant().toString());
        return values;
    };
    const QJsonArray contacts = m_emulator->fetchAll("/api/contacts");
    const QJsonArray deals = m_emulator->fetchAll("/api/deals");
    QCOMPARE(contacts.size(), 200);
    QCOMPARE(m_emulator->fetchAll("/api/companies").size(), 60);
    QCOMPARE(deals.size(), 120);
    QVERIFY(distinct(contacts, "user_id").size() >= 3);
    QVERIFY(distinct(contacts, "first_name").size() >= 20);
    QVERIFY(distinct(deals, "user_id").size() >= 3);
    QVERIFY(distinct(deals, "pipeline_id").size() >= 2);
    QVERIFY(distinct(deals, "stage_id").size() >= 4);
    QCOMPARE(distinct(deals, "status"), (QSet<QString> {"open", "won", "lost"}));
}

void TestEmulatorControl::determinism_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("contacts") << "/api/contacts?per_page=100";
    QTest::newRow("contacts page 2") << "/api/contacts?per_page=100&page=2";
    QTest::newRow("companies") << "/api/companies?per_page=100";
    QTest::newRow("deals") << "/api/deals?per_page=100";
    QTest::newRow("one contact") << "/api/contacts/17";
}

void TestEmulatorControl::determinism()
{
    QFETCH(QString, path);
    EmulatorFixture twin(configWith(1, true));
    EmulatorFixture other(configWith(2, true));
    QVERIFY(twin.start() && other.start());
    const auto mine = m_emulator->http().get(path);
    const auto twins = twin.http().get(path);
    const auto others = other.http().get(path);
    CONCORD_VERIFY_STATUS(mine, 200);
    QCOMPARE(withoutAddress(twins, twin), withoutAddress(mine, *m_emulator));
    QVERIFY2(withoutAddress(others, other) != withoutAddress(mine, *m_emulator), "another seed gives other data");
}

void TestEmulatorControl::faultsReproducibleFromSeed()
{
    EmulatorFixture twin(configWith(1, true));
    QVERIFY(twin.start());
    const QJsonObject faults {{"error_rate", 0.5}, {"error_statuses", QJsonArray {500, 503}}};
    QList<int> first;
    QList<int> second;
    m_emulator->setFaults(faults);
    twin.setFaults(faults);
    for (int i = 0; i < 30; ++i) {
        first << m_emulator->http().get("/api/me").status;
        second << twin.http().get("/api/me").status;
    }
    QCOMPARE(first, second);
    QVERIFY2(first.contains(200) && (first.contains(500) || first.contains(503)), "a rate of 0.5 gives both outcomes");
}

void TestEmulatorControl::concurrentClients()
{
    constexpr int clients = 8;
    constexpr int perClient = 5;
    constexpr int pageSize = 10;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    struct Pending
    {
        QNetworkReply *reply;
        int page;
    };
    std::vector<Pending> pending;
    const HttpProbe &probe = m_emulator->http();
    for (int c = 0; c < clients; ++c) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        for (int r = 0; r < perClient; ++r) {
            const int page = 1 + (c * perClient + r) % 20;
            const auto request = probe.makeRequest(
                QStringLiteral("/api/contacts?order=id&per_page=%1&page=%2").arg(pageSize).arg(page));
            pending.push_back({managers.back()->get(request), page});
        }
    }
    for (const auto &p : pending) {
        const HttpResponse response = probe.collect(p.reply, 20000);
        CONCORD_VERIFY_STATUS(response, 200);
        QSet<int> expected;
        for (int id = (p.page - 1) * pageSize + 1; id <= p.page * pageSize; ++id)
            expected.insert(id);
        QCOMPARE(Test::idsOf(response.data()), expected);
        QCOMPARE(response.value("meta").toObject().value("current_page"), QJsonValue(p.page));
    }
}

void TestEmulatorControl::largePageIsFast()
{
    constexpr int rounds = 20;
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/contacts?per_page=100"), 200); // warm-up
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        const auto response
            = m_emulator->http().get(QStringLiteral("/api/contacts?per_page=100&page=%1").arg(1 + i % 2));
        CONCORD_VERIFY_STATUS(response, 200);
        QCOMPARE(response.data().size(), 100);
    }
    const double average = double(clock.elapsed()) / rounds;
    qInfo("GET /api/contacts?per_page=100: %.1f ms on average over %d requests", average, rounds);
    // Generous on purpose: this catches an accidental quadratic path, not a slow machine.
    QVERIFY2(average < 50, qPrintable(QString::number(average)));
}

QTEST_GUILESS_MAIN(TestEmulatorControl)
#include "tst_emulatorcontrol.moc"
