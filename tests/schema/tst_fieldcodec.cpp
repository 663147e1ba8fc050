// FieldCodec: every field type read from the JSON a server sends (§6.2, §6.9, §8.3), turned into
// its edit value and written back with exact JSON types; date-times written in UTC whatever the
// process's zone; and the codec's output taken by the emulator and read back as the same values,
// in 1.5 and 1.2 mode.

#include "../core/servicejoboutcome.h"

#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "api/recordjob.h"
#include "api/recordservice.h"
#include "schema/fieldcodec.h"
#include "schema/fielddefinition.h"
#include "schema/fieldschema.h"
#include "schema/fieldtype.h"

#include <emulatorclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

Q_DECLARE_METATYPE(Concord::FieldType)

namespace {

// West of UTC: a date read through local time lands a day early here, and every local time is
// hours away from UTC, so a date-time written without converting is caught.
const QByteArray DefaultZone = "America/Los_Angeles";

const QList<FieldType> AllTypes = {FieldType::Boolean, FieldType::Checkbox, FieldType::ColorSwatch, FieldType::Date,
    FieldType::DateTime, FieldType::Email, FieldType::MultiSelect, FieldType::Number, FieldType::Numeric,
    FieldType::Radio, FieldType::Select, FieldType::Text, FieldType::Textarea, FieldType::Timezone, FieldType::Url,
    FieldType::Phones, FieldType::Tags, FieldType::BelongsTo, FieldType::Associations};

void useZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

bool isCustomType(FieldType type)
{
    bool ok = false;
    return fieldTypeFromCustomType(fieldTypeName(type), &ok) == type && ok;
}

QString builtInComponent(FieldType type)
{
    switch (type) {
    case FieldType::Phones:
        return QStringLiteral("phone-field");
    case FieldType::Tags:
        return QStringLiteral("tags-field");
    case FieldType::BelongsTo:
        return QStringLiteral("belongs-to-field");
    default:
        return QStringLiteral("associations-field");
    }
}

/// A field of `type` as a 1.5 server describes it; the option-backed ones offer 17 "A" and 18 "B".
FieldDefinition fieldOf(FieldType type, const QString &valueKey = QStringLiteral("id"))
{
    const QString name = fieldTypeName(type);
    QJsonObject json {{"label", name}, {"valueKey", valueKey}, {"labelKey", "name"}};
    if (isCustomType(type)) {
        json.insert("attribute", "cf_" + name.toLower());
        json.insert("customField", QJsonObject {{"field_type", name}});
    } else {
        json.insert("attribute", name.toLower());
        json.insert("component", builtInComponent(type));
    }
    if (hasOptions(type))
        json.insert(
            "options", QJsonArray {QJsonObject {{"id", 17}, {"name", "A"}}, QJsonObject {{"id", 18}, {"name", "B"}}});
    bool ok = false;
    return FieldDefinition::fromJson(json, &ok);
}

QJsonValue parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad JSON in a test row: %s", json.constData());
    return document.array().first();
}

/// The exact JSON text of a value: 200 and "200" differ here, as on the wire.
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// An edit value with its types spelled out ("qlonglong:200", "[qlonglong:17]"), so that a
/// qint64 and a double, or a QString and a QDate, never compare equal by conversion.
QString described(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("<no value>");
    QStringList parts;
    switch (value.typeId()) {
    case QMetaType::QVariantList: {
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            parts.append(described(item));
        return '[' + parts.join(", ") + ']';
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(it.key() + ": " + described(it.value()));
        return '{' + parts.join(", ") + '}';
    }
    case QMetaType::QStringList:
        return "QStringList(" + value.toStringList().join(", ") + ')';
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return "QDateTime:" + dateTime.toString(Qt::ISODateWithMs) + " spec " + QString::number(dateTime.timeSpec());
    }
    default:
        return QString::fromLatin1(value.typeName()) + ':' + value.toString();
    }
}

QVariant ids(std::initializer_list<qint64> values)
{
    QVariantList list;
    for (qint64 id : values)
        list.append(id);
    return list;
}

