// FieldService and the schema parser: every custom field type of §8.3 as the emulator serves it
// in 1.5 and 1.2 mode, belongs-to fields, update values, and the variants §8.2/§8.4 allow that the
// emulator does not send (JSON literals).

#include "servicejoboutcome.h"

#include "api/fieldschemajob.h"
#include "api/fieldservice.h"

#include <emulatorclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::awaitServiceJob;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;

namespace {

const QString Current = QStringLiteral("1.5.1");
const QString Legacy = QStringLiteral("1.2.5");

QStringList labelsOf(const FieldDefinition &field)
{
    QStringList labels;
    const auto options = field.options();
    for (const auto &option : options)
        labels.append(option.label);
    return labels;
}

FieldDefinition parsedField(const char *json)
{
    bool ok = false;
    const FieldDefinition field = FieldDefinition::fromJson(QJsonDocument::fromJson(json).object(), &ok);
    if (!ok)
        qWarning("not a field: %s", json);
    return field;
}

} // namespace

class TestFieldService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void customTypes_data();
    void customTypes();
    void customFieldCount_data();
    void customFieldCount();
    void belongsTo();
    void updateFieldsCarryValues();
    void writableFields_data();
    void writableFields();
    void notAnArray();

    void dependsOnForms_data();
    void dependsOnForms();
    void optionLabelFallback_data();
    void optionLabelFallback();
    void optionsFromDefinition();
    void rejectsNonFields_data();
    void rejectsNonFields();

private:
    [[nodiscard]] FieldSchema createSchema(const QString &version, const QString &resource);

    std::unique_ptr<EmulatorClient> m_current;
    std::unique_ptr<EmulatorClient> m_legacy;
};

void TestFieldService::initTestCase()
{
    m_current = std::make_unique<EmulatorClient>();
    QVERIFY2(m_current->start(), qPrintable(m_current->errorString()));
    m_legacy = std::make_unique<EmulatorClient>(EmulatorFixture::versionConfig(Legacy));
    QVERIFY2(m_legacy->start(), qPrintable(m_legacy->errorString()));
}

FieldSchema TestFieldService::createSchema(const QString &version, const QString &resource)
{
    EmulatorClient &server = version == Legacy ? *m_legacy : *m_current;
    const auto schema = awaitServiceJob(FieldService(&server.client()).createFields(resource), &FieldSchemaJob::schema);
    if (!schema.isOk())
        qWarning("create-fields of %s failed: %s", qPrintable(resource), qPrintable(schema.describe()));
    return schema.result;
}

void TestFieldService::customTypes_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("component");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("unique");

    const QStringList none;
    for (const QString &version : {Current, Legacy}) {
        const auto row = [&version](const char *attribute) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(version), attribute) << version << QString::fromLatin1(attribute);
        };
        row("cf_newsletter") << "Boolean"
                             << "boolean-field" << none << false;
        row("cf_interests") << "Checkbox"
                            << "checkbox-field" << QStringList {"Software", "Hardware", "Services", "Training"}
                            << false;
        if (version == Current) // 1.2 has no ColorSwatch
            row("cf_label_color") << "ColorSwatch"
                                  << "color-swatch-field" << none << false;
        row("cf_key_date") << "Date"
                           << "date-field" << none << false;
        row("cf_follow_up_at") << "DateTime"
                               << "date-time-field" << none << false;
        row("cf_alt_email") << "Email"
                            << "email-field" << none << false;
        row("cf_languages") << "MultiSelect"
                            << "select-multiple-field"
                            << QStringList {"English", "German", "French", "Spanish", "Italian"} << false;
        row("cf_score") << "Number"
                        << "number-field" << none << false;
        row("cf_budget") << "Numeric"
                         << "numeric-field" << none << false;
        row("cf_channel") << "Radio"
                          << "radio-field" << QStringList {"Phone", "Email", "Meeting"} << false;
        row("cf_grade") << "Select"
                        << "select-field" << QStringList {"A", "B", "C", "D"} << false;
        row("cf_code_name") << "Text"
                            << "text-field" << none << true;
        row("cf_background") << "Textarea"
                             << "textarea-field" << none << false;
        row("cf_time_zone") << "Timezone"
                            << "timezone-field" << none << false;
        row("cf_homepage") << "Url"
                           << "url-field" << none << false;
    }
}

