// RecordService against the emulator over real HTTP: every route of concord-api.md §3.2 and §7,
// what goes on the wire (from the emulator's request log), and wrong shapes → Malformed.

#include "servicejoboutcome.h"

#include "api/recordjob.h"
#include "api/recordlistjob.h"
#include "api/recordpagejob.h"
#include "api/recordpager.h"
#include "api/recordservice.h"

#include <emulatorclient.h>
#include <jsontools.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

namespace {

QSet<int> idsOf(const QJsonObject &record, const QString &key)
{
    return Concord::Test::idsOf(record.value(key).toArray());
}

QList<QJsonObject> apiRequests(EmulatorFixture &emulator)
{
    QList<QJsonObject> requests;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue &entry : log)
        requests.append(entry.toObject());
    return requests;
}

} // namespace

class TestRecordService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listPage();
    void listPageSendsParams();
    void listAll();
    void get();
    void getUnknown();
    void create();
    void createInvalid();
    void updateSendsOnlyChangedFields();
    void trashRoundTrip();
    void search();
    void searchEmptyAsksNothing();
    void associations();
    void associationConflict();
    void detachOnLegacyServer();
    void associated();
    void malformedBody();
    void wrongShape();
    void abortGivesNoFinished();
    void clientGoneCancels();

private:
    EmulatorClient m_server;
};

void TestRecordService::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestRecordService::init()
{
    m_server.emulator().reset();
}

void TestRecordService::listPage()
{
    ListParams params;
    params.perPage = 10;
    const auto page = awaitServiceJob(RecordService(&m_server.client(), "contacts").listPage(params, 2),
        [](RecordPageJob *job) { return std::make_pair(job->records(), job->meta()); });
    QVERIFY2(page.isOk(), qPrintable(page.describe()));
    const auto &[records, meta] = page.result;
    QCOMPARE(records.size(), 10);
    QCOMPARE(meta.currentPage, 2);
    QCOMPARE(meta.perPage, 10);
    QCOMPARE(meta.total, 200);
    QCOMPARE(meta.lastPage, 20);
    QCOMPARE(meta.from, std::optional<int>(11));
    QCOMPARE(meta.to, std::optional<int>(20));
}

void TestRecordService::listPageSendsParams()
{
    ListParams params;
    params.perPage = 500; // more than the API promises: clamped to 100
    params.orderField = "id";
    params.orderDescending = true;
    params.q = "an";
    params.extra = {{"search_match", "and"}};
    m_server.emulator().clearRequestLog();
    const auto page
        = awaitServiceJob(RecordService(&m_server.client(), "contacts").listPage(params, 1), &RecordPageJob::records);
    QVERIFY2(page.isOk(), qPrintable(page.describe()));
    QVERIFY(page.result.size() > 1);
    QVERIFY(page.result.at(0).value("id").toInt() > page.result.at(1).value("id").toInt());

    const auto log = apiRequests(m_server.emulator());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).value("path").toString(), QString("/api/contacts"));
    const QUrlQuery query(log.at(0).value("query").toString());
    QCOMPARE(query.queryItemValue("page"), QString("1"));
    QCOMPARE(query.queryItemValue("per_page"), QString("100"));
    QCOMPARE(query.queryItemValue("order"), QString("id|desc"));
    QCOMPARE(query.queryItemValue("q"), QString("an"));
    QCOMPARE(query.queryItemValue("search_match"), QString("and"));
}

void TestRecordService::listAll()
{
    const auto all = awaitServiceJob(RecordService(&m_server.client(), "companies").listAll({}), &RecordPager::records);
    QVERIFY2(all.isOk(), qPrintable(all.describe()));
    QCOMPARE(all.result.size(), 60);
}

void TestRecordService::get()
{
    const auto got = awaitServiceJob(RecordService(&m_server.client(), "contacts").get(5), &RecordJob::record);
    QVERIFY2(got.isOk(), qPrintable(got.describe()));
    QCOMPARE(got.result.value("id").toInt(), 5);
    QVERIFY(got.result.contains("actions")); // single-record responses only (§6.1)
}

