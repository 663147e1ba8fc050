// Inline editing in the record tables against the in-process emulator: the custom-field columns
// the field metadata adds (hidden until chosen), what their cells show and hand an editor, edits
// that go through the change queue as one-attribute updates, values refused here or by the server
// put back with a message, and editing through the table's delegate as a person would.
#include "columnchooser.h"
#include "emulatorclient.h"
#include "forms/fieldeditor.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "navigatorentry.h"
#include "offline/changequeue.h"
#include "offline/recordchange.h"
#include "recordcelldelegate.h"
#include "recordeditordialog.h"
#include "schema/fieldschema.h"
#include "widgettools.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Concord;
using Concord::Test::child;

namespace {

const QString Contacts = QStringLiteral("contacts");

QJsonValue optionId(const FieldSchema &schema, const QString &attribute, int index)
{
    return schema.field(attribute)->options().at(index).id;
}

QString optionLabel(const FieldSchema &schema, const QString &attribute, int index)
{
    return schema.field(attribute)->options().at(index).label;
}

/// The PUTs of one record the emulator has seen.
int putsOf(Test::EmulatorFixture &emulator, qint64 id)
{
    int puts = 0;
    const QJsonArray log = emulator.requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        puts += request.value(QLatin1String("method")).toString() == QLatin1String("PUT")
            && request.value(QLatin1String("path")).toString() == QStringLiteral("/api/contacts/%1").arg(id);
    }
    return puts;
}

/// How the table's delegate dresses a cell.
class CellLook : public RecordCellDelegate
{
public:
    CellLook()
        : RecordCellDelegate(nullptr)
    {
    }
    [[nodiscard]] bool isItalic(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option.font.italic();
    }
};

/// The contacts list model of the main window (its columns, metadata and queue) on an emulator.
class ContactList
{
public:
    explicit ContactList(int contacts = 20)
        : m_server(Test::EmulatorClient::withContacts(contacts))
    {
    }

    [[nodiscard]] bool start()
    {
        if (!m_server.start())
            return false;
        m_queue = std::make_unique<ChangeQueue>(&m_server.client());
        m_model = std::make_unique<RecordListModel>(&m_server.client());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setLoadsFieldSchema(true);
        m_model->setChangeQueue(m_queue.get());
        m_model->setResource(Contacts, NavigatorEntry::all().first().columns);
        return true;
    }

    Test::EmulatorFixture &emulator() { return m_server.emulator(); }
    ChangeQueue &queue() { return *m_queue; }
    RecordListModel &model() { return *m_model; }

    [[nodiscard]] QModelIndex cell(qint64 id, const QString &attribute) const
    {
        int row = 0;
        while (row < m_model->rowCount() && m_model->idAt(row) != id)
            ++row;
        const QVector<RecordListModel::Column> columns = m_model->columns();
        int column = 0;
        while (column < columns.size() && columns.at(column).attribute != attribute)
            ++column;
        return m_model->index(row, column);
    }
    [[nodiscard]] QJsonObject record(qint64 id)
    {
        return m_server.emulator().http().get(QStringLiteral("/api/contacts/%1").arg(id)).object();
    }

private:
    Test::EmulatorClient m_server;
    std::unique_ptr<ChangeQueue> m_queue;
    std::unique_ptr<RecordListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

/// The main window on an emulator, with a change queue, shown and active.
class EditingWindow
{
public:
    EditingWindow()
        : m_server(Test::EmulatorClient::withContacts(20))
    {
    }
    ~EditingWindow() { m_window.reset(); }

