// Field metadata and custom fields of the emulator (spec §8, §12 "Fields and custom fields"): the
// field routes per version, the field object, option keys, the write and read JSON of every custom
// field type, validation of custom values, and the admin CRUD of definitions.

#include <emulatorfixture.h>
#include <emulatorserver.h>
#include <httpasserts.h>
#include <jsontools.h>

#include <QRegularExpression>
#include <QTest>

using namespace Concord;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpResponse;

namespace {

// docs/emulator.md: the custom fields every resource carries, by type.
const QMap<QString, QString> seededCustomFields {
    {"Boolean", "cf_newsletter"},
    {"Checkbox", "cf_interests"},
    {"ColorSwatch", "cf_label_color"},
    {"Date", "cf_key_date"},
    {"DateTime", "cf_follow_up_at"},
    {"Email", "cf_alt_email"},
    {"MultiSelect", "cf_languages"},
    {"Number", "cf_score"},
    {"Numeric", "cf_budget"},
    {"Radio", "cf_channel"},
    {"Select", "cf_grade"},
    {"Text", "cf_code_name"},
    {"Textarea", "cf_background"},
    {"Timezone", "cf_time_zone"},
    {"Url", "cf_homepage"},
};

const QStringList customResources {"contacts", "companies", "deals", "products"};

QJsonObject fieldByAttribute(const QJsonArray &fields, const QString &attribute)
{
    return Test::findFirst(fields, [&](const QJsonObject &f) { return f.value("attribute").toString() == attribute; });
}

QStringList attributesOf(const QJsonArray &fields)
{
    QStringList attributes;
    for (const auto &f : fields)
        attributes << f.toObject().value("attribute").toString();
    return attributes;
}

QString firstErrorKey(const HttpResponse &response)
{
    return response.value("errors").toObject().keys().value(0);
}

} // namespace

class TestEmulatorFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createFields_data();
    void createFields();
    void updateFieldsCarryValues();
    void writableFieldLists_data();
    void writableFieldLists();
    void versionSpecificRoutes_data();
    void versionSpecificRoutes();
    void stageDependsOnPipeline();
    void optionKeys_data();
    void optionKeys();
    void customFieldTypes_data();
    void customFieldTypes();
    void roundTrip_data();
    void roundTrip();
    void badValues_data();
    void badValues();
    void uniqueText();
    void definitionCrud();
    void newDefinitionsReadAsUnset();
    void fieldIdRules_data();
    void fieldIdRules();
    void optionRules();

private:
    // The id of a record of `resource` to write to (a seeded one, or one created when none is).
    int recordId(EmulatorFixture &emulator, const QString &resource);
    // Replaces `@Option` tokens of a JSON text with the ids of the options of `attribute`.
    QByteArray withOptionIds(const QByteArray &json, const QString &resource, const QString &attribute);

    std::unique_ptr<EmulatorFixture> m_emulator;
};