void TestRecordService::getUnknown()
{
    const auto got = awaitServiceJob(RecordService(&m_server.client(), "contacts").get(999999), &RecordJob::record);
    QVERIFY(got.finished);
    QCOMPARE(got.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(got.result.isEmpty());
}

void TestRecordService::create()
{
    const auto created = awaitServiceJob(
        RecordService(&m_server.client(), "contacts").create({{"first_name", "Servicia"}, {"last_name", "Jobs"}}),
        &RecordJob::record);
    QVERIFY2(created.isOk(), qPrintable(created.describe()));
    QVERIFY(created.result.value("id").toInt() > 200);
    QCOMPARE(created.result.value("display_name").toString(), QString("Servicia Jobs"));
    QCOMPARE(created.result.value("was_recently_created").toBool(), true);
}

void TestRecordService::createInvalid()
{
    const auto created = awaitServiceJob(
        RecordService(&m_server.client(), "contacts").create({{"last_name", "Nameless"}}), &RecordJob::record);
    QVERIFY(created.finished);
    QCOMPARE(created.error.kind(), ApiError::Kind::Validation);
    QVERIFY(created.error.fieldErrors().contains("first_name"));
}

void TestRecordService::updateSendsOnlyChangedFields()
{
    RecordService contacts(&m_server.client(), "contacts");
    const auto before = awaitServiceJob(contacts.get(7), &RecordJob::record);
    QVERIFY2(before.isOk(), qPrintable(before.describe()));

    const QJsonObject changed {{"job_title", "Chief Tester"}};
    m_server.emulator().clearRequestLog();
    const auto after = awaitServiceJob(contacts.update(7, changed), &RecordJob::record);
    QVERIFY2(after.isOk(), qPrintable(after.describe()));
    QCOMPARE(after.result.value("job_title").toString(), QString("Chief Tester"));
    QCOMPARE(after.result.value("first_name"), before.result.value("first_name"));
    QCOMPARE(after.result.value("email"), before.result.value("email"));

    // The log keeps no bodies, but the length proves that nothing beyond `changed` went out.
    const auto log = apiRequests(m_server.emulator());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).value("method").toString(), QString("PUT"));
    QCOMPARE(log.at(0).value("path").toString(), QString("/api/contacts/7"));
    const QByteArray sent = QJsonDocument(changed).toJson(QJsonDocument::Compact);
    QCOMPARE(log.at(0).value("headers").toObject().value("content-length").toString().toInt(), sent.size());
}

void TestRecordService::trashRoundTrip()
{
    RecordService deals(&m_server.client(), "deals");
    const int id = 3;
    const auto removed = awaitServiceJob(deals.remove(id));
    QVERIFY2(removed.isOk(), qPrintable(removed.describe()));
    QCOMPARE(awaitServiceJob(deals.get(id), &RecordJob::record).error.kind(), ApiError::Kind::NotFound);

    const auto trash = awaitServiceJob(deals.trashed({}, 1), &RecordPageJob::records);
    QVERIFY2(trash.isOk(), qPrintable(trash.describe()));
    QVERIFY(std::any_of(trash.result.cbegin(), trash.result.cend(),
        [id](const QJsonObject &record) { return record.value("id").toInt() == id; }));

    const auto restored = awaitServiceJob(deals.restore(id), &RecordJob::record);
    QVERIFY2(restored.isOk(), qPrintable(restored.describe()));
    const auto back = awaitServiceJob(deals.get(id), &RecordJob::record);
    QVERIFY2(back.isOk(), qPrintable(back.describe()));
    QCOMPARE(back.result.value("id").toInt(), id);
    const auto trashAfter = awaitServiceJob(deals.trashed({}, 1), &RecordPageJob::records);
    QVERIFY(trashAfter.isOk());
    QVERIFY(std::none_of(trashAfter.result.cbegin(), trashAfter.result.cend(),
        [id](const QJsonObject &record) { return record.value("id").toInt() == id; }));
}