    [[nodiscard]] bool show()
    {
        if (!m_server.start())
            return false;
        m_queue = std::make_unique<ChangeQueue>(&m_server.client());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 700);
        m_window->setApiClient(&m_server.client(), true);
        m_window->setChangeQueue(m_queue.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    Test::EmulatorFixture &emulator() { return m_server.emulator(); }
    MainWindow &window() { return *m_window; }
    RecordListModel &model() { return *m_window->model(); }
    QTableView &table() { return *child<QTableView>(*m_window, QStringLiteral("recordTable")); }
    [[nodiscard]] int column(const QString &attribute)
    {
        const QVector<RecordListModel::Column> columns = model().columns();
        for (int column = 0; column < columns.size(); ++column) {
            if (columns.at(column).attribute == attribute)
                return column;
        }
        return -1;
    }
    /// The editor the view has open, if any.
    [[nodiscard]] FieldEditor *openEditor()
    {
        const QList<FieldEditor *> editors = table().findChildren<FieldEditor *>();
        for (FieldEditor *editor : editors) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }
    /// Starts editing `attribute` of row 0 as F2 does, with the column shown.
    FieldEditor *edit(const QString &attribute)
    {
        m_window->columnChooser()->setColumnVisible(column(attribute), true);
        const QModelIndex index = model().index(0, column(attribute));
        table().setFocus();
        table().setCurrentIndex(index);
        table().scrollTo(index);
        QTest::keyClick(&table(), Qt::Key_F2);
        return openEditor();
    }

private:
    Test::EmulatorClient m_server;
    std::unique_ptr<ChangeQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

class TestInlineEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QSettings().clear(); }
    void customFieldsGetHiddenColumns();
    void metadataIsReadOnceAndFirst();
    void cellsShowEveryCustomType();
    void editRoleIsTheEditValue();
    void setDataQueuesOneUpdate_data();
    void setDataQueuesOneUpdate();
    void unchangedValueSendsNothing();
    void invalidValueIsRefusedHere();
    void serverRefusalPutsTheOldValueBack();
    void laterEditSurvivesARefusedOne();
    void everyCustomTypeEditsInline();
    void delegateStoresTheTypedValue();
    void delegateSaysWhyAValueWasRefused();
    void doubleClickEditsOrOpensTheEditor();
};

void TestInlineEditing::customFieldsGetHiddenColumns()
{
    EditingWindow shown;
    QVERIFY2(shown.show(), qPrintable(shown.emulator().errorString()));
    RecordListModel &model = shown.model();
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QHeaderView *header = shown.table().horizontalHeader();

    // One column per custom field after the built-in ones; those stay as they were, and shown.
    const QVector<RecordListModel::Column> builtIn = NavigatorEntry::all().first().columns;
    const QVector<RecordListModel::Column> columns = model.columns();
    QCOMPARE(columns.size(), builtIn.size() + 15);
    for (int column = 0; column < columns.size(); ++column) {
        const bool custom = column >= builtIn.size();
        QCOMPARE(columns.at(column).custom, custom);
        QCOMPARE(columns.at(column).attribute.startsWith(QLatin1String("cf_")), custom);
        QCOMPARE(header->isSectionHidden(column), custom);
    }
    // The metadata came first, so the list was loaded once, with every column.
    QCOMPARE(shown.emulator().getQueries(QStringLiteral("/api/contacts")).size(), 1);
    auto *navigator = child<QListWidget>(shown.window(), QStringLiteral("navigator"));

    // Chosen in the column chooser, a custom column shows at the width of its contents, and
    // stays shown when the person comes back: the remembered arrangement wins.
    const int grade = shown.column(QStringLiteral("cf_grade"));
    const int homepage = shown.column(QStringLiteral("cf_homepage"));
    shown.window().columnChooser()->setColumnVisible(grade, true);
    shown.window().columnChooser()->setColumnVisible(homepage, true);
    QVERIFY(!header->isSectionHidden(grade));
    QCOMPARE(header->sectionSize(homepage), static_cast<QAbstractItemView &>(shown.table()).sizeHintForColumn(homepage));
    QVERIFY(header->sectionSize(homepage) > header->defaultSectionSize());
    navigator->setCurrentRow(1);
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    navigator->setCurrentRow(0);
    QTRY_COMPARE(model.state(), RecordListModel::State::Idle);
    QVERIFY(!header->isSectionHidden(grade));
    QVERIFY(header->isSectionHidden(shown.column(QStringLiteral("cf_score"))));
}

void TestInlineEditing::metadataIsReadOnceAndFirst()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    // Waiting for the metadata is loading: nothing to fetch yet, no empty list to show.
    QCOMPARE(list.model().state(), RecordListModel::State::Loading);
    QVERIFY(!list.model().canFetchMore({}));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const auto paths = [&list] {
        QStringList gets;
        const QJsonArray log = list.emulator().requestLog();
        for (const QJsonValue &entry : log)
            gets << entry.toObject().value(QLatin1String("path")).toString();
        return gets.filter(QStringLiteral("/api/contacts"));
    };
    QCOMPARE(paths(), (QStringList{QStringLiteral("/api/contacts/create-fields"), QStringLiteral("/api/contacts")}));

