// FieldValidator: each local rule on a hand-written schema, then parity with the emulator — the
// same bad writes to contacts, companies, deals and products are judged locally and by the
// server, and both must name the same attributes with the same words (§9).

#include "../core/servicejoboutcome.h"

#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "api/lookupjob.h"
#include "api/lookupservice.h"
#include "api/recordjob.h"
#include "api/recordservice.h"
#include "schema/fieldschema.h"
#include "schema/fieldvalidator.h"

#include <emulatorclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

namespace {

using Errors = QHash<QString, QStringList>;

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("bad JSON object in a test row: %s", json.constData());
    return document.object();
}

/// Errors as sorted, compact JSON, so that a failing comparison shows both sides in full.
QByteArray errorsText(const Errors &errors)
{
    QJsonObject json;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QStringList sortedKeys(const Errors &errors)
{
    QStringList keys = errors.keys();
    keys.sort();
    return keys;
}

const QStringList Timezones = {"Europe/Berlin", "UTC"};

// What ApiClient logs for each 422 the parity rows provoke on purpose.
const QRegularExpression Rejected(QStringLiteral("failed: validation 422"));

// Every rule on one form: a few built-in fields (required, read-only, belongs-to with inline
// options and a dependency, one without options, string-valued choices) and the 15 custom types.
const char SchemaJson[] = R"([
  {"attribute":"first_name","label":"First Name","component":"text-field","isRequired":true},
  {"attribute":"email","label":"E-Mail Address","component":"email-field"},
  {"attribute":"phones","label":"Phone","component":"phone-field"},
  {"attribute":"created_by","label":"Created By","component":"text-field","readonly":true,"isRequired":true},
  {"attribute":"pipeline_id","label":"Pipeline","component":"belongs-to-field","isRequired":true,
   "options":[{"id":1,"name":"Sales"},{"id":2,"name":"Support"}]},
  {"attribute":"stage_id","label":"Stage","component":"belongs-to-field","dependsOn":"pipeline_id",
   "options":[{"id":3,"name":"Lead","pipeline_id":1},{"id":4,"name":"Triage","pipeline_id":2}]},
  {"attribute":"source_id","label":"Source","component":"belongs-to-field","optionsViaResource":"sources","options":[]},
  {"attribute":"status","label":"Status","component":"select-field",
   "options":[{"id":"open","name":"Open"},{"id":"won","name":"Won"}]},
  {"attribute":"tags","label":"Tags","component":"tags-field"},
  {"attribute":"companies","label":"Companies","component":"associations-field"},
  {"attribute":"cf_newsletter","label":"Newsletter","customField":{"field_type":"Boolean"}},
  {"attribute":"cf_interests","label":"Interests","customField":{"field_type":"Checkbox"},
   "options":[{"id":17,"name":"Software"},{"id":18,"name":"Hardware"}]},
  {"attribute":"cf_label_color","label":"Label Color","customField":{"field_type":"ColorSwatch"}},
  {"attribute":"cf_key_date","label":"Key Date","customField":{"field_type":"Date"}},
  {"attribute":"cf_follow_up_at","label":"Follow-up At","customField":{"field_type":"DateTime"}},
  {"attribute":"cf_alt_email","label":"Alternative Email","customField":{"field_type":"Email"}},
  {"attribute":"cf_languages","label":"Languages","customField":{"field_type":"MultiSelect"},
   "options":[{"id":21,"label":"English"},{"id":22,"label":"German"}]},
  {"attribute":"cf_score","label":"Score","customField":{"field_type":"Number"}},
  {"attribute":"cf_budget","label":"Budget","customField":{"field_type":"Numeric"}},
  {"attribute":"cf_channel","label":"Preferred Channel","customField":{"field_type":"Radio"},
   "options":[{"id":31,"name":"Phone"},{"id":32,"name":"Email"}]},
  {"attribute":"cf_grade","label":"Grade","customField":{"field_type":"Select"},
   "options":[{"id":41,"name":"A"},{"id":42,"name":"B"}]},
  {"attribute":"cf_code_name","label":"Code Name","customField":{"field_type":"Text"}},
  {"attribute":"cf_background","label":"Background","customField":{"field_type":"Textarea"}},
  {"attribute":"cf_time_zone","label":"Time Zone","customField":{"field_type":"Timezone"}},
  {"attribute":"cf_homepage","label":"Homepage","customField":{"field_type":"Url"}}
])";