void TestEmulatorFields::init()
{
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestEmulatorFields::cleanup()
{
    m_emulator.reset();
}

int TestEmulatorFields::recordId(EmulatorFixture &emulator, const QString &resource)
{
    const int seeded = emulator.firstRecord(resource).value("id").toInt();
    if (seeded > 0 || resource != "products")
        return seeded;
    return emulator.http()
        .post("/api/products", QJsonObject {{"name", "Audit"}, {"unit_price", 1500}})
        .value("id")
        .toInt();
}

QByteArray TestEmulatorFields::withOptionIds(const QByteArray &json, const QString &resource, const QString &attribute)
{
    const QJsonArray fields = m_emulator->http().get("/api/" + resource + "/create-fields").array();
    QByteArray result = json;
    for (const auto &option : fieldByAttribute(fields, attribute).value("options").toArray()) {
        const QJsonObject o = option.toObject();
        result.replace(
            QByteArray("@" + o.value("name").toString().toUtf8()), QByteArray::number(o.value("id").toInt()));
    }
    return result;
}

void TestEmulatorFields::createFields_data()
{
    QTest::addColumn<QString>("resource");
    for (const auto &resource : customResources)
        QTest::newRow(qPrintable(resource)) << resource;
}

void TestEmulatorFields::createFields()
{
    QFETCH(QString, resource);
    const auto response = m_emulator->http().get("/api/" + resource + "/create-fields");
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY2(response.json.isArray(), "field lists are bare arrays");
    for (const auto &f : response.array()) {
        const QJsonObject field = f.toObject();
        for (const char *key : {"component", "attribute", "label", "helpText", "readonly", "isRequired", "isUnique",
                 "showOnIndex", "showOnCreation", "showOnUpdate", "showOnDetail", "customField"})
            QVERIFY2(field.contains(QLatin1String(key)),
                qPrintable(field.value("attribute").toString() + " lacks " + QLatin1String(key)));
        QVERIFY(field.value("readonly").isBool() && field.value("isRequired").isBool());
        const bool custom = field.value("attribute").toString().startsWith("cf_");
        QCOMPARE(field.value("customField").isObject(), custom);
        if (custom)
            QCOMPARE(field.value("customField").toObject().value("field_id"), field.value("attribute"));
    }
    const QStringList attributes = attributesOf(response.array());
    for (const auto &attribute : seededCustomFields)
        QVERIFY2(attributes.contains(attribute), qPrintable(attribute));
    if (resource == "contacts") {
        const QJsonObject firstName = fieldByAttribute(response.array(), "first_name");
        QCOMPARE(firstName.value("label"), QJsonValue("First Name"));
        QCOMPARE(firstName.value("isRequired"), QJsonValue(true));
        QCOMPARE(fieldByAttribute(response.array(), "cf_code_name").value("isUnique"), QJsonValue(true));
    }
    if (resource == "deals")
        QCOMPARE(fieldByAttribute(response.array(), "cf_code_name").value("isUnique"), QJsonValue(false));
    // With no tag list route, the tags field's options carry the tags of its type (§6.9).
    if (resource != "products") {
        const QJsonObject tags = fieldByAttribute(response.array(), "tags");
        QCOMPARE(tags.value("type"), QJsonValue(resource == "deals" ? "deals" : "contacts"));
        const QJsonArray options = tags.value("options").toArray();
        QVERIFY(!options.isEmpty());
        for (const QJsonValue &o : options)
            QVERIFY(o.toObject().value("id").toInt() > 0 && !o.toObject().value("name").toString().isEmpty());
    }
    // Component names follow §8.3.
    QCOMPARE(
        fieldByAttribute(response.array(), "cf_languages").value("component"), QJsonValue("select-multiple-field"));
    QCOMPARE(fieldByAttribute(response.array(), "cf_budget").value("component"), QJsonValue("numeric-field"));
}

void TestEmulatorFields::updateFieldsCarryValues()
{
    const QJsonObject contact = m_emulator->http().get("/api/contacts/5").object();
    const auto response = m_emulator->http().get("/api/contacts/5/update-fields");
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY(!response.array().isEmpty());
    for (const auto &f : response.array())
        QVERIFY2(f.toObject().contains("value"), qPrintable(f.toObject().value("attribute").toString()));
    QCOMPARE(fieldByAttribute(response.array(), "first_name").value("value"), contact.value("first_name"));
    QCOMPARE(fieldByAttribute(response.array(), "cf_score").value("value"), contact.value("cf_score"));
    CONCORD_VERIFY_STATUS(m_emulator->http().get("/api/contacts/999999/update-fields"), 404);
}

void TestEmulatorFields::writableFieldLists_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("create") << "/api/fields/contacts/create";
    QTest::newRow("update") << "/api/fields/contacts/update";
    QTest::newRow("deals create") << "/api/fields/deals/create";
}

void TestEmulatorFields::writableFieldLists()
{
    QFETCH(QString, path);
    const auto response = m_emulator->http().get(path);
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY(response.json.isArray() && !response.array().isEmpty());
    for (const auto &f : response.array())
        QCOMPARE(f.toObject().value("readonly"), QJsonValue(false));
    QVERIFY(attributesOf(response.array()).contains("cf_grade"));
}

