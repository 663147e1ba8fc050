// The field editors against the real field metadata of the in-process emulator: for every field
// type a round trip wire JSON → FieldCodec → editor → FieldCodec → the JSON a write sends, with
// exact JSON types (and the record written to and read back from the emulator first, so the wire
// value is the one the server really returns); people's edits by keyboard and mouse; the lazy
// options of belongs-to fields and their dependency; the table delegate. Runs with
// TZ=America/New_York so that a date-time that ignored UTC would show.

#include "forms/belongstoeditor.h"
#include "forms/chipinput.h"
#include "forms/colorswatcheditor.h"
#include "forms/datetimeinput.h"
#include "forms/fieldeditor.h"
#include "forms/fieldeditordelegate.h"
#include "forms/fieldeditorfactory.h"
#include "forms/phonerow.h"
#include "forms/phoneseditor.h"
#include "forms/searchablecombo.h"

#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "schema/fieldcodec.h"
#include "schema/fieldtype.h"

#include <emulatorclient.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Concord;
using Concord::Test::EmulatorClient;

namespace {

/// The JSON of a literal, for the tables below.
QJsonValue json(const char *literal)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + literal + "]");
    if (!document.isArray())
        qFatal("bad JSON literal in the test: %s", literal);
    return document.array().at(0);
}