FieldSchema unitSchema()
{
    bool ok = false;
    const FieldSchema schema = FieldSchema::fromJson(QJsonDocument::fromJson(SchemaJson).array(), &ok);
    if (!ok || schema.isEmpty())
        qWarning("the unit schema does not parse");
    return schema;
}

QByteArray repeated(char c, int count)
{
    return QByteArray(count, c);
}

} // namespace

class TestFieldValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void rules_data();
    void rules();
    void parity_data();
    void parity();
    void serverOnly_data();
    void serverOnly();

private:
    /// Sends `body` as a create or an update and returns the server's verdict; fails the test
    /// when the answer is neither a success nor a 422.
    [[nodiscard]] Errors serverErrors(const QString &resource, bool creating, const QJsonObject &body);
    [[nodiscard]] qint64 optionId(const QString &resource, const QString &attribute, int index) const;

    std::unique_ptr<EmulatorClient> m_server;
    QHash<QString, FieldSchema> m_createForms;
    QHash<QString, FieldSchema> m_updateForms;
    QHash<QString, qint64> m_recordIds;
    QHash<QString, QJsonObject> m_validBases;
    QStringList m_timezones;
};

void TestFieldValidator::initTestCase()
{
    Emulator::EmulatorConfig config = EmulatorClient::withContacts(20);
    config.companies = 10;
    config.deals = 10;
    m_server = std::make_unique<EmulatorClient>(config);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    const auto zones = awaitServiceJob(LookupService(&m_server->client()).timezones(), &LookupJob::items);
    QVERIFY2(zones.isOk(), qPrintable(zones.describe()));
    for (const LookupItem &zone : zones.result)
        m_timezones.append(zone.name);

    const FieldService fields(&m_server->client());
    for (const QString resource : {"contacts", "companies", "deals", "products"}) {
        const qint64 id = m_server->emulator().firstRecord(resource).value("id").toInteger();
        QVERIFY2(id > 0, qPrintable(resource));
        m_recordIds.insert(resource, id);
        const auto create = awaitServiceJob(fields.createFields(resource), &FieldSchemaJob::schema);
        QVERIFY2(create.isOk(), qPrintable(create.describe()));
        m_createForms.insert(resource, create.result);
        const auto update = awaitServiceJob(fields.updateFields(resource, id), &FieldSchemaJob::schema);
        QVERIFY2(update.isOk(), qPrintable(update.describe()));
        m_updateForms.insert(resource, update.result);
    }

    // The least a create needs, so that each row's own mistake is the only one.
    const FieldDefinition *stage = m_createForms.value("deals").field("stage_id");
    QVERIFY(stage && !stage->options().isEmpty());
    const QJsonObject firstStage = stage->options().first().raw;
    m_validBases = {
        {"contacts", QJsonObject {{"first_name", "Parity"}}},
        {"companies", QJsonObject {{"name", "Parity Ltd"}}},
        {"deals",
            QJsonObject {{"name", "Parity deal"}, {"pipeline_id", firstStage.value("pipeline_id")},
                {"stage_id", firstStage.value("id")}}},
        {"products", QJsonObject {{"name", "Parity product"}, {"unit_price", 100}}},
    };
}

qint64 TestFieldValidator::optionId(const QString &resource, const QString &attribute, int index) const
{
    const FieldDefinition *field = m_createForms.value(resource).field(attribute);
    return field && field->options().size() > index ? field->options().at(index).id.toInteger() : -1;
}