void TestRecordService::search()
{
    const QJsonObject contact = m_server.emulator().firstRecord("contacts");
    const QString lastName = contact.value("last_name").toString();
    QVERIFY(!lastName.isEmpty());
    RecordService contacts(&m_server.client(), "contacts");
    const auto found = awaitServiceJob(contacts.search(lastName), &RecordListJob::records);
    QVERIFY2(found.isOk(), qPrintable(found.describe()));
    QVERIFY(std::any_of(found.result.cbegin(), found.result.cend(),
        [&contact](const QJsonObject &record) { return record.value("id") == contact.value("id"); }));

    const auto taken = awaitServiceJob(contacts.search("a", 2), &RecordListJob::records);
    QVERIFY2(taken.isOk(), qPrintable(taken.describe()));
    QCOMPARE(taken.result.size(), 2);
}

void TestRecordService::searchEmptyAsksNothing()
{
    m_server.emulator().clearRequestLog();
    auto *job = RecordService(&m_server.client(), "contacts").search("  ");
    QSignalSpy finished(job, &ServiceJob::finished);
    QVERIFY(!job->isFinished()); // finished() comes later, so a caller can still connect
    const auto outcome = awaitServiceJob(job, &RecordListJob::records);
    QVERIFY2(outcome.isOk(), qPrintable(outcome.describe()));
    QVERIFY(outcome.result.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server.emulator().requestLog().size(), 0);
}

void TestRecordService::associations()
{
    RecordService contacts(&m_server.client(), "contacts");
    const int contact = 12;
    const auto cleared = awaitServiceJob(contacts.sync(contact, {{"companies", {}}}), &RecordJob::record);
    QVERIFY2(cleared.isOk(), qPrintable(cleared.describe()));
    QVERIFY(idsOf(cleared.result, "companies").isEmpty());

    const auto attached = awaitServiceJob(contacts.attach(contact, {{"companies", {2, 4}}}), &RecordJob::record);
    QVERIFY2(attached.isOk(), qPrintable(attached.describe()));
    QCOMPARE(idsOf(attached.result, "companies"), QSet<int>({2, 4}));

    const auto more = awaitServiceJob(contacts.attach(contact, {{"companies", {6}}}), &RecordJob::record);
    QVERIFY2(more.isOk(), qPrintable(more.describe()));
    QCOMPARE(idsOf(more.result, "companies"), QSet<int>({2, 4, 6})); // attach keeps the others

    const auto synced = awaitServiceJob(contacts.sync(contact, {{"companies", {4, 8}}}), &RecordJob::record);
    QVERIFY2(synced.isOk(), qPrintable(synced.describe()));
    QCOMPARE(idsOf(synced.result, "companies"), QSet<int>({4, 8})); // sync replaces

    const auto detached = awaitServiceJob(contacts.detach(contact, {{"companies", {4}}}), &RecordJob::record);
    QVERIFY2(detached.isOk(), qPrintable(detached.describe()));
    QCOMPARE(idsOf(detached.result, "companies"), QSet<int>({8})); // 1.5: 200 with the record
}

void TestRecordService::associationConflict()
{
    RecordService contacts(&m_server.client(), "contacts");
    QVERIFY(awaitServiceJob(contacts.sync(12, {{"companies", {2}}}), &RecordJob::record).isOk());
    const auto again = awaitServiceJob(contacts.attach(12, {{"companies", {2}}}), &RecordJob::record);
    QVERIFY(again.finished);
    QCOMPARE(again.error.kind(), ApiError::Kind::Conflict);
}

void TestRecordService::detachOnLegacyServer()
{
    EmulatorClient legacy(EmulatorFixture::versionConfig("1.2.5"));
    QVERIFY2(legacy.start(), qPrintable(legacy.errorString()));
    RecordService contacts(&legacy.client(), "contacts");
    const auto synced = awaitServiceJob(contacts.sync(12, {{"companies", {3, 5}}}), &RecordJob::record);
    QVERIFY2(synced.isOk(), qPrintable(synced.describe()));
    QCOMPARE(idsOf(synced.result, "companies"), QSet<int>({3, 5}));
    const auto attached = awaitServiceJob(contacts.attach(12, {{"companies", {7}}}), &RecordJob::record);
    QVERIFY2(attached.isOk(), qPrintable(attached.describe()));
    QCOMPARE(idsOf(attached.result, "companies"), QSet<int>({3, 5, 7}));

    // 1.2 answers 204 without a body: a success with an empty record.
    const auto detached = awaitServiceJob(contacts.detach(12, {{"companies", {3}}}), &RecordJob::record);
    QVERIFY2(detached.isOk(), qPrintable(detached.describe()));
    QVERIFY(detached.result.isEmpty());
    const auto after = awaitServiceJob(contacts.get(12), &RecordJob::record);
    QVERIFY2(after.isOk(), qPrintable(after.describe()));
    QCOMPARE(idsOf(after.result, "companies"), QSet<int>({5, 7}));
}