QString describe(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

/// QCOMPARE on QJsonValue says nothing useful when it fails; this says both values, and it is
/// strict about types: 200 (a number) is not "200", and an integer is a number without fraction.
bool sameJson(const QJsonValue &actual, const QJsonValue &expected, QString *message)
{
    *message = QStringLiteral("got %1, expected %2").arg(describe(actual), describe(expected));
    return actual.type() == expected.type() && actual == expected;
}

/// The field of `attribute` in `fields`; a missing one stops the test, it is a broken test.
FieldDefinition fieldOf(const FieldSchema &schema, const QString &attribute)
{
    const FieldDefinition *field = schema.field(attribute);
    if (!field)
        qFatal("the emulator's form has no field %s", qPrintable(attribute));
    return *field;
}

QJsonValue optionIdOf(const FieldDefinition &field, const QString &label)
{
    const QList<FieldDefinition::Option> options = field.options();
    for (const FieldDefinition::Option &option : options) {
        if (option.label == label)
            return option.id;
    }
    qFatal("field %s has no option %s", qPrintable(field.attribute()), qPrintable(label));
}

FieldSchema loadSchema(ApiClient *client, const QString &resource)
{
    FieldSchemaJob *job = FieldService(client).createFields(resource);
    FieldSchema schema;
    bool done = false;
    QObject::connect(job, &ServiceJob::finished, job, [&] {
        schema = job->schema();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        qWarning("create-fields of %s did not answer", qPrintable(resource));
    return schema;
}

/// A type name column and a row per field of the contact form used by the type-coverage tests.
struct TypeRow
{
    const char *attribute;
    FieldType type;
    const char *editorClass;
};

} // namespace

class TestFieldEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void factoryMakesTheEditorOfEachType_data();
    void factoryMakesTheEditorOfEachType();
    void roundTrip_data();
    void roundTrip();
    void readonlyFieldsAreShownNotEditable();

    void numericFollowsGermanLocale();
    void numberAcceptsIntegersOnly();
    void multiSelectByKeyboard();
    void checkboxKeepsTheServersOrder();
    void radioClears();
    void colorSwatchPicksAndKeepsCustomColours();
    void dateClears();
    void dateTimeIsLocalOnScreenUtcInValue();
    void emptyDateStartsFromToday();
    void phonesAddAndRemoveRows();
    void timezoneSearch();
    void timezoneFromServerLoadsLazily();
    void tagsAddNewNames();
    void associationsTakeNamesFromTheRecord();
    void belongsToLoadsLazilyAndKeepsItsValue();
    void belongsToShowsLoadFailure();
    void stageFollowsPipeline();
    void selectTypedTextPicksMatch();

    void delegateCommitsOptionId();
    void delegateEscapeCancels();
    void delegateCommitsOnFocusOut();

    void formScreenshot_data();
    void formScreenshot();

private:
    [[nodiscard]] FieldDefinition contactField(const QString &attribute) const
    {
        return fieldOf(m_contactFields, attribute);
    }
    /// An editor without a client: inline options only.
    [[nodiscard]] std::unique_ptr<FieldEditor> editorFor(const FieldDefinition &field, ApiClient *client = nullptr)
    {
        return std::unique_ptr<FieldEditor>(FieldEditorFactory(client).create(field, nullptr));
    }
    /// Shows `widget` in an active window, so that focus and popups behave as on a desktop.
    static bool showActive(QWidget *widget)
    {
        widget->show();
        widget->activateWindow();
        return QTest::qWaitForWindowActive(widget);
    }

    std::unique_ptr<EmulatorClient> m_server;
    FieldSchema m_contactFields;
    FieldSchema m_dealFields;
    qint64 m_contactId = 0;
};

void TestFieldEditors::initTestCase()
{
    QVERIFY2(QTimeZone::systemTimeZoneId() == "America/New_York",
        "run with TZ=America/New_York (ctest does): the date-time cases depend on it");
    m_server = std::make_unique<EmulatorClient>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_contactFields = loadSchema(&m_server->client(), QStringLiteral("contacts"));
    m_dealFields = loadSchema(&m_server->client(), QStringLiteral("deals"));
    QVERIFY(!m_contactFields.isEmpty());
    QVERIFY(!m_dealFields.isEmpty());
    m_contactId = m_server->emulator().firstRecord(QStringLiteral("contacts")).value(QLatin1String("id")).toInteger();
    QVERIFY(m_contactId > 0);
}

void TestFieldEditors::init()
{
    // Formats in the expectations are English ones, whatever the machine says; the German test
    // sets its own.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFieldEditors::factoryMakesTheEditorOfEachType_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("editorClass");
    const TypeRow rows[] = {
        {"cf_newsletter", FieldType::Boolean, "Concord::BooleanEditor"},
        {"cf_interests", FieldType::Checkbox, "Concord::CheckboxEditor"},
        {"cf_label_color", FieldType::ColorSwatch, "Concord::ColorSwatchEditor"},
        {"cf_key_date", FieldType::Date, "Concord::DateEditor"},
        {"cf_follow_up_at", FieldType::DateTime, "Concord::DateEditor"},
        {"cf_alt_email", FieldType::Email, "Concord::LineEditor"},
        {"cf_languages", FieldType::MultiSelect, "Concord::MultiSelectEditor"},
        {"cf_score", FieldType::Number, "Concord::NumberEditor"},
        {"cf_budget", FieldType::Numeric, "Concord::NumberEditor"},
        {"cf_channel", FieldType::Radio, "Concord::RadioEditor"},
        {"cf_grade", FieldType::Select, "Concord::SelectEditor"},
        {"cf_code_name", FieldType::Text, "Concord::LineEditor"},
        {"cf_background", FieldType::Textarea, "Concord::TextareaEditor"},
        {"cf_time_zone", FieldType::Timezone, "Concord::TimezoneEditor"},
        {"cf_homepage", FieldType::Url, "Concord::LineEditor"},
        {"phones", FieldType::Phones, "Concord::PhonesEditor"},
        {"tags", FieldType::Tags, "Concord::TagsEditor"},
        {"user_id", FieldType::BelongsTo, "Concord::BelongsToEditor"},
        {"companies", FieldType::Associations, "Concord::MultiSelectEditor"},
    };
    for (const TypeRow &row : rows)
        QTest::newRow(row.attribute) << QString::fromLatin1(row.attribute) << int(row.type)
                                     << QString::fromLatin1(row.editorClass);
}

void TestFieldEditors::factoryMakesTheEditorOfEachType()
{
    QFETCH(QString, attribute);
    QFETCH(int, type);
    QFETCH(QString, editorClass);
    const FieldDefinition field = contactField(attribute);
    QCOMPARE(int(fieldTypeOf(field)), type);
    const auto editor = editorFor(field, &m_server->client());
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    QCOMPARE(editor->field().attribute(), attribute);
    // Something inside takes the focus: a form's label buddy and "focus the first error" need it.
    QWidget *target = editor->focusTarget();
    QVERIFY(target);
    QVERIFY2(target->focusPolicy() != Qt::NoFocus, target->metaObject()->className());
}

void TestFieldEditors::roundTrip_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QJsonValue>("write");
    QTest::addColumn<QJsonValue>("expected");

    const auto ids = [this](const char *attribute, const QStringList &labels) {
        const FieldDefinition field = contactField(QString::fromLatin1(attribute));
        QJsonArray out;
        for (const QString &label : labels)
            out.append(optionIdOf(field, label));
        return QJsonValue(out);
    };
    const auto id = [this](const char *attribute, const char *label) {
        return optionIdOf(contactField(QString::fromLatin1(attribute)), QString::fromLatin1(label));
    };
    const auto same = [](const char *name, const char *attribute, const QJsonValue &write) {
        QTest::newRow(name) << QString::fromLatin1(attribute) << write << write;
    };

    same("Boolean true", "cf_newsletter", json("true"));
    same("Boolean false", "cf_newsletter", json("false"));
    same("Checkbox two", "cf_interests", ids("cf_interests", {QStringLiteral("Services"), QStringLiteral("Software")}));
    same("Checkbox none", "cf_interests", json("[]"));
    same("ColorSwatch palette", "cf_label_color", json("\"#22c55e\""));
    same("ColorSwatch custom", "cf_label_color", json("\"#123456\""));
    same("ColorSwatch unset", "cf_label_color", json("null"));
    same("Date", "cf_key_date", json("\"2024-06-30\""));
    same("Date first of year", "cf_key_date", json("\"2025-01-01\""));
    same("Date unset", "cf_key_date", json("null"));
    same("DateTime", "cf_follow_up_at", json("\"2024-06-30 14:00:30\""));
    // 03:30 UTC is still the day before in New York: a local/UTC mix-up changes the date too.
    same("DateTime early UTC", "cf_follow_up_at", json("\"2024-01-01 03:30:00\""));
    same("DateTime unset", "cf_follow_up_at", json("null"));
    same("Email", "cf_alt_email", json("\"info@example.com\""));
    same("MultiSelect", "cf_languages", ids("cf_languages", {QStringLiteral("German"), QStringLiteral("French")}));
    same("MultiSelect none", "cf_languages", json("[]"));
    same("Number", "cf_score", json("200"));
    same("Number negative", "cf_score", json("-5"));
    same("Number unset", "cf_score", json("null"));
    same("Numeric", "cf_budget", json("1250.5"));
    same("Numeric three decimals", "cf_budget", json("0.125"));
    same("Numeric large", "cf_budget", json("123456789012.345"));
    // §6.2: a decimal field reads null back as 0.
    QTest::newRow("Numeric unset") << QStringLiteral("cf_budget") << json("null") << json("0");
    same("Radio", "cf_channel", id("cf_channel", "Email"));
    same("Radio unset", "cf_channel", json("null"));
    same("Select", "cf_grade", id("cf_grade", "B"));
    same("Select unset", "cf_grade", json("null"));
    same("Text", "cf_code_name", json("\"Falcon\""));
    same("Text unset", "cf_code_name", json("null"));
    same("Textarea", "cf_background", json("\"Met at the fair.\\nWants a demo.\""));
    same("Timezone", "cf_time_zone", json("\"Europe/Berlin\""));
    same("Timezone unset", "cf_time_zone", json("null"));
    same("Url", "cf_homepage", json("\"https://example.com/about\""));
    same("Phones", "phones",
        json(R"([{"number":"+1 555 0100","type":"work"},{"number":"+49 30 1234","type":"mobile"}])"));
    same("Phones none", "phones", json("[]"));
    same("Tags", "tags", json(R"(["VIP","Partner"])"));
    same("Tags none", "tags", json("[]"));
    same("BelongsTo owner", "user_id", json("2"));
    same("BelongsTo source", "source_id", id("source_id", "Referral"));
    same("BelongsTo unset", "source_id", json("null"));
}