Errors TestFieldValidator::serverErrors(const QString &resource, bool creating, const QJsonObject &body)
{
    const RecordService service(&m_server->client(), resource);
    const auto answer = awaitServiceJob(
        creating ? service.create(body) : service.update(m_recordIds.value(resource), body), &RecordJob::record);
    const bool understood = answer.isOk() || answer.error.kind() == ApiError::Kind::Validation;
    if (!understood)
        qWarning("unexpected answer: %s", qPrintable(answer.describe()));
    return understood ? answer.error.fieldErrors() : Errors {{"<unexpected answer>", {answer.describe()}}};
}

void TestFieldValidator::rules_data()
{
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("timezones");
    QTest::addColumn<QByteArray>("errors");

    const auto create = [](const char *name, const QByteArray &body, const QByteArray &errors) {
        QTest::newRow(name) << true << body << Timezones << errors;
    };
    const auto update = [](const char *name, const QByteArray &body, const QByteArray &errors) {
        QTest::newRow(name) << false << body << Timezones << errors;
    };

    // Required: on create every required field; on update only the ones sent. Read-only never.
    create("create: required missing", R"({"email":"ada@example.com"})",
        R"({"first_name":["The First Name field is required."],"pipeline_id":["The Pipeline field is required."]})");
    create("create: blank is missing", R"({"first_name":"   ","pipeline_id":1})",
        R"({"first_name":["The First Name field is required."]})");
    create("create: complete", R"({"first_name":"Ada","pipeline_id":1})", "{}");
    update("update: only what is sent", "{}", "{}");
    update("update: emptied", R"({"first_name":""})", R"({"first_name":["The First Name field must have a value."]})");
    update("update: null", R"({"pipeline_id":null})", R"({"pipeline_id":["The Pipeline field must have a value."]})");
    update("update: read-only emptied", R"({"created_by":""})", "{}");
    update("update: optional emptied", R"({"email":null,"cf_score":null,"cf_interests":[]})", "{}");
    update("unknown attribute", R"({"nonsense":[1,2]})", "{}");

    // Strings.
    update("not a string", R"({"first_name":42})", R"({"first_name":["The First Name field must be a string."]})");
    update("191 characters", R"({"cf_code_name":")" + repeated('x', 191) + R"("})", "{}");
    update("192 characters", R"({"cf_code_name":")" + repeated('x', 192) + R"("})",
        R"({"cf_code_name":["The Code Name field must not be greater than 191 characters."]})");
    update("trimmed before measuring", R"({"cf_code_name":"  )" + repeated('x', 191) + R"(  "})", "{}");
    update("no limit on a textarea", R"({"cf_background":")" + repeated('x', 5000) + R"("})", "{}");
    update("e-mail", R"({"email":"ada@example.com","cf_alt_email":"a.b@c.example.org"})", "{}");
    update("bad e-mail", R"({"email":"ada@example","cf_alt_email":"ada at example.com"})",
        R"({"cf_alt_email":["The Alternative Email field must be a valid email address."],)"
        R"("email":["The E-Mail Address field must be a valid email address."]})");
    update("URL", R"({"cf_homepage":"https://example.com/a?b=1"})", "{}");
    update("URL without scheme", R"({"cf_homepage":"example.com"})",
        R"({"cf_homepage":["The Homepage field must be a valid URL."]})");
    update("URL of another scheme", R"({"cf_homepage":"ftp://example.com"})",
        R"({"cf_homepage":["The Homepage field must be a valid URL."]})");
    update("URL without a domain", R"({"cf_homepage":"http://localhost"})",
        R"({"cf_homepage":["The Homepage field must be a valid URL."]})");
    update("hex colours", R"({"cf_label_color":"#A1b2C3"})", "{}");
    update("short hex colour", R"({"cf_label_color":"#abc"})", "{}");
    update("not a hex colour", R"({"cf_label_color":"#12345g"})",
        R"({"cf_label_color":["The Label Color field must be a valid hexadecimal color."]})");
    update("hex colour without #", R"({"cf_label_color":"333333"})",
        R"({"cf_label_color":["The Label Color field must be a valid hexadecimal color."]})");
    update("timezone", R"({"cf_time_zone":"UTC"})", "{}");
    update("unknown timezone", R"({"cf_time_zone":"Mars/Olympus"})",
        R"({"cf_time_zone":["The Time Zone field must be a valid timezone."]})");
    QTest::newRow("timezone without a list")
        << false << QByteArray(R"({"cf_time_zone":"Mars/Olympus"})") << QStringList() << QByteArray("{}");

    // Numbers.
    update("integers", R"({"cf_score":200.0})", "{}");
    update("integer as a numeric string", R"({"cf_score":"12"})", "{}");
    update("fraction in an integer", R"({"cf_score":12.5})", R"({"cf_score":["The Score field must be an integer."]})");
    update("integer beyond 32 bits", R"({"cf_score":2147483648})",
        R"({"cf_score":["The Score field must be an integer."]})");
    update("boolean as an integer", R"({"cf_score":true})", R"({"cf_score":["The Score field must be an integer."]})");
    update("decimals", R"({"cf_budget":-1250.125})", "{}");
    update("largest decimal", R"({"cf_budget":999999999999.999})", "{}");
    update("decimal as a numeric string", R"({"cf_budget":"1250.000"})", "{}");
    update("decimal too large", R"({"cf_budget":1234567890123456.5})",
        R"({"cf_budget":["The Budget field must not be greater than 999999999999.999."]})");
    update("decimal with 4 places", R"({"cf_budget":1.2345})",
        R"({"cf_budget":["The Budget field must have 0-3 decimal places."]})");
    update("numeric string with 4 places", R"({"cf_budget":"1.2345"})",
        R"({"cf_budget":["The Budget field must have 0-3 decimal places."]})");
    update("large decimal with one place", R"({"cf_budget":123456789.1})", "{}");
    update(
        "decimal not a number", R"({"cf_budget":"lots"})", R"({"cf_budget":["The Budget field must be a number."]})");

    // Booleans and dates.
    update("booleans", R"({"cf_newsletter":true})", "{}");
    update("1 and 0 are booleans", R"({"cf_newsletter":"0"})", "{}");
    update("not a boolean", R"({"cf_newsletter":"yes"})",
        R"({"cf_newsletter":["The Newsletter field must be true or false."]})");
    update("dates", R"({"cf_key_date":"2024-06-30","cf_follow_up_at":"2024-06-30 14:00:00"})", "{}");
    update("ISO in UTC", R"({"cf_follow_up_at":"2024-06-30T14:00:00.000000Z"})", "{}");
    update("no such day", R"({"cf_key_date":"2024-02-30"})",
        R"({"cf_key_date":["The Key Date field must be a valid date."]})");
    update("not a date", R"({"cf_follow_up_at":"tomorrow"})",
        R"({"cf_follow_up_at":["The Follow-up At field must be a valid date."]})");
    update("date-time not in UTC", R"({"cf_follow_up_at":"2024-06-30T14:00:00+02:00"})",
        R"({"cf_follow_up_at":["The Follow-up At field must be a valid date."]})");

    // Options.
    update("options",
        R"({"cf_grade":41,"cf_channel":"32","cf_interests":[17,18],"cf_languages":[{"id":22}],"status":"won"})", "{}");
    update("comma-separated ids", R"({"cf_interests":"17, 18"})", "{}");
    update("unknown Select option", R"({"cf_grade":999})", R"({"cf_grade":["The selected Grade is invalid."]})");
    update("unknown Radio option", R"({"cf_channel":999})",
        R"({"cf_channel":["The selected Preferred Channel is invalid."]})");
    update("unknown Checkbox option", R"({"cf_interests":[17,999]})",
        R"({"cf_interests":["The selected Interests is invalid."]})");
    update("unknown MultiSelect option", R"({"cf_languages":[999]})",
        R"({"cf_languages":["The selected Languages is invalid."]})");
    update("Checkbox not an array", R"({"cf_interests":17})",
        R"({"cf_interests":["The Interests field must be an array."]})");
    update("unknown string option", R"({"status":"closed"})", R"({"status":["The selected Status is invalid."]})");
    update("number for a string option", R"({"status":1})", R"({"status":["The selected Status is invalid."]})");
    update("unknown inline belongs-to", R"({"pipeline_id":9})",
        R"({"pipeline_id":["The selected Pipeline is invalid."]})");
    update("belongs-to without options is the server's", R"({"source_id":999})", "{}");
    update("stage of the pipeline", R"({"pipeline_id":2,"stage_id":4})", "{}");
    update("stage of another pipeline", R"({"pipeline_id":1,"stage_id":4})",
        R"({"stage_id":["The selected Stage is invalid."]})");
    update("stage alone is the server's", R"({"stage_id":4})", "{}");
    create("create: stage without a pipeline", R"({"first_name":"Ada","stage_id":4})",
        R"({"pipeline_id":["The Pipeline field is required."],"stage_id":["The selected Stage is invalid."]})");

    // Structured values.
    update("phones", R"({"phones":[{"number":"+1 555 0100","type":"work"},{"number":"+1 555 0101"}]})", "{}");
    update("phone type", R"({"phones":[{"number":"","type":"fax"},{"number":"+1 555 0100","type":"fax"}]})",
        R"({"phones.1.type":["The selected type is invalid."]})");
    update("phones not an array", R"({"phones":"+1 555 0100"})", R"({"phones":["The Phone field must be an array."]})");
    update("tags and associations are the server's", R"({"tags":["VIP","New"],"companies":[999]})", "{}");
    update("several at once", R"({"email":"x","cf_score":"many","first_name":" "})",
        R"({"cf_score":["The Score field must be an integer."],)"
        R"("email":["The E-Mail Address field must be a valid email address."],)"
        R"("first_name":["The First Name field must have a value."]})");
}

void TestFieldValidator::rules()
{
    QFETCH(bool, creating);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, timezones);
    QFETCH(QByteArray, errors);
    static const FieldSchema schema = unitSchema();
    QCOMPARE(errorsText(FieldValidator::validate(schema, object(body), creating, timezones)),
        QJsonDocument(object(errors)).toJson(QJsonDocument::Compact));
}

void TestFieldValidator::parity_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("creating");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("omit");
    QTest::addColumn<QStringList>("keys");

    const auto create = [](const char *resource, const char *name, const QJsonObject &body, const QStringList &keys,
                            const QStringList &omit = {}) {
        QTest::addRow("%s: %s", resource, name) << QString(resource) << true << body << omit << keys;
    };
    const auto update = [](const char *resource, const char *name, const QJsonObject &body, const QStringList &keys) {
        QTest::addRow("%s: %s (update)", resource, name) << QString(resource) << false << body << QStringList() << keys;
    };
    const QString text192(192, 'x');

    create("contacts", "missing first_name", {{"last_name", "Doe"}}, {"first_name"}, {"first_name"});
    create("contacts", "blank first_name", {{"first_name", "   "}}, {"first_name"});
    update("contacts", "emptied first_name", {{"first_name", ""}}, {"first_name"});
    create("contacts", "first_name not a string", {{"first_name", 42}}, {"first_name"});
    create("contacts", "bad email", {{"email", "john@"}}, {"email"});
    create("contacts", "bad URL", {{"cf_homepage", "example"}}, {"cf_homepage"});
    create("contacts", "ftp URL", {{"cf_homepage", "ftp://example.com"}}, {"cf_homepage"});
    create("contacts", "bad colour", {{"cf_label_color", "#12345g"}}, {"cf_label_color"});
    create("contacts", "fraction in a Number", {{"cf_score", 12.5}}, {"cf_score"});
    create("contacts", "16 digits in a Numeric", {{"cf_budget", 1234567890123456.5}}, {"cf_budget"});
    create("contacts", "4 decimal places", {{"cf_budget", 1.2345}}, {"cf_budget"});
    create("contacts", "Numeric not a number", {{"cf_budget", "lots"}}, {"cf_budget"});
    create("contacts", "unknown Select option", {{"cf_grade", 999}}, {"cf_grade"});
    create("contacts", "unknown MultiSelect option", {{"cf_languages", QJsonArray {999}}}, {"cf_languages"});
    create("contacts", "unknown Checkbox option",
        {{"cf_interests", QJsonArray {optionId("contacts", "cf_interests", 0), 999}}}, {"cf_interests"});
    create("contacts", "unknown Radio option", {{"cf_channel", 999}}, {"cf_channel"});
    create("contacts", "Checkbox not an array", {{"cf_interests", 5}}, {"cf_interests"});
    create("contacts", "unknown timezone", {{"cf_time_zone", "Mars/Olympus"}}, {"cf_time_zone"});
    create("contacts", "192 characters", {{"last_name", text192}}, {"last_name"});
    create("contacts", "Boolean 'yes'", {{"cf_newsletter", "yes"}}, {"cf_newsletter"});
    create("contacts", "no such day", {{"cf_key_date", "2024-02-30"}}, {"cf_key_date"});
    create("contacts", "not a date-time", {{"cf_follow_up_at", "tomorrow"}}, {"cf_follow_up_at"});
    create("contacts", "unknown owner", {{"user_id", 999}}, {"user_id"});
    create("contacts", "phone type",
        {{"phones",
            QJsonArray {QJsonObject {{"number", ""}, {"type", "fax"}},
                QJsonObject {{"number", "+1 555 0142"}, {"type", "fax"}}}}},
        {"phones.1.type"});
    create("contacts", "phones not an array", {{"phones", "+1 555 0142"}}, {"phones"});
    update("contacts", "several at once", {{"email", "x"}, {"cf_score", "many"}, {"cf_homepage", "nope"}},
        {"cf_homepage", "cf_score", "email"});
    create("contacts", "valid, every kind of value",
        {{"last_name", QString(191, 'x')}, {"cf_newsletter", true}, {"cf_label_color", "#ABC"},
            {"cf_key_date", "2024-06-30"}, {"cf_follow_up_at", "2024-06-30 14:00:00"},
            {"cf_alt_email", "alt@example.org"}, {"cf_score", 200.0}, {"cf_budget", "1250.000"},
            {"cf_time_zone", "Europe/Berlin"}, {"cf_homepage", "https://example.org"},
            {"cf_background", QString(300, 'x')}, {"cf_grade", optionId("contacts", "cf_grade", 1)},
            {"cf_channel", QString::number(optionId("contacts", "cf_channel", 0))},
            {"cf_interests",
                QJsonArray {optionId("contacts", "cf_interests", 0), optionId("contacts", "cf_interests", 1)}},
            {"user_id", 2}, {"phones", QJsonArray {QJsonObject {{"number", " "}, {"type", "fax"}}}}},
        {});

    create("companies", "missing name", {{"domain", "acme.com"}}, {"name"}, {"name"});
    create("companies", "bad email", {{"email", "info@acme"}}, {"email"});
    create("companies", "bad colour", {{"cf_label_color", "red"}}, {"cf_label_color"});
    create("companies", "192-character domain", {{"domain", text192}}, {"domain"});
    create("companies", "unknown Radio option", {{"cf_channel", 999}}, {"cf_channel"});
    update("companies", "bad URL", {{"cf_homepage", "http://localhost"}}, {"cf_homepage"});

    create("deals", "missing name, pipeline and stage", {}, {"name", "pipeline_id", "stage_id"},
        {"name", "pipeline_id", "stage_id"});
    create("deals", "unknown status", {{"status", "closed"}}, {"status"});
    create("deals", "won", {{"status", "won"}}, {});
    create("deals", "amount not a number", {{"amount", "lots"}}, {"amount"});
    // Large amounts with cents: both sides must count 1 decimal place, not the double's noise.
    create("deals", "large amount with cents", {{"amount", 123456789.1}}, {});
    create("deals", "largest amount", {{"amount", 999999999999.999}}, {});
    create("deals", "bad close date", {{"expected_close_date", "30/06/2024"}}, {"expected_close_date"});
    create("deals", "unknown MultiSelect option", {{"cf_languages", QJsonArray {999}}}, {"cf_languages"});
    update("deals", "emptied name", {{"name", " "}}, {"name"});
    update("deals", "unknown pipeline", {{"pipeline_id", 999}}, {"pipeline_id"});
    const FieldDefinition *stage = m_createForms.value("deals").field("stage_id");
    const QList<FieldDefinition::Option> stages = stage ? stage->options() : QList<FieldDefinition::Option>();
    const auto foreign = std::find_if(stages.cbegin(), stages.cend(), [&](const FieldDefinition::Option &option) {
        return option.raw.value("pipeline_id") != m_validBases.value("deals").value("pipeline_id");
    });
    QVERIFY(foreign != stages.cend());
    create("deals", "stage of another pipeline", {{"stage_id", foreign->id}}, {"stage_id"});

    create("products", "missing unit_price", {}, {"unit_price"}, {"unit_price"});
    create("products", "unit_price not a number", {{"unit_price", "free"}}, {"unit_price"});
    create("products", "fraction in a Number", {{"cf_score", 12.5}}, {"cf_score"});
    create("products", "16 digits in a Numeric", {{"cf_budget", 1234567890123456.5}}, {"cf_budget"});
    create("products", "unknown Checkbox option", {{"cf_interests", QJsonArray {999}}}, {"cf_interests"});
    update("products", "emptied name", {{"name", QJsonValue::Null}}, {"name"});
    update("products", "192-character SKU", {{"sku", text192}}, {"sku"});
}

void TestFieldValidator::parity()
{
    QFETCH(QString, resource);
    QFETCH(bool, creating);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, omit);
    QFETCH(QStringList, keys);

    QJsonObject write = creating ? m_validBases.value(resource) : QJsonObject();
    for (const QString &attribute : omit)
        write.remove(attribute);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        write.insert(it.key(), it.value());

    const FieldSchema form = creating ? m_createForms.value(resource) : m_updateForms.value(resource);
    const Errors local = FieldValidator::validate(form, write, creating, m_timezones);
    if (!keys.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, Rejected);
    const Errors server = serverErrors(resource, creating, write);
    keys.sort();
    // The row's own expectation first, so that a rule both sides lack cannot pass unnoticed.
    QCOMPARE(sortedKeys(server), keys);
    QCOMPARE(errorsText(local), errorsText(server));
}