    // Once per resource: the next visit goes straight to the list, with the same columns.
    const int columns = list.model().columnCount();
    list.model().setResource(QStringLiteral("companies"), {{QStringLiteral("display_name"), QStringLiteral("Name")}});
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    QCOMPARE(list.model().columnCount(), 1 + 15);
    list.model().setResource(Contacts, NavigatorEntry::all().first().columns);
    QCOMPARE(list.model().columnCount(), columns);
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    QCOMPARE(paths().count(QStringLiteral("/api/contacts/create-fields")), 1);
    QCOMPARE(paths().count(QStringLiteral("/api/contacts")), 2);
}

void TestInlineEditing::cellsShowEveryCustomType()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const FieldSchema schema = list.model().schema();
    const qint64 id = list.model().idAt(3);
    const QJsonObject values{
        {QStringLiteral("cf_newsletter"), true},
        {QStringLiteral("cf_interests"), QJsonArray{optionId(schema, QStringLiteral("cf_interests"), 0)}},
        {QStringLiteral("cf_label_color"), QStringLiteral("#22c55e")},
        {QStringLiteral("cf_key_date"), QStringLiteral("2027-03-14")},
        {QStringLiteral("cf_follow_up_at"), QStringLiteral("2027-03-14 23:30:00")},
        {QStringLiteral("cf_languages"), QJsonArray{optionId(schema, QStringLiteral("cf_languages"), 0),
                                                    optionId(schema, QStringLiteral("cf_languages"), 1)}},
        {QStringLiteral("cf_score"), 1234},
        {QStringLiteral("cf_budget"), 1250.125},
        {QStringLiteral("cf_channel"), optionId(schema, QStringLiteral("cf_channel"), 1)},
        {QStringLiteral("cf_grade"), optionId(schema, QStringLiteral("cf_grade"), 2)},
        {QStringLiteral("cf_background"), QStringLiteral("Line one\nLine two")},
        {QStringLiteral("cf_time_zone"), QStringLiteral("America/Toronto")},
    };
    QCOMPARE(list.emulator().http().put(QStringLiteral("/api/contacts/%1").arg(id), values).status, 200);
    list.model().reload();
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const auto text = [&list, id](const char *attribute) {
        return list.cell(id, QLatin1String(attribute)).data().toString();
    };
    const auto chipNames = [&list, id](const char *attribute) {
        QStringList names;
        const QVariantList chips = list.cell(id, QLatin1String(attribute)).data(RecordListModel::TagsRole).toList();
        for (const QVariant &chip : chips)
            names << chip.toMap().value(QStringLiteral("name")).toString();
        return names;
    };

    QCOMPARE(list.cell(id, QStringLiteral("cf_newsletter")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(text("cf_newsletter"), QString());
    QCOMPARE(chipNames("cf_interests"), QStringList{optionLabel(schema, QStringLiteral("cf_interests"), 0)});
    QCOMPARE(chipNames("cf_languages"),
             (QStringList{optionLabel(schema, QStringLiteral("cf_languages"), 0),
                          optionLabel(schema, QStringLiteral("cf_languages"), 1)}));
    // A colour is one chip in that colour, with its hex.
    const QVariantList swatch = list.cell(id, QStringLiteral("cf_label_color")).data(RecordListModel::TagsRole).toList();
    QCOMPARE(swatch.size(), 1);
    QCOMPARE(swatch.first().toMap().value(QStringLiteral("color")).toString(), QStringLiteral("#22c55e"));
    QCOMPARE(text("cf_label_color"), QStringLiteral("#22c55e"));
    // A date is never shifted; a date-time is shown in local time (New York here).
    QCOMPARE(text("cf_key_date"), QLocale().toString(QDate(2027, 3, 14), QLocale::ShortFormat));
    const QDateTime followUp(QDate(2027, 3, 14), QTime(23, 30), Qt::UTC);
    QCOMPARE(text("cf_follow_up_at"), QLocale().toString(followUp.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(text("cf_follow_up_at") != QLocale().toString(followUp, QLocale::ShortFormat));
    QCOMPARE(text("cf_score"), QStringLiteral("1,234"));
    QCOMPARE(text("cf_budget"), QStringLiteral("1,250.125"));
    QCOMPARE(list.cell(id, QStringLiteral("cf_budget")).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(text("cf_channel"), optionLabel(schema, QStringLiteral("cf_channel"), 1));
    QCOMPARE(text("cf_grade"), optionLabel(schema, QStringLiteral("cf_grade"), 2));
    QCOMPARE(text("cf_background"), QStringLiteral("Line one …"));
    QCOMPARE(list.cell(id, QStringLiteral("cf_background")).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Line one\nLine two"));
    QCOMPARE(text("cf_time_zone"), QStringLiteral("America/Toronto"));
    const QJsonObject record = list.record(id);
    QCOMPARE(text("cf_alt_email"), record.value(QLatin1String("cf_alt_email")).toString());
    QCOMPARE(text("cf_homepage"), record.value(QLatin1String("cf_homepage")).toString());
    QCOMPARE(text("cf_code_name"), record.value(QLatin1String("cf_code_name")).toString());
    // The owner's column shows the name, though it holds (and edits) the id.
    QCOMPARE(text("user.name"), record.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString());
}

void TestInlineEditing::editRoleIsTheEditValue()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const qint64 id = list.model().idAt(0);
    const FieldSchema schema = list.model().schema();
    QCOMPARE(list.emulator().http().put(QStringLiteral("/api/contacts/%1").arg(id),
                                        QJsonObject{{QStringLiteral("cf_grade"), optionId(schema, QStringLiteral("cf_grade"), 1)},
                                                    {QStringLiteral("cf_key_date"), QStringLiteral("2027-01-31")},
                                                    {QStringLiteral("cf_follow_up_at"), QStringLiteral("2027-01-31 08:15:00")},
                                                    {QStringLiteral("cf_languages"),
                                                     QJsonArray{optionId(schema, QStringLiteral("cf_languages"), 2)}}})
                 .status,
             200);
    list.model().reload();
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const QJsonObject record = list.record(id);
    const auto edit = [&list, id](const char *attribute) { return list.cell(id, QLatin1String(attribute)).data(Qt::EditRole); };

    QCOMPARE(edit("cf_grade").typeId(), QMetaType::LongLong);
    QCOMPARE(edit("cf_grade").toLongLong(), optionId(schema, QStringLiteral("cf_grade"), 1).toInteger());
    QCOMPARE(edit("cf_key_date"), QVariant(QDate(2027, 1, 31)));
    QCOMPARE(edit("cf_follow_up_at"), QVariant(QDateTime(QDate(2027, 1, 31), QTime(8, 15), Qt::UTC)));
    QCOMPARE(edit("cf_languages"), QVariant(QVariantList{optionId(schema, QStringLiteral("cf_languages"), 2).toInteger()}));
    QCOMPARE(edit("email"), QVariant(record.value(QLatin1String("email")).toString()));
    QCOMPARE(edit("user.name").toLongLong(), record.value(QLatin1String("user_id")).toInteger());
    QCOMPARE(edit("tags").typeId(), QMetaType::QStringList);
    // The name and the first phone are not fields of their own: shown, not edited.
    for (const char *attribute : {"display_name", "phones.number", "created_at"}) {
        const QModelIndex index = list.cell(id, QLatin1String(attribute));
        QVERIFY2(!(index.flags() & Qt::ItemIsEditable), attribute);
        QVERIFY(!index.data(Qt::EditRole).isValid());
        QVERIFY(!list.model().setData(index, QStringLiteral("x")));
    }
    QVERIFY(list.cell(id, QStringLiteral("cf_grade")).flags() & Qt::ItemIsEditable);
}

void TestInlineEditing::setDataQueuesOneUpdate_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QVariant>("value"); // an option index for choices, else the edit value
    QTest::addColumn<QString>("shown");

    QTest::newRow("Select") << QStringLiteral("cf_grade") << QVariant(3) << QString();
    QTest::newRow("Date") << QStringLiteral("cf_key_date") << QVariant(QDate(2028, 2, 29))
                          << QLocale(QLocale::English, QLocale::UnitedStates).toString(QDate(2028, 2, 29), QLocale::ShortFormat);
    QTest::newRow("MultiSelect") << QStringLiteral("cf_languages") << QVariant(QVariantList{1, 3}) << QString();
    QTest::newRow("Owner") << QStringLiteral("user_id") << QVariant(2) << QString();
}

void TestInlineEditing::setDataQueuesOneUpdate()
{
    QFETCH(QString, attribute);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const qint64 id = list.model().idAt(1);
    const FieldSchema schema = list.model().schema();
    // Option indexes become option ids; the cell is the one whose field is `attribute`.
    QVariant editValue = value;
    QStringList labels;
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList ids;
        const QVariantList indexes = value.toList();
        for (const QVariant &index : indexes) {
            ids << optionId(schema, attribute, index.toInt()).toInteger();
            labels << optionLabel(schema, attribute, index.toInt());
        }
        editValue = ids;
    } else if (value.typeId() == QMetaType::Int) {
        editValue = optionId(schema, attribute, value.toInt()).toInteger();
        shown = optionLabel(schema, attribute, value.toInt());
    }
    const QString columnAttribute = attribute == QLatin1String("user_id") ? QStringLiteral("user.name") : attribute;
    const QModelIndex index = list.cell(id, columnAttribute);
    QVERIFY(index.isValid());
    const QJsonValue before = list.record(id).value(attribute);
    list.emulator().clearRequestLog();

    QVERIFY(list.model().setData(index, editValue));
    // Exactly one change, of that attribute alone, with what it was before.
    QCOMPARE(list.queue().pendingCount(), 1);
    const RecordChange change = list.queue().pending().first();
    QCOMPARE(change.kind, RecordChange::Kind::Update);
    QCOMPARE(change.resource, Contacts);
    QCOMPARE(change.recordId, id);
    QCOMPARE(change.fields.keys(), QStringList{attribute});
    QCOMPARE(change.base.keys(), QStringList{attribute});
    // Shown at once, as pending: in italics.
    const CellLook look;
    QVERIFY(index.data(RecordListModel::PendingRole).toBool());
    QVERIFY(look.isItalic(index));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("not saved yet")));
    if (labels.isEmpty()) {
        QCOMPARE(index.data().toString(), shown);
    } else {
        QStringList names;
        for (const QVariant &chip : index.data(RecordListModel::TagsRole).toList())
            names << chip.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(names, labels);
    }
    QCOMPARE(index.data(Qt::EditRole), editValue);

    QTRY_COMPARE(list.queue().pendingCount(), 0);
    QVERIFY(!index.data(RecordListModel::PendingRole).toBool());
    QVERIFY(!look.isItalic(index));
    QCOMPARE(index.data(Qt::EditRole), editValue);
    QCOMPARE(putsOf(list.emulator(), id), 1);
    const QJsonValue after = list.record(id).value(attribute);
    QVERIFY(after != before);
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList stored;
        for (const QJsonValue &option : after.toArray())
            stored << option.toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(stored, editValue.toList());
    } else if (value.typeId() == QMetaType::QDate) {
        QCOMPARE(after.toString().left(10), QStringLiteral("2028-02-29"));
    } else {
        QCOMPARE(after.toInteger(), editValue.toLongLong());
    }
}

