// The record editor against the in-process emulator: only changed fields are sent, local and
// server errors land under their fields with nothing typed lost, the unsaved-changes guard,
// delete with confirmation — and one screenshot of a form holding every custom-field type.
#include "emulatorclient.h"
#include "forms/fieldeditor.h"
#include "offline/changequeue.h"
#include "recordeditordialog.h"
#include "recordform.h"
#include "schema/fieldtype.h"
#include "widgettools.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Concord;
using Concord::Test::answerNextMessageBox;
using Concord::Test::child;

namespace {

bool formLoaded(const RecordEditorDialog &dialog)
{
    return child<QStackedWidget>(dialog, QStringLiteral("stack"))->currentWidget()->objectName()
        == QLatin1String("formScroll");
}

QLineEdit *lineEdit(const RecordEditorDialog &dialog, const QString &attribute)
{
    FieldEditor *editor = dialog.form()->editor(attribute);
    return editor ? qobject_cast<QLineEdit *>(editor->focusTarget()) : nullptr;
}

/// Types text into a line editor as a person would (the editor only reports real edits).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestRecordEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editSendsOnlyTheChangedFields();
    void localErrorsStopTheSave();
    void serverErrorsGoUnderTheirFields();
    void unsavedChangesAreGuarded();
    void deleteAsksFirst();
    void notesNameTheirRecordOnEveryWrite();
    void everyCustomFieldTypeInOneForm();

private:
    [[nodiscard]] QJsonObject serverRecord(const QString &resource, qint64 id);

    std::unique_ptr<Test::EmulatorClient> m_server;
    std::unique_ptr<ChangeQueue> m_queue;
};

void TestRecordEditorDialog::initTestCase()
{
    m_server = std::make_unique<Test::EmulatorClient>(Test::EmulatorClient::withContacts(30));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_queue = std::make_unique<ChangeQueue>(&m_server->client());
    m_queue->setRetryDelays(20, 50);
}

QJsonObject TestRecordEditorDialog::serverRecord(const QString &resource, qint64 id)
{
    const QJsonObject answer = m_server->emulator().http().get(QStringLiteral("/api/%1/%2").arg(resource).arg(id)).object();
    return answer.contains(QStringLiteral("data")) ? answer.value(QStringLiteral("data")).toObject() : answer;
}

void TestRecordEditorDialog::editSendsOnlyTheChangedFields()
{
    const qint64 id = m_server->emulator().firstRecord(QStringLiteral("contacts")).value(QStringLiteral("id")).toInteger();
    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("contacts"), id);
    dialog.show();
    QTRY_VERIFY(formLoaded(dialog));
    QCOMPARE(dialog.form()->changedFields(), QJsonObject());

    // Meanwhile someone else changes the city: a partial PUT leaves it alone.
    QCOMPARE(m_server->emulator().http().put(QStringLiteral("/api/contacts/%1").arg(id), QJsonObject{{QStringLiteral("city"), QStringLiteral("Elsewhere")}}).status, 200);
    typeInto(lineEdit(dialog, QStringLiteral("job_title")), QStringLiteral("Chief Listener"));
    QCOMPARE(dialog.form()->changedFields(), (QJsonObject{{QStringLiteral("job_title"), QStringLiteral("Chief Listener")}}));

    QSignalSpy saved(&dialog, &RecordEditorDialog::recordSaved);
    dialog.save();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QJsonObject stored = serverRecord(QStringLiteral("contacts"), id);
    QCOMPARE(stored.value(QStringLiteral("job_title")).toString(), QStringLiteral("Chief Listener"));
    QCOMPARE(stored.value(QStringLiteral("city")).toString(), QStringLiteral("Elsewhere"));
}

void TestRecordEditorDialog::localErrorsStopTheSave()
{
    m_server->emulator().clearRequestLog();
    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("contacts"), 0);
    dialog.show();
    QTRY_VERIFY(formLoaded(dialog));
    typeInto(lineEdit(dialog, QStringLiteral("email")), QStringLiteral("not an address"));
    dialog.save();
    // Required first name and a bad e-mail, said under the fields; nothing went out.
    auto *nameError = child<QLabel>(*dialog.form(), QStringLiteral("first_nameError"));
    auto *emailError = child<QLabel>(*dialog.form(), QStringLiteral("emailError"));
    QVERIFY(!nameError->isHidden());
    QVERIFY2(nameError->text().contains(QStringLiteral("required")), qPrintable(nameError->text()));
    QVERIFY(!emailError->isHidden());
    QCOMPARE(lineEdit(dialog, QStringLiteral("email"))->text(), QStringLiteral("not an address"));
    QVERIFY(dialog.isVisible());
    for (const QJsonValue &entry : m_server->emulator().requestLog())
        QVERIFY(entry.toObject().value(QStringLiteral("method")).toString() != QStringLiteral("POST"));
}