void TestEmulatorFields::versionSpecificRoutes_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("exists");
    QTest::newRow("1.5 index-fields") << "1.5.1"
                                      << "/api/contacts/index-fields" << true;
    QTest::newRow("1.2 index-fields") << "1.2.5"
                                      << "/api/contacts/index-fields" << false;
    QTest::newRow("1.5 fields detail") << "1.5.1"
                                       << "/api/fields/contacts/detail" << false;
    QTest::newRow("1.2 fields detail") << "1.2.5"
                                       << "/api/fields/contacts/detail" << true;
    QTest::newRow("1.5 detail-fields") << "1.5.1"
                                       << "/api/contacts/5/detail-fields" << true;
    QTest::newRow("1.2 detail-fields") << "1.2.5"
                                       << "/api/contacts/5/detail-fields" << true;
}

void TestEmulatorFields::versionSpecificRoutes()
{
    QFETCH(QString, appVersion);
    QFETCH(QString, path);
    QFETCH(bool, exists);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    const auto response = emulator->http().get(path);
    if (exists) {
        CONCORD_VERIFY_STATUS(response, 200);
        QVERIFY(response.json.isArray() && !response.array().isEmpty());
        QVERIFY(response.array().at(0).toObject().contains("attribute"));
    } else {
        CONCORD_VERIFY_STATUS(response, 404);
    }
}

void TestEmulatorFields::stageDependsOnPipeline()
{
    const QJsonArray fields = m_emulator->http().get("/api/deals/create-fields").array();
    const QJsonObject stage = fieldByAttribute(fields, "stage_id");
    QCOMPARE(stage.value("dependsOn"), QJsonValue("pipeline_id"));
    QCOMPARE(stage.value("component"), QJsonValue("belongs-to-field"));
    QCOMPARE(stage.value("belongsToRelation"), QJsonValue("stage"));
    QCOMPARE(stage.value("optionsViaResource"), QJsonValue("pipeline-stages"));
    QCOMPARE(stage.value("valueKey"), QJsonValue("id"));
    QVERIFY(stage.value("customField").isNull());
    for (const auto &option : stage.value("options").toArray())
        QVERIFY(option.toObject().value("pipeline_id").toInt() > 0);
    QCOMPARE(fieldByAttribute(fields, "pipeline_id").value("component"), QJsonValue("belongs-to-field"));
}

void TestEmulatorFields::optionKeys_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QString>("labelKey");
    QTest::addColumn<QString>("otherKey");
    QTest::newRow("1.5.1: name") << "1.5.1"
                                 << "name"
                                 << "label";
    QTest::newRow("1.2.5: label") << "1.2.5"
                                  << "label"
                                  << "name";
}

void TestEmulatorFields::optionKeys()
{
    QFETCH(QString, appVersion);
    QFETCH(QString, labelKey);
    QFETCH(QString, otherKey);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    auto &http = emulator->http();
    const auto checkOptions = [&](const QJsonArray &options, const char *where) {
        QVERIFY2(!options.isEmpty(), where);
        for (const auto &o : options) {
            QVERIFY2(o.toObject().value(labelKey).isString(), where);
            QVERIFY2(!o.toObject().contains(otherKey), where);
            QVERIFY2(o.toObject().value("id").toInt() > 0, where);
        }
    };

    // Field metadata, and the raw rows of its definition.
    const QJsonObject grade = fieldByAttribute(http.get("/api/contacts/create-fields").array(), "cf_grade");
    QCOMPARE(grade.value("labelKey"), QJsonValue(labelKey));
    QCOMPARE(grade.value("valueKey"), QJsonValue("id"));
    checkOptions(grade.value("options").toArray(), "field options");
    checkOptions(grade.value("customField").toObject().value("options").toArray(), "customField.options");
    QCOMPARE(grade.value("options").toArray().size(), 4);

    // Record values of a Checkbox.
    const QJsonObject interests = fieldByAttribute(http.get("/api/contacts/create-fields").array(), "cf_interests");
    const int optionId = interests.value("options").toArray().at(0).toObject().value("id").toInt();
    const QJsonObject languages = fieldByAttribute(http.get("/api/contacts/create-fields").array(), "cf_languages");
    const int languageId = languages.value("options").toArray().at(0).toObject().value("id").toInt();
    const auto written = http.put("/api/contacts/5",
        QJsonObject {{"cf_interests", QJsonArray {optionId}}, {"cf_languages", QJsonArray {languageId}}});
    CONCORD_VERIFY_STATUS(written, 200);
    checkOptions(written.value("cf_interests").toArray(), "Checkbox value");
    checkOptions(written.value("cf_languages").toArray(), "MultiSelect value");

    // Definitions.
    const QJsonArray definitions = emulator->fetchAll("/api/custom-fields");
    const QJsonObject definition = Test::findFirst(definitions, [](const QJsonObject &d) {
        return d.value("field_id") == QJsonValue("cf_channel") && d.value("resource_name") == QJsonValue("contacts");
    });
    checkOptions(definition.value("options").toArray(), "definition options");
}