void TestInlineEditing::unchangedValueSendsNothing()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const QModelIndex email = list.cell(list.model().idAt(0), QStringLiteral("email"));
    QVERIFY(list.model().setData(email, email.data(Qt::EditRole)));
    QCOMPARE(list.queue().pendingCount(), 0);
    QVERIFY(!email.data(RecordListModel::PendingRole).toBool());
}

void TestInlineEditing::invalidValueIsRefusedHere()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const qint64 id = list.model().idAt(0);
    const QModelIndex altEmail = list.cell(id, QStringLiteral("cf_alt_email"));
    const QVariant before = altEmail.data(Qt::EditRole);
    QSignalSpy failures(&list.model(), &RecordListModel::editFailed);
    list.emulator().clearRequestLog();

    QVERIFY(!list.model().setData(altEmail, QStringLiteral("not-an-email")));
    QCOMPARE(failures.count(), 1);
    const QString message = failures.first().first().toString();
    // What was typed, and why it did not stick.
    QVERIFY2(message.contains(QLatin1String("not-an-email")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("valid email")), qPrintable(message));
    QCOMPARE(list.queue().pendingCount(), 0);
    QCOMPARE(altEmail.data(Qt::EditRole), before);
    QVERIFY(!altEmail.data(RecordListModel::PendingRole).toBool());
    QCOMPARE(putsOf(list.emulator(), id), 0);
}

