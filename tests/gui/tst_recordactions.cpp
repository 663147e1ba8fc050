// The main window's Record menu end to end against the in-process emulator: New and Edit open
// the editor, a saved edit shows in its row at once, Delete asks and then removes the row — all
// through the change queue.
#include "emulatorclient.h"
#include "forms/fieldeditor.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "offline/changequeue.h"
#include "recordeditordialog.h"
#include "recordform.h"
#include "widgettools.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Concord;
using Concord::Test::answerNextMessageBox;
using Concord::Test::child;

namespace {

RecordEditorDialog *openDialog(const MainWindow &window)
{
    return window.findChild<RecordEditorDialog *>();
}

} // namespace

class TestRecordActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editShowsInTheRowAtOnce();
    void deleteAsksThenRemovesTheRow();
    void newOpensAnEmptyForm();

private:
    void selectRow(int row);

    std::unique_ptr<Test::EmulatorClient> m_server;
    std::unique_ptr<ChangeQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRecordActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<Test::EmulatorClient>(Test::EmulatorClient::withContacts(40));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_queue = std::make_unique<ChangeQueue>(&m_server->client());
}

void TestRecordActions::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 700);
    m_window->setApiClient(&m_server->client(), true);
    m_window->setChangeQueue(m_queue.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QTRY_VERIFY(m_window->model()->rowCount() > 0);
}

void TestRecordActions::cleanup()
{
    m_tester.reset();
    m_window.reset();
}

void TestRecordActions::selectRow(int row)
{
    auto *table = child<QTableView>(*m_window, QStringLiteral("recordTable"));
    table->setCurrentIndex(m_window->model()->index(row, 0));
}

void TestRecordActions::editShowsInTheRowAtOnce()
{
    auto *edit = child<QAction>(*m_window, QStringLiteral("actionEditRecord"));
    QVERIFY(!edit->isEnabled()); // nothing selected yet
    selectRow(2);
    QVERIFY(edit->isEnabled());
    const qint64 id = m_window->model()->idAt(2);
    edit->trigger();
    RecordEditorDialog *dialog = openDialog(*m_window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->form()->editor(QStringLiteral("email")));
    auto *email = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("email"))->focusTarget());
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("renamed.contact@example.org"));
    dialog->save();
    QTRY_VERIFY(!openDialog(*m_window) || !openDialog(*m_window)->isVisible());
    // The row shows the server's answer without a reload: same place, new value.
    QCOMPARE(m_window->model()->idAt(2), id);
    bool shown = false;
    for (int column = 0; column < m_window->model()->columnCount(); ++column)
        shown = shown || m_window->model()->index(2, column).data().toString() == QStringLiteral("renamed.contact@example.org");
    QVERIFY(shown);
}

void TestRecordActions::deleteAsksThenRemovesTheRow()
{
    selectRow(0);
    const qint64 id = m_window->model()->idAt(0);
    const int rows = m_window->model()->rowCount();
    auto *remove = child<QAction>(*m_window, QStringLiteral("actionDeleteRecord"));
    answerNextMessageBox(QMessageBox::Cancel);
    remove->trigger();
    QCOMPARE(m_window->model()->rowCount(), rows);

    answerNextMessageBox(QMessageBox::Yes);
    remove->trigger();
    QTRY_COMPARE(m_window->model()->rowCount(), rows - 1);
    QVERIFY(m_window->model()->idAt(0) != id);
    QCOMPARE(m_server->emulator().http().get(QStringLiteral("/api/contacts/%1").arg(id)).status, 404);
}

void TestRecordActions::newOpensAnEmptyForm()
{
    auto *create = child<QAction>(*m_window, QStringLiteral("actionNewRecord"));
    QVERIFY(create->isEnabled());
    QVERIFY2(create->text().contains(QStringLiteral("Contact")), qPrintable(create->text()));
    create->trigger();
    RecordEditorDialog *dialog = openDialog(*m_window);
    QVERIFY(dialog && dialog->isCreating());
    QTRY_VERIFY(dialog->form()->editor(QStringLiteral("first_name")));
    QCOMPARE(dialog->form()->changedFields(), QJsonObject());
    dialog->reject();
}

QTEST_MAIN(TestRecordActions)
#include "tst_recordactions.moc"