void TestFieldEditors::roundTrip()
{
    QFETCH(QString, attribute);
    QFETCH(QJsonValue, write);
    QFETCH(QJsonValue, expected);
    const FieldDefinition field = contactField(attribute);

    // Written to the server and read back, so the wire value is exactly what a record holds.
    const auto response = m_server->emulator().http().put(
        QStringLiteral("/api/contacts/%1").arg(m_contactId), QJsonObject {{attribute, write}});
    QVERIFY2(response.status == 200, qPrintable(response.describe()));
    const QJsonValue wire = response.value(attribute);

    const QVariant read = FieldCodec::fromWire(field, wire);
    const auto editor = editorFor(field, &m_server->client());
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    editor->setValue(read);
    QCOMPARE(edits.count(), 0);
    const auto fromWire = editorFor(field, &m_server->client());
    fromWire->setWireValue(wire);
    QVERIFY(FieldCodec::sameValue(field, fromWire->value(), editor->value()));

    QString message;
    QVERIFY2(sameJson(FieldCodec::toWire(field, editor->value()), expected, &message), qPrintable(message));
    // An untouched editor means an unchanged field, which a form then does not send.
    QVERIFY2(FieldCodec::sameValue(field, read, editor->value()),
        qPrintable(
            QStringLiteral("read %1, editor says %2")
                .arg(describe(FieldCodec::toWire(field, read)), describe(FieldCodec::toWire(field, editor->value())))));
    // And shown to the person as such: once more through setValue() changes nothing.
    editor->setValue(editor->value());
    QVERIFY2(sameJson(FieldCodec::toWire(field, editor->value()), expected, &message), qPrintable(message));
}

void TestFieldEditors::readonlyFieldsAreShownNotEditable()
{
    QJsonObject json = contactField(QStringLiteral("cf_code_name")).json();
    json.insert(QStringLiteral("readonly"), true);
    bool ok = false;
    const FieldDefinition field = FieldDefinition::fromJson(json, &ok);
    QVERIFY(ok);
    const auto editor = editorFor(field);
    QVERIFY(editor->isReadOnly());
    editor->setValue(QStringLiteral("Falcon"));
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    QVERIFY(line->isReadOnly());
    QCOMPARE(line->text(), QStringLiteral("Falcon"));

    // A read-only select shows its value, but offers no list.
    const auto select = editorFor(contactField(QStringLiteral("cf_grade")));
    select->setReadOnly(true);
    select->setValue(optionIdOf(select->field(), QStringLiteral("C")).toInteger());
    auto *combo = qobject_cast<SearchableCombo *>(select->focusTarget());
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("C"));
    QVERIFY(showActive(select.get()));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(select->value().toLongLong(), optionIdOf(select->field(), QStringLiteral("C")).toInteger());
}

void TestFieldEditors::numericFollowsGermanLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto editor = editorFor(contactField(QStringLiteral("cf_budget")));
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    QVERIFY(showActive(editor.get()));
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);

    QTest::keyClicks(line, QStringLiteral("1.250,5"));
    QCOMPARE(editor->value().toDouble(), 1250.5);
    QVERIFY(edits.count() > 0);

    // A fourth decimal is refused as it is typed.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("0,1259"));
    QCOMPARE(line->text(), QStringLiteral("0,125"));
    QCOMPARE(editor->value().toDouble(), 0.125);

    // What was typed without grouping is shown grouped once the person leaves the field.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("1234567,8"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(line->text(), QStringLiteral("1.234.567,8"));
    QCOMPARE(editor->value().toDouble(), 1234567.8);

    // A "." where German wants "," still means a decimal point when nothing else fits.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("1250.75"));
    QCOMPARE(editor->value().toDouble(), 1250.75);

    editor->setValue(98765.432);
    QCOMPARE(line->text(), QStringLiteral("98.765,432"));
    editor->setValue(3.0);
    QCOMPARE(line->text(), QStringLiteral("3"));

    // Emptied: no value.
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QVERIFY(editor->value().isNull());
    QCOMPARE(FieldCodec::toWire(editor->field(), editor->value()), QJsonValue(QJsonValue::Null));
}

void TestFieldEditors::numberAcceptsIntegersOnly()
{
    const auto editor = editorFor(contactField(QStringLiteral("cf_score")));
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    // The decimal point is refused as it is typed.
    QTest::keyClicks(line, QStringLiteral("12.5"));
    QCOMPARE(line->text(), QStringLiteral("125"));
    QCOMPARE(editor->value().typeId(), QMetaType::LongLong);
    QCOMPARE(editor->value().toLongLong(), 125);
    line->clear();
    QTest::keyClicks(line, QStringLiteral("-42abc"));
    QCOMPARE(editor->value().toLongLong(), -42);
    QString message;
    QVERIFY2(
        sameJson(FieldCodec::toWire(editor->field(), editor->value()), json("-42"), &message), qPrintable(message));
    // Sixteen digits are more than a JSON number holds exactly.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("1234567890123456"));
    QCOMPARE(line->text(), QStringLiteral("123456789012345"));
}