QVariant utc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}

QVariantMap phone(const QString &number, const QString &type)
{
    return {{"number", number}, {"type", type}};
}

QVariantMap phone(qint64 id, const QString &number, const QString &type)
{
    QVariantMap map = phone(number, type);
    map.insert("id", id);
    return map;
}

const QVariant NoValue;

/// One read → edit value → write case: what a server sends, the edit value it must read as,
/// and the JSON writing that edit value gives.
struct RoundTrip
{
    FieldType type;
    QByteArray name;
    QByteArray read;
    QVariant edit;
    QByteArray written;
};

QList<RoundTrip> roundTrips()
{
    QList<RoundTrip> rows = {
        {FieldType::Boolean, "true", "true", true, "true"},
        {FieldType::Boolean, "false", "false", false, "false"},
        {FieldType::Boolean, "null", "null", NoValue, "null"},
        {FieldType::Boolean, "a string is not a boolean", "\"true\"", NoValue, "null"},
        {FieldType::Boolean, "a number is not a boolean", "1", NoValue, "null"},

        {FieldType::ColorSwatch, "hex", "\"#f43f5e\"", QString("#f43f5e"), "\"#f43f5e\""},
        {FieldType::ColorSwatch, "kept as typed", "\"#F43F5E\"", QString("#F43F5E"), "\"#F43F5E\""},
        {FieldType::ColorSwatch, "null", "null", NoValue, "null"},
        {FieldType::ColorSwatch, "a number", "333333", NoValue, "null"},

        {FieldType::Date, "midnight UTC", "\"2024-06-30T00:00:00.000000Z\"", QDate(2024, 6, 30), "\"2024-06-30\""},
        {FieldType::Date, "plain", "\"2024-06-30\"", QDate(2024, 6, 30), "\"2024-06-30\""},
        {FieldType::Date, "new year", "\"2025-01-01T00:00:00.000000Z\"", QDate(2025, 1, 1), "\"2025-01-01\""},
        {FieldType::Date, "no such day", "\"2024-02-30\"", NoValue, "null"},
        {FieldType::Date, "not a date", "\"soon\"", NoValue, "null"},
        {FieldType::Date, "a number", "20240630", NoValue, "null"},
        {FieldType::Date, "null", "null", NoValue, "null"},

        {FieldType::DateTime, "ISO with Z", "\"2020-11-26T06:00:00.000000Z\"", utc({2020, 11, 26}, {6, 0}),
            "\"2020-11-26 06:00:00\""},
        {FieldType::DateTime, "Y-m-d H:i:s is UTC", "\"2020-11-26 06:00:00\"", utc({2020, 11, 26}, {6, 0}),
            "\"2020-11-26 06:00:00\""},
        {FieldType::DateTime, "offset", "\"2020-11-26T08:00:00+02:00\"", utc({2020, 11, 26}, {6, 0}),
            "\"2020-11-26 06:00:00\""},
        {FieldType::DateTime, "late evening", "\"2020-11-26T23:30:00.000000Z\"", utc({2020, 11, 26}, {23, 30}),
            "\"2020-11-26 23:30:00\""},
        {FieldType::DateTime, "no such hour", "\"2020-11-26T25:00:00.000000Z\"", NoValue, "null"},
        {FieldType::DateTime, "a number", "1606370400", NoValue, "null"},
        {FieldType::DateTime, "null", "null", NoValue, "null"},

        {FieldType::Number, "integer", "200", qint64(200), "200"},
        {FieldType::Number, "200.0 is 200", "200.0", qint64(200), "200"},
        {FieldType::Number, "negative", "-5", qint64(-5), "-5"},
        {FieldType::Number, "a fraction is no integer", "200.5", NoValue, "null"},
        {FieldType::Number, "a numeric string", "\"200\"", NoValue, "null"},
        {FieldType::Number, "null", "null", NoValue, "null"},

        {FieldType::Numeric, "number", "1250.5", 1250.5, "1250.5"},
        {FieldType::Numeric, "whole number", "1250", 1250.0, "1250"},
        {FieldType::Numeric, "numeric string", "\"1250.000\"", 1250.0, "1250"},
        {FieldType::Numeric, "zero is a value", "0", 0.0, "0"},
        {FieldType::Numeric, "null", "null", NoValue, "null"},
        {FieldType::Numeric, "not numeric", "\"12a\"", NoValue, "null"},
        {FieldType::Numeric, "a boolean", "true", NoValue, "null"},

        {FieldType::Phones, "phones",
            R"([{"id":31,"number":"+1 555 0100","type":"work"},{"id":32,"number":"+1 555 0101","type":"mobile"}])",
            QVariantList {phone(31, "+1 555 0100", "work"), phone(32, "+1 555 0101", "mobile")},
            R"([{"number":"+1 555 0100","type":"work"},{"number":"+1 555 0101","type":"mobile"}])"},
        {FieldType::Phones, "none", "[]", QVariantList(), "[]"},
        {FieldType::Phones, "null", "null", NoValue, "[]"},
        {FieldType::Phones, "a number that is a number", R"([{"number":5550100}])", NoValue, "[]"},
        {FieldType::Phones, "not an array", "\"+1 555 0100\"", NoValue, "[]"},

        {FieldType::Tags, "tag objects",
            R"([{"id":4,"name":"VIP","swatch_color":"#f43f5e","display_order":1,"type":"contacts"},{"id":5,"name":"Partner"}])",
            QStringList {"VIP", "Partner"}, R"(["VIP","Partner"])"},
        {FieldType::Tags, "names", R"(["VIP"])", QStringList {"VIP"}, R"(["VIP"])"},
        {FieldType::Tags, "null", "null", NoValue, "[]"},
        {FieldType::Tags, "ids are not names", "[4]", NoValue, "[]"},

        {FieldType::BelongsTo, "id", "2", qint64(2), "2"},
        {FieldType::BelongsTo, "related object", R"({"id":2,"name":"Website"})", qint64(2), "2"},
        {FieldType::BelongsTo, "null", "null", NoValue, "null"},
        {FieldType::BelongsTo, "a fraction", "2.5", NoValue, "null"},
        {FieldType::BelongsTo, "a boolean", "true", NoValue, "null"},

        {FieldType::Associations, "records", R"([{"id":5,"display_name":"Acme","path":"/companies/5"}])", ids({5}),
            "[5]"},
        {FieldType::Associations, "ids", "[5,6]", ids({5, 6}), "[5,6]"},
        {FieldType::Associations, "none", "[]", QVariantList(), "[]"},
        {FieldType::Associations, "null", "null", NoValue, "[]"},
        {FieldType::Associations, "an object", R"({"companies":[5]})", NoValue, "[]"},
    };
    for (FieldType type : {FieldType::Checkbox, FieldType::MultiSelect}) {
        rows += {
            {type, "option objects",
                R"([{"id":17,"name":"A","swatch_color":"#22c55e"},{"id":18,"name":"B","swatch_color":null}])",
                ids({17, 18}), "[17,18]"},
            {type, "1.2 option objects", R"([{"id":18,"label":"B"}])", ids({18}), "[18]"},
            {type, "ids", "[18,17]", ids({18, 17}), "[18,17]"},
            {type, "none", "[]", QVariantList(), "[]"},
            {type, "null", "null", NoValue, "[]"},
            {type, "not an array", "17", NoValue, "[]"},
            {type, "a fractional id", "[17.5]", NoValue, "[]"},
        };
    }
    for (FieldType type : {FieldType::Radio, FieldType::Select}) {
        rows += {
            {type, "id", "17", qint64(17), "17"},
            {type, "17.0 is 17", "17.0", qint64(17), "17"},
            {type, "string-valued option", "\"open\"", QString("open"), "\"open\""},
            {type, "null", "null", NoValue, "null"},
            {type, "a boolean", "true", NoValue, "null"},
            {type, "a fraction", "17.5", NoValue, "null"},
        };
    }
    const QList<QPair<FieldType, QString>> strings
        = {{FieldType::Text, "Falcon"}, {FieldType::Textarea, "two\nlines"}, {FieldType::Email, "info@example.com"},
            {FieldType::Url, "https://example.com"}, {FieldType::Timezone, "Europe/Berlin"}};
    for (const auto &[type, text] : strings) {
        rows += {
            {type, "string", jsonText(text), text, jsonText(text)},
            {type, "empty string writes null", "\"\"", QString(""), "null"},
            {type, "null", "null", NoValue, "null"},
            {type, "a number", "42", NoValue, "null"},
        };
    }
    return rows;
}

} // namespace

class TestFieldCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyTypeIsCovered();
    void roundTrip_data();
    void roundTrip();
    void write_data();
    void write();
    void sameValue_data();
    void sameValue();
    void valueKey();
    void dateIgnoresLocalZone_data();
    void dateIgnoresLocalZone();
    void dateTimeWritesUtc_data();
    void dateTimeWritesUtc();
    void emulatorRoundTrip_data();
    void emulatorRoundTrip();
};

void TestFieldCodec::initTestCase()
{
    useZone(DefaultZone);
    // Without zone data the process would run in UTC and the zone tests would prove nothing.
    QCOMPARE(QDateTime(QDate(2024, 6, 30), QTime(0, 0)).offsetFromUtc(), -7 * 3600);
}

void TestFieldCodec::cleanup()
{
    useZone(DefaultZone);
}

void TestFieldCodec::everyTypeIsCovered()
{
    QSet<FieldType> covered;
    const QList<RoundTrip> rows = roundTrips();
    for (const RoundTrip &row : rows) {
        QCOMPARE(fieldTypeOf(fieldOf(row.type)), row.type);
        covered.insert(row.type);
    }
    QCOMPARE(covered, QSet<FieldType>(AllTypes.cbegin(), AllTypes.cend()));
}

void TestFieldCodec::roundTrip_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QByteArray>("read");
    QTest::addColumn<QVariant>("edit");
    QTest::addColumn<QByteArray>("written");
    const QList<RoundTrip> rows = roundTrips();
    for (const RoundTrip &row : rows) {
        QTest::addRow("%s: %s", qPrintable(fieldTypeName(row.type)), row.name.constData())
            << row.type << row.read << row.edit << row.written;
    }
}

