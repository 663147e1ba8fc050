#include "emulatorclient.h"
#include "models/recordlistmodel.h"

#include <seededtokens.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Concord;
using State = RecordListModel::State;

namespace {

QVector<RecordListModel::Column> contactColumns()
{
    return {{QStringLiteral("display_name"), QStringLiteral("Name")},
        {QStringLiteral("phones.number"), QStringLiteral("Phone")},
        {QStringLiteral("user.name"), QStringLiteral("Owner")},
        {QStringLiteral("created_at"), QStringLiteral("Created"), RecordListModel::Format::DateTime}};
}


} // namespace

class TestRecordListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void pagesThroughEveryRecordOnce();
    void showsColumnValues();
    void emptyResourceHasNothingToFetch();
    void switchingResourceDropsThePendingPage();
    void failedPageStopsFetchingUntilRetry();
    void rejectedTokenParksThePageUntilANewOne();
    void searchGoesToTheServer();
    void newerSearchWinsOverASlowOlderOne();
    void sortsOnTheServer();
    void filtersGoToTheServer();
    void loadsAllInTheBackground();
    void showsTagsChecksAndValueLabels();
    void showsAnOptionWithItsColour();
    void loadAllCanBeCancelled();
};

void TestRecordListModel::pagesThroughEveryRecordOnce()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(250));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient &client = server.client();
    server.emulator().clearRequestLog();

    RecordListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());

    int fetches = 0;
    for (;;) {
        // While a page is in flight nothing more may be asked for, however often a view tries.
        QCOMPARE(model.state(), State::Loading);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY(model.state() != State::Loading);
        QCOMPARE(model.state(), State::Idle);
        if (!model.canFetchMore({})) {
            break;
        }
        QVERIFY(++fetches < 10);
        model.fetchMore({});
    }

    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(model.totalCount(), 250);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
    }
    QCOMPARE(ids.size(), 250);
    QVERIFY(!ids.contains(0));

    const QList<QUrlQuery> requests = server.emulator().getQueries(QStringLiteral("/api/contacts"));
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(requests.at(i).queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    }
}

void TestRecordListModel::showsColumnValues()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(20));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient &client = server.client();
    RecordListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QTRY_COMPARE(model.rowCount(), 20);

    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Owner"));
    // Compare against the record itself, so the test does not depend on what the seed produced.
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(RecordListModel::IdRole).toLongLong();
        QCOMPARE(id, model.idAt(row));
        const QJsonObject record = server.emulator().http().get(QStringLiteral("/api/contacts/%1").arg(id)).object();
        QCOMPARE(model.index(row, 0).data().toString(), record.value(QLatin1String("display_name")).toString());
        const QJsonArray phones = record.value(QLatin1String("phones")).toArray();
        const QString firstPhone
            = phones.isEmpty() ? QString() : phones.at(0).toObject().value(QLatin1String("number")).toString();
        QCOMPARE(model.index(row, 1).data().toString(), firstPhone);
        QCOMPARE(model.index(row, 2).data().toString(),
            record.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString());
        const QDateTime created
            = QDateTime::fromString(record.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QCOMPARE(
            model.index(row, 3).data().toString(), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    }
}

void TestRecordListModel::emptyResourceHasNothingToFetch()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(0));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient &client = server.client();
    RecordListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestRecordListModel::switchingResourceDropsThePendingPage()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(250));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const int companies = server.emulator()
                              .http()
                              .get(QStringLiteral("/api/companies?per_page=1"))
                              .value(QStringLiteral("meta"))
                              .toObject()
                              .value(QLatin1String("total"))
                              .toInt();
    QVERIFY(companies > 0 && companies <= RecordListModel::PageSize);
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    model.setResource(QStringLiteral("companies"), contactColumns());

    QTRY_COMPARE(model.state(), State::Idle);
    // Give a late contacts page every chance to arrive: it must not land in the companies list.
    QTest::qWait(100);
    QCOMPARE(model.totalCount(), companies);
    QCOMPARE(model.rowCount(), companies);
}