void TestFieldEditors::multiSelectByKeyboard()
{
    const FieldDefinition field = contactField(QStringLiteral("cf_languages"));
    const qint64 german = optionIdOf(field, QStringLiteral("German")).toInteger();
    const qint64 french = optionIdOf(field, QStringLiteral("French")).toInteger();
    const qint64 spanish = optionIdOf(field, QStringLiteral("Spanish")).toInteger();
    const auto editor = editorFor(field);
    QVERIFY(showActive(editor.get()));
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    line->setFocus();
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);

    // Type to filter, Enter adds the match.
    QTest::keyClicks(line, QStringLiteral("germ"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->value().toList(), QVariantList {german});
    QCOMPARE(line->text(), QString());
    QCOMPARE(edits.count(), 1);

    // A part of a name matches too, case-insensitively ("ENCH" in French).
    QTest::keyClicks(line, QStringLiteral("ENCH"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->value().toList(), (QVariantList {german, french}));

    // Choosing from the popup: Down highlights the first remaining match.
    QTest::keyClicks(line, QStringLiteral("span"));
    QAbstractItemView *popup = qobject_cast<QAbstractItemView *>(QApplication::activePopupWidget());
    QVERIFY(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(editor->value().toList(), (QVariantList {german, french, spanish}));
    QVERIFY(!popup->isVisible());

    // An option already chosen is not offered again, and a text that matches nothing adds nothing.
    QTest::keyClicks(line, QStringLiteral("german"));
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, QStringLiteral("klingon"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->value().toList(), (QVariantList {german, french, spanish}));

    // Backspace in the empty line edit removes the last chip.
    line->clear();
    QTest::keyClick(line, Qt::Key_Backspace);
    QCOMPARE(editor->value().toList(), (QVariantList {german, french}));
    QString message;
    QVERIFY2(sameJson(FieldCodec::toWire(field, editor->value()), QJsonArray {german, french}, &message),
        qPrintable(message));

    // And a chip's × button removes that chip.
    auto *input = editor->findChild<ChipInput *>();
    QVERIFY(input);
    const auto visibleRemoveButtons = [input] {
        QList<QToolButton *> buttons = input->findChildren<QToolButton *>();
        buttons.removeIf([input](const QToolButton *button) { return !button->isVisibleTo(input); });
        return buttons;
    };
    // Chips come into view with the next turn of the event loop, as any widget added to a shown layout.
    QTRY_COMPARE(visibleRemoveButtons().size(), 2);
    const QList<QToolButton *> removeButtons = visibleRemoveButtons();
    QTest::mouseClick(removeButtons.constFirst(), Qt::LeftButton);
    QCOMPARE(editor->value().toList(), QVariantList {french});
}

void TestFieldEditors::checkboxKeepsTheServersOrder()
{
    const FieldDefinition field = contactField(QStringLiteral("cf_interests"));
    const qint64 software = optionIdOf(field, QStringLiteral("Software")).toInteger();
    const qint64 training = optionIdOf(field, QStringLiteral("Training")).toInteger();
    const qint64 hardware = optionIdOf(field, QStringLiteral("Hardware")).toInteger();
    const auto editor = editorFor(field);
    // Not the options' order: an untouched field must still compare equal.
    editor->setValue(QVariantList {training, software});
    QCOMPARE(editor->value().toList(), (QVariantList {training, software}));

    QCheckBox *hardwareBox = nullptr;
    const QList<QCheckBox *> boxes = editor->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->text() == QLatin1String("Hardware"))
            hardwareBox = box;
        if (box->text() == QLatin1String("Training"))
            QVERIFY(box->isChecked());
    }
    QVERIFY(hardwareBox);
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QTest::mouseClick(hardwareBox, Qt::LeftButton);
    QCOMPARE(edits.count(), 1);
    QCOMPARE(editor->value().toList(), (QVariantList {training, software, hardware}));
    QTest::keyClick(hardwareBox, Qt::Key_Space);
    QCOMPARE(editor->value().toList(), (QVariantList {training, software}));
}

void TestFieldEditors::radioClears()
{
    const FieldDefinition field = contactField(QStringLiteral("cf_channel"));
    const auto editor = editorFor(field);
    editor->setValue(optionIdOf(field, QStringLiteral("Meeting")).toInteger());
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QToolButton *clear = editor->findChild<QToolButton *>();
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(editor->value().isNull());
    QCOMPARE(edits.count(), 1);
    QVERIFY(!clear->isEnabled());
    const QList<QAbstractButton *> radios = editor->findChildren<QAbstractButton *>();
    for (const QAbstractButton *radio : radios)
        QVERIFY(!radio->isChecked());
}

void TestFieldEditors::colorSwatchPicksAndKeepsCustomColours()
{
    const auto editor = editorFor(contactField(QStringLiteral("cf_label_color")));
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QToolButton *blue = nullptr;
    QToolButton *none = nullptr;
    const QList<QToolButton *> buttons = editor->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->toolTip() == QLatin1String("Blue"))
            blue = button;
        if (button->text() == QLatin1String("None"))
            none = button;
    }
    QVERIFY(blue && none);
    QVERIFY(none->isChecked());
    QTest::mouseClick(blue, Qt::LeftButton);
    QCOMPARE(editor->value().toString(), QStringLiteral("#3b82f6"));
    QCOMPARE(edits.count(), 1);
    QTest::mouseClick(none, Qt::LeftButton);
    QVERIFY(editor->value().isNull());

    // "#333" is not in the palette: it gets its own checked swatch and comes back as it was sent.
    editor->setValue(QStringLiteral("#333"));
    const auto checked
        = std::find_if(buttons.cbegin(), buttons.cend(), [](const QToolButton *button) { return button->isChecked(); });
    QVERIFY(checked != buttons.cend());
    QVERIFY((*checked)->isVisibleTo(editor.get()));
    QVERIFY((*checked)->toolTip().contains(QLatin1String("#333333")));
    QCOMPARE(editor->value().toString(), QStringLiteral("#333"));
    QCOMPARE(ColorSwatchEditor::swatches().size(), 12);
}