void TestFieldCodec::roundTrip()
{
    QFETCH(FieldType, type);
    QFETCH(QByteArray, read);
    QFETCH(QVariant, edit);
    QFETCH(QByteArray, written);

    const FieldDefinition field = fieldOf(type);
    const QVariant value = FieldCodec::fromWire(field, parsed(read));
    QCOMPARE(described(value), described(edit));
    const QJsonValue wire = FieldCodec::toWire(field, value);
    QCOMPARE(jsonText(wire), written);
    // What a write sends reads back as the same value (ids of phones aside, which a write omits).
    QVERIFY(FieldCodec::sameValue(field, value, FieldCodec::fromWire(field, wire)));
}

void TestFieldCodec::write_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QVariant>("edit");
    QTest::addColumn<QByteArray>("written");

    const auto row = [](FieldType type, const char *name) -> QTestData & {
        return QTest::addRow("%s: %s", qPrintable(fieldTypeName(type)), name) << type;
    };
    row(FieldType::Text, "blank is null") << QVariant(QString("   ")) << QByteArray("null");
    row(FieldType::Text, "otherwise as typed") << QVariant(QString(" Falcon ")) << QByteArray("\" Falcon \"");
    row(FieldType::Text, "null QString") << QVariant(QString()) << QByteArray("null");
    row(FieldType::Numeric, "rounded to 3 places") << QVariant(1.23456) << QByteArray("1.235");
    row(FieldType::Numeric, "rounded half up") << QVariant(1234.5678) << QByteArray("1234.568");
    row(FieldType::Numeric, "an int") << QVariant(1250) << QByteArray("1250");
    row(FieldType::Numeric, "a string is left to the validator") << QVariant(QString("abc")) << QByteArray("\"abc\"");
    row(FieldType::Number, "an int") << QVariant(7) << QByteArray("7");
    row(FieldType::Number, "a whole double") << QVariant(200.0) << QByteArray("200");
    row(FieldType::Number, "a fraction is left to the validator") << QVariant(12.5) << QByteArray("12.5");
    row(FieldType::Date, "null QDate") << QVariant(QDate()) << QByteArray("null");
    row(FieldType::DateTime, "null QDateTime") << QVariant(QDateTime()) << QByteArray("null");
    row(FieldType::DateTime, "another zone")
        << QVariant(QDateTime(QDate(2020, 11, 26), QTime(15, 0), QTimeZone("Asia/Tokyo")))
        << QByteArray("\"2020-11-26 06:00:00\"");
    row(FieldType::Phones, "blank numbers are skipped, an empty type left to the server") << QVariant(
        QVariantList {phone(" ", "work"), phone("+1 555 0100", "")}) << QByteArray(R"([{"number":"+1 555 0100"}])");
    row(FieldType::Tags, "a list of names, blanks skipped")
        << QVariant(QVariantList {"VIP", " "}) << QByteArray(R"(["VIP"])");
    row(FieldType::Checkbox, "options by valueKey")
        << QVariant(QVariantList {QVariantMap {{"id", 17}, {"name", "A"}}, 18}) << QByteArray("[17,18]");
    row(FieldType::MultiSelect, "int ids") << QVariant(QVariantList {17, 18}) << QByteArray("[17,18]");
    row(FieldType::Select, "blank string") << QVariant(QString(" ")) << QByteArray("null");
    row(FieldType::BelongsTo, "an int") << QVariant(2) << QByteArray("2");
    row(FieldType::Associations, "int ids") << QVariant(QVariantList {5}) << QByteArray("[5]");
    row(FieldType::Boolean, "a string is left to the validator") << QVariant(QString("yes")) << QByteArray("\"yes\"");
}

