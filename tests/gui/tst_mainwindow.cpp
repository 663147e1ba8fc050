#include "emulatorclient.h"
#include "widgettools.h"
#include "columnchooser.h"
#include "globalsearchdialog.h"
#include "mainwindow.h"
#include "recorddetailpane.h"
#include "models/recordlistmodel.h"

#include <seededtokens.h>

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QStandardPaths>
#include <QSettings>
#include <QAction>
#include <QToolButton>
#include <QProgressBar>
#include <QUrlQuery>
#include <QLineEdit>

using namespace Concord;
using Concord::Test::child;

namespace {

QString currentPage(const MainWindow &window)
{
    return child<QStackedWidget>(window, QStringLiteral("contentStack"))->currentWidget()->objectName();
}

QString labelText(const MainWindow &window, const char *name)
{
    return child<QLabel>(window, QLatin1String(name))->text();
}

/// A main window showing an in-process emulator with `contacts` contacts, in demo mode.
class WindowOnEmulator
{
public:
    explicit WindowOnEmulator(int contacts)
        : m_server(Test::EmulatorClient::withContacts(contacts))
    {
    }

    /// Starts the emulator and shows the window; with `token`, the client sends that one instead.
    [[nodiscard]] bool show(const QString &token = {})
    {
        if (!m_server.start()) {
            return false;
        }
        if (!token.isEmpty()) {
            m_server.client().setToken(token);
        }
        m_window.resize(1200, 700);
        m_window.setApiClient(&m_server.client(), true);
        // The window's list model is checked all along, as in the model's own tests.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window.show();
        return true;
    }

    Test::EmulatorClient &server() { return m_server; }
    MainWindow &window() { return m_window; }

private:
    Test::EmulatorClient m_server;
    MainWindow m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Settings go to a test folder, and each test starts without remembered columns.
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QSettings().clear(); }
    void invitesToSetUpAnAccount();
    void fillsTheTableWithContacts();
    void switchesRecordType();
    void showsTheEmptyState();
    void showsTheErrorStateAndRetries();
    void rejectedTokenSaysSoAndResumes();
    void keepsLoadedRowsWhenALaterPageFails();
    void searchWaitsForTypingToPause();
    void headerClickSortsOnTheServer();
    void loadAllShowsProgressWithCancel();
    void remembersColumnsPerRecordType();
    void selectedRowOpensInTheDetailPaneWithHistory();
    void filterBarNarrowsTheList();
    void globalSearchOpensTheChosenRecord();
};

void TestMainWindow::invitesToSetUpAnAccount()
{
    MainWindow window;
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("Concord Desktop"));
    QCOMPARE(currentPage(window), QStringLiteral("messagePage"));
    QVERIFY(labelText(window, "stateDetail").contains(QLatin1String("--demo")));
    QVERIFY(!child<QListWidget>(window, QStringLiteral("navigator"))->isEnabled());
}

void TestMainWindow::fillsTheTableWithContacts()
{
    WindowOnEmulator shown(150);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    Test::EmulatorClient &server = shown.server();

    QCOMPARE(window.windowTitle(), QStringLiteral("Concord Desktop — Demo"));
    QTRY_COMPARE(currentPage(window), QStringLiteral("tablePage"));
    auto *table = child<QTableView>(window, QStringLiteral("recordTable"));
    QVERIFY(table->model()->rowCount() >= 100);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Tags"));
    QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Owner"));
    QCOMPARE(table->itemDelegateForColumn(3)->metaObject()->className(), "Concord::TagChipsDelegate");
    QVERIFY(!table->itemDelegateForColumn(4));
    QVERIFY(!table->model()->index(0, 0).data().toString().isEmpty());
    QVERIFY(!table->isSortingEnabled());
    QVERIFY(table->alternatingRowColors());

    QCOMPARE(labelText(window, "connectionLabel"),
        QStringLiteral("Connected to 127.0.0.1:%1").arg(server.emulator().baseUrl().port()));
    // The view may already have asked for the second page; either way the label follows the model.
    QTRY_COMPARE(labelText(window, "loadedLabel"), QStringLiteral("%1 of 150 loaded").arg(table->model()->rowCount()));

    table->scrollToBottom();
    QTRY_COMPARE(table->model()->rowCount(), 150);
    QTRY_COMPARE(labelText(window, "loadedLabel"), QStringLiteral("150 of 150 loaded"));
}