void TestRecordService::associated()
{
    RecordService contacts(&m_server.client(), "contacts");
    QVERIFY(awaitServiceJob(contacts.sync(12, {{"deals", {1, 2, 3}}}), &RecordJob::record).isOk());
    const auto deals = awaitServiceJob(contacts.associated(12, "deals", 1),
        [](RecordPageJob *job) { return std::make_pair(job->records(), job->meta()); });
    QVERIFY2(deals.isOk(), qPrintable(deals.describe()));
    QSet<int> ids;
    for (const QJsonObject &deal : deals.result.first)
        ids.insert(deal.value("id").toInt());
    QCOMPARE(ids, QSet<int>({1, 2, 3}));
    QCOMPARE(deals.result.second.total, 3);
}

void TestRecordService::malformedBody()
{
    m_server.emulator().setFaults(QJsonObject {{"malformed_rate", 1}});
    const auto got = awaitServiceJob(RecordService(&m_server.client(), "contacts").get(5), &RecordJob::record);
    QVERIFY(got.finished);
    QCOMPARE(got.error.kind(), ApiError::Kind::Malformed);
    QVERIFY(got.result.isEmpty());
}

void TestRecordService::wrongShape()
{
    // Valid JSON, wrong shape: /countries is a bare array, neither a record nor a page.
    ApiClient &client = m_server.client();
    const auto asRecord = awaitServiceJob(new RecordJob(client.get("countries")), &RecordJob::record);
    QCOMPARE(asRecord.error.kind(), ApiError::Kind::Malformed);
    const auto asPage = awaitServiceJob(new RecordPageJob(client.get("countries")), &RecordPageJob::records);
    QCOMPARE(asPage.error.kind(), ApiError::Kind::Malformed);
    // ... and a page is not a bare array.
    const auto asList = awaitServiceJob(new RecordListJob(client.get("contacts")), &RecordListJob::records);
    QCOMPARE(asList.error.kind(), ApiError::Kind::Malformed);
    // A 204 is not a record where one is required.
    const auto empty = awaitServiceJob(new RecordJob(client.deleteResource("contacts/9")), &RecordJob::record);
    QCOMPARE(empty.error.kind(), ApiError::Kind::Malformed);
}

void TestRecordService::abortGivesNoFinished()
{
    m_server.emulator().setFaults(QJsonObject {{"latency_ms", 300}});
    m_server.emulator().clearRequestLog();
    QPointer<RecordJob> job = RecordService(&m_server.client(), "contacts").update(5, {{"job_title", "Never"}});
    QSignalSpy finished(job.data(), &ServiceJob::finished);
    job->abort();
    QTRY_VERIFY(job.isNull()); // it deletes itself
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
    const auto now = awaitServiceJob(RecordService(&m_server.client(), "contacts").get(5), &RecordJob::record);
    QVERIFY(now.isOk());
    QVERIFY(now.result.value("job_title").toString() != QString("Never"));
}

void TestRecordService::clientGoneCancels()
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(m_server.emulator().baseUrl());
    client->setToken(m_server.emulator().token());
    m_server.emulator().setFaults(QJsonObject {{"latency_ms", 300}});
    auto *job = RecordService(client.get(), "contacts").get(5);
    ApiError error;
    int finished = 0;
    connect(job, &ServiceJob::finished, this, [&error, &finished, job] {
        error = job->error();
        ++finished;
    });
    client.reset(); // takes its calls with it: the job must not wait for ever
    QTRY_COMPARE(finished, 1);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestRecordService)
#include "tst_recordservice.moc"