void TestRecordListModel::failedPageStopsFetchingUntilRetry()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(30));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // A 500 is not worth repeating by itself (unlike 502/503/504), so the page fails at once.
    QCOMPARE(server.emulator().setFaults({{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("error_statuses"), QJsonArray{500}}}).status, 200);
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());

    QTRY_COMPARE(model.state(), State::Error);
    QVERIFY2(model.errorString().contains(QLatin1String("500")), qPrintable(model.errorString()));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), -1);

    QCOMPARE(server.emulator().setFaults({}).status, 200);
    model.retry();
    QTRY_COMPARE(model.state(), State::Idle);
    QVERIFY(model.errorString().isEmpty());
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.totalCount(), 30);
}

void TestRecordListModel::rejectedTokenParksThePageUntilANewOne()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(30));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ApiClient &client = server.client();
    client.setToken(Emulator::SeededTokens::revoked());
    QSignalSpy rejected(&client, &ApiClient::tokenRejected);
    RecordListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());

    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(client.state(), ApiClient::State::NeedsToken);
    // Parked, not failed: the page is still on its way and nothing is fetched twice meanwhile.
    QCOMPARE(model.state(), State::Loading);
    QVERIFY(!model.canFetchMore({}));

    client.setToken(server.emulator().token());
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(client.state(), ApiClient::State::Ready);
    QCOMPARE(model.rowCount(), 30);
}

void TestRecordListModel::searchGoesToTheServer()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(200));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QTRY_COMPARE(model.state(), State::Idle);

    model.setSearchText(QStringLiteral("  anna "));
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(model.searchText(), QStringLiteral("anna"));
    const QList<QUrlQuery> requests = server.emulator().getQueries(QStringLiteral("/api/contacts"));
    QCOMPARE(requests.last().queryItemValue(QStringLiteral("q")), QStringLiteral("anna"));
    QCOMPARE(requests.last().queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 200);
    QCOMPARE(model.totalCount(), model.rowCount());
    // The seeded names that match are first names (no surname or job title contains "anna").
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.index(row, 0).data().toString().contains(QLatin1String("anna"), Qt::CaseInsensitive),
                 qPrintable(model.index(row, 0).data().toString()));
}

void TestRecordListModel::newerSearchWinsOverASlowOlderOne()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(200));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QTRY_COMPARE(model.state(), State::Idle);

    // The first search is slow to answer; the second overtakes it.
    QCOMPARE(server.emulator().setFaults({{QStringLiteral("latency_ms"), 400}}).status, 200);
    model.setSearchText(QStringLiteral("a"));
    QTest::qWait(50);
    QCOMPARE(server.emulator().setFaults({}).status, 200);
    model.setSearchText(QStringLiteral("Zielinski"));
    QTRY_COMPARE(model.state(), State::Idle);
    QTest::qWait(600); // long enough for the slow answer to arrive, were it still wanted
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.index(row, 0).data().toString().contains(QLatin1String("Zielinski")),
                 qPrintable(model.index(row, 0).data().toString()));
}

void TestRecordListModel::sortsOnTheServer()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(120));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<RecordListModel::Column> columns = contactColumns();
    columns[0].sortField = QStringLiteral("first_name");
    model.setResource(QStringLiteral("contacts"), columns);
    QTRY_COMPARE(model.state(), State::Idle);

    model.sort(0, Qt::DescendingOrder);
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(model.sortColumn(), 0);
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(server.emulator().getQueries(QStringLiteral("/api/contacts")).last().queryItemValue(QStringLiteral("order")),
             QStringLiteral("first_name|desc"));
    const QString first = model.index(0, 0).data().toString();
    const QString last = model.index(model.rowCount() - 1, 0).data().toString();
    QVERIFY2(first.section(QLatin1Char(' '), 0, 0).compare(last.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive) >= 0,
             qPrintable(first + QLatin1String(" / ") + last));

    // A column without a sort field falls back to the server's default order.
    const int before = int(server.emulator().getQueries(QStringLiteral("/api/contacts")).size());
    model.sort(1, Qt::AscendingOrder);
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(model.sortColumn(), -1);
    const QList<QUrlQuery> after = server.emulator().getQueries(QStringLiteral("/api/contacts"));
    QCOMPARE(after.size(), before + 1);
    QVERIFY(!after.last().hasQueryItem(QStringLiteral("order")));
}