void TestInlineEditing::serverRefusalPutsTheOldValueBack()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const qint64 id = list.model().idAt(0);
    const QModelIndex email = list.cell(id, QStringLiteral("email"));
    const QString before = email.data().toString();
    // Unique across contacts (§6.3): another contact's address passes here, not on the server.
    const QString taken = list.cell(list.model().idAt(1), QStringLiteral("email")).data().toString();
    QSignalSpy failures(&list.model(), &RecordListModel::editFailed);

    QVERIFY(list.model().setData(email, taken));
    QCOMPARE(email.data().toString(), taken);
    QVERIFY(email.data(RecordListModel::PendingRole).toBool());
    QTRY_COMPARE(failures.count(), 1);
    const QString message = failures.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("already exist")), qPrintable(message));
    QVERIFY2(message.contains(taken), qPrintable(message));
    QCOMPARE(email.data().toString(), before);
    QVERIFY(!email.data(RecordListModel::PendingRole).toBool());
    QCOMPARE(list.record(id).value(QLatin1String("email")).toString(), before);
}

void TestInlineEditing::laterEditSurvivesARefusedOne()
{
    ContactList list;
    QVERIFY2(list.start(), qPrintable(list.emulator().errorString()));
    QTRY_COMPARE(list.model().state(), RecordListModel::State::Idle);
    const qint64 id = list.model().idAt(0);
    const QModelIndex email = list.cell(id, QStringLiteral("email"));
    const QString taken = list.cell(list.model().idAt(1), QStringLiteral("email")).data().toString();
    QSignalSpy failures(&list.model(), &RecordListModel::editFailed);

    // Two edits of one cell before the server answered the first: the refused first one does
    // not put back a value under the second, which stays shown and is stored.
    QVERIFY(list.model().setData(email, taken));
    QVERIFY(list.model().setData(email, QStringLiteral("second.try@example.org")));
    QCOMPARE(list.queue().pendingCount(), 2);
    QTRY_COMPARE(list.queue().pendingCount(), 0);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(email.data().toString(), QStringLiteral("second.try@example.org"));
    QVERIFY(!email.data(RecordListModel::PendingRole).toBool());
    QCOMPARE(list.record(id).value(QLatin1String("email")).toString(), QStringLiteral("second.try@example.org"));
}