void TestMainWindow::switchesRecordType()
{
    WindowOnEmulator shown(5);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(currentPage(window), QStringLiteral("tablePage"));

    child<QListWidget>(window, QStringLiteral("navigator"))->setCurrentRow(1);
    QCOMPARE(window.model()->resource(), QStringLiteral("companies"));
    QCOMPARE(window.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Domain"));
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QTRY_COMPARE(currentPage(window), QStringLiteral("tablePage"));
    QCOMPARE(window.model()->rowCount(), window.model()->totalCount() > 100 ? 100 : window.model()->totalCount());
}

void TestMainWindow::showsTheEmptyState()
{
    WindowOnEmulator shown(0);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();

    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QCOMPARE(currentPage(window), QStringLiteral("messagePage"));
    QCOMPARE(labelText(window, "stateTitle"), QStringLiteral("No contacts yet"));
    QVERIFY(!child<QPushButton>(window, QStringLiteral("retryButton"))->isVisible());
    QCOMPARE(labelText(window, "loadedLabel"), QStringLiteral("0 of 0 loaded"));
}

void TestMainWindow::showsTheErrorStateAndRetries()
{
    WindowOnEmulator shown(20);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    Test::EmulatorClient &server = shown.server();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QCOMPARE(server.emulator().setFaults({{"error_rate", 1.0}, {"error_statuses", QJsonArray{500}}}).status, 200);
    window.model()->setResource(QStringLiteral("contacts"), {{QStringLiteral("display_name"), QStringLiteral("Name")}});

    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Error);
    QCOMPARE(currentPage(window), QStringLiteral("messagePage"));
    QCOMPARE(labelText(window, "stateTitle"), QStringLiteral("Could not load the list"));
    QVERIFY2(
        labelText(window, "stateDetail").contains(QLatin1String("500")), qPrintable(labelText(window, "stateDetail")));
    auto *retry = child<QPushButton>(window, QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());

    QCOMPARE(server.emulator().setFaults({}).status, 200);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(currentPage(window), QStringLiteral("tablePage"));
    QCOMPARE(window.model()->rowCount(), 20);
}

void TestMainWindow::rejectedTokenSaysSoAndResumes()
{
    WindowOnEmulator shown(20);
    QVERIFY2(shown.show(Emulator::SeededTokens::revoked()), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    Test::EmulatorClient &server = shown.server();

    QTRY_COMPARE(labelText(window, "stateTitle"), QStringLiteral("The access token was rejected"));
    QCOMPARE(currentPage(window), QStringLiteral("messagePage"));
    QVERIFY(labelText(window, "connectionLabel").contains(QLatin1String("access token rejected")));
    QVERIFY(!child<QPushButton>(window, QStringLiteral("retryButton"))->isVisible());

    // A valid token: the parked page goes out again by itself, no Retry needed.
    server.client().setToken(server.emulator().token());
    QTRY_COMPARE(currentPage(window), QStringLiteral("tablePage"));
    QCOMPARE(window.model()->rowCount(), 20);
    QVERIFY(labelText(window, "connectionLabel").startsWith(QLatin1String("Connected to")));
}

void TestMainWindow::keepsLoadedRowsWhenALaterPageFails()
{
    WindowOnEmulator shown(150);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    Test::EmulatorFixture &emulator = shown.server().emulator();
    QTRY_COMPARE(window.model()->rowCount(), 100);

    const QJsonObject failEverything {{QStringLiteral("error_rate"), 1.0},
        {QStringLiteral("error_statuses"), QJsonArray {503}}, {QStringLiteral("path_prefix"), QStringLiteral("/api/")}};
    QCOMPARE(emulator.setFaults(failEverything).status, 200);
    child<QTableView>(window, QStringLiteral("recordTable"))->scrollToBottom();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Error);
    // The rows stay on screen; a bar above them says what failed and offers Retry.
    QCOMPARE(currentPage(window), QStringLiteral("tablePage"));
    QCOMPARE(window.model()->rowCount(), 100);
    QVERIFY(child<QWidget>(window, QStringLiteral("errorBar"))->isVisible());
    QVERIFY(labelText(window, "errorBarLabel").contains(QLatin1String("503")));

    QCOMPARE(emulator.setFaults({}).status, 200);
    QTest::mouseClick(child<QPushButton>(window, QStringLiteral("errorBarRetryButton")), Qt::LeftButton);
    QTRY_COMPARE(window.model()->rowCount(), 150);
    QVERIFY(!child<QWidget>(window, QStringLiteral("errorBar"))->isVisible());
}