void TestFieldEditors::dateClears()
{
    const auto editor = editorFor(contactField(QStringLiteral("cf_key_date")));
    editor->setValue(QDate(2024, 6, 30));
    auto *input = editor->findChild<DateTimeInput *>();
    QVERIFY(input);
    QCOMPARE(input->edit()->text(), QStringLiteral("6/30/2024"));
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QVERIFY(input->clearButton()->isEnabled());
    QTest::mouseClick(input->clearButton(), Qt::LeftButton);
    QVERIFY(editor->value().isNull());
    QCOMPARE(edits.count(), 1);
    QCOMPARE(input->edit()->text(), QStringLiteral("\u2014"));
    QVERIFY(!input->clearButton()->isEnabled());
    QCOMPARE(FieldCodec::toWire(editor->field(), editor->value()), QJsonValue(QJsonValue::Null));
}

void TestFieldEditors::dateTimeIsLocalOnScreenUtcInValue()
{
    const auto editor = editorFor(contactField(QStringLiteral("cf_follow_up_at")));
    editor->setValue(QDateTime(QDate(2024, 6, 30), QTime(14, 0), Qt::UTC));
    auto *input = editor->findChild<DateTimeInput *>();
    QVERIFY(input);
    // New York is UTC-4 in June.
    QCOMPARE(input->edit()->text(), QStringLiteral("6/30/2024 10:00 AM"));
    input->edit()->setTime(QTime(11, 30));
    const QDateTime value = editor->value().toDateTime();
    QCOMPARE(value.timeSpec(), Qt::UTC);
    QCOMPARE(value, QDateTime(QDate(2024, 6, 30), QTime(15, 30), Qt::UTC));
    QCOMPARE(FieldCodec::toWire(editor->field(), editor->value()), QJsonValue(QStringLiteral("2024-06-30 15:30:00")));
}

void TestFieldEditors::emptyDateStartsFromToday()
{
    const auto editor = editorFor(contactField(QStringLiteral("cf_key_date")));
    editor->setValue({});
    auto *input = editor->findChild<DateTimeInput *>();
    QVERIFY(input);
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QTest::keyClick(input->edit(), Qt::Key_Up);
    QCOMPARE(editor->value().toDate(), QDate::currentDate());
    QVERIFY(edits.count() > 0);
}

void TestFieldEditors::phonesAddAndRemoveRows()
{
    const auto editor = editorFor(contactField(QStringLiteral("phones")));
    auto *phones = qobject_cast<PhonesEditor *>(editor.get());
    QVERIFY(phones);
    QVERIFY(showActive(editor.get()));
    phones->setValue(QVariantList {QVariantMap {{QStringLiteral("id"), 31},
        {QStringLiteral("number"), QStringLiteral("+1 555 0100")}, {QStringLiteral("type"), QStringLiteral("work")}}});
    QCOMPARE(phones->rows().size(), 1);
    QCOMPARE(phones->focusTarget(), phones->rows().constFirst()->numberEdit());
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);

    QTest::mouseClick(phones->addButton(), Qt::LeftButton);
    QCOMPARE(phones->rows().size(), 2);
    PhoneRow *added = phones->rows().at(1);
    QTRY_COMPARE(QApplication::focusWidget(), added->numberEdit());
    QTest::keyClicks(added->numberEdit(), QStringLiteral("+49 30 1234"));
    added->typeCombo()->setFocus();
    QTest::keyClick(added->typeCombo(), Qt::Key_Down);
    QVERIFY(edits.count() > 0);

    QVariantList value = editor->value().toList();
    QCOMPARE(value.size(), 2);
    QCOMPARE(value.at(0).toMap().value(QStringLiteral("id")).toInt(), 31);
    QCOMPARE(value.at(1).toMap().value(QStringLiteral("number")).toString(), QStringLiteral("+49 30 1234"));
    QCOMPARE(value.at(1).toMap().value(QStringLiteral("type")).toString(), QStringLiteral("work"));
    QVERIFY(!value.at(1).toMap().contains(QStringLiteral("id")));

    // Removing the first keeps the second, and the focus stays in the field.
    QTest::mouseClick(phones->rows().constFirst()->removeButton(), Qt::LeftButton);
    value = editor->value().toList();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.at(0).toMap().value(QStringLiteral("number")).toString(), QStringLiteral("+49 30 1234"));
    QCOMPARE(QApplication::focusWidget(), added->numberEdit());
    QString message;
    QVERIFY2(sameJson(FieldCodec::toWire(editor->field(), editor->value()),
                 json(R"([{"number":"+49 30 1234","type":"work"}])"), &message),
        qPrintable(message));

    // A row left empty is no phone.
    QTest::mouseClick(phones->addButton(), Qt::LeftButton);
    QVERIFY2(sameJson(FieldCodec::toWire(editor->field(), editor->value()),
                 json(R"([{"number":"+49 30 1234","type":"work"}])"), &message),
        qPrintable(message));
}

void TestFieldEditors::timezoneSearch()
{
    // Without a client: the system's zones.
    const auto editor = editorFor(contactField(QStringLiteral("cf_time_zone")));
    QVERIFY(showActive(editor.get()));
    auto *combo = qobject_cast<SearchableCombo *>(editor->focusTarget());
    QVERIFY(combo);
    combo->setFocus();
    QTRY_VERIFY(combo->count() > 100);
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    QTest::keyClicks(combo, QStringLiteral("berl"));
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(editor->value().toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(edits.count(), 1);
    const QString offset
        = QTimeZone("Europe/Berlin").displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName);
    QCOMPARE(combo->currentText(), QStringLiteral("Europe/Berlin (%1)").arg(offset));

    // The offset is searchable too.
    combo->lineEdit()->clear();
    QTest::keyClicks(combo, QStringLiteral("Tokyo"));
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(editor->value().toString(), QStringLiteral("Asia/Tokyo"));

    // Emptied and left: no value.
    combo->lineEdit()->clear();
    QTest::keyClick(combo, Qt::Key_Return);
    QVERIFY(editor->value().isNull());
}