void TestInlineEditing::everyCustomTypeEditsInline()
{
    EditingWindow shown;
    QVERIFY2(shown.show(), qPrintable(shown.emulator().errorString()));
    QTRY_COMPARE(shown.model().state(), RecordListModel::State::Idle);
    const QList<FieldDefinition> custom = shown.model().schema().customFields();
    QCOMPARE(custom.size(), 15);
    for (const FieldDefinition &field : custom) {
        FieldEditor *editor = shown.edit(field.attribute());
        QVERIFY2(editor, qPrintable(field.attribute()));
        QCOMPARE(editor->field().attribute(), field.attribute());
        // It starts from the cell's edit value, and Escape leaves the cell as it was.
        QCOMPARE(editor->value(), shown.model().index(0, shown.column(field.attribute())).data(Qt::EditRole));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY2(!shown.openEditor(), qPrintable(field.attribute()));
    }
    QCOMPARE(shown.window().findChildren<RecordEditorDialog *>().size(), 0);
}

void TestInlineEditing::delegateStoresTheTypedValue()
{
    EditingWindow shown;
    QVERIFY2(shown.show(), qPrintable(shown.emulator().errorString()));
    QTRY_COMPARE(shown.model().state(), RecordListModel::State::Idle);
    const qint64 id = shown.model().idAt(0);

    // A text: typed, and Enter commits.
    FieldEditor *editor = shown.edit(QStringLiteral("cf_code_name"));
    QVERIFY(editor);
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    QTRY_VERIFY(line->hasFocus());
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("ZX-INLINE"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!shown.openEditor());
    const QModelIndex codeName = shown.model().index(0, shown.column(QStringLiteral("cf_code_name")));
    QCOMPARE(codeName.data().toString(), QStringLiteral("ZX-INLINE"));
    QTRY_VERIFY(!codeName.data(RecordListModel::PendingRole).toBool());
    const QJsonObject record = shown.emulator().http().get(QStringLiteral("/api/contacts/%1").arg(id)).object();
    QCOMPARE(record.value(QLatin1String("cf_code_name")).toString(), QStringLiteral("ZX-INLINE"));

    // A date, set in the editor and committed by closing it (focus elsewhere).
    editor = shown.edit(QStringLiteral("cf_key_date"));
    QVERIFY(editor);
    editor->setValue(QDate(2029, 7, 4));
    child<QLineEdit>(shown.window(), QStringLiteral("searchField"))->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(!shown.openEditor());
    QTRY_COMPARE(shown.emulator().http().get(QStringLiteral("/api/contacts/%1").arg(id)).object().value(QLatin1String("cf_key_date")).toString().left(10),
                 QStringLiteral("2029-07-04"));
}

