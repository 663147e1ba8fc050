// The filter bar above a record list (issue 4 §3): which filters each resource offers, the
// options read from the server once, what a choice emits, and a list model filtered by it.

#include "emulatorclient.h"
#include "filterbar.h"
#include "models/recordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Concord;

namespace {

const QStringList kCombos {QStringLiteral("ownerFilter"), QStringLiteral("statusFilter"), QStringLiteral("stageFilter"),
    QStringLiteral("typeFilter"), QStringLiteral("tagFilter"), QStringLiteral("dealTagFilter")};

QComboBox *combo(const FilterBar &bar, const QString &name)
{
    auto *found = bar.findChild<QComboBox *>(name);
    if (!found)
        qFatal("no combo %s", qPrintable(name));
    return found;
}

QStringList shownCombos(const FilterBar &bar)
{
    QStringList out;
    for (const QString &name : kCombos) {
        if (!combo(bar, name)->isHidden())
            out << name;
    }
    return out;
}

QStringList itemTexts(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

/// Moves a closed combo to `index` with the keyboard, as a user would (each step is a choice).
void chooseByKeys(QComboBox *box, int index)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), index);
}

QList<FilterRule> lastFilters(const QSignalSpy &spy)
{
    return spy.last().at(0).value<QList<FilterRule>>();
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void combosPerResource_data();
    void combosPerResource();
    void loadsOptionsOncePerBar();
    void failedOptionsAreAskedForAgain();
    void choosingAnOwnerEmitsARule();
    void statusIsAFixedTranslatedList();
    void clearGoesBackToAny();
    void filtersAListModel();
    void tagsComeFromTheFieldMetadata();

private:
    std::unique_ptr<Test::EmulatorClient> m_server;
};

void TestFilterBar::init()
{
    m_server = std::make_unique<Test::EmulatorClient>(Test::EmulatorClient::withContacts(120));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestFilterBar::cleanup()
{
    m_server.reset();
}

void TestFilterBar::combosPerResource_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("combos");
    QTest::newRow("contacts") << "contacts" << QStringList {"ownerFilter", "tagFilter"};
    QTest::newRow("companies") << "companies" << QStringList {"ownerFilter", "tagFilter"};
    QTest::newRow("deals") << "deals" << QStringList {"ownerFilter", "statusFilter", "stageFilter", "dealTagFilter"};
    QTest::newRow("activities") << "activities" << QStringList {"ownerFilter", "typeFilter"};
    QTest::newRow("products") << "products" << QStringList {};
}

void TestFilterBar::combosPerResource()
{
    QFETCH(QString, resource);
    QFETCH(QStringList, combos);
    QWidget window;
    auto *bar = new FilterBar(&m_server->client(), &window);
    bar->setResource(QStringLiteral("deals"));
    bar->setResource(resource);
    QCOMPARE(bar->resource(), resource);
    QCOMPARE(shownCombos(*bar), combos);
    QCOMPARE(bar->isHidden(), combos.isEmpty());
    for (const QString &name : combos) {
        QVERIFY(!combo(*bar, name)->accessibleName().isEmpty());
        QVERIFY(combo(*bar, name)->focusPolicy() & Qt::TabFocus);
        QCOMPARE(combo(*bar, name)->currentIndex(), 0);
        QVERIFY2(combo(*bar, name)->currentText().startsWith(QLatin1String("Any ")),
            qPrintable(combo(*bar, name)->currentText()));
    }
    QVERIFY(bar->filters().isEmpty());
}