void TestFieldEditors::timezoneFromServerLoadsLazily()
{
    m_server->emulator().clearRequestLog();
    const auto editor = editorFor(contactField(QStringLiteral("cf_time_zone")), &m_server->client());
    editor->setValue(QStringLiteral("America/Toronto"));
    auto *combo = qobject_cast<SearchableCombo *>(editor->focusTarget());
    QVERIFY(combo);
    QVERIFY(combo->currentText().startsWith(QLatin1String("America/Toronto (UTC-")));
    QTest::qWait(50);
    QVERIFY(m_server->emulator().getQueries(QStringLiteral("/api/timezones")).isEmpty());

    QVERIFY(showActive(editor.get()));
    combo->setFocus();
    QTRY_VERIFY(combo->count() > 10);
    QCOMPARE(m_server->emulator().getQueries(QStringLiteral("/api/timezones")).size(), 1);
    QCOMPARE(combo->findText(QStringLiteral("Pacific/Kiritimati"), Qt::MatchStartsWith), -1);
    QCOMPARE(editor->value().toString(), QStringLiteral("America/Toronto"));
}

void TestFieldEditors::tagsAddNewNames()
{
    const FieldDefinition field = contactField(QStringLiteral("tags"));
    QVERIFY2(!field.options().isEmpty(), "the emulator lists the known tags as options");
    const QString known = field.options().constFirst().label;
    const auto editor = editorFor(field);
    QVERIFY(showActive(editor.get()));
    auto *line = qobject_cast<QLineEdit *>(editor->focusTarget());
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, known.toLower());
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, QStringLiteral("Trade Fair 2024"));
    QTest::keyClick(line, Qt::Key_Return);
    // The same name again, in other case, is the same tag.
    QTest::keyClicks(line, QStringLiteral("trade fair 2024"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor->value().toStringList(), (QStringList {known, QStringLiteral("Trade Fair 2024")}));
    QString message;
    QVERIFY2(sameJson(FieldCodec::toWire(field, editor->value()), QJsonArray {known, QStringLiteral("Trade Fair 2024")},
                 &message),
        qPrintable(message));
}