void TestFieldValidator::serverOnly_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");

    // Rules the metadata gives the client no way to know: ranges of built-in numbers, uniqueness,
    // and whether associated records exist. These stay the server's (its 422 is shown as is).
    const QJsonObject contact = m_server->emulator().firstRecord("contacts");
    const QJsonObject user = m_server->emulator().firstRecord("users");
    QTest::newRow("tax rate above 100") << "products" << QJsonObject {{"tax_rate", 150}} << "tax_rate";
    QTest::newRow("negative unit price") << "products" << QJsonObject {{"unit_price", -1}} << "unit_price";
    QTest::newRow("code name taken") << "contacts" << QJsonObject {{"cf_code_name", contact.value("cf_code_name")}}
                                     << "cf_code_name";
    QTest::newRow("email of a team member") << "contacts" << QJsonObject {{"email", user.value("email")}} << "email";
    QTest::newRow("unknown company") << "contacts" << QJsonObject {{"companies", QJsonArray {999999}}} << "companies";
}

void TestFieldValidator::serverOnly()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QJsonObject write = m_validBases.value(resource);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        write.insert(it.key(), it.value());
    QCOMPARE(
        errorsText(FieldValidator::validate(m_createForms.value(resource), write, true, m_timezones)), errorsText({}));
    QTest::ignoreMessage(QtWarningMsg, Rejected);
    QCOMPARE(sortedKeys(serverErrors(resource, true, write)), QStringList {key});
}

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
