// LookupService against the emulator: the current user, paginated lookups read to the end
// whatever page size the server uses (§4), and the bare-array and keyed-object lookups (§6.10).

#include "servicejoboutcome.h"

#include "api/currentuserjob.h"
#include "api/lookupjob.h"
#include "api/lookupservice.h"
#include "api/recordpager.h"

#include <emulatorclient.h>
#include <jsontools.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

namespace {

using LookupCall = LookupJob *(LookupService::*)() const;

QSet<int> idsOf(const QList<LookupItem> &items)
{
    QSet<int> ids;
    for (const LookupItem &item : items)
        ids.insert(item.id.toInt());
    return ids;
}

int requestsTo(EmulatorFixture &emulator, const QString &path)
{
    const QJsonArray log = emulator.requestLog();
    return int(std::count_if(log.begin(), log.end(),
        [&path](const QJsonValue &entry) { return entry.toObject().value("path").toString() == path; }));
}

} // namespace

Q_DECLARE_METATYPE(LookupCall)

class TestLookupService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void me();
    void meNeedsAnId();
    void pagedLookups_data();
    void pagedLookups();
    void usersAcrossPages();
    void sourcesPagedBy15();
    void pipelinesWithStages();
    void countries();
    void timezones();
    void currencies();
    void abortStopsThePager();

private:
    std::unique_ptr<EmulatorClient> m_server;
};