void TestFieldCodec::write()
{
    QFETCH(FieldType, type);
    QFETCH(QVariant, edit);
    QFETCH(QByteArray, written);
    QCOMPARE(jsonText(FieldCodec::toWire(fieldOf(type), edit)), written);
}

void TestFieldCodec::sameValue_data()
{
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<QVariant>("a");
    QTest::addColumn<QVariant>("b");
    QTest::addColumn<bool>("same");

    const auto row = [](FieldType type, const char *name) -> QTestData & {
        return QTest::addRow("%s: %s", qPrintable(fieldTypeName(type)), name) << type;
    };
    row(FieldType::Numeric, "equal to 3 places") << QVariant(1.0001) << QVariant(1.0004) << true;
    row(FieldType::Numeric, "differ in the third place") << QVariant(1.0) << QVariant(1.001) << false;
    row(FieldType::Numeric, "zero is not unset") << QVariant(0.0) << NoValue << false;
    row(FieldType::Number, "qint64 and double") << QVariant(qint64(200)) << QVariant(200.0) << true;
    row(FieldType::Text, "empty and unset") << QVariant(QString("")) << NoValue << true;
    row(FieldType::Text, "different text") << QVariant(QString("a")) << QVariant(QString("b")) << false;
    row(FieldType::Checkbox, "none and unset") << QVariant(QVariantList()) << NoValue << true;
    row(FieldType::Checkbox, "another choice") << ids({17}) << ids({18}) << false;
    row(FieldType::DateTime, "one instant in two zones")
        << utc({2020, 11, 26}, {6, 0})
        << QVariant(QDateTime(QDate(2020, 11, 25), QTime(22, 0), QTimeZone("America/Los_Angeles"))) << true;
    row(FieldType::Date, "another day") << QVariant(QDate(2024, 6, 30)) << QVariant(QDate(2024, 7, 1)) << false;
    row(FieldType::Phones, "with and without ids") << QVariant(QVariantList {phone(31, "+1 555 0100", "work")})
                                                   << QVariant(QVariantList {phone("+1 555 0100", "work")}) << true;
    row(FieldType::Tags, "QStringList and QVariantList")
        << QVariant(QStringList {"VIP"}) << QVariant(QVariantList {"VIP"}) << true;
    row(FieldType::Boolean, "false is not unset") << QVariant(false) << NoValue << false;
}