void TestMainWindow::searchWaitsForTypingToPause()
{
    WindowOnEmulator shown(150);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    auto *search = child<QLineEdit>(window, QStringLiteral("searchField"));
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    Test::EmulatorFixture &emulator = shown.server().emulator();
    const qsizetype before = emulator.getQueries(QStringLiteral("/api/contacts")).size();
    QTest::keyClicks(search, QStringLiteral("zielinski"), Qt::NoModifier, 20);
    QTRY_COMPARE(window.model()->searchText(), QStringLiteral("zielinski"));
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    const QList<QUrlQuery> after = emulator.getQueries(QStringLiteral("/api/contacts"));
    // Nine keys, one request: typing faster than the delay sends only what was finally typed.
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().queryItemValue(QStringLiteral("q")), QStringLiteral("zielinski"));

    QTest::keyClicks(search, QStringLiteral("xyz"));
    QTRY_COMPARE(labelText(window, "stateTitle"), QStringLiteral("Nothing matches “zielinskixyz”"));
    QCOMPARE(currentPage(window), QStringLiteral("messagePage"));
}

void TestMainWindow::headerClickSortsOnTheServer()
{
    WindowOnEmulator shown(60);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    auto *table = child<QTableView>(window, QStringLiteral("recordTable"));
    QHeaderView *header = table->horizontalHeader();
    // Created is the last built-in column; the hidden custom-field columns follow it.
    const QVector<RecordListModel::Column> columns = window.model()->columns();
    const int createdColumn = int(std::find_if(columns.cbegin(), columns.cend(),
                                               [](const RecordListModel::Column &column) {
                                                   return column.attribute == QLatin1String("created_at");
                                               })
                                  - columns.cbegin());
    QVERIFY(createdColumn < columns.size());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(createdColumn) + 5, 5));
    QTRY_COMPARE(window.model()->sortColumn(), createdColumn);
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    const QString order = shown.server().emulator().getQueries(QStringLiteral("/api/contacts")).last().queryItemValue(QStringLiteral("order"));
    QVERIFY2(order.startsWith(QLatin1String("created_at")), qPrintable(order));
}

void TestMainWindow::loadAllShowsProgressWithCancel()
{
    WindowOnEmulator shown(450);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    auto *progress = child<QProgressBar>(window, QStringLiteral("loadAllProgress"));
    auto *cancel = child<QToolButton>(window, QStringLiteral("loadAllCancel"));
    QVERIFY(!progress->isVisible());

    window.findChild<QAction *>(QStringLiteral("actionLoadAll"))->trigger();
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(window.model()->rowCount(), 450);
    QCOMPARE(labelText(window, "loadedLabel"), QStringLiteral("450 of 450 loaded"));
}

void TestMainWindow::remembersColumnsPerRecordType()
{
    WindowOnEmulator shown(10);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QHeaderView *header = child<QTableView>(window, QStringLiteral("recordTable"))->horizontalHeader();
    auto *navigator = child<QListWidget>(window, QStringLiteral("navigator"));

    window.columnChooser()->setColumnVisible(1, false); // contacts: Email
    header->moveSection(header->visualIndex(4), 0); // Tags first
    header->resizeSection(0, 333);
    navigator->setCurrentRow(1); // companies keep their own arrangement
    QTRY_COMPARE(window.model()->resource(), QStringLiteral("companies"));
    QVERIFY(!header->isSectionHidden(1));

    navigator->setCurrentRow(0);
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QVERIFY(header->isSectionHidden(1));
    QCOMPARE(header->logicalIndex(0), 4);
    QCOMPARE(header->sectionSize(0), 333);
    // The last visible column cannot be hidden.
    for (int column = 0; column < header->count(); ++column)
        window.columnChooser()->setColumnVisible(column, false);
    QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
}