void TestRecordListModel::filtersGoToTheServer()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(150));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("deals"),
                      {{QStringLiteral("name"), QStringLiteral("Name")}, {QStringLiteral("status"), QStringLiteral("Status")}});
    QTRY_COMPARE(model.state(), State::Idle);
    const int allDeals = model.totalCount();

    const QList<FilterRule> won{{QStringLiteral("status"), QStringLiteral("select"), QStringLiteral("equal"), QStringLiteral("won")}};
    model.setFilters(won);
    QCOMPARE(model.filters(), won);
    QTRY_COMPARE(model.state(), State::Idle);
    const QUrlQuery request = server.emulator().getQueries(QStringLiteral("/api/deals")).last();
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[condition]")), QStringLiteral("and"));
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[children][0][type]")), QStringLiteral("rule"));
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[children][0][query][type]")), QStringLiteral("select"));
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[children][0][query][rule]")), QStringLiteral("status"));
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[children][0][query][operator]")), QStringLiteral("equal"));
    QVERIFY(request.hasQueryItem(QStringLiteral("filters[children][0][query][operand]")));
    QCOMPARE(request.queryItemValue(QStringLiteral("filters[children][0][query][value]")), QStringLiteral("won"));
    QVERIFY(model.rowCount() > 0 && model.totalCount() < allDeals);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("won"));

    // The same filters again change nothing; a list value goes as value[0], value[1].
    const int requests = int(server.emulator().getQueries(QStringLiteral("/api/deals")).size());
    model.setFilters(won);
    QCOMPARE(model.state(), State::Idle);
    model.setFilters({{QStringLiteral("status"), QStringLiteral("select"), QStringLiteral("in"),
                       QJsonArray{QStringLiteral("won"), QStringLiteral("lost")}}});
    QTRY_COMPARE(model.state(), State::Idle);
    const QList<QUrlQuery> after = server.emulator().getQueries(QStringLiteral("/api/deals"));
    QCOMPARE(after.size(), requests + 1);
    QCOMPARE(after.last().queryItemValue(QStringLiteral("filters[children][0][query][value][0]")), QStringLiteral("won"));
    QCOMPARE(after.last().queryItemValue(QStringLiteral("filters[children][0][query][value][1]")), QStringLiteral("lost"));
    QVERIFY(model.totalCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 1).data().toString() != QLatin1String("open"));

    // Contacts of owner 2, the id sent as a whole number; no filters: none on the wire.
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QVERIFY(model.filters().isEmpty());
    model.setFilters({{QStringLiteral("user_id"), QStringLiteral("select"), QStringLiteral("equal"), 2}});
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(server.emulator().getQueries(QStringLiteral("/api/contacts")).last().queryItemValue(
                 QStringLiteral("filters[children][0][query][value]")),
             QStringLiteral("2"));
    const QString owner = server.emulator().http().get(QStringLiteral("/api/users/2")).value(QStringLiteral("name")).toString();
    QVERIFY(!owner.isEmpty());
    QVERIFY(model.rowCount() > 0 && model.totalCount() == model.rowCount() && model.rowCount() < 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 2).data().toString(), owner);
    model.setFilters({});
    QTRY_COMPARE(model.state(), State::Idle);
    QCOMPARE(model.totalCount(), 150);
    QVERIFY(!server.emulator().getQueries(QStringLiteral("/api/contacts")).last().hasQueryItem(
        QStringLiteral("filters[condition]")));
}