void TestFilterBar::loadsOptionsOncePerBar()
{
    Test::EmulatorFixture &emulator = m_server->emulator();
    const QJsonArray users = emulator.fetchAll(QStringLiteral("/api/users"));
    const QJsonArray types = emulator.fetchAll(QStringLiteral("/api/activity-types"));
    const QJsonArray pipelines = emulator.fetchAll(QStringLiteral("/api/pipelines?with=stages"));
    QVERIFY(users.size() > 1 && types.size() > 1 && pipelines.size() == 2);
    emulator.clearRequestLog();

    FilterBar bar(&m_server->client());
    // Nothing is read before a combo needs it.
    QTest::qWait(50);
    QVERIFY(emulator.getQueries(QStringLiteral("/api/users")).isEmpty());

    bar.setResource(QStringLiteral("deals"));
    QTRY_COMPARE(combo(bar, QStringLiteral("ownerFilter"))->count(), users.size() + 1);
    int stages = 0;
    for (const auto &p : pipelines)
        stages += int(p.toObject().value(QStringLiteral("stages")).toArray().size());
    QTRY_COMPARE(combo(bar, QStringLiteral("stageFilter"))->count(), stages + 1);

    const QStringList owners = itemTexts(combo(bar, QStringLiteral("ownerFilter")));
    for (const auto &u : users)
        QVERIFY2(owners.contains(u.toObject().value(QStringLiteral("name")).toString()), qPrintable(owners.join(',')));
    // Both pipelines' stages, each named with its pipeline, and the value is the stage id.
    QComboBox *stageCombo = combo(bar, QStringLiteral("stageFilter"));
    for (const auto &p : pipelines) {
        const QString pipeline = p.toObject().value(QStringLiteral("name")).toString();
        for (const auto &s : p.toObject().value(QStringLiteral("stages")).toArray()) {
            const int index = stageCombo->findData(s.toObject().value(QStringLiteral("id")).toInteger());
            QVERIFY(index > 0);
            QVERIFY2(stageCombo->itemText(index).contains(pipeline), qPrintable(stageCombo->itemText(index)));
            QVERIFY(stageCombo->itemText(index).contains(s.toObject().value(QStringLiteral("name")).toString()));
        }
    }

    bar.setResource(QStringLiteral("activities"));
    QTRY_COMPARE(combo(bar, QStringLiteral("typeFilter"))->count(), types.size() + 1);
    const QStringList typeTexts = itemTexts(combo(bar, QStringLiteral("typeFilter")));
    for (const auto &t : types)
        QVERIFY(typeTexts.contains(t.toObject().value(QStringLiteral("name")).toString()));

    bar.setResource(QStringLiteral("contacts"));
    bar.setResource(QStringLiteral("deals"));
    QTest::qWait(100);
    QCOMPARE(emulator.getQueries(QStringLiteral("/api/users")).size(), 1);
    QCOMPARE(emulator.getQueries(QStringLiteral("/api/pipelines")).size(), 1);
    QCOMPARE(emulator.getQueries(QStringLiteral("/api/activity-types")).size(), 1);
    QCOMPARE(combo(bar, QStringLiteral("ownerFilter"))->count(), users.size() + 1);
}

void TestFilterBar::failedOptionsAreAskedForAgain()
{
    Test::EmulatorFixture &emulator = m_server->emulator();
    QCOMPARE(
        emulator.setFaults({{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("error_statuses"), QJsonArray {500}}})
            .status,
        200);
    FilterBar bar(&m_server->client());
    bar.setResource(QStringLiteral("contacts"));
    // A 500 is not retried by the client, so the answer is in well within this wait.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("filter options for \"user_id\" failed")));
    QTest::qWait(500);
    QCOMPARE(combo(bar, QStringLiteral("ownerFilter"))->count(), 1); // "Any owner" still works

    QCOMPARE(emulator.setFaults({}).status, 200);
    bar.setResource(QStringLiteral("companies"));
    QTRY_VERIFY(combo(bar, QStringLiteral("ownerFilter"))->count() > 2);
}

void TestFilterBar::choosingAnOwnerEmitsARule()
{
    FilterBar bar(&m_server->client());
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    bar.setResource(QStringLiteral("contacts"));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QComboBox *owner = combo(bar, QStringLiteral("ownerFilter"));
    QTRY_VERIFY(owner->count() > 2);
    QCOMPARE(changed.size(), 0); // options arriving are no choice

    chooseByKeys(owner, owner->findData(qint64(2)));
    QVERIFY(!changed.isEmpty());
    const QList<FilterRule> expected {
        {QStringLiteral("user_id"), QStringLiteral("select"), QStringLiteral("equal"), 2}};
    QCOMPARE(lastFilters(changed), expected);
    QCOMPARE(bar.filters(), expected);

    QTest::keyClick(owner, Qt::Key_Home);
    QCOMPARE(owner->currentIndex(), 0);
    QVERIFY(lastFilters(changed).isEmpty());
    QVERIFY(bar.filters().isEmpty());
}

void TestFilterBar::statusIsAFixedTranslatedList()
{
    FilterBar bar(&m_server->client());
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    bar.setResource(QStringLiteral("deals"));
    QComboBox *status = combo(bar, QStringLiteral("statusFilter"));
    QCOMPARE(itemTexts(status), (QStringList {"Any status", "Open", "Won", "Lost"}));
    chooseByKeys(status, 2);
    QCOMPARE(lastFilters(changed),
        (QList<FilterRule> {
            {QStringLiteral("status"), QStringLiteral("select"), QStringLiteral("equal"), QStringLiteral("won")}}));
}