void TestFieldCodec::sameValue()
{
    QFETCH(FieldType, type);
    QFETCH(QVariant, a);
    QFETCH(QVariant, b);
    QFETCH(bool, same);
    QCOMPARE(FieldCodec::sameValue(fieldOf(type), a, b), same);
    QCOMPARE(FieldCodec::sameValue(fieldOf(type), b, a), same);
}

void TestFieldCodec::valueKey()
{
    // §8.2: a write sends option[valueKey], which need not be `id`.
    const FieldDefinition field = fieldOf(FieldType::Checkbox, QStringLiteral("value"));
    const QVariant edit = FieldCodec::fromWire(field, parsed(R"([{"value":"s","label":"Small","id":1}])"));
    QCOMPARE(described(edit), described(QVariantList {QString("s")}));
    QCOMPARE(jsonText(FieldCodec::toWire(field, QVariantList {QVariantMap {{"value", "m"}, {"id", 2}}})),
        QByteArray(R"(["m"])"));
}

void TestFieldCodec::dateIgnoresLocalZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("read");
    QTest::addColumn<QDate>("date");
    for (const QByteArray zone : {"America/Los_Angeles", "Pacific/Auckland", "UTC"}) {
        QTest::addRow("%s midsummer", zone.constData())
            << zone << QByteArray("\"2024-06-30T00:00:00.000000Z\"") << QDate(2024, 6, 30);
        QTest::addRow("%s new year", zone.constData())
            << zone << QByteArray("\"2025-01-01T00:00:00.000000Z\"") << QDate(2025, 1, 1);
    }
}

void TestFieldCodec::dateIgnoresLocalZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, read);
    QFETCH(QDate, date);
    useZone(zone);
    const FieldDefinition field = fieldOf(FieldType::Date);
    const QVariant value = FieldCodec::fromWire(field, parsed(read));
    QCOMPARE(value.toDate(), date);
    QCOMPARE(FieldCodec::toWire(field, value).toString(), date.toString(Qt::ISODate));
}

void TestFieldCodec::dateTimeWritesUtc_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("localDate");
    QTest::addColumn<QTime>("localTime");
    QTest::addColumn<QString>("written");
    QTest::newRow("Los Angeles, winter") << QByteArray("America/Los_Angeles") << QDate(2020, 11, 25) << QTime(22, 0)
                                         << "2020-11-26 06:00:00";
    QTest::newRow("Los Angeles, summer") << QByteArray("America/Los_Angeles") << QDate(2024, 6, 30) << QTime(7, 0)
                                         << "2024-06-30 14:00:00";
    QTest::newRow("Auckland, summer") << QByteArray("Pacific/Auckland") << QDate(2020, 11, 26) << QTime(19, 0)
                                      << "2020-11-26 06:00:00";
    QTest::newRow("Auckland, winter") << QByteArray("Pacific/Auckland") << QDate(2024, 6, 30) << QTime(12, 0)
                                      << "2024-06-30 00:00:00";
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2020, 11, 26) << QTime(6, 0) << "2020-11-26 06:00:00";
}

void TestFieldCodec::dateTimeWritesUtc()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, localDate);
    QFETCH(QTime, localTime);
    QFETCH(QString, written);
    useZone(zone);
    // An editor's QDateTimeEdit hands over local time.
    const QDateTime local(localDate, localTime, Qt::LocalTime);
    const FieldDefinition field = fieldOf(FieldType::DateTime);
    const QJsonValue wire = FieldCodec::toWire(field, local);
    QCOMPARE(wire.toString(), written);
    const QVariant read = FieldCodec::fromWire(field, wire);
    QCOMPARE(read.toDateTime().timeSpec(), Qt::UTC);
    QCOMPARE(read.toDateTime(), local);
}