void TestRecordListModel::loadsAllInTheBackground()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(350));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progress(&model, &RecordListModel::loadAllProgress);
    QSignalSpy finished(&model, &RecordListModel::loadAllFinished);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    model.loadAll();
    QVERIFY(model.isLoadingAll());

    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!model.isLoadingAll());
    QCOMPARE(model.rowCount(), 350);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(server.emulator().getQueries(QStringLiteral("/api/contacts")).size(), 4);
    QVERIFY(progress.size() >= 4);
    QCOMPARE(progress.last().at(0).toInt(), 350);
    QCOMPARE(progress.last().at(1).toInt(), 350);
}

void TestRecordListModel::loadAllCanBeCancelled()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(500));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), contactColumns());
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(server.emulator().setFaults({{QStringLiteral("latency_ms"), 300}}).status, 200);
    QSignalSpy finished(&model, &RecordListModel::loadAllFinished);
    model.loadAll();
    QTRY_COMPARE(model.state(), State::Loading);
    model.cancelLoadAll();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(model.state(), State::Idle);
    QCOMPARE(model.rowCount(), 100); // what was loaded stays
    QVERIFY(model.canFetchMore({})); // and the rest can still be had
    QTest::qWait(400); // the dropped page's answer would have arrived by now
    QCOMPARE(model.rowCount(), 100);
}

void TestRecordListModel::showsTagsChecksAndValueLabels()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(5));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto &http = server.emulator().http();
    const int deal = http.get(QStringLiteral("/api/deals?per_page=1")).value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toInt();
    QCOMPARE(http.put(QStringLiteral("/api/deals/%1").arg(deal), QJsonObject{{QStringLiteral("status"), QStringLiteral("open")}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("Upsell"), QStringLiteral("Renewal")}}}).status, 200);
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<RecordListModel::Column> columns{
        {QStringLiteral("status"), QStringLiteral("Status"), RecordListModel::Format::Text, {}, {{QStringLiteral("open"), QStringLiteral("Open deal")}}},
        {QStringLiteral("tags"), QStringLiteral("Tags"), RecordListModel::Format::Tags},
        {QStringLiteral("falls_behind_expected_close_date"), QStringLiteral("Late"), RecordListModel::Format::Check}};
    model.setResource(QStringLiteral("deals"), columns);
    QTRY_COMPARE(model.state(), State::Idle);
    int row = 0;
    while (row < model.rowCount() && model.idAt(row) != deal)
        ++row;
    QVERIFY(row < model.rowCount());
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Open deal"));
    const QVariantList tags = model.index(row, 1).data(RecordListModel::TagsRole).toList();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Upsell"));
    QVERIFY(tags.first().toMap().value(QStringLiteral("color")).toString().startsWith(QLatin1Char('#')));
    QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("Upsell, Renewal"));
    const QVariant check = model.index(row, 2).data(Qt::CheckStateRole);
    QVERIFY(check.isValid());
    QVERIFY(model.index(row, 2).data().toString().isEmpty());
    QVERIFY(!model.index(row, 0).data(Qt::CheckStateRole).isValid());
}

void TestRecordListModel::showsAnOptionWithItsColour()
{
    Test::EmulatorClient server(Test::EmulatorClient::withContacts(40));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RecordListModel model(&server.client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("activities"), {{QStringLiteral("type"), QStringLiteral("Type"), RecordListModel::Format::Tags}});
    QTRY_COMPARE(model.state(), State::Idle);
    QVERIFY(model.rowCount() > 0);
    const QJsonObject first = server.emulator().http().get(QStringLiteral("/api/activities/%1").arg(model.idAt(0))).value(QStringLiteral("type")).toObject();
    const QVariantList chips = model.index(0, 0).data(RecordListModel::TagsRole).toList();
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips.first().toMap().value(QStringLiteral("name")).toString(), first.value(QStringLiteral("name")).toString());
    QCOMPARE(chips.first().toMap().value(QStringLiteral("color")).toString(), first.value(QStringLiteral("swatch_color")).toString());
    QCOMPARE(model.index(0, 0).data().toString(), first.value(QStringLiteral("name")).toString());
}

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