void TestFilterBar::clearGoesBackToAny()
{
    FilterBar bar(&m_server->client());
    bar.setResource(QStringLiteral("deals"));
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    auto *clearButton = bar.findChild<QToolButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clearButton);
    QVERIFY(!clearButton->isEnabled());
    chooseByKeys(combo(bar, QStringLiteral("statusFilter")), 3);
    QTRY_VERIFY(combo(bar, QStringLiteral("ownerFilter"))->count() > 1);
    chooseByKeys(combo(bar, QStringLiteral("ownerFilter")), 1);
    QCOMPARE(bar.filters().size(), 2);
    QVERIFY(clearButton->isEnabled());

    changed.clear();
    bar.clear();
    QCOMPARE(changed.size(), 1);
    QVERIFY(lastFilters(changed).isEmpty());
    QVERIFY(bar.filters().isEmpty());
    QVERIFY(!clearButton->isEnabled());
    for (const QString &name : kCombos)
        QCOMPARE(combo(bar, name)->currentIndex(), 0);
    bar.clear(); // nothing chosen: nothing to say
    QCOMPARE(changed.size(), 1);

    // A new resource starts at "Any" too, silently: the model drops its filters by itself.
    chooseByKeys(combo(bar, QStringLiteral("statusFilter")), 1);
    changed.clear();
    bar.setResource(QStringLiteral("contacts"));
    QVERIFY(bar.filters().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestFilterBar::filtersAListModel()
{
    FilterBar bar(&m_server->client());
    RecordListModel model(&m_server->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&bar, &FilterBar::filtersChanged, &model, &RecordListModel::setFilters);
    model.setResource(QStringLiteral("contacts"),
        {{QStringLiteral("display_name"), QStringLiteral("Name")},
            {QStringLiteral("user_id"), QStringLiteral("Owner")}});
    bar.setResource(QStringLiteral("contacts"));
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QCOMPARE(model.totalCount(), 120);

    QComboBox *owner = combo(bar, QStringLiteral("ownerFilter"));
    QTRY_VERIFY(owner->count() > 2);
    chooseByKeys(owner, owner->findData(qint64(2)));
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QCOMPARE(model.filters(), bar.filters());
    QVERIFY(model.rowCount() > 0 && model.totalCount() == model.rowCount() && model.rowCount() < 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("2"));

    bar.clear();
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QVERIFY(model.filters().isEmpty());
    QCOMPARE(model.totalCount(), 120);

    // Deals by status and stage together.
    model.setResource(QStringLiteral("deals"),
        {{QStringLiteral("status"), QStringLiteral("Status")}, {QStringLiteral("stage_id"), QStringLiteral("Stage")}});
    bar.setResource(QStringLiteral("deals"));
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    const int allDeals = model.totalCount();
    chooseByKeys(combo(bar, QStringLiteral("statusFilter")), 1); // Open
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QVERIFY(model.totalCount() > 0 && model.totalCount() < allDeals);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("open"));
}

void TestFilterBar::tagsComeFromTheFieldMetadata()
{
    QWidget window;
    auto *bar = new FilterBar(&m_server->client(), &window);
    QSignalSpy changed(bar, &FilterBar::filtersChanged);
    bar->setResource(QStringLiteral("contacts"));
    QComboBox *tags = combo(*bar, QStringLiteral("tagFilter"));
    // Contacts and companies share the contacts tag set; deals have their own.
    QTRY_COMPARE(itemTexts(tags), (QStringList {"Any tag", "VIP", "Partner", "Newsletter", "Hot Lead", "Reseller"}));
    bar->setResource(QStringLiteral("deals"));
    QTRY_COMPARE(itemTexts(combo(*bar, QStringLiteral("dealTagFilter"))), (QStringList {"Any tag", "Upsell", "Renewal", "Strategic"}));

    bar->setResource(QStringLiteral("contacts"));
    chooseByKeys(tags, 1);
    QVERIFY(!changed.isEmpty());
    const QList<FilterRule> rules = lastFilters(changed);
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().rule, QStringLiteral("tags"));
    QCOMPARE(rules.first().op, QStringLiteral("equal"));
    const int vip = rules.first().value.toInt();

    // A list given the rule holds only contacts that carry the tag.
    RecordListModel model(&m_server->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResource(QStringLiteral("contacts"), {{QStringLiteral("tags"), QStringLiteral("Tags"), RecordListModel::Format::Tags}});
    model.setFilters(rules);
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 120);
    for (int row = 0; row < model.rowCount(); ++row) {
        bool carries = false;
        for (const QVariant &tag : model.index(row, 0).data(RecordListModel::TagsRole).toList())
            carries = carries || tag.toMap().value(QStringLiteral("name")).toString() == QLatin1String("VIP");
        QVERIFY2(carries, qPrintable(model.index(row, 0).data().toString()));
    }
    QVERIFY(vip > 0);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