void TestFieldService::customTypes()
{
    QFETCH(QString, version);
    QFETCH(QString, attribute);
    QFETCH(QString, type);
    QFETCH(QString, component);
    QFETCH(QStringList, options);
    QFETCH(bool, unique);

    const FieldSchema schema = createSchema(version, "contacts");
    const FieldDefinition *field = schema.field(attribute);
    QVERIFY2(field, qPrintable(attribute));
    QVERIFY(field->isCustomField());
    QCOMPARE(field->customFieldType(), type);
    QCOMPARE(field->component(), component);
    QVERIFY(!field->label().isEmpty());
    QCOMPARE(field->isUnique(), unique);
    QVERIFY(field->showOnCreation());
    QVERIFY(!field->isReadonly());
    QCOMPARE(labelsOf(*field), options);
    QCOMPARE(field->labelKey(), version == Legacy ? QString("label") : QString("name"));
    QCOMPARE(field->valueKey(), QString("id"));
    const auto parsed = field->options();
    for (const auto &option : parsed) {
        QVERIFY(option.id.isDouble());
        QVERIFY(option.id.toInt() > 0);
        // The label came through the version's own key.
        QCOMPARE(option.raw.value(field->labelKey()).toString(), option.label);
    }
}

void TestFieldService::customFieldCount_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("count");
    for (const char *resource : {"contacts", "companies", "deals", "products"}) {
        QTest::addRow("1.5 %s", resource) << Current << QString::fromLatin1(resource) << 15;
        QTest::addRow("1.2 %s", resource) << Legacy << QString::fromLatin1(resource) << 14;
    }
    QTest::newRow("1.5 activities") << Current << "activities" << 0;
}

void TestFieldService::customFieldCount()
{
    QFETCH(QString, version);
    QFETCH(QString, resource);
    QFETCH(int, count);
    const FieldSchema schema = createSchema(version, resource);
    QVERIFY(!schema.isEmpty());
    QCOMPARE(schema.customFields().size(), count);
    QVERIFY(schema.fields().size() > count); // built-in fields come too
}

void TestFieldService::belongsTo()
{
    for (const QString &version : {Current, Legacy}) {
        const FieldSchema schema = createSchema(version, "deals");
        const FieldDefinition *stage = schema.field("stage_id");
        QVERIFY2(stage, qPrintable(version));
        QVERIFY(!stage->isCustomField());
        QCOMPARE(stage->customFieldType(), QString());
        QCOMPARE(stage->belongsToRelation(), QString("stage"));
        QCOMPARE(stage->dependsOn(), QStringList {"pipeline_id"});
        QCOMPARE(stage->optionsViaResource(), QString("pipeline-stages"));
        QVERIFY(stage->isRequired());
        QVERIFY(!stage->options().isEmpty());
        for (const auto &option : stage->options()) {
            QVERIFY(!option.label.isEmpty());
            QVERIFY(option.raw.value("pipeline_id").toInt() > 0); // what dependsOn filters by
        }
        const FieldDefinition *pipeline = schema.field("pipeline_id");
        QVERIFY(pipeline);
        QVERIFY(pipeline->dependsOn().isEmpty());
    }
}

void TestFieldService::updateFieldsCarryValues()
{
    const QJsonObject contact = m_current->emulator().firstRecord("contacts");
    const int id = contact.value("id").toInt();
    QVERIFY(id > 0);
    const auto schema
        = awaitServiceJob(FieldService(&m_current->client()).updateFields("contacts", id), &FieldSchemaJob::schema);
    QVERIFY2(schema.isOk(), qPrintable(schema.describe()));
    const FieldDefinition *firstName = schema.result.field("first_name");
    QVERIFY(firstName);
    QCOMPARE(firstName->value(), contact.value("first_name"));
    QVERIFY(firstName->showOnUpdate());
    const FieldDefinition *grade = schema.result.field("cf_grade");
    QVERIFY(grade);
    QVERIFY(!grade->value().isUndefined()); // sent, even when unset (null)
}

void TestFieldService::writableFields_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("create") << "create";
    QTest::newRow("update") << "update";
}

void TestFieldService::writableFields()
{
    QFETCH(QString, view);
    m_current->emulator().clearRequestLog();
    const auto schema
        = awaitServiceJob(FieldService(&m_current->client()).writableFields("contacts", view), &FieldSchemaJob::schema);
    QVERIFY2(schema.isOk(), qPrintable(schema.describe()));
    QVERIFY(schema.result.field("first_name"));
    QCOMPARE(schema.result.customFields().size(), 15);
    const QJsonArray log = m_current->emulator().requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value("path").toString(), "/api/fields/contacts/" + view);
}