void TestEmulatorFields::customFieldTypes_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<int>("count");
    QTest::newRow("1.5.1: 15 types") << "1.5.1" << 15;
    QTest::newRow("1.2.5: 14 types") << "1.2.5" << 14;
}

void TestEmulatorFields::customFieldTypes()
{
    QFETCH(QString, appVersion);
    QFETCH(int, count);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    const QJsonArray definitions = emulator->fetchAll("/api/custom-fields");
    for (const auto &resource : customResources) {
        QSet<QString> types;
        for (const auto &d : definitions) {
            if (d.toObject().value("resource_name").toString() == resource)
                types.insert(d.toObject().value("field_type").toString());
        }
        QCOMPARE(types.size(), count);
        QCOMPARE(types.contains("ColorSwatch"), count == 15);
        const QJsonObject record
            = emulator->http()
                  .get(QStringLiteral("/api/%1/%2").arg(resource).arg(recordId(*emulator, resource)))
                  .object();
        QCOMPARE(record.contains("cf_label_color"), count == 15);
        QVERIFY(record.contains("cf_homepage"));
    }
    // ColorSwatch cannot be defined in 1.2.
    const auto swatch = emulator->http().post("/api/custom-fields",
        QJsonObject {{"resource_name", "contacts"}, {"field_type", "ColorSwatch"}, {"field_id", "cf_swatch"},
            {"label", "Swatch"}});
    CONCORD_VERIFY_STATUS(swatch, count == 15 ? 201 : 422);
}

