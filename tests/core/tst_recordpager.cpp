// RecordPager: reads every page of a list whatever page size the server really uses (§4, §5),
// counted from the emulator's request log, with every id exactly once.

#include "servicejoboutcome.h"

#include "api/recordpager.h"
#include "api/recordservice.h"

#include <emulatorclient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

namespace {

int ceilDiv(int a, int b)
{
    return (a + b - 1) / b;
}

/// The list requests of the log that went to `path`.
QList<QUrlQuery> listRequests(EmulatorFixture &emulator, const QString &path)
{
    QList<QUrlQuery> queries;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value("path").toString() == path)
            queries.append(QUrlQuery(entry.toObject().value("query").toString()));
    }
    return queries;
}

/// The ids of `records`; fails the calling test (returns empty) when one comes twice.
QSet<int> uniqueIds(const QList<QJsonObject> &records)
{
    QSet<int> ids;
    for (const QJsonObject &record : records)
        ids.insert(record.value("id").toInt());
    return ids.size() == records.size() ? ids : QSet<int>();
}

} // namespace

class TestRecordPager : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPage_data();
    void readsEveryPage();
    void keepsItsOwnParams();
    void deduplicatesShiftedRows();
    void stopsOnError();
    void abortStops();
};

void TestRecordPager::readsEveryPage_data()
{
    QTest::addColumn<int>("contacts");
    QTest::addColumn<bool>("ignored");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("per_page honoured") << 10000 << false << 0 << 100;
    QTest::newRow("per_page ignored") << 10000 << true << 0 << 15;
    QTest::newRow("per_page capped") << 10000 << false << 40 << 40;
    QTest::newRow("one short page") << 7 << false << 0 << 100;
    QTest::newRow("exactly full pages") << 300 << false << 0 << 100;
}

void TestRecordPager::readsEveryPage()
{
    QFETCH(int, contacts);
    QFETCH(bool, ignored);
    QFETCH(int, cap);
    QFETCH(int, pageSize);

    auto config = EmulatorClient::withContacts(contacts);
    if (ignored)
        config.perPageIgnored.append("contacts");
    config.perPageCap = cap;
    EmulatorClient server(config);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();

    QElapsedTimer timer;
    timer.start();
    auto *pager = RecordService(&server.client(), "contacts").listAll({});
    QSignalSpy pages(pager, &RecordPager::pageLoaded);
    const auto all = awaitServiceJob(
        pager, [](RecordPager *job) { return std::make_pair(job->records(), job->requestCount()); }, 60000);
    QVERIFY2(all.isOk(), qPrintable(all.describe()));
    qInfo("%d contacts in %lld ms", contacts, timer.elapsed());

    const int expectedRequests = ceilDiv(contacts, pageSize);
    const auto &[records, requestCount] = all.result;
    QCOMPARE(records.size(), contacts);
    QCOMPARE(uniqueIds(records).size(), contacts);
    QCOMPARE(requestCount, expectedRequests);
    QCOMPARE(listRequests(server.emulator(), "/api/contacts").size(), expectedRequests);
    QCOMPARE(pages.size(), expectedRequests);
    int signalled = 0;
    for (const auto &page : std::as_const(pages)) {
        const auto meta = page.at(1).value<PageMeta>();
        QCOMPARE(meta.perPage, pageSize);
        signalled += int(page.at(0).value<QList<QJsonObject>>().size());
    }
    QCOMPARE(signalled, contacts);
}

void TestRecordPager::keepsItsOwnParams()
{
    EmulatorClient server(EmulatorClient::withContacts(1000));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const int expected = int(server.emulator().fetchAll("/api/contacts?q=an&order=email%7Cdesc").size());
    QVERIFY(expected > 100); // several pages, or the test proves nothing
    server.emulator().clearRequestLog();

    ListParams params;
    params.q = "an";
    params.orderField = "email";
    params.orderDescending = true;
    const auto all = awaitServiceJob(RecordService(&server.client(), "contacts").listAll(params), &RecordPager::records);
    QVERIFY2(all.isOk(), qPrintable(all.describe()));
    QCOMPARE(all.result.size(), expected);
    QVERIFY(all.result.first().value("email").toString() > all.result.last().value("email").toString());

    const auto requests = listRequests(server.emulator(), "/api/contacts");
    QCOMPARE(requests.size(), ceilDiv(expected, 100));
    for (int i = 0; i < requests.size(); ++i) {
        // Every page keeps q, order and per_page, which links.next would have dropped (§5).
        QCOMPARE(requests.at(i).queryItemValue("page"), QString::number(i + 1));
        QCOMPARE(requests.at(i).queryItemValue("per_page"), QString("100"));
        QCOMPARE(requests.at(i).queryItemValue("q"), QString("an"));
        QCOMPARE(requests.at(i).queryItemValue("order"), QString("email|desc"));
    }
}

void TestRecordPager::deduplicatesShiftedRows()
{
    EmulatorClient server(EmulatorClient::withContacts(250));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto *pager = RecordService(&server.client(), "contacts").listAll({});
    int inserted = 0;
    // After page 1, a record that sorts first pushes every row one place down: page 2 then
    // starts with the last row of page 1 again.
    connect(
        pager, &RecordPager::pageLoaded, this, [&server, &inserted](const QList<QJsonObject> &, const PageMeta &meta) {
            if (meta.currentPage == 1)
                inserted = server.emulator()
                               .http()
                               .post("/api/contacts", QJsonObject {{"first_name", "Aaaaron"}})
                               .value("id")
                               .toInt();
        });
    const auto all = awaitServiceJob(pager, &RecordPager::records);
    QVERIFY2(all.isOk(), qPrintable(all.describe()));
    QVERIFY(inserted > 0);
    QCOMPARE(all.result.size(), 250); // the newcomer sorts before page 2, so it is not read
    QCOMPARE(uniqueIds(all.result).size(), 250);
}

void TestRecordPager::stopsOnError()
{
    EmulatorClient server(EmulatorClient::withContacts(500));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();
    auto *pager = RecordService(&server.client(), "contacts").listAll({});
    connect(pager, &RecordPager::pageLoaded, this, [&server](const QList<QJsonObject> &, const PageMeta &meta) {
        if (meta.currentPage == 2)
            server.emulator().setFaults(QJsonObject {{"error_rate", 1}, {"error_statuses", QJsonArray {500}}});
    });
    const auto all = awaitServiceJob(pager, &RecordPager::requestCount);
    QVERIFY(all.finished);
    QCOMPARE(all.error.kind(), ApiError::Kind::Server);
    QCOMPARE(all.result, 2);
    // Injected answers bypass the emulator's log: page 3 failed and nothing was asked after it.
    server.emulator().setFaults(QJsonObject {});
    QTest::qWait(100);
    QCOMPARE(listRequests(server.emulator(), "/api/contacts").size(), 2);
}

void TestRecordPager::abortStops()
{
    EmulatorClient server(EmulatorClient::withContacts(500));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();
    QPointer<RecordPager> pager = RecordService(&server.client(), "contacts").listAll({});
    QSignalSpy finished(pager.data(), &ServiceJob::finished);
    connect(pager, &RecordPager::pageLoaded, this, [&pager] { pager->abort(); });
    QTRY_VERIFY(pager.isNull());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(listRequests(server.emulator(), "/api/contacts").size(), 1);
}

QTEST_GUILESS_MAIN(TestRecordPager)
#include "tst_recordpager.moc"