void TestFieldService::notAnArray()
{
    const auto schema = awaitServiceJob(new FieldSchemaJob(m_current->client().get("me")), &FieldSchemaJob::schema);
    QVERIFY(schema.finished);
    QCOMPARE(schema.error.kind(), ApiError::Kind::Malformed);
    QVERIFY(schema.result.isEmpty());
}

void TestFieldService::dependsOnForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::newRow("string") << QByteArray(R"({"attribute":"stage_id","dependsOn":"pipeline_id"})")
                            << QStringList {"pipeline_id"};
    QTest::newRow("array") << QByteArray(R"({"attribute":"stage_id","dependsOn":["pipeline_id","user_id"]})")
                           << QStringList {"pipeline_id", "user_id"};
    QTest::newRow("null") << QByteArray(R"({"attribute":"stage_id","dependsOn":null})") << QStringList();
    QTest::newRow("absent") << QByteArray(R"({"attribute":"stage_id"})") << QStringList();
    QTest::newRow("empty string") << QByteArray(R"({"attribute":"stage_id","dependsOn":""})") << QStringList();
}

void TestFieldService::dependsOnForms()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, dependsOn);
    QCOMPARE(parsedField(json.constData()).dependsOn(), dependsOn);
}

void TestFieldService::optionLabelFallback_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("1.5 name") << QByteArray(R"({"attribute":"a","labelKey":"name","options":[{"id":1,"name":"A"}]})")
                              << "A" << QJsonValue(1);
    QTest::newRow("1.2 label") << QByteArray(R"({"attribute":"a","labelKey":"label","options":[{"id":1,"label":"A"}]})")
                               << "A" << QJsonValue(1);
    QTest::newRow("other labelKey") << QByteArray(
        R"({"attribute":"a","labelKey":"title","options":[{"id":1,"title":"T","name":"N"}]})")
                                    << "T" << QJsonValue(1);
    QTest::newRow("labelKey missing in option: name")
        << QByteArray(R"({"attribute":"a","labelKey":"label","options":[{"id":1,"name":"N"}]})") << "N"
        << QJsonValue(1);
    QTest::newRow("no labelKey: label") << QByteArray(R"({"attribute":"a","options":[{"id":1,"label":"L"}]})") << "L"
                                        << QJsonValue(1);
    QTest::newRow("string ids, valueKey")
        << QByteArray(R"({"attribute":"a","valueKey":"code","options":[{"id":9,"code":"work","name":"Work"}]})")
        << "Work" << QJsonValue("work");
}

void TestFieldService::optionLabelFallback()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, label);
    QFETCH(QJsonValue, id);
    const auto options = parsedField(json.constData()).options();
    QCOMPARE(options.size(), 1);
    QCOMPARE(options.first().label, label);
    QCOMPARE(options.first().id, id);
}

void TestFieldService::optionsFromDefinition()
{
    // A server that leaves the field's own list out still has the definition's rows.
    const FieldDefinition field
        = parsedField(R"({"attribute":"cf_grade","labelKey":"name","customField":{"field_type":"Select",
        "options":[{"id":17,"custom_field_id":9,"name":"A","display_order":1,"swatch_color":"#22c55e"},
                   {"id":18,"custom_field_id":9,"label":"B","display_order":2,"swatch_color":null}]}})");
    QCOMPARE(field.customFieldType(), QString("Select"));
    QCOMPARE(labelsOf(field), QStringList({"A", "B"}));
    QCOMPARE(field.options().at(0).swatchColor, QString("#22c55e"));
    QCOMPARE(field.options().at(1).swatchColor, QString());
    QCOMPARE(field.options().at(1).id, QJsonValue(18));
    QVERIFY(field.value().isUndefined());
}

void TestFieldService::rejectsNonFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not an object") << QByteArray(R"([{"attribute":"a"}, 3])");
    QTest::newRow("no attribute") << QByteArray(R"([{"attribute":"a"}, {"label":"B"}])");
}

void TestFieldService::rejectsNonFields()
{
    QFETCH(QByteArray, json);
    bool ok = true;
    const FieldSchema schema = FieldSchema::fromJson(QJsonDocument::fromJson(json).array(), &ok);
    QVERIFY(!ok);
    QVERIFY(schema.isEmpty());
}

QTEST_GUILESS_MAIN(TestFieldService)
#include "tst_fieldservice.moc"