void TestFieldEditors::associationsTakeNamesFromTheRecord()
{
    const FieldDefinition field = contactField(QStringLiteral("companies"));
    const auto editor = editorFor(field, &m_server->client());
    // §7: a record lists its associated records as objects with their names.
    editor->setWireValue(json(R"([{"id":5,"display_name":"Acme","path":"/companies/5"},{"id":7}])"));
    auto *input = editor->findChild<ChipInput *>();
    QVERIFY(input);
    const QList<Choice> chips = input->chips();
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(0).text, QStringLiteral("Acme"));
    QCOMPARE(chips.at(1).text, QStringLiteral("#7"));
    QString message;
    QVERIFY2(sameJson(FieldCodec::toWire(field, editor->value()), json("[5, 7]"), &message), qPrintable(message));

    // Tags keep their colours the same way.
    const auto tags = editorFor(contactField(QStringLiteral("tags")));
    tags->setWireValue(json(R"([{"id":99,"name":"Unlisted","swatch_color":"#f43f5e"}])"));
    const QList<Choice> tagChips = tags->findChild<ChipInput *>()->chips();
    QCOMPARE(tagChips.size(), 1);
    QCOMPARE(tagChips.at(0).color, QStringLiteral("#f43f5e"));
    QCOMPARE(tags->value().toStringList(), QStringList {QStringLiteral("Unlisted")});
}

void TestFieldEditors::belongsToLoadsLazilyAndKeepsItsValue()
{
    // As a server that leaves a long list out of the field: the options come from `users`.
    QJsonObject json = contactField(QStringLiteral("user_id")).json();
    json.insert(QStringLiteral("options"), QJsonArray());
    bool ok = false;
    const FieldDefinition field = FieldDefinition::fromJson(json, &ok);
    QVERIFY(ok);
    QCOMPARE(field.optionsViaResource(), QStringLiteral("users"));

    m_server->emulator().clearRequestLog();
    const auto editor = editorFor(field, &m_server->client());
    auto *owner = qobject_cast<BelongsToEditor *>(editor.get());
    QVERIFY(owner);
    owner->setValue(qint64(2));
    QCOMPARE(owner->value().toLongLong(), 2);
    auto *combo = qobject_cast<SearchableCombo *>(owner->focusTarget());
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("#2"));
    owner->setDisplayText(QStringLiteral("Marco Rossi"));
    QCOMPARE(combo->currentText(), QStringLiteral("Marco Rossi"));
    QTest::qWait(50);
    QVERIFY2(m_server->emulator().getQueries(QStringLiteral("/api/users")).isEmpty(),
        "nothing is loaded before it is needed");

    QVERIFY(showActive(editor.get()));
    combo->setFocus();
    QCOMPARE(combo->statusText(), QStringLiteral("Loading…"));
    QTRY_VERIFY(combo->statusText().isEmpty());
    QVERIFY(combo->count() > 3);
    QCOMPARE(owner->value().toLongLong(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Marco Rossi"));
    QVERIFY(combo->findText(QStringLiteral("Jane Admin")) > 0);
    combo->clearFocus();
    combo->setFocus();
    QCOMPARE(m_server->emulator().getQueries(QStringLiteral("/api/users")).size(), 1);
}

void TestFieldEditors::belongsToShowsLoadFailure()
{
    QJsonObject json = contactField(QStringLiteral("source_id")).json();
    json.insert(QStringLiteral("options"), QJsonArray());
    json.insert(QStringLiteral("optionsViaResource"), QStringLiteral("no-such-things"));
    bool ok = false;
    const FieldDefinition field = FieldDefinition::fromJson(json, &ok);
    QVERIFY(ok);
    const auto editor = editorFor(field, &m_server->client());
    editor->setValue(qint64(5));
    QVERIFY(showActive(editor.get()));
    auto *combo = qobject_cast<SearchableCombo *>(editor->focusTarget());
    combo->setFocus();
    QTRY_VERIFY(combo->statusText().startsWith(QLatin1String("Could not load the choices")));
    // The failure is shown as an entry that cannot be chosen, and the value stays.
    QCOMPARE(combo->itemText(combo->count() - 1), combo->statusText());
    QVERIFY(combo->itemData(combo->count() - 1, Qt::ToolTipRole).toString().contains(QLatin1String("404")));
    QCOMPARE(editor->value().toLongLong(), 5);
}

void TestFieldEditors::stageFollowsPipeline()
{
    const FieldDefinition stageField = fieldOf(m_dealFields, QStringLiteral("stage_id"));
    QCOMPARE(stageField.dependsOn(), QStringList {QStringLiteral("pipeline_id")});
    const QList<FieldDefinition::Option> stages = stageField.options();
    QVERIFY(stages.size() > 2);
    const FieldDefinition::Option first = stages.constFirst();
    const QJsonValue pipeline = first.raw.value(QLatin1String("pipeline_id"));
    const auto other = std::find_if(stages.cbegin(), stages.cend(), [&pipeline](const FieldDefinition::Option &stage) {
        return stage.raw.value(QLatin1String("pipeline_id")) != pipeline;
    });
    QVERIFY2(other != stages.cend(), "the emulator seeds more than one pipeline");
    const qint64 ownStages
        = std::count_if(stages.cbegin(), stages.cend(), [&pipeline](const FieldDefinition::Option &stage) {
              return stage.raw.value(QLatin1String("pipeline_id")) == pipeline;
          });

    const auto editor = editorFor(stageField);
    editor->setValue(first.id.toInteger());
    QSignalSpy edits(editor.get(), &FieldEditor::valueChanged);
    editor->setDependencyValue(QStringLiteral("pipeline_id"), pipeline.toInteger());
    QCOMPARE(editor->value().toLongLong(), first.id.toInteger());
    QCOMPARE(edits.count(), 0);

    // Only the stages of the chosen pipeline are offered ("—" comes first).
    QVERIFY(showActive(editor.get()));
    auto *combo = qobject_cast<SearchableCombo *>(editor->focusTarget());
    combo->setFocus();
    QCOMPARE(combo->count(), 1 + ownStages);

    // Another pipeline: the stage no longer fits and is cleared, as the person's doing.
    editor->setDependencyValue(
        QStringLiteral("pipeline_id"), other->raw.value(QLatin1String("pipeline_id")).toInteger());
    QVERIFY(editor->value().isNull());
    QCOMPARE(edits.count(), 1);
    QVERIFY(combo->findText(other->label) > 0);
    // Attributes it does not depend on change nothing.
    editor->setDependencyValue(QStringLiteral("user_id"), 3);
    QCOMPARE(edits.count(), 1);
}

void TestFieldEditors::selectTypedTextPicksMatch()
{
    const FieldDefinition field = contactField(QStringLiteral("cf_grade"));
    const auto editor = editorFor(field);
    QVERIFY(showActive(editor.get()));
    auto *combo = qobject_cast<SearchableCombo *>(editor->focusTarget());
    combo->setFocus();
    QCOMPARE(combo->itemText(0), QStringLiteral("\u2014"));
    QTest::keyClicks(combo, QStringLiteral("d"));
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(editor->value().toLongLong(), optionIdOf(field, QStringLiteral("D")).toInteger());
    // Nothing matches: the text goes back to the chosen option.
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo, QStringLiteral("zzz"));
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(combo->currentText(), QStringLiteral("D"));
    QCOMPARE(editor->value().toLongLong(), optionIdOf(field, QStringLiteral("D")).toInteger());
    // The arrow keys step through the options.
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(editor->value().toLongLong(), optionIdOf(field, QStringLiteral("C")).toInteger());
}

namespace {

/// A one-column table of Grade (a Select field) edited through the delegate, and a line edit
/// beside it to move the focus to.
struct GradeTable
{
    explicit GradeTable(const FieldDefinition &grade, const QVariant &value)
        : model(1, 1)
    {
        model.setData(model.index(0, 0), value, Qt::EditRole);
        view.setModel(&model);
        view.setItemDelegate(new FieldEditorDelegate(
            FieldEditorFactory(nullptr), [grade](const QModelIndex &) { return std::optional<FieldDefinition>(grade); },
            &view));
        view.setColumnWidth(0, 200);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(&view);
        layout->addWidget(&elsewhere);
    }
    ~GradeTable()
    {
        // The view and the line edit are members: out of the layout before the window deletes them.
        view.setParent(nullptr);
        elsewhere.setParent(nullptr);
    }

    SearchableCombo *startEditing()
    {
        view.setCurrentIndex(model.index(0, 0));
        view.edit(model.index(0, 0));
        auto *editor = view.findChild<FieldEditor *>();
        return editor ? qobject_cast<SearchableCombo *>(editor->focusTarget()) : nullptr;
    }

    QStandardItemModel model;
    QWidget window;
    QTableView view;
    QLineEdit elsewhere;
};

} // namespace

void TestFieldEditors::delegateCommitsOptionId()
{
    const FieldDefinition grade = contactField(QStringLiteral("cf_grade"));
    GradeTable table(grade, optionIdOf(grade, QStringLiteral("A")).toInteger());
    QVERIFY(showActive(&table.window));
    SearchableCombo *combo = table.startEditing();
    QVERIFY(combo);
    QTRY_VERIFY(combo->hasFocus());
    QCOMPARE(combo->currentText(), QStringLiteral("A"));
    QTest::keyClicks(combo, QStringLiteral("c"));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!table.view.findChild<FieldEditor *>() || !table.view.findChild<FieldEditor *>()->isVisible());
    const QVariant stored = table.model.data(table.model.index(0, 0), Qt::EditRole);
    QCOMPARE(stored.typeId(), QMetaType::LongLong);
    QCOMPARE(stored.toLongLong(), optionIdOf(grade, QStringLiteral("C")).toInteger());
}