void TestRecordEditorDialog::serverErrorsGoUnderTheirFields()
{
    // The e-mail of an existing contact: only the server knows it is taken (a 422).
    const QString taken = m_server->emulator().firstRecord(QStringLiteral("contacts")).value(QStringLiteral("email")).toString();
    QVERIFY(!taken.isEmpty());
    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("contacts"), 0);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(formLoaded(dialog));
    typeInto(lineEdit(dialog, QStringLiteral("first_name")), QStringLiteral("Ada"));
    typeInto(lineEdit(dialog, QStringLiteral("last_name")), QStringLiteral("Lovelace"));
    typeInto(lineEdit(dialog, QStringLiteral("email")), taken);
    QSignalSpy rejected(m_queue.get(), &ChangeQueue::changeRejected);
    dialog.save();
    QTRY_COMPARE(rejected.count(), 1);
    auto *emailError = child<QLabel>(*dialog.form(), QStringLiteral("emailError"));
    QTRY_VERIFY(!emailError->isHidden());
    QVERIFY2(emailError->text().contains(QStringLiteral("already")), qPrintable(emailError->text()));
    QVERIFY(child<QLabel>(*dialog.form(), QStringLiteral("first_nameError"))->isHidden());
    // Nothing typed is lost, the form is usable again and the first bad field has the focus.
    QCOMPARE(lineEdit(dialog, QStringLiteral("first_name"))->text(), QStringLiteral("Ada"));
    QCOMPARE(lineEdit(dialog, QStringLiteral("email"))->text(), taken);
    QVERIFY(dialog.form()->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), lineEdit(dialog, QStringLiteral("email")));
    QVERIFY(dialog.isVisible());
}

void TestRecordEditorDialog::unsavedChangesAreGuarded()
{
    const qint64 id = m_server->emulator().firstRecord(QStringLiteral("companies")).value(QStringLiteral("id")).toInteger();
    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("companies"), id);
    dialog.show();
    QTRY_VERIFY(formLoaded(dialog));
    typeInto(lineEdit(dialog, QStringLiteral("name")), QStringLiteral("Renamed Ltd"));
    answerNextMessageBox(QMessageBox::Cancel);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(lineEdit(dialog, QStringLiteral("name"))->text(), QStringLiteral("Renamed Ltd"));
    answerNextMessageBox(QMessageBox::Discard);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QVERIFY(serverRecord(QStringLiteral("companies"), id).value(QStringLiteral("name")).toString() != QStringLiteral("Renamed Ltd"));
}

void TestRecordEditorDialog::deleteAsksFirst()
{
    const qint64 id = m_server->emulator().firstRecord(QStringLiteral("products")).value(QStringLiteral("id")).toInteger();
    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("products"), id);
    dialog.show();
    QTRY_VERIFY(formLoaded(dialog));
    answerNextMessageBox(QMessageBox::Cancel);
    dialog.deleteRecord();
    QCOMPARE(m_server->emulator().http().get(QStringLiteral("/api/products/%1").arg(id)).status, 200);

    QSignalSpy deleted(&dialog, &RecordEditorDialog::recordDeleted);
    answerNextMessageBox(QMessageBox::Yes);
    dialog.deleteRecord();
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(m_server->emulator().http().get(QStringLiteral("/api/products/%1").arg(id)).status, 404);
}