void TestLookupService::initTestCase()
{
    m_server = std::make_unique<EmulatorClient>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestLookupService::init()
{
    m_server->emulator().reset();
}

void TestLookupService::me()
{
    const auto me = awaitServiceJob(LookupService(&m_server->client()).me(), &CurrentUserJob::user);
    QVERIFY2(me.isOk(), qPrintable(me.describe()));
    const QJsonObject expected = m_server->emulator().http().get("/api/me").object();
    QCOMPARE(me.result.id, 1);
    QCOMPARE(me.result.name, expected.value("name").toString());
    QCOMPARE(me.result.email, expected.value("email").toString());
    QCOMPARE(me.result.timezone, expected.value("timezone").toString());
    QCOMPARE(me.result.dateFormat, expected.value("date_format").toString());
    QCOMPARE(me.result.timeFormat, expected.value("time_format").toString());
    QVERIFY(!me.result.dateFormat.isEmpty());
    QCOMPARE(me.result.superAdmin, true);
}

void TestLookupService::meNeedsAnId()
{
    // /countries is JSON, but not a user.
    const auto me = awaitServiceJob(new CurrentUserJob(m_server->client().get("countries")), &CurrentUserJob::user);
    QCOMPARE(me.error.kind(), ApiError::Kind::Malformed);
}

void TestLookupService::pagedLookups_data()
{
    QTest::addColumn<LookupCall>("call");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("swatches");
    QTest::newRow("users") << &LookupService::users << "users" << false;
    QTest::newRow("sources") << &LookupService::sources << "sources" << false;
    QTest::newRow("industries") << &LookupService::industries << "industries" << false;
    QTest::newRow("lost-reasons") << &LookupService::lostReasons << "lost-reasons" << false;
    QTest::newRow("call-outcomes") << &LookupService::callOutcomes << "call-outcomes" << true;
    QTest::newRow("activity-types") << &LookupService::activityTypes << "activity-types" << true;
}

void TestLookupService::pagedLookups()
{
    QFETCH(LookupCall, call);
    QFETCH(QString, resource);
    QFETCH(bool, swatches);
    const QJsonArray expected = m_server->emulator().fetchAll("/api/" + resource);
    QVERIFY(!expected.isEmpty());
    const LookupService lookups(&m_server->client());
    const auto items = awaitServiceJob((lookups.*call)(), &LookupJob::items);
    QVERIFY2(items.isOk(), qPrintable(items.describe()));
    QCOMPARE(items.result.size(), expected.size());
    QCOMPARE(idsOf(items.result), Concord::Test::idsOf(expected));
    for (const LookupItem &item : items.result) {
        QCOMPARE(item.name, Concord::Test::findById(expected, item.id.toInt()).value("name").toString());
        QVERIFY(!item.name.isEmpty());
        QCOMPARE(!item.swatchColor.isEmpty(), swatches);
        QCOMPARE(item.raw.value("id"), item.id);
    }
}

void TestLookupService::usersAcrossPages()
{
    // The seeded users fit one page of 100; a cap of 3 makes the server page them by 3.
    auto config = EmulatorFixture::defaultConfig();
    config.perPageCap = 3;
    EmulatorClient server(config);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonArray expected = server.emulator().fetchAll("/api/users");
    QVERIFY(expected.size() > 6);
    server.emulator().clearRequestLog();

    const auto users = awaitServiceJob(LookupService(&server.client()).users(), &LookupJob::items);
    QVERIFY2(users.isOk(), qPrintable(users.describe()));
    QCOMPARE(idsOf(users.result), Concord::Test::idsOf(expected));
    QCOMPARE(users.result.size(), expected.size());
    QCOMPARE(requestsTo(server.emulator(), "/api/users"), int((expected.size() + 2) / 3));
}

void TestLookupService::sourcesPagedBy15()
{
    // Sources ignore per_page (the emulator's default, as some real endpoints do): with more
    // than 15 the lookup needs several pages of 15, asked for with per_page=100 all the same.
    auto &http = m_server->emulator().http();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(http.post("/api/sources", QJsonObject {{"name", QString("Fair %1").arg(i)}}).status, 201);
    const QJsonArray expected = m_server->emulator().fetchAll("/api/sources");
    QVERIFY(expected.size() > 15);
    m_server->emulator().clearRequestLog();

    const auto sources = awaitServiceJob(LookupService(&m_server->client()).sources(), &LookupJob::items);
    QVERIFY2(sources.isOk(), qPrintable(sources.describe()));
    QCOMPARE(idsOf(sources.result), Concord::Test::idsOf(expected));
    QCOMPARE(sources.result.size(), expected.size());
    QCOMPARE(requestsTo(m_server->emulator(), "/api/sources"), int((expected.size() + 14) / 15));
}

void TestLookupService::pipelinesWithStages()
{
    // Pipelines ignore per_page on the emulator: paged by 15 whatever is asked.
    const QJsonArray expected = m_server->emulator().fetchAll("/api/pipelines?with=stages");
    QVERIFY(!expected.isEmpty());
    const auto pipelines = awaitServiceJob(LookupService(&m_server->client()).pipelines(), &LookupJob::items);
    QVERIFY2(pipelines.isOk(), qPrintable(pipelines.describe()));
    QCOMPARE(idsOf(pipelines.result), Concord::Test::idsOf(expected));
    for (const LookupItem &pipeline : pipelines.result) {
        const QList<LookupItem> stages = pipeline.nested("stages");
        QVERIFY2(!stages.isEmpty(), qPrintable(pipeline.name));
        const QJsonArray expectedStages
            = Concord::Test::findById(expected, pipeline.id.toInt()).value("stages").toArray();
        QCOMPARE(idsOf(stages), Concord::Test::idsOf(expectedStages));
        for (const LookupItem &stage : stages) {
            QVERIFY(!stage.name.isEmpty());
            QCOMPARE(stage.raw.value("pipeline_id"), pipeline.id);
        }
    }
}

void TestLookupService::countries()
{
    const QJsonArray expected = m_server->emulator().http().get("/api/countries").array();
    const auto countries = awaitServiceJob(LookupService(&m_server->client()).countries(), &LookupJob::items);
    QVERIFY2(countries.isOk(), qPrintable(countries.describe()));
    QCOMPARE(countries.result.size(), expected.size());
    QVERIFY(countries.result.size() > 5);
    QCOMPARE(idsOf(countries.result), Concord::Test::idsOf(expected));
    const auto germany = std::find_if(countries.result.cbegin(), countries.result.cend(),
        [](const LookupItem &item) { return item.name == QLatin1String("Germany"); });
    QVERIFY(germany != countries.result.cend());
    QVERIFY(germany->id.isDouble());
}

void TestLookupService::timezones()
{
    const QJsonArray expected = m_server->emulator().http().get("/api/timezones").array();
    const auto zones = awaitServiceJob(LookupService(&m_server->client()).timezones(), &LookupJob::items);
    QVERIFY2(zones.isOk(), qPrintable(zones.describe()));
    QCOMPARE(zones.result.size(), expected.size());
    QStringList names;
    for (const LookupItem &zone : zones.result) {
        QCOMPARE(zone.id.toString(), zone.name);
        names.append(zone.name);
    }
    QVERIFY(names.contains("Europe/Berlin"));
    QVERIFY(names.contains("UTC"));
}

void TestLookupService::currencies()
{
    const auto currencies = awaitServiceJob(LookupService(&m_server->client()).currencies(), &LookupJob::items);
    QVERIFY2(currencies.isOk(), qPrintable(currencies.describe()));
    QVERIFY(currencies.result.size() > 2);
    QStringList codes;
    for (const LookupItem &currency : currencies.result)
        codes.append(currency.id.toString());
    QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    const auto euro = std::find_if(currencies.result.cbegin(), currencies.result.cend(),
        [](const LookupItem &item) { return item.id.toString() == QLatin1String("EUR"); });
    QVERIFY(euro != currencies.result.cend());
    QCOMPARE(euro->name, QString("Euro"));
    QCOMPARE(euro->raw.value("precision").toInt(), 2);
    QVERIFY(!euro->raw.value("symbol").toString().isEmpty());
}

void TestLookupService::abortStopsThePager()
{
    auto config = EmulatorFixture::defaultConfig();
    config.perPageCap = 2;
    EmulatorClient server(config);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();
    QPointer<LookupJob> job = LookupService(&server.client()).users();
    QPointer<RecordPager> pager = job->findChild<RecordPager *>();
    QVERIFY(pager);
    QSignalSpy finished(job.data(), &ServiceJob::finished);
    connect(pager, &RecordPager::pageLoaded, job, &ServiceJob::abort);
    QTRY_VERIFY(job.isNull() && pager.isNull());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(requestsTo(server.emulator(), "/api/users"), 1);
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