void TestFieldCodec::emulatorRoundTrip_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("1.5") << "1.5.1";
    QTest::newRow("1.2") << "1.2.5";
}

void TestFieldCodec::emulatorRoundTrip()
{
    QFETCH(QString, version);
    Emulator::EmulatorConfig config = EmulatorFixture::versionConfig(version);
    config.contacts = 10;
    config.companies = 5;
    config.deals = 5;
    EmulatorClient server(config);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const auto schema
        = awaitServiceJob(FieldService(&server.client()).createFields("contacts"), &FieldSchemaJob::schema);
    QVERIFY2(schema.isOk(), qPrintable(schema.describe()));

    // One value of every field of the create form, each as an editor would hand it over.
    const auto sample = [&server](const FieldDefinition &field) -> QVariant {
        const QList<FieldDefinition::Option> options = field.options();
        switch (fieldTypeOf(field)) {
        case FieldType::Boolean:
            return true;
        case FieldType::Checkbox:
        case FieldType::MultiSelect:
            return QVariantList {options.first().id.toInteger(), options.last().id.toInteger()};
        case FieldType::Radio:
        case FieldType::Select:
        case FieldType::BelongsTo:
            return options.isEmpty() ? QVariant() : QVariant(options.last().id.toInteger());
        case FieldType::ColorSwatch:
            return QString("#3366cc");
        case FieldType::Date:
            return QDate(2024, 6, 30);
        case FieldType::DateTime:
            return QDateTime(QDate(2024, 6, 30), QTime(7, 0), Qt::LocalTime);
        case FieldType::Email:
            return QString("round.trip@example.org");
        case FieldType::Number:
            return qint64(200);
        case FieldType::Numeric:
            return 1250.5;
        case FieldType::Text:
            return QString("Round trip " + field.attribute());
        case FieldType::Textarea:
            return QString("two\nlines");
        case FieldType::Timezone:
            return QString("Europe/Berlin");
        case FieldType::Url:
            return QString("https://example.org/round-trip");
        case FieldType::Phones:
            return QVariantList {phone("+389 70 000 001", "work")};
        case FieldType::Tags:
            return QStringList {"VIP", "Round Trip"};
        case FieldType::Associations:
            return QVariantList {server.emulator().firstRecord(field.attribute()).value("id").toInteger()};
        }
        return {};
    };

    QHash<QString, QVariant> edits;
    QSet<FieldType> typesInForm;
    QSet<FieldType> typesWritten;
    QJsonObject body;
    for (const FieldDefinition &field : schema.result.fields()) {
        typesInForm.insert(fieldTypeOf(field));
        const QVariant value = sample(field);
        if (!value.isValid())
            continue;
        typesWritten.insert(fieldTypeOf(field));
        edits.insert(field.attribute(), value);
        body.insert(field.attribute(), FieldCodec::toWire(field, value));
    }
    QCOMPARE(typesWritten, typesInForm);
    QCOMPARE(typesWritten.size(), version == "1.5.1" ? AllTypes.size() : AllTypes.size() - 1); // 1.2: no ColorSwatch

    const auto created = awaitServiceJob(RecordService(&server.client(), "contacts").create(body), &RecordJob::record);
    QVERIFY2(created.isOk(), qPrintable(created.describe() + ' ' + QJsonDocument(body).toJson(QJsonDocument::Compact)));
    for (const FieldDefinition &field : schema.result.fields()) {
        if (!edits.contains(field.attribute()))
            continue;
        const QJsonValue stored = created.result.value(field.attribute());
        const QVariant read = FieldCodec::fromWire(field, stored);
        QVERIFY2(FieldCodec::sameValue(field, edits.value(field.attribute()), read),
            qPrintable(field.attribute() + ": wrote " + jsonText(body.value(field.attribute())) + ", read "
                + jsonText(stored) + " as " + described(read)));
    }
}

QTEST_GUILESS_MAIN(TestFieldCodec)
#include "tst_fieldcodec.moc"