void TestRecordEditorDialog::notesNameTheirRecordOnEveryWrite()
{
    const qint64 contact = m_server->emulator().firstRecord(QStringLiteral("contacts")).value(QStringLiteral("id")).toInteger();
    const QJsonObject via{{QStringLiteral("via_resource"), QStringLiteral("contacts")}, {QStringLiteral("via_resource_id"), contact}};
    RecordEditorDialog create(&m_server->client(), m_queue.get(), QStringLiteral("notes"), 0);
    create.setFixedFields(via);
    create.setInitialValues({{QStringLiteral("contacts"), QJsonArray{contact}}});
    create.show();
    QTRY_VERIFY(formLoaded(create));
    auto *body = qobject_cast<QPlainTextEdit *>(create.form()->editor(QStringLiteral("body"))->focusTarget());
    QVERIFY(body);
    QTest::keyClicks(body, QStringLiteral("Asked for a quote"));
    QSignalSpy saved(&create, &RecordEditorDialog::recordSaved);
    create.save();
    QTRY_COMPARE(saved.count(), 1);
    const qint64 note = saved.first().at(1).toJsonObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(note > 0);

    // Editing it sends the record it belongs to again (§6.7), or the server refuses.
    RecordEditorDialog edit(&m_server->client(), m_queue.get(), QStringLiteral("notes"), note);
    edit.setFixedFields(via);
    edit.show();
    QTRY_VERIFY(formLoaded(edit));
    body = qobject_cast<QPlainTextEdit *>(edit.form()->editor(QStringLiteral("body"))->focusTarget());
    QVERIFY(body->toPlainText().contains(QStringLiteral("Asked for a quote")));
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("Sent the quote"));
    QSignalSpy updated(&edit, &RecordEditorDialog::recordSaved);
    edit.save();
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(serverRecord(QStringLiteral("notes"), note).value(QStringLiteral("body")).toString().contains(QStringLiteral("Sent the quote")));
}

void TestRecordEditorDialog::everyCustomFieldTypeInOneForm()
{
    // A contact with a value in every custom field, written the way the API takes them.
    RecordEditorDialog create(&m_server->client(), m_queue.get(), QStringLiteral("contacts"), 0);
    create.show();
    QTRY_VERIFY(formLoaded(create));
    const FieldSchema schema = create.form()->schema();
    const auto option = [&schema](const char *attribute, int index) {
        return schema.field(QLatin1String(attribute))->options().at(index).id;
    };
    const QJsonObject values{
        {QStringLiteral("cf_newsletter"), true},
        {QStringLiteral("cf_interests"), QJsonArray{option("cf_interests", 0), option("cf_interests", 2)}},
        {QStringLiteral("cf_label_color"), QStringLiteral("#22c55e")},
        {QStringLiteral("cf_key_date"), QStringLiteral("2026-12-24")},
        {QStringLiteral("cf_follow_up_at"), QStringLiteral("2026-12-04 14:30:00")},
        {QStringLiteral("cf_alt_email"), QStringLiteral("amelie@private.example")},
        {QStringLiteral("cf_languages"), QJsonArray{option("cf_languages", 0), option("cf_languages", 1)}},
        {QStringLiteral("cf_score"), 42},
        {QStringLiteral("cf_budget"), 1250.5},
        {QStringLiteral("cf_channel"), option("cf_channel", 2)},
        {QStringLiteral("cf_grade"), option("cf_grade", 0)},
        {QStringLiteral("cf_code_name"), QStringLiteral("Falcon")},
        {QStringLiteral("cf_background"), QStringLiteral("Met at the trade fair.\nPrefers short calls in the morning.")},
        {QStringLiteral("cf_time_zone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("cf_homepage"), QStringLiteral("https://falconfoods.example")},
    };
    const qint64 id = m_server->emulator().firstRecord(QStringLiteral("contacts")).value(QStringLiteral("id")).toInteger();
    QCOMPARE(m_server->emulator().http().put(QStringLiteral("/api/contacts/%1").arg(id), values).status, 200);

    RecordEditorDialog dialog(&m_server->client(), m_queue.get(), QStringLiteral("contacts"), id);
    dialog.resize(760, 1000);
    dialog.show();
    QTRY_VERIFY(formLoaded(dialog));
    QSet<int> types;
    for (const FieldDefinition &field : dialog.form()->schema().customFields()) {
        QVERIFY2(dialog.form()->editor(field.attribute()), qPrintable(field.attribute()));
        types.insert(int(fieldTypeOf(field)));
    }
    QCOMPARE(types.size(), 15);
    // Every editor shows what the server holds: nothing differs, so nothing would be sent.
    QCOMPARE(dialog.form()->changedFields(), QJsonObject());

    auto *scroll = child<QScrollArea>(dialog, QStringLiteral("formScroll"));
    FieldEditor *first = dialog.form()->editor(dialog.form()->schema().customFields().constFirst().attribute());
    scroll->verticalScrollBar()->setValue(first->mapTo(dialog.form(), QPoint()).y() - 12);
    QTest::qWait(200);
    // From the screen, not QWidget::grab(): under Xvfb this is what the X server shows.
    const QPixmap shot = dialog.screen()->grabWindow(dialog.winId());
    QVERIFY(!shot.isNull());
    const QString dir = QStringLiteral(CONCORD_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("custom-fields-form.png"))));
}

QTEST_MAIN(TestRecordEditorDialog)
#include "tst_recordeditordialog.moc"