void TestMainWindow::selectedRowOpensInTheDetailPaneWithHistory()
{
    WindowOnEmulator shown(20);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    auto *table = child<QTableView>(window, QStringLiteral("recordTable"));
    RecordDetailPane *pane = window.detailPane();
    QVERIFY(pane);
    auto *back = window.findChild<QAction *>(QStringLiteral("actionBack"));
    auto *forward = window.findChild<QAction *>(QStringLiteral("actionForward"));
    QVERIFY(!back->isEnabled());

    // Arrow keys move the selection, and the pane follows.
    table->setFocus();
    table->setCurrentIndex(window.model()->index(0, 0));
    QTRY_COMPARE(pane->recordId(), window.model()->idAt(0));
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_COMPARE(pane->recordId(), window.model()->idAt(1));
    QCOMPARE(pane->resource(), QStringLiteral("contacts"));

    // Following an association opens that record; Back and Forward walk the way taken.
    Q_EMIT pane->openRecordRequested(QStringLiteral("companies"), 3);
    QTRY_COMPARE(pane->resource(), QStringLiteral("companies"));
    QCOMPARE(pane->recordId(), qint64(3));
    QVERIFY(back->isEnabled());
    back->trigger();
    QCOMPARE(pane->resource(), QStringLiteral("contacts"));
    QCOMPARE(pane->recordId(), window.model()->idAt(1));
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(pane->recordId(), qint64(3));
    QVERIFY(!forward->isEnabled());
}

void TestMainWindow::filterBarNarrowsTheList()
{
    WindowOnEmulator shown(80);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    auto *owner = child<QComboBox>(window, QStringLiteral("ownerFilter"));
    QVERIFY(owner->isVisible());
    QTRY_VERIFY(owner->count() > 1); // "Any owner" and the users, loaded on demand
    const int marco = owner->findText(QStringLiteral("Marco Rossi"));
    QVERIFY(marco > 0);
    owner->setCurrentIndex(marco);
    Q_EMIT owner->activated(marco); // as a person's choice does; the bar ignores programmatic changes
    QTRY_COMPARE(window.model()->filters().size(), 1);
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    QVERIFY(window.model()->rowCount() > 0 && window.model()->rowCount() < 80);
    for (int row = 0; row < window.model()->rowCount(); ++row)
        QCOMPARE(window.model()->index(row, 4).data().toString(), QStringLiteral("Marco Rossi"));
    // Another record type starts unfiltered.
    child<QListWidget>(window, QStringLiteral("navigator"))->setCurrentRow(1);
    QTRY_COMPARE(window.model()->resource(), QStringLiteral("companies"));
    QVERIFY(window.model()->filters().isEmpty());
    QCOMPARE(owner->currentIndex(), 0);
}

void TestMainWindow::globalSearchOpensTheChosenRecord()
{
    WindowOnEmulator shown(30);
    QVERIFY2(shown.show(), qPrintable(shown.server().errorString()));
    MainWindow &window = shown.window();
    QTRY_COMPARE(window.model()->state(), RecordListModel::State::Idle);
    window.findChild<QAction *>(QStringLiteral("actionGlobalSearch"))->trigger();
    auto *dialog = window.findChild<GlobalSearchDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Whatever the first hit is, Enter opens it in the detail pane.
    auto *field = dialog->findChild<QLineEdit *>();
    QVERIFY(field);
    QTest::keyClicks(field, window.model()->index(0, 0).data().toString().section(QLatin1Char(' '), 0, 0));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(window.detailPane()->recordId() > 0);
    QVERIFY(!window.detailPane()->resource().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