void TestInlineEditing::delegateSaysWhyAValueWasRefused()
{
    EditingWindow shown;
    QVERIFY2(shown.show(), qPrintable(shown.emulator().errorString()));
    QTRY_COMPARE(shown.model().state(), RecordListModel::State::Idle);
    FieldEditor *editor = shown.edit(QStringLiteral("cf_alt_email"));
    QVERIFY(editor);
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    QTRY_VERIFY(line->hasFocus());
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("nobody-at-example"));
    QTest::keyClick(line, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = shown.window().findChild<QMessageBox *>(QStringLiteral("notSavedBox"))) && box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("nobody-at-example")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("Alternative Email")), qPrintable(box->text()));
    box->close();
}

void TestInlineEditing::doubleClickEditsOrOpensTheEditor()
{
    EditingWindow shown;
    QVERIFY2(shown.show(), qPrintable(shown.emulator().errorString()));
    QTRY_COMPARE(shown.model().state(), RecordListModel::State::Idle);
    QTableView &table = shown.table();
    const auto doubleClick = [&table](const QModelIndex &index) {
        const QPoint centre = table.visualRect(index).center();
        // A double-click is a press, a release and a double-click event, as a real one is.
        QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, centre);
    };

    // An editable cell (the e-mail address) is edited where it is.
    doubleClick(shown.model().index(0, shown.column(QStringLiteral("email"))));
    QTRY_VERIFY(shown.openEditor());
    QCOMPARE(shown.openEditor()->field().attribute(), QStringLiteral("email"));
    QVERIFY(!shown.window().findChild<RecordEditorDialog *>());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!shown.openEditor());

    // The name is not a field of its own: the record's editor opens.
    doubleClick(shown.model().index(0, shown.column(QStringLiteral("display_name"))));
    QTRY_VERIFY(shown.window().findChild<RecordEditorDialog *>());
    QVERIFY(!shown.openEditor());
    shown.window().findChild<RecordEditorDialog *>()->close();
}

QTEST_MAIN(TestInlineEditing)
#include "tst_inlineediting.moc"