void TestEmulatorFields::roundTrip_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QByteArray>("prime"); // written first when not empty, so clearing is visible
    QTest::addColumn<QByteArray>("write");
    QTest::addColumn<QByteArray>("read"); // "OPTIONS" for option objects of the written ids

    struct Case
    {
        const char *name;
        const char *attribute;
        const char *prime;
        const char *write;
        const char *read;
    };
    const Case cases[] = {
        {"Boolean true", "cf_newsletter", "", "true", "true"},
        {"Boolean false", "cf_newsletter", "true", "false", "false"},
        {"Boolean as 1", "cf_newsletter", "false", "1", "true"},
        {"Boolean as \"0\"", "cf_newsletter", "true", R"("0")", "false"},
        {"Checkbox", "cf_interests", "", "[@Software,@Training]", "OPTIONS"},
        {"Checkbox cleared", "cf_interests", "[@Hardware]", "[]", "[]"},
        {"ColorSwatch", "cf_label_color", "", R"("#333333")", R"("#333333")"},
        {"ColorSwatch cleared", "cf_label_color", R"("#333333")", "null", "null"},
        {"Date", "cf_key_date", "", R"("2020-11-26")", R"("2020-11-26T00:00:00.000000Z")"},
        {"Date cleared", "cf_key_date", R"("2020-11-26")", "null", "null"},
        {"DateTime", "cf_follow_up_at", "", R"("2020-11-26 06:00:00")", R"("2020-11-26T06:00:00.000000Z")"},
        {"DateTime ISO", "cf_follow_up_at", "", R"("2020-11-26T06:00:00.000000Z")", R"("2020-11-26T06:00:00.000000Z")"},
        {"Email", "cf_alt_email", "", R"("info@example.com")", R"("info@example.com")"},
        {"MultiSelect", "cf_languages", "", "[@English,@French]", "OPTIONS"},
        {"MultiSelect cleared", "cf_languages", "[@German]", "[]", "[]"},
        {"Number", "cf_score", "", "200", "200"},
        {"Number negative", "cf_score", "", "-7", "-7"},
        {"Number cleared", "cf_score", "200", "null", "null"},
        {"Numeric", "cf_budget", "", "1250.5", "1250.5"},
        {"Numeric 3 decimals", "cf_budget", "", "0.125", "0.125"},
        {"Numeric unset reads 0", "cf_budget", "1250.5", "null", "0"},
        {"Radio", "cf_channel", "", "@Email", "@Email"},
        {"Radio cleared", "cf_channel", "@Phone", "null", "null"},
        {"Select", "cf_grade", "", "@B", "@B"},
        {"Select cleared", "cf_grade", "@A", "null", "null"},
        {"Text", "cf_code_name", "", R"("string")", R"("string")"},
        {"Text cleared with empty string", "cf_code_name", R"("string")", R"("")", "null"},
        {"Textarea", "cf_background", "", R"("long\ntext")", R"("long\ntext")"},
        {"Timezone", "cf_time_zone", "", R"("America/Toronto")", R"("America/Toronto")"},
        {"Url", "cf_homepage", "", R"("https://example.com")", R"("https://example.com")"},
    };
    for (const auto &resource : customResources) {
        for (const auto &c : cases) {
            QTest::addRow("%s %s", qPrintable(resource), c.name)
                << resource << QString::fromLatin1(c.attribute) << QByteArray(c.prime) << QByteArray(c.write)
                << QByteArray(c.read);
        }
    }
}

void TestEmulatorFields::roundTrip()
{
    QFETCH(QString, resource);
    QFETCH(QString, attribute);
    QFETCH(QByteArray, prime);
    QFETCH(QByteArray, write);
    QFETCH(QByteArray, read);
    auto &http = m_emulator->http();
    const QString path = QStringLiteral("/api/%1/%2").arg(resource).arg(recordId(*m_emulator, resource));
    // A JSON scalar is wrapped in an object to parse it.
    const auto value = [&](const QByteArray &json) {
        return Test::parseJson("{\"v\":" + withOptionIds(json, resource, attribute) + "}").object().value("v");
    };
    if (!prime.isEmpty())
        CONCORD_VERIFY_STATUS(http.put(path, QJsonObject {{attribute, value(prime)}}), 200);

    const QJsonValue written = value(write);
    const auto response = http.put(path, QJsonObject {{attribute, written}});
    CONCORD_VERIFY_STATUS(response, 200);
    const auto reread = http.get(path);
    for (const auto *r : {&response, &reread}) {
        const QJsonValue actual = r->value(attribute);
        if (read == "OPTIONS") {
            QCOMPARE(Test::idsOf(actual.toArray()), Test::idsOf([&] {
                QJsonArray expected;
                for (const auto &id : written.toArray())
                    expected.append(QJsonObject {{"id", id}});
                return expected;
            }()));
            for (const auto &option : actual.toArray())
                QVERIFY(option.toObject().value("name").isString());
        } else {
            QVERIFY2(actual == value(read),
                qPrintable(attribute + " read "
                    + QString::fromUtf8(QJsonDocument(QJsonObject {{"v", actual}}).toJson(QJsonDocument::Compact))));
        }
    }
    if (attribute == "cf_score" && written.isDouble()) {
        // An integer stays an integer on the wire, not 200.0.
        const QRegularExpression integer(
            QStringLiteral("\"cf_score\"\\s*:\\s*%1\\s*[,}]").arg(QString::fromUtf8(write)));
        QVERIFY2(integer.match(QString::fromUtf8(reread.body)).hasMatch(), reread.body.constData());
    }
}

void TestEmulatorFields::badValues_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QByteArray>("write");
    QTest::newRow("Number with decimals") << "cf_score" << QByteArray("12.5");
    QTest::newRow("Number as text") << "cf_score" << QByteArray(R"("abc")");
    QTest::newRow("Numeric with 4 decimals") << "cf_budget" << QByteArray("1.2345");
    QTest::newRow("Numeric as text") << "cf_budget" << QByteArray(R"("lots")");
    QTest::newRow("Email") << "cf_alt_email" << QByteArray(R"("not-an-email")");
    QTest::newRow("Url") << "cf_homepage" << QByteArray(R"("not a url")");
    QTest::newRow("colour name") << "cf_label_color" << QByteArray(R"("red")");
    QTest::newRow("colour too short") << "cf_label_color" << QByteArray(R"("#12345")");
    QTest::newRow("Select unknown option") << "cf_grade" << QByteArray("999999");
    QTest::newRow("Select option of another field") << "cf_grade" << QByteArray("@Phone");
    QTest::newRow("Radio unknown option") << "cf_channel" << QByteArray("999999");
    QTest::newRow("Checkbox unknown option") << "cf_interests" << QByteArray("[999999]");
    QTest::newRow("MultiSelect option of another field") << "cf_languages" << QByteArray("[@Software]");
    QTest::newRow("Timezone") << "cf_time_zone" << QByteArray(R"("Mars/Olympus")");
    QTest::newRow("Date") << "cf_key_date" << QByteArray(R"("not a date")");
    QTest::newRow("Boolean") << "cf_newsletter" << QByteArray(R"("maybe")");
    QTest::newRow("Text too long") << "cf_code_name" << ("\"" + QByteArray(192, 'x') + "\"");
}

void TestEmulatorFields::badValues()
{
    QFETCH(QString, attribute);
    QFETCH(QByteArray, write);
    // Option tokens name options of any field, so "another field's option" can be written.
    QByteArray json = write;
    for (const auto &other : {QStringLiteral("cf_channel"), QStringLiteral("cf_interests")})
        json = withOptionIds(json, "contacts", other);
    const QJsonValue value = Test::parseJson("{\"v\":" + json + "}").object().value("v");
    const QJsonValue before = m_emulator->http().get("/api/contacts/5").value(attribute);
    const auto response = m_emulator->http().put("/api/contacts/5", QJsonObject {{attribute, value}});
    CONCORD_VERIFY_STATUS(response, 422);
    QCOMPARE(firstErrorKey(response), attribute);
    QVERIFY(!response.value("message").toString().isEmpty());
    QCOMPARE(m_emulator->http().get("/api/contacts/5").value(attribute), before);
}

void TestEmulatorFields::uniqueText()
{
    auto &http = m_emulator->http();
    CONCORD_VERIFY_STATUS(http.put("/api/contacts/5", QJsonObject {{"cf_code_name", "Falcon"}}), 200);
    const auto taken = http.put("/api/contacts/6", QJsonObject {{"cf_code_name", "Falcon"}});
    CONCORD_VERIFY_STATUS(taken, 422);
    const QString message = taken.value("errors").toObject().value("cf_code_name").toArray().at(0).toString();
    QVERIFY2(message.contains("has already been taken"), qPrintable(message));
    QCOMPARE(message, QStringLiteral("The Code Name has already been taken."));
    // The record itself may keep its value.
    CONCORD_VERIFY_STATUS(http.put("/api/contacts/5", QJsonObject {{"cf_code_name", "Falcon"}}), 200);
    // Deals have no unique custom fields.
    CONCORD_VERIFY_STATUS(http.put("/api/deals/1", QJsonObject {{"cf_code_name", "Eagle"}}), 200);
    CONCORD_VERIFY_STATUS(http.put("/api/deals/2", QJsonObject {{"cf_code_name", "Eagle"}}), 200);
}

void TestEmulatorFields::definitionCrud()
{
    auto &http = m_emulator->http();
    const QJsonObject definition {{"resource_name", "contacts"}, {"field_type", "Select"},
        {"field_id", "cf_lead_grade"}, {"label", "Lead Grade"}, {"is_unique", false},
        {"options",
            QJsonArray {QJsonObject {{"name", "A"}, {"display_order", 1}, {"swatch_color", "#22c55e"}},
                QJsonObject {{"name", "B"}, {"display_order", 2}}}}};
    const auto created = http.post("/api/custom-fields", definition);
    CONCORD_VERIFY_STATUS(created, 201);
    const int id = created.value("id").toInt();
    QVERIFY(id > 0);
    QCOMPARE(created.value("field_id"), QJsonValue("cf_lead_grade"));
    QCOMPARE(created.value("field_type"), QJsonValue("Select"));
    QCOMPARE(created.value("options").toArray().size(), 2);

    // Newest first.
    const auto listed = http.get("/api/custom-fields?per_page=5");
    CONCORD_VERIFY_STATUS(listed, 200);
    QCOMPARE(listed.data().at(0).toObject().value("id"), QJsonValue(id));
    QVERIFY(listed.value("meta").toObject().contains("total"));

    // The field is on records and in the field lists at once.
    QVERIFY(http.get("/api/contacts/5").object().contains("cf_lead_grade"));
    QVERIFY(attributesOf(http.get("/api/contacts/create-fields").array()).contains("cf_lead_grade"));
    const int optionA = created.value("options").toArray().at(0).toObject().value("id").toInt();
    CONCORD_VERIFY_STATUS(http.put("/api/contacts/5", QJsonObject {{"cf_lead_grade", optionA}}), 200);

    // Label and options change; type, field_id, resource and uniqueness do not.
    QJsonObject change {{"label", "Lead Rank"}, {"field_type", "Text"}, {"field_id", "cf_renamed"},
        {"resource_name", "deals"}, {"is_unique", true},
        {"options",
            QJsonArray {QJsonObject {{"id", optionA}, {"name", "A+"}, {"display_order", 1}},
                QJsonObject {{"name", "C"}, {"display_order", 3}}}}};
    const auto updated = http.put(QStringLiteral("/api/custom-fields/%1").arg(id), change);
    CONCORD_VERIFY_STATUS(updated, 200);
    QCOMPARE(updated.value("label"), QJsonValue("Lead Rank"));
    QCOMPARE(updated.value("field_type"), QJsonValue("Select"));
    QCOMPARE(updated.value("field_id"), QJsonValue("cf_lead_grade"));
    QCOMPARE(updated.value("resource_name"), QJsonValue("contacts"));
    QCOMPARE(updated.value("is_unique"), QJsonValue(false));
    const QJsonArray options = updated.value("options").toArray();
    QCOMPARE(Test::findById(options, optionA).value("name"), QJsonValue("A+"));
    QVERIFY(Test::findFirst(options, [](const QJsonObject &o) { return o.value("name") == QJsonValue("C"); })
                .value("id")
                .toInt()
        > 0);

    const auto deleted = http.del(QStringLiteral("/api/custom-fields/%1").arg(id));
    CONCORD_VERIFY_STATUS(deleted, 204);
    QVERIFY(!http.get("/api/contacts/5").object().contains("cf_lead_grade"));
    QVERIFY(!attributesOf(http.get("/api/contacts/create-fields").array()).contains("cf_lead_grade"));
    QVERIFY(Test::findById(m_emulator->fetchAll("/api/custom-fields"), id).isEmpty());
}

void TestEmulatorFields::newDefinitionsReadAsUnset()
{
    auto &http = m_emulator->http();
    const QJsonArray twoOptions {
        QJsonObject {{"name", "One"}, {"display_order", 1}}, QJsonObject {{"name", "Two"}, {"display_order", 2}}};
    const struct
    {
        const char *type;
        const char *fieldId;
        QJsonValue unset;
    } cases[] = {{"Text", "cf_fresh_text", QJsonValue(QJsonValue::Null)},
        {"Checkbox", "cf_fresh_checks", QJsonValue(QJsonArray())}, {"Numeric", "cf_fresh_amount", QJsonValue(0)}};
    for (const auto &c : cases) {
        QJsonObject definition {
            {"resource_name", "companies"}, {"field_type", c.type}, {"field_id", c.fieldId}, {"label", c.fieldId}};
        if (QLatin1String(c.type) == QLatin1String("Checkbox"))
            definition.insert("options", twoOptions);
        CONCORD_VERIFY_STATUS(http.post("/api/custom-fields", definition), 201);
    }
    const QJsonObject company = http.get("/api/companies/1").object();
    for (const auto &c : cases)
        QVERIFY2(company.value(QLatin1String(c.fieldId)) == c.unset, c.fieldId);
    // Other resources do not get it.
    QVERIFY(!http.get("/api/contacts/1").object().contains("cf_fresh_text"));
}

void TestEmulatorFields::fieldIdRules_data()
{
    QTest::addColumn<QJsonValue>("fieldId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("no cf_ prefix") << QJsonValue("lead_grade") << false;
    QTest::newRow("digit") << QJsonValue("cf_field2") << false;
    QTest::newRow("upper case") << QJsonValue("cf_Field") << false;
    QTest::newRow("hyphen") << QJsonValue("cf_lead-grade") << false;
    QTest::newRow("5 characters") << QJsonValue("cf_ab") << false;
    QTest::newRow("65 characters") << QJsonValue("cf_" + QString(62, QLatin1Char('a'))) << false;
    QTest::newRow("taken") << QJsonValue("cf_newsletter") << false;
    QTest::newRow("only the prefix") << QJsonValue("cf_") << false;
    QTest::newRow("6 characters") << QJsonValue("cf_abc") << true;
    QTest::newRow("64 characters") << QJsonValue("cf_" + QString(61, QLatin1Char('a'))) << true;
}

void TestEmulatorFields::fieldIdRules()
{
    QFETCH(QJsonValue, fieldId);
    QFETCH(bool, valid);
    QJsonObject definition {{"resource_name", "contacts"}, {"field_type", "Text"}, {"label", "Some Field"}};
    if (!fieldId.isUndefined())
        definition.insert("field_id", fieldId);
    const auto response = m_emulator->http().post("/api/custom-fields", definition);
    if (valid) {
        CONCORD_VERIFY_STATUS(response, 201);
        QCOMPARE(response.value("field_id"), fieldId);
    } else {
        CONCORD_VERIFY_STATUS(response, 422);
        QVERIFY2(response.value("errors").toObject().contains("field_id"), response.body.constData());
    }
}

void TestEmulatorFields::optionRules()
{
    // Each definition breaks one rule; the error names the key that broke it.
    const QJsonArray options {QJsonObject {{"name", "A"}, {"display_order", 1}}};
    const struct
    {
        const char *fieldType;
        const char *resource;
        bool withOptions;
        bool withLabel;
        const char *errorKey;
    } cases[] = {{"Select", "contacts", false, true, "options"}, {"Text", "contacts", true, true, "options"},
        {"Text", "contacts", false, false, "label"}, {"Text", "activities", false, true, "resource_name"},
        {"Polygon", "contacts", false, true, "field_type"}};
    for (const auto &c : cases) {
        QJsonObject definition {
            {"resource_name", c.resource}, {"field_type", c.fieldType}, {"field_id", "cf_rule_check"}};
        if (c.withOptions)
            definition.insert("options", options);
        if (c.withLabel)
            definition.insert("label", "Rule Check");
        const auto response = m_emulator->http().post("/api/custom-fields", definition);
        CONCORD_VERIFY_STATUS(response, 422);
        QVERIFY2(response.value("errors").toObject().contains(QLatin1String(c.errorKey)), response.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestEmulatorFields)
#include "tst_emulatorfields.moc"