void TestFieldEditors::delegateEscapeCancels()
{
    const FieldDefinition grade = contactField(QStringLiteral("cf_grade"));
    const qint64 a = optionIdOf(grade, QStringLiteral("A")).toInteger();
    GradeTable table(grade, a);
    QVERIFY(showActive(&table.window));
    SearchableCombo *combo = table.startEditing();
    QVERIFY(combo);
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Escape);
    QTRY_VERIFY(!table.view.findChild<FieldEditor *>() || !table.view.findChild<FieldEditor *>()->isVisible());
    QCOMPARE(table.model.data(table.model.index(0, 0), Qt::EditRole).toLongLong(), a);
}

void TestFieldEditors::delegateCommitsOnFocusOut()
{
    const FieldDefinition grade = contactField(QStringLiteral("cf_grade"));
    GradeTable table(grade, QVariant());
    QVERIFY(showActive(&table.window));
    SearchableCombo *combo = table.startEditing();
    QVERIFY(combo);
    QTRY_VERIFY(combo->hasFocus());
    QCOMPARE(combo->currentText(), QString());
    QTest::keyClicks(combo, QStringLiteral("b"));
    // A click elsewhere first closes the completer's popup, then moves the focus.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    table.elsewhere.setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(!table.view.findChild<FieldEditor *>() || !table.view.findChild<FieldEditor *>()->isVisible());
    QCOMPARE(table.model.data(table.model.index(0, 0), Qt::EditRole).toLongLong(),
        optionIdOf(grade, QStringLiteral("B")).toInteger());
}

void TestFieldEditors::formScreenshot_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("dark");
    QTest::newRow("wide, light") << 760 << false;
    QTest::newRow("narrow, dark") << 420 << true;
}

void TestFieldEditors::formScreenshot()
{
    // Every field of the contact form with a value, as a person would see the form: painted in
    // any case, and saved where CONCORD_FORMS_SCREENSHOT says (a "%1" there becomes the row), to
    // be looked at.
    QFETCH(int, width);
    QFETCH(bool, dark);
    const QJsonObject values {
        {QStringLiteral("first_name"), QStringLiteral("Amélie")},
        {QStringLiteral("phones"),
            json(R"([{"id":31,"number":"+1 555 0100","type":"work"},{"number":"+49 30 1234","type":"mobile"}])")},
        {QStringLiteral("user_id"), 2},
        {QStringLiteral("tags"), json(R"(["VIP","Partner"])")},
        {QStringLiteral("companies"),
            json(R"([{"id":1,"display_name":"Alpine Textiles"},{"id":2,"display_name":"Northwind Traders"}])")},
        {QStringLiteral("cf_newsletter"), true},
        {QStringLiteral("cf_interests"),
            QJsonArray {optionIdOf(contactField(QStringLiteral("cf_interests")), QStringLiteral("Hardware"))}},
        {QStringLiteral("cf_label_color"), QStringLiteral("#8b5cf6")},
        {QStringLiteral("cf_key_date"), QStringLiteral("2024-06-30")},
        {QStringLiteral("cf_follow_up_at"), QStringLiteral("2024-06-30T14:00:00.000000Z")},
        {QStringLiteral("cf_languages"),
            QJsonArray {optionIdOf(contactField(QStringLiteral("cf_languages")), QStringLiteral("German")),
                optionIdOf(contactField(QStringLiteral("cf_languages")), QStringLiteral("Italian"))}},
        {QStringLiteral("cf_score"), 1200},
        {QStringLiteral("cf_budget"), 1250.5},
        {QStringLiteral("cf_channel"), optionIdOf(contactField(QStringLiteral("cf_channel")), QStringLiteral("Email"))},
        {QStringLiteral("cf_grade"), optionIdOf(contactField(QStringLiteral("cf_grade")), QStringLiteral("B"))},
        {QStringLiteral("cf_time_zone"), QStringLiteral("Europe/Berlin")},
    };
    QScrollArea area;
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        area.setPalette(palette);
    }
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const FieldEditorFactory factory(&m_server->client());
    for (const FieldDefinition &field : m_contactFields.fields()) {
        FieldEditor *editor = factory.create(field, form);
        editor->setWireValue(values.value(field.attribute()));
        auto *label = new QLabel(field.isRequired() ? field.label() + QStringLiteral(" *") : field.label(), form);
        label->setBuddy(editor->focusTarget());
        layout->addRow(label, editor);
    }
    area.setWidget(form);
    area.setWidgetResizable(true);
    area.resize(width, layout->totalHeightForWidth(width) + 4);
    QVERIFY(showActive(&area));
    area.resize(width, form->heightForWidth(width) + 4);
    const QPixmap shot = area.grab();
    QVERIFY(!shot.isNull());
    const QString path = qEnvironmentVariable("CONCORD_FORMS_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(shot.save(
            path.arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1String(", "), QLatin1String("-")))));
}

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
