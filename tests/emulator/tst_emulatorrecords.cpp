// Record writes and reads of the emulator (spec §3.2, §6, §7, §9, §12 "Records"): create, partial
// update, validation bodies, uniqueness, phones and tags, the trash, notes and calls, deal status
// rules, dates and amounts, and associations in both server versions.

#include <emulatorfixture.h>
#include <emulatorserver.h>
#include <httpasserts.h>
#include <jsontools.h>

#include <QRegularExpression>
#include <QTest>

using namespace Concord;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpResponse;
using Concord::Test::idsOf;

namespace {

const QRegularExpression timestampPattern(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000000Z$"));

QString contactPath(int id)
{
    return QStringLiteral("/api/contacts/%1").arg(id);
}

// `record[list][*][key]`, sorted: phone numbers or tag names, whose order the spec leaves open.
QStringList sortedValues(const QJsonObject &record, const char *list, const char *key)
{
    QStringList values;
    for (const auto &item : record.value(QLatin1String(list)).toArray())
        values << item.toObject().value(QLatin1String(key)).toString();
    values.sort();
    return values;
}

QStringList phoneNumbers(const QJsonObject &record)
{
    return sortedValues(record, "phones", "number");
}

QStringList tagNames(const QJsonObject &record)
{
    return sortedValues(record, "tags", "name");
}

QString firstError(const HttpResponse &response, const QString &key)
{
    return response.value("errors").toObject().value(key).toArray().at(0).toString();
}

} // namespace

class TestEmulatorRecords : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createReturnsFullRecord();
    void genericCrud_data();
    void genericCrud();
    void lookupNamesAreUnique();
    void activityDates();
    void showIsUnwrappedWithActions();
    void recordKeys_data();
    void recordKeys();
    void activityCompletion();
    void pipelineStagesOnUpdate();
    void listItemsHaveNoActions_data();
    void listItemsHaveNoActions();
    void partialUpdate();
    void stringsTrimmedAndEmptyIsNull();
    void nestedErrorKeys();
    void versionSpecificKeys_data();
    void versionSpecificKeys();
    void emptyFirstNameOnUpdate_data();
    void emptyFirstNameOnUpdate();
    void firstNameRequiredOnCreate();
    void severalErrorsMessage();
    void duplicateEmail_data();
    void duplicateEmail();
    void duplicatePhone();
    void phonesReplaceIn15();
    void phonesByIdIn12();
    void tagsByName();
    void softDeleteTrashRestore();
    void forceDelete();
    void emptyTrash_data();
    void emptyTrash();
    void notesNeedViaResource();
    void callsNeedViaResourceAndReadIsoDate();
    void dealStatusRules();
    void stageOfAnotherPipeline();
    void createdPipelineHasPipelineKeys();
    void timestampFormat_data();
    void timestampFormat();
    void amountsAndDates();
    void associationEndpoints_data();
    void associationEndpoints();
    void associationArraysInUpdateSync();

private:
    HttpResponse createContact(const QJsonObject &fields);
    // A pipeline (with its stages) and its first stage id; the second overload creates a new pipeline.
    QJsonObject firstPipeline();
    QJsonObject createPipeline(const QString &name);
    HttpResponse createDeal(const QJsonObject &extra);

    std::unique_ptr<EmulatorFixture> m_emulator;
};

void TestEmulatorRecords::init()
{
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestEmulatorRecords::cleanup()
{
    m_emulator.reset();
}

HttpResponse TestEmulatorRecords::createContact(const QJsonObject &fields)
{
    return m_emulator->http().post("/api/contacts", fields);
}

QJsonObject TestEmulatorRecords::firstPipeline()
{
    return m_emulator->http().get("/api/pipelines?with=stages").data().at(0).toObject();
}

QJsonObject TestEmulatorRecords::createPipeline(const QString &name)
{
    const QJsonArray stages {QJsonObject {{"name", "Intro"}, {"win_probability", 10}, {"display_order", 1}},
        QJsonObject {{"name", "Offer"}, {"win_probability", 60}, {"display_order", 2}}};
    return m_emulator->http().post("/api/pipelines", QJsonObject {{"name", name}, {"stages", stages}}).object();
}

HttpResponse TestEmulatorRecords::createDeal(const QJsonObject &extra)
{
    const QJsonObject pipeline = firstPipeline();
    QJsonObject deal {{"name", "Website redesign"}, {"pipeline_id", pipeline.value("id")},
        {"stage_id", pipeline.value("stages").toArray().at(0).toObject().value("id")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        deal.insert(it.key(), it.value());
    return m_emulator->http().post("/api/deals", deal);
}

void TestEmulatorRecords::createReturnsFullRecord()
{
    const auto created
        = createContact({{"first_name", "Ada"}, {"last_name", "Lovelace"}, {"email", "ada@lovelace.test"}});
    CONCORD_VERIFY_STATUS(created, 201);
    const int id = created.value("id").toInt();
    QVERIFY(id > 0);
    QCOMPARE(created.value("was_recently_created"), QJsonValue(true));
    QVERIFY2(created.value("actions").isArray(), "a single-record response carries actions");
    QCOMPARE(created.value("display_name"), QJsonValue("Ada Lovelace"));
    QCOMPARE(created.value("path"), QJsonValue(QStringLiteral("/contacts/%1").arg(id)));
    QCOMPARE(created.value("email"), QJsonValue("ada@lovelace.test"));
    QVERIFY(created.value("authorizations").isObject());
    QVERIFY(created.value("phones").isArray());
    QVERIFY(created.value("tags").isArray());
    QCOMPARE(created.value("timeline_subject_key"), QJsonValue("contact"));
    QVERIFY(created.value("created_at").isString() && created.value("updated_at").isString());
}

void TestEmulatorRecords::genericCrud_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonObject>("create");
    QTest::addColumn<QJsonObject>("update");
    QTest::addColumn<bool>("soft");

    QTest::newRow("companies") << "companies" << QJsonObject {{"name", "Acme Testing"}, {"domain", "acme-testing.com"}}
                               << QJsonObject {{"name", "Acme Renamed"}} << true;
    QTest::newRow("products") << "products"
                              << QJsonObject {{"name", "Audit"}, {"sku", "AU-1"}, {"unit_price", 1500},
                                     {"direct_cost", 900}, {"tax_rate", 18}, {"tax_label", "VAT"}, {"unit", "h"},
                                     {"is_active", true}}
                              << QJsonObject {{"unit_price", 1750.25}} << true;
    QTest::newRow("activities") << "activities"
                                << QJsonObject {{"title", "Call back"}, {"user_id", 2}, {"activity_type_id", 1},
                                       {"due_date", "2024-06-03 10:00:00"}, {"end_date", "2024-06-03 11:00:00"}}
                                << QJsonObject {{"title", "Call back later"}} << true;
    // Names no seed would use: lookup names are unique.
    QTest::newRow("sources") << "sources" << QJsonObject {{"name", "Zeppelin Fair"}}
                             << QJsonObject {{"name", "Zeppelin Expo"}} << false;
    QTest::newRow("industries") << "industries" << QJsonObject {{"name", "Quantum Widgets"}}
                                << QJsonObject {{"name", "Quantum Gadgets"}} << false;
    QTest::newRow("lost-reasons") << "lost-reasons" << QJsonObject {{"name", "Moon phase"}}
                                  << QJsonObject {{"name", "Tide table"}} << false;
    QTest::newRow("call-outcomes") << "call-outcomes"
                                   << QJsonObject {{"name", "Carrier pigeon"}, {"swatch_color", "#aabbcc"}}
                                   << QJsonObject {{"swatch_color", "#112233"}} << false;
    QTest::newRow("activity-types") << "activity-types"
                                    << QJsonObject {{"name", "Zither lesson"}, {"icon", "Coffee"},
                                           {"swatch_color", "#aabbcc"}}
                                    << QJsonObject {{"name", "Zither concert"}} << false;
    QTest::newRow("pipelines")
        << "pipelines"
        << QJsonObject {{"name", "Zebra Deals"},
               {"stages", QJsonArray {QJsonObject {{"name", "Lead"}, {"win_probability", 20}, {"display_order", 1}}}}}
        << QJsonObject {{"name", "Zebra Crossings"}} << false;
}

void TestEmulatorRecords::genericCrud()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, create);
    QFETCH(QJsonObject, update);
    QFETCH(bool, soft);
    auto &http = m_emulator->http();
    const auto created = http.post("/api/" + resource, create);
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(created.value("was_recently_created"), QJsonValue(true));
    const int id = created.value("id").toInt();
    const QString path = QStringLiteral("/api/%1/%2").arg(resource).arg(id);
    for (auto it = create.begin(); it != create.end(); ++it) {
        // Nested lists and dates come back in other shapes, tested elsewhere.
        if (!it.value().isArray() && !it.key().endsWith("_date"))
            QVERIFY2(created.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    CONCORD_VERIFY_STATUS(http.get(path), 200);
    QVERIFY(idsOf(m_emulator->fetchAll("/api/" + resource)).contains(id));

    const auto updated = http.put(path, update);
    CONCORD_VERIFY_STATUS(updated, 200);
    for (auto it = update.begin(); it != update.end(); ++it)
        QVERIFY2(updated.value(it.key()) == it.value(), qPrintable(it.key()));

    CONCORD_VERIFY_STATUS(http.del(path), 204);
    CONCORD_VERIFY_STATUS(http.get(path), 404);
    const auto trashed = http.get(QStringLiteral("/api/trashed/%1/%2").arg(resource).arg(id));
    if (soft)
        CONCORD_VERIFY_STATUS(trashed, 200);
    else
        QVERIFY2(trashed.status == 404, qPrintable(trashed.describe()));
}

void TestEmulatorRecords::lookupNamesAreUnique()
{
    const QString taken = m_emulator->firstRecord("sources").value("name").toString();
    QVERIFY(!taken.isEmpty());
    const auto refused = m_emulator->http().post("/api/sources", QJsonObject {{"name", taken}});
    CONCORD_VERIFY_STATUS(refused, 422);
    QVERIFY(refused.value("errors").toObject().contains("name"));
    // activity-types need all three keys.
    const auto incomplete = m_emulator->http().post("/api/activity-types", QJsonObject {{"name", "Incomplete"}});
    CONCORD_VERIFY_STATUS(incomplete, 422);
}

void TestEmulatorRecords::activityDates()
{
    auto &http = m_emulator->http();
    const int type = m_emulator->firstRecord("activity-types").value("id").toInt();
    const auto allDay = http.post("/api/activities",
        QJsonObject {{"title", "Fair"}, {"user_id", 1}, {"activity_type_id", type}, {"due_date", "2024-06-03"},
            {"end_date", "2024-06-04"}});
    CONCORD_VERIFY_STATUS(allDay, 201);
    QCOMPARE(allDay.value("due_date"), QJsonValue("2024-06-03"));
    QCOMPARE(allDay.value("end_date"), QJsonValue("2024-06-04"));
    const auto timed = http.post("/api/activities",
        QJsonObject {{"title", "Call"}, {"user_id", 1}, {"activity_type_id", type}, {"due_date", "2024-06-03 10:00:00"},
            {"end_date", "2024-06-03 11:30:00"}});
    CONCORD_VERIFY_STATUS(timed, 201);
    QCOMPARE(timed.value("due_date"), QJsonValue("2024-06-03T10:00:00.000000Z"));
    QCOMPARE(timed.value("end_date"), QJsonValue("2024-06-03T11:30:00.000000Z"));
    const auto separateTime = http.post("/api/activities",
        QJsonObject {{"title", "Visit"}, {"user_id", 1}, {"activity_type_id", type}, {"due_date", "2024-06-05"},
            {"due_time", "09:15:00"}});
    CONCORD_VERIFY_STATUS(separateTime, 201);
    QCOMPARE(separateTime.value("due_date"), QJsonValue("2024-06-05T09:15:00.000000Z"));
    const auto noTitle = http.post("/api/activities", QJsonObject {{"user_id", 1}, {"activity_type_id", type}});
    CONCORD_VERIFY_STATUS(noTitle, 422);
    QVERIFY(noTitle.value("errors").toObject().contains("title"));
    const auto badReminder = http.put(QStringLiteral("/api/activities/%1").arg(timed.value("id").toInt()),
        QJsonObject {{"reminder_minutes_before", 0}});
    CONCORD_VERIFY_STATUS(badReminder, 422);
}

void TestEmulatorRecords::showIsUnwrappedWithActions()
{
    const auto created = createContact({{"first_name", "Grace"}});
    const auto shown = m_emulator->http().get(contactPath(created.value("id").toInt()));
    CONCORD_VERIFY_STATUS(shown, 200);
    QVERIFY2(!shown.object().contains("data"), "single records are not wrapped");
    QCOMPARE(shown.value("first_name"), QJsonValue("Grace"));
    QCOMPARE(shown.value("was_recently_created"), QJsonValue(false));
    QVERIFY(shown.value("actions").isArray());
}

void TestEmulatorRecords::recordKeys_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("keys");
    const QStringList common {
        "id", "display_name", "created_at", "updated_at", "authorizations", "was_recently_created"};
    // The keys §6 lists for each resource, as far as a client reads them.
    QTest::newRow("contacts") << "contacts"
                              << common
            + QStringList {"path", "first_name", "last_name", "email", "job_title", "phones", "street", "city", "state",
                "postal_code", "country_id", "country", "source_id", "source", "user_id", "user", "owner_assigned_date",
                "tags", "companies", "deals", "timeline_subject_key"};
    QTest::newRow("companies") << "companies"
                               << common
            + QStringList {"path", "name", "domain", "email", "phones", "industry_id", "industry", "source_id",
                "source", "parent_company_id", "street", "city", "state", "postal_code", "country_id", "country",
                "user_id", "user", "owner_assigned_date", "tags", "contacts", "deals"};
    QTest::newRow("deals") << "deals"
                           << common
            + QStringList {"path", "name", "amount", "expected_close_date", "pipeline_id", "pipeline", "stage_id",
                "stage", "status", "stage_changed_date", "board_order", "swatch_color", "user_id", "user",
                "owner_assigned_date", "contacts", "companies", "tags"};
    QTest::newRow("activities") << "activities"
                                << common
            + QStringList {"title", "description", "note", "activity_type_id", "type", "due_date", "end_date",
                "reminder_minutes_before", "is_completed", "user_id", "user", "contacts", "companies", "deals"};
    QTest::newRow("products") << "products"
                              << common
            + QStringList {"name", "description", "sku", "unit_price", "direct_cost", "tax_rate", "tax_label", "unit",
                "is_active"};
    QTest::newRow("calls") << "calls"
                           << common
            + QStringList {
                "body", "call_outcome_id", "outcome", "date", "user_id", "user", "contacts", "companies", "deals"};
    QTest::newRow("notes") << "notes"
                           << common + QStringList {"body", "user_id", "user", "contacts", "companies", "deals"};
}

void TestEmulatorRecords::recordKeys()
{
    QFETCH(QString, resource);
    QFETCH(QStringList, keys);
    const int id = m_emulator->firstRecord(resource).value("id").toInt();
    const auto record = m_emulator->http().get(QStringLiteral("/api/%1/%2").arg(resource).arg(id));
    CONCORD_VERIFY_STATUS(record, 200);
    QStringList missing;
    for (const auto &key : keys) {
        if (!record.object().contains(key))
            missing << key;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
    const QJsonObject authorizations = record.value("authorizations").toObject();
    for (const char *key : {"view", "update", "delete"})
        QVERIFY2(authorizations.value(QLatin1String(key)).isBool(), key);
}

void TestEmulatorRecords::activityCompletion()
{
    const int id = m_emulator->firstRecord("activities").value("id").toInt();
    const auto completed = m_emulator->http().post(QStringLiteral("/api/activities/%1/complete").arg(id));
    CONCORD_VERIFY_STATUS(completed, 200);
    QCOMPARE(completed.value("is_completed"), QJsonValue(true));
    QCOMPARE(completed.value("id"), QJsonValue(id));
    const auto reopened = m_emulator->http().post(QStringLiteral("/api/activities/%1/incomplete").arg(id));
    CONCORD_VERIFY_STATUS(reopened, 200);
    QCOMPARE(reopened.value("is_completed"), QJsonValue(false));
}

void TestEmulatorRecords::pipelineStagesOnUpdate()
{
    auto &http = m_emulator->http();
    const int id = createPipeline("Staged Pipeline").value("id").toInt();
    const QString stagesPath = QStringLiteral("/api/pipelines/%1/stages").arg(id);
    const QJsonArray before = http.get(stagesPath).data();
    QCOMPARE(before.size(), 2);
    const int kept
        = Test::findFirst(before, [](const QJsonObject &s) { return s.value("name") == QJsonValue("Intro"); })
              .value("id")
              .toInt();
    // A stage with an id is updated, one without is created.
    const QJsonArray stages {
        QJsonObject {{"id", kept}, {"name", "Introduction"}, {"win_probability", 15}, {"display_order", 1}},
        QJsonObject {{"name", "Closing"}, {"win_probability", 90}, {"display_order", 3}}};
    CONCORD_VERIFY_STATUS(http.put(QStringLiteral("/api/pipelines/%1").arg(id), QJsonObject {{"stages", stages}}), 200);
    const QJsonArray after = http.get(stagesPath).data();
    QCOMPARE(Test::findById(after, kept).value("name"), QJsonValue("Introduction"));
    QCOMPARE(Test::findById(after, kept).value("win_probability"), QJsonValue(15));
    QVERIFY(!Test::findFirst(after, [](const QJsonObject &s) {
        return s.value("name") == QJsonValue("Closing");
    }).isEmpty());
}

void TestEmulatorRecords::listItemsHaveNoActions_data()
{
    QTest::addColumn<QString>("resource");
    for (const char *resource : {"contacts", "companies", "deals"})
        QTest::newRow(resource) << QString::fromLatin1(resource);
}

void TestEmulatorRecords::listItemsHaveNoActions()
{
    QFETCH(QString, resource);
    const auto list = m_emulator->http().get("/api/" + resource);
    CONCORD_VERIFY_STATUS(list, 200);
    QVERIFY(!list.data().isEmpty());
    for (const auto &item : list.data()) {
        QVERIFY2(!item.toObject().contains("actions"), "actions only on single-record responses");
        QCOMPARE(item.toObject().value("was_recently_created"), QJsonValue(false));
    }
}

void TestEmulatorRecords::partialUpdate()
{
    const QJsonObject before = m_emulator->http().get(contactPath(5)).object();
    QVERIFY(!before.isEmpty());
    const QJsonObject change {{"job_title", "Chief Tester"}, {"no_such_key", "ignored"}, {"id", 424242},
        {"created_at", "2001-01-01T00:00:00.000000Z"}, {"display_name", "Read Only"}, {"was_recently_created", true}};
    const auto updated = m_emulator->http().put(contactPath(5), change);
    CONCORD_VERIFY_STATUS(updated, 200);
    QCOMPARE(updated.value("job_title"), QJsonValue("Chief Tester"));
    QVERIFY(!updated.object().contains("no_such_key"));
    // Everything not sent is as it was; read-only keys were ignored.
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == "job_title" || it.key() == "updated_at" || it.key() == "actions")
            continue;
        QVERIFY2(updated.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    const auto reread = m_emulator->http().get(contactPath(5));
    QCOMPARE(reread.value("job_title"), QJsonValue("Chief Tester"));
    QCOMPARE(reread.value("id"), QJsonValue(5));
}

void TestEmulatorRecords::stringsTrimmedAndEmptyIsNull()
{
    const auto trimmed = m_emulator->http().put(contactPath(5), QJsonObject {{"job_title", "  Spaced Out  "}});
    CONCORD_VERIFY_STATUS(trimmed, 200);
    QCOMPARE(trimmed.value("job_title"), QJsonValue("Spaced Out"));
    // "" clears a field just as null does.
    const auto cleared = m_emulator->http().put(contactPath(5), QJsonObject {{"job_title", ""}});
    CONCORD_VERIFY_STATUS(cleared, 200);
    QVERIFY(cleared.value("job_title").isNull());
}

void TestEmulatorRecords::nestedErrorKeys()
{
    const auto field = m_emulator->http().post("/api/custom-fields",
        QJsonObject {{"resource_name", "contacts"}, {"field_type", "Select"}, {"field_id", "cf_nested_errors"},
            {"label", "Nested"}, {"options", QJsonArray {QJsonObject {{"name", ""}}}}});
    CONCORD_VERIFY_STATUS(field, 422);
    QVERIFY2(field.value("errors").toObject().contains("options.0.name"), field.body.constData());

    const QJsonArray stages {QJsonObject {{"name", "Fine"}, {"win_probability", 10}, {"display_order", 1}},
        QJsonObject {{"name", ""}, {"win_probability", 20}, {"display_order", 2}}};
    const auto pipeline
        = m_emulator->http().post("/api/pipelines", QJsonObject {{"name", "Nested Errors"}, {"stages", stages}});
    CONCORD_VERIFY_STATUS(pipeline, 422);
    QVERIFY2(pipeline.value("errors").toObject().contains("stages.1.name"), pipeline.body.constData());
}

void TestEmulatorRecords::versionSpecificKeys_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<bool>("lastContacted");
    QTest::newRow("1.5.1") << "1.5.1" << true;
    QTest::newRow("1.2.5") << "1.2.5" << false;
}

void TestEmulatorRecords::versionSpecificKeys()
{
    QFETCH(QString, appVersion);
    QFETCH(bool, lastContacted);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    for (const char *path : {"/api/contacts/5", "/api/companies/5"}) {
        const auto record = emulator->http().get(QLatin1String(path));
        CONCORD_VERIFY_STATUS(record, 200);
        QCOMPARE(record.object().contains("last_contacted_at"), lastContacted);
        // Tags are on records from 1.2.2 on, so on both versions emulated here.
        QVERIFY(record.value("tags").isArray());
    }
}

void TestEmulatorRecords::emptyFirstNameOnUpdate_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty string") << QJsonValue("");
    QTest::newRow("blank string") << QJsonValue("   ");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
}

void TestEmulatorRecords::emptyFirstNameOnUpdate()
{
    QFETCH(QJsonValue, value);
    const auto refused = m_emulator->http().put(contactPath(5), QJsonObject {{"first_name", value}});
    CONCORD_VERIFY_JSON(refused, 422,
        R"({"message":"The First Name field must have a value.",)"
        R"("errors":{"first_name":["The First Name field must have a value."]}})");
    QVERIFY(!m_emulator->http().get(contactPath(5)).value("first_name").toString().isEmpty());
}

void TestEmulatorRecords::firstNameRequiredOnCreate()
{
    CONCORD_VERIFY_JSON(createContact({{"last_name", "Nobody"}}), 422,
        R"({"message":"The First Name field is required.",)"
        R"("errors":{"first_name":["The First Name field is required."]}})");
}

void TestEmulatorRecords::severalErrorsMessage()
{
    const auto two = createContact({{"email", "not-an-email"}});
    CONCORD_VERIFY_STATUS(two, 422);
    QCOMPARE(two.value("message").toString(), QStringLiteral("The First Name field is required. (and 1 more error)"));
    QCOMPARE(two.value("errors").toObject().keys(), (QStringList {"email", "first_name"}));
    QVERIFY(firstError(two, "email").contains("valid email address"));

    const auto three = createContact({{"email", "not-an-email"}, {"cf_score", "many"}});
    CONCORD_VERIFY_STATUS(three, 422);
    QCOMPARE(
        three.value("message").toString(), QStringLiteral("The First Name field is required. (and 2 more errors)"));
    QCOMPARE(three.value("errors").toObject().size(), 3);
}

void TestEmulatorRecords::duplicateEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("onUpdate");
    QTest::newRow("another contact's, create") << QString() << false;
    QTest::newRow("another contact's, update") << QString() << true;
    QTest::newRow("a team member's, create") << "jane@example.com" << false;
}

void TestEmulatorRecords::duplicateEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, onUpdate);
    if (email.isEmpty()) {
        const auto owner = createContact({{"first_name", "Owner"}, {"email", "taken@dup.test"}});
        CONCORD_VERIFY_STATUS(owner, 201);
        email = "taken@dup.test";
    }
    const auto response = onUpdate ? m_emulator->http().put(contactPath(5), QJsonObject {{"email", email}})
                                   : createContact({{"first_name", "Second"}, {"email", email}});
    CONCORD_VERIFY_STATUS(response, 422);
    QCOMPARE(firstError(response, "email"), QStringLiteral("A contact or team member with this email already exist."));
    // The record's own email is not a duplicate of itself.
    const QJsonValue own = m_emulator->http().get(contactPath(5)).value("email");
    if (own.isString())
        CONCORD_VERIFY_STATUS(m_emulator->http().put(contactPath(5), QJsonObject {{"email", own}}), 200);
}

void TestEmulatorRecords::duplicatePhone()
{
    const auto owner = createContact(
        {{"first_name", "Phoned"}, {"phones", QJsonArray {QJsonObject {{"number", "+1 555 0199"}, {"type", "work"}}}}});
    CONCORD_VERIFY_STATUS(owner, 201);
    QCOMPARE(phoneNumbers(owner.object()), QStringList {"+1 555 0199"});
    const auto refused = createContact(
        {{"first_name", "Copy"}, {"phones", QJsonArray {QJsonObject {{"number", "+1 555 0199"}, {"type", "mobile"}}}}});
    CONCORD_VERIFY_STATUS(refused, 422);
    QCOMPARE(firstError(refused, "phones.0.number"), QStringLiteral("A contact with this phone number already exist."));
    // The owner may send its own number again.
    const auto same = m_emulator->http().put(contactPath(owner.value("id").toInt()),
        QJsonObject {{"phones", QJsonArray {QJsonObject {{"number", "+1 555 0199"}, {"type", "work"}}}}});
    CONCORD_VERIFY_STATUS(same, 200);
}

void TestEmulatorRecords::phonesReplaceIn15()
{
    const auto created = createContact({{"first_name", "Phones"},
        {"phones",
            QJsonArray {QJsonObject {{"number", "+49 30 1111"}, {"type", "work"}},
                QJsonObject {{"number", "+49 30 2222"}, {"type", "mobile"}}}}});
    CONCORD_VERIFY_STATUS(created, 201);
    const QString path = contactPath(created.value("id").toInt());
    QCOMPARE(phoneNumbers(created.object()), (QStringList {"+49 30 1111", "+49 30 2222"}));
    for (const auto &phone : created.value("phones").toArray())
        QVERIFY(phone.toObject().value("id").toInt() > 0);

    const auto replaced = m_emulator->http().put(path,
        QJsonObject {{"phones",
            QJsonArray {QJsonObject {{"number", "+49 30 3333"}, {"type", "other"}},
                QJsonObject {{"number", ""}, {"type", "work"}}}}});
    CONCORD_VERIFY_STATUS(replaced, 200);
    QCOMPARE(phoneNumbers(replaced.object()), QStringList {"+49 30 3333"});
    QCOMPARE(replaced.value("phones").toArray().at(0).toObject().value("type"), QJsonValue("other"));

    const auto untouched = m_emulator->http().put(path, QJsonObject {{"job_title", "No phones sent"}});
    QCOMPARE(phoneNumbers(untouched.object()), QStringList {"+49 30 3333"});
}

void TestEmulatorRecords::phonesByIdIn12()
{
    const auto old = EmulatorFixture::started(EmulatorFixture::versionConfig("1.2.5"));
    auto &http = old->http();
    const auto created = http.post("/api/contacts",
        QJsonObject {{"first_name", "Old"},
            {"phones",
                QJsonArray {QJsonObject {{"number", "+49 30 4444"}, {"type", "work"}},
                    QJsonObject {{"number", "+49 30 5555"}, {"type", "mobile"}}}}});
    CONCORD_VERIFY_STATUS(created, 201);
    const QJsonArray phones = created.value("phones").toArray();
    QCOMPARE(phones.size(), 2);
    const QJsonObject keep
        = Test::findFirst(phones, [](const QJsonObject &p) { return p.value("number") == QJsonValue("+49 30 4444"); });
    const QJsonObject drop
        = Test::findFirst(phones, [](const QJsonObject &p) { return p.value("number") == QJsonValue("+49 30 5555"); });
    const QJsonArray change {QJsonObject {{"id", keep.value("id")}, {"number", "+49 30 4445"}, {"type", "work"}},
        QJsonObject {{"id", drop.value("id")}, {"_delete", true}},
        QJsonObject {{"number", "+49 30 6666"}, {"type", "other"}}};
    const auto updated = http.put(
        QStringLiteral("/api/contacts/%1").arg(created.value("id").toInt()), QJsonObject {{"phones", change}});
    CONCORD_VERIFY_STATUS(updated, 200);
    QCOMPARE(phoneNumbers(updated.object()), (QStringList {"+49 30 4445", "+49 30 6666"}));
    // The phone sent with its id was updated in place, not replaced.
    QVERIFY(idsOf(updated.value("phones").toArray()).contains(keep.value("id").toInt()));
}

void TestEmulatorRecords::tagsByName()
{
    const auto created = createContact({{"first_name", "Tagged"}, {"tags", QJsonArray {"VIP", "Brand New Tag"}}});
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(tagNames(created.object()), (QStringList {"Brand New Tag", "VIP"}));
    int newTagId = 0;
    for (const auto &tag : created.value("tags").toArray()) {
        QCOMPARE(tag.toObject().value("type"), QJsonValue("contacts"));
        QVERIFY(tag.toObject().value("id").toInt() > 0);
        if (tag.toObject().value("name") == QJsonValue("Brand New Tag"))
            newTagId = tag.toObject().value("id").toInt();
    }
    // The tag now exists: another record naming it gets the same one, and the list replaces.
    const auto other = createContact({{"first_name", "Also"}, {"tags", QJsonArray {"Brand New Tag"}}});
    QCOMPARE(other.value("tags").toArray().at(0).toObject().value("id"), QJsonValue(newTagId));

    const QString path = contactPath(created.value("id").toInt());
    const auto replaced = m_emulator->http().put(path, QJsonObject {{"tags", QJsonArray {"Brand New Tag"}}});
    QCOMPARE(tagNames(replaced.object()), QStringList {"Brand New Tag"});
    const auto commaString = m_emulator->http().put(path, QJsonObject {{"tags", "Alpha, Beta"}});
    QCOMPARE(tagNames(commaString.object()), (QStringList {"Alpha", "Beta"}));

    const auto deal = createDeal({{"tags", QJsonArray {"Hot"}}});
    CONCORD_VERIFY_STATUS(deal, 201);
    QCOMPARE(deal.value("tags").toArray().at(0).toObject().value("type"), QJsonValue("deals"));
}

void TestEmulatorRecords::softDeleteTrashRestore()
{
    auto &http = m_emulator->http();
    const auto created = createContact({{"first_name", "Trashable"}, {"last_name", "Qwertz"}});
    const int id = created.value("id").toInt();
    const QString path = contactPath(id);
    const int total = http.get("/api/contacts").value("meta").toObject().value("total").toInt();

    const auto deleted = http.del(path);
    CONCORD_VERIFY_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    CONCORD_VERIFY_JSON(http.get(path), 404,
        QStringLiteral(R"({"message":"No query results for model [Concord\\Contact] %1"})").arg(id).toUtf8());
    CONCORD_VERIFY_STATUS(http.put(path, QJsonObject {{"job_title", "x"}}), 404);
    CONCORD_VERIFY_STATUS(http.del(path), 404);
    QCOMPARE(http.get("/api/contacts").value("meta").toObject().value("total").toInt(), total - 1);

    QVERIFY(idsOf(m_emulator->fetchAll("/api/trashed/contacts")).contains(id));
    const auto trashed = http.get(QStringLiteral("/api/trashed/contacts/%1").arg(id));
    CONCORD_VERIFY_STATUS(trashed, 200);
    QCOMPARE(trashed.value("first_name"), QJsonValue("Trashable"));
    const auto found = http.get("/api/trashed/contacts/search?q=Qwertz");
    CONCORD_VERIFY_STATUS(found, 200);
    QVERIFY2(found.json.isArray(), "trash search answers a bare array");
    QCOMPARE(idsOf(found.array()), QSet<int> {id});
    CONCORD_VERIFY_JSON(http.get("/api/trashed/contacts/search?q="), 200, "[]");
    // A live record is not in the trash.
    CONCORD_VERIFY_STATUS(http.get("/api/trashed/contacts/5"), 404);

    const auto restored = http.post(QStringLiteral("/api/trashed/contacts/%1").arg(id));
    CONCORD_VERIFY_SUCCESS(restored);
    CONCORD_VERIFY_STATUS(http.get(path), 200);
    QVERIFY(idsOf(m_emulator->fetchAll("/api/contacts")).contains(id));
    QVERIFY(!idsOf(m_emulator->fetchAll("/api/trashed/contacts")).contains(id));
}

void TestEmulatorRecords::forceDelete()
{
    auto &http = m_emulator->http();
    const int id = createContact({{"first_name", "Gone"}}).value("id").toInt();
    CONCORD_VERIFY_STATUS(http.del(contactPath(id)), 204);
    const auto forced = http.del(QStringLiteral("/api/trashed/contacts/%1").arg(id));
    CONCORD_VERIFY_STATUS(forced, 204);
    QVERIFY(forced.body.isEmpty());
    CONCORD_VERIFY_STATUS(http.get(QStringLiteral("/api/trashed/contacts/%1").arg(id)), 404);
    CONCORD_VERIFY_STATUS(http.get(contactPath(id)), 404);
    CONCORD_VERIFY_STATUS(http.post(QStringLiteral("/api/trashed/contacts/%1").arg(id)), 404);
}

void TestEmulatorRecords::emptyTrash_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<bool>("supported");
    QTest::newRow("1.5.1") << "1.5.1" << true;
    QTest::newRow("1.2.5") << "1.2.5" << false;
}

void TestEmulatorRecords::emptyTrash()
{
    QFETCH(QString, appVersion);
    QFETCH(bool, supported);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    auto &http = emulator->http();
    const auto trashed
        = [&] { return http.get("/api/trashed/contacts").value("meta").toObject().value("total").toInt(); };
    const int before = trashed();
    for (int i = 0; i < 2; ++i) {
        const int id = http.post("/api/contacts", QJsonObject {{"first_name", "Bin"}}).value("id").toInt();
        CONCORD_VERIFY_STATUS(http.del(contactPath(id)), 204);
    }
    const auto emptied = http.del("/api/trashed/contacts");
    const int left = trashed();
    if (supported) {
        CONCORD_VERIFY_SUCCESS(emptied);
        QCOMPARE(left, 0);
    } else {
        // No such route in 1.2 (the URI exists for GET, so 405 is as right as 404).
        QVERIFY2(emptied.status == 404 || emptied.status == 405, qPrintable(emptied.describe()));
        QCOMPARE(left, before + 2);
    }
}

void TestEmulatorRecords::notesNeedViaResource()
{
    auto &http = m_emulator->http();
    const QJsonObject note {{"body", "<p>Met at the fair</p>"}, {"contacts", QJsonArray {5}}};
    const auto refused = http.post("/api/notes", note);
    CONCORD_VERIFY_STATUS(refused, 422);
    QVERIFY2(refused.value("errors").toObject().contains("via_resource"), refused.body.constData());

    QJsonObject via = note;
    via.insert("via_resource", "contacts");
    via.insert("via_resource_id", 5);
    const auto created = http.post("/api/notes", via);
    CONCORD_VERIFY_STATUS(created, 201);
    const QString path = QStringLiteral("/api/notes/%1").arg(created.value("id").toInt());
    QVERIFY(idsOf(m_emulator->fetchAll("/api/contacts/5/notes")).contains(created.value("id").toInt()));

    CONCORD_VERIFY_STATUS(http.put(path, QJsonObject {{"body", "<p>Changed</p>"}}), 422);
    const auto updated = http.put(
        path, QJsonObject {{"body", "<p>Changed</p>"}, {"via_resource", "contacts"}, {"via_resource_id", 5}});
    CONCORD_VERIFY_STATUS(updated, 200);
    QVERIFY(updated.value("body").toString().contains("Changed"));

    // Hard delete: gone, and not in any trash.
    CONCORD_VERIFY_STATUS(http.del(path), 204);
    CONCORD_VERIFY_STATUS(http.get(path), 404);
    QVERIFY(!idsOf(m_emulator->fetchAll("/api/notes")).contains(created.value("id").toInt()));
    QVERIFY(http.get(QStringLiteral("/api/trashed/notes/%1").arg(created.value("id").toInt())).status != 200);
    // §6.7: a note carries its associations.
    QVERIFY2(idsOf(created.value("contacts").toArray()).contains(5), created.body.constData());
}

void TestEmulatorRecords::callsNeedViaResourceAndReadIsoDate()
{
    auto &http = m_emulator->http();
    const int outcome = m_emulator->firstRecord("call-outcomes").value("id").toInt();
    QVERIFY(outcome > 0);
    const QJsonObject call {{"body", "Discussed pricing"}, {"call_outcome_id", outcome},
        {"date", "2024-05-02 12:00:00"}, {"contacts", QJsonArray {5}}};
    CONCORD_VERIFY_STATUS(http.post("/api/calls", call), 422);
    QJsonObject via = call;
    via.insert("via_resource", "contacts");
    via.insert("via_resource_id", 5);
    const auto created = http.post("/api/calls", via);
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(created.value("date"), QJsonValue("2024-05-02T12:00:00.000000Z"));
    QCOMPARE(created.value("outcome").toObject().value("id"), QJsonValue(outcome));
    const QString path = QStringLiteral("/api/calls/%1").arg(created.value("id").toInt());
    CONCORD_VERIFY_STATUS(http.del(path), 204);
    CONCORD_VERIFY_STATUS(http.get(path), 404);
}

void TestEmulatorRecords::dealStatusRules()
{
    auto &http = m_emulator->http();
    const auto created = createDeal({});
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(created.value("status"), QJsonValue("open"));
    const QString path = QStringLiteral("/api/deals/%1").arg(created.value("id").toInt());

    const auto won = http.put(path, QJsonObject {{"status", "won"}});
    CONCORD_VERIFY_STATUS(won, 200);
    QCOMPARE(won.value("status"), QJsonValue("won"));
    QVERIFY(won.value("won_date").isString());
    // §6.4 quotes the message for one direction only; the status named may be the one asked for.
    const auto wonToLost = http.put(path, QJsonObject {{"status", "lost"}});
    CONCORD_VERIFY_STATUS(wonToLost, 409);
    static const QRegularExpression conflict(
        QStringLiteral(R"re(^The deal first must be marked as open in order to apply the "(won|lost)" status\.$)re"));
    QVERIFY2(conflict.match(wonToLost.value("message").toString()).hasMatch(), wonToLost.body.constData());
    QCOMPARE(http.get(path).value("status"), QJsonValue("won"));

    CONCORD_VERIFY_STATUS(http.put(path, QJsonObject {{"status", "open"}}), 200);
    const auto lost = http.put(path, QJsonObject {{"status", "lost"}, {"lost_reason", "Too expensive"}});
    CONCORD_VERIFY_STATUS(lost, 200);
    QCOMPARE(lost.value("status"), QJsonValue("lost"));
    QCOMPARE(lost.value("lost_reason"), QJsonValue("Too expensive"));
    QVERIFY(lost.value("lost_date").isString());
    QVERIFY(!lost.object().contains("won_date") || lost.value("won_date").isNull());

    // lost → won is refused the same way.
    CONCORD_VERIFY_JSON(http.put(path, QJsonObject {{"status", "won"}}), 409,
        R"({"message":"The deal first must be marked as open in order to apply the \"won\" status."})");
    QCOMPARE(http.get(path).value("status"), QJsonValue("lost"));

    // The deprecated status route follows the same rules.
    CONCORD_VERIFY_STATUS(http.put(path + "/status/won"), 409);
    const auto reopened = http.put(path + "/status/open");
    CONCORD_VERIFY_STATUS(reopened, 200);
    QCOMPARE(reopened.value("status"), QJsonValue("open"));
}

void TestEmulatorRecords::stageOfAnotherPipeline()
{
    // Before the new pipeline exists, so the deal is in a seeded one.
    const auto deal = createDeal({});
    const QJsonObject other = createPipeline("Second Pipeline");
    // The create answer need not carry the stages (they come with ?with=stages), so ask for them.
    const auto stages
        = m_emulator->http().get(QStringLiteral("/api/pipelines/%1/stages").arg(other.value("id").toInt()));
    QCOMPARE(stages.data().size(), 2);
    const int foreignStage = stages.data().at(0).toObject().value("id").toInt();
    QVERIFY2(foreignStage > 0, "POST /api/pipelines with stages should create them");
    const QJsonObject first = Test::findFirst(m_emulator->http().get("/api/pipelines?with=stages").data(),
        [&](const QJsonObject &p) { return p.value("id") != other.value("id"); });
    QVERIFY(!first.isEmpty());

    const auto refused = m_emulator->http().post("/api/deals",
        QJsonObject {{"name", "Mismatch"}, {"pipeline_id", first.value("id")}, {"stage_id", foreignStage}});
    CONCORD_VERIFY_STATUS(refused, 422);
    QVERIFY2(refused.value("errors").toObject().contains("stage_id"), refused.body.constData());

    const auto moved = m_emulator->http().put(
        QStringLiteral("/api/deals/%1").arg(deal.value("id").toInt()), QJsonObject {{"stage_id", foreignStage}});
    CONCORD_VERIFY_STATUS(moved, 422);
}

void TestEmulatorRecords::createdPipelineHasPipelineKeys()
{
    const QJsonObject created = createPipeline("Keyed Pipeline");
    const QJsonObject listed
        = Test::findById(m_emulator->http().get("/api/pipelines").data(), created.value("id").toInt());
    // §6.6: every pipeline, new or seeded, has these keys.
    for (const auto &pipeline : {created, listed}) {
        for (const char *key : {"id", "display_name", "name", "flag", "visibility_group", "user_display_order"})
            QVERIFY2(pipeline.contains(QLatin1String(key)), key);
    }
}

void TestEmulatorRecords::timestampFormat_data()
{
    QTest::addColumn<QString>("resource");
    for (const char *resource : {"contacts", "companies", "deals", "users"})
        QTest::newRow(resource) << QString::fromLatin1(resource);
}

void TestEmulatorRecords::timestampFormat()
{
    QFETCH(QString, resource);
    const auto list = m_emulator->http().get("/api/" + resource);
    QVERIFY(!list.data().isEmpty());
    for (const auto &item : list.data()) {
        for (const char *key : {"created_at", "updated_at", "owner_assigned_date"}) {
            const QJsonValue value = item.toObject().value(QLatin1String(key));
            if (value.isUndefined() || (value.isNull() && QLatin1String(key) == QLatin1String("owner_assigned_date")))
                continue;
            QVERIFY2(timestampPattern.match(value.toString()).hasMatch(),
                qPrintable(QLatin1String(key) + ": " + value.toString()));
        }
    }
    if (resource == "contacts") {
        const auto created = createContact({{"first_name", "Clock"}});
        QVERIFY(timestampPattern.match(created.value("created_at").toString()).hasMatch());
        // The fixed clock of the fixture drives every timestamp written.
        QVERIFY2(created.value("created_at").toString().startsWith("2024-06-01T12:"),
            qPrintable(created.value("created_at").toString()));
    }
}

void TestEmulatorRecords::amountsAndDates()
{
    const auto unset = createDeal({{"amount", QJsonValue::Null}, {"expected_close_date", "2024-06-30"}});
    CONCORD_VERIFY_STATUS(unset, 201);
    QVERIFY2(unset.value("amount").isDouble() && unset.value("amount").toDouble() == 0, "null amounts read 0");
    QCOMPARE(unset.value("expected_close_date"), QJsonValue("2024-06-30T00:00:00.000000Z"));
    QCOMPARE(unset.value("falls_behind_expected_close_date").isBool(), true);
    const auto set = createDeal({{"amount", 1250.5}});
    QCOMPARE(set.value("amount"), QJsonValue(1250.5));
    QVERIFY(set.value("id").isDouble());
    for (const auto &deal : m_emulator->fetchAll("/api/deals"))
        QVERIFY2(deal.toObject().value("amount").isDouble(), "amount is always a number");
}

void TestEmulatorRecords::associationEndpoints_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::newRow("1.5.1") << "1.5.1";
    QTest::newRow("1.2.5") << "1.2.5";
}

void TestEmulatorRecords::associationEndpoints()
{
    QFETCH(QString, appVersion);
    const bool v15 = appVersion.startsWith("1.5");
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    auto &http = emulator->http();
    const int contact = http.post("/api/contacts", QJsonObject {{"first_name", "Linked"}}).value("id").toInt();
    const QJsonArray companies = http.get("/api/companies?per_page=3&order=id").data();
    QCOMPARE(companies.size(), 3);
    const int x = companies.at(0).toObject().value("id").toInt();
    const int y = companies.at(1).toObject().value("id").toInt();
    const int z = companies.at(2).toObject().value("id").toInt();
    const QString path = QStringLiteral("/api/associations/contacts/%1").arg(contact);

    // PUT attaches and keeps what is there.
    const auto attachX = http.put(path, QJsonObject {{"companies", QJsonArray {x}}});
    CONCORD_VERIFY_STATUS(attachX, 200);
    QCOMPARE(attachX.value("id"), QJsonValue(contact));
    QCOMPARE(idsOf(attachX.value("companies").toArray()), QSet<int> {x});
    const auto attachY = http.put(path, QJsonObject {{"companies", QJsonArray {y}}});
    QCOMPARE(idsOf(attachY.value("companies").toArray()), (QSet<int> {x, y}));
    CONCORD_VERIFY_JSON(http.put(path, QJsonObject {{"companies", QJsonArray {x}}}), 409,
        R"({"message":"This record is already associated"})");
    const auto missing = http.put(path, QJsonObject {{"companies", QJsonArray {999999}}});
    QVERIFY2(missing.status == 404 || missing.status == 422, qPrintable(missing.describe()));

    // POST syncs: the set is replaced, and [] clears it.
    const auto synced = http.post(path, QJsonObject {{"companies", QJsonArray {z}}});
    CONCORD_VERIFY_STATUS(synced, 200);
    QCOMPARE(idsOf(synced.value("companies").toArray()), QSet<int> {z});
    const auto cleared = http.post(path, QJsonObject {{"companies", QJsonArray {}}});
    CONCORD_VERIFY_STATUS(cleared, 200);
    QCOMPARE(cleared.value("companies").toArray(), QJsonArray());

    // DELETE detaches.
    http.post(path, QJsonObject {{"companies", QJsonArray {x, y}}});
    const auto detached = http.del(path, QJsonObject {{"companies", QJsonArray {x}}});
    if (v15) {
        CONCORD_VERIFY_STATUS(detached, 200);
        QCOMPARE(idsOf(detached.value("companies").toArray()), QSet<int> {y});
    } else {
        CONCORD_VERIFY_STATUS(detached, 204);
        QVERIFY(detached.body.isEmpty());
    }
    QCOMPARE(
        idsOf(http.get(QStringLiteral("/api/contacts/%1").arg(contact)).value("companies").toArray()), QSet<int> {y});

    const auto listed = http.get(path);
    const auto unknownKey = http.put(path, QJsonObject {{"xyz", QJsonArray {1}}});
    if (v15) {
        CONCORD_VERIFY_STATUS(listed, 200);
        const QJsonObject company = listed.value("companies").toArray().at(0).toObject();
        QCOMPARE(company.value("id"), QJsonValue(y));
        QCOMPARE(company.value("path"), QJsonValue(QStringLiteral("/companies/%1").arg(y)));
        QVERIFY(company.value("display_name").isString());
        QVERIFY(company.value("is_primary_associated").isBool());
        QVERIFY(listed.value("deals").isArray());
        CONCORD_VERIFY_JSON(
            unknownKey, 409, R"({"message":"The provided resource name \"xyz\" cannot be associated to contact."})");
    } else {
        // No GET route in 1.2; the URI exists for the other verbs, so 405 is as right as 404.
        QVERIFY2(listed.status == 404 || listed.status == 405, qPrintable(listed.describe()));
        CONCORD_VERIFY_STATUS(unknownKey, 400);
        QVERIFY(unknownKey.value("message").isString());
    }
}

void TestEmulatorRecords::associationArraysInUpdateSync()
{
    auto &http = m_emulator->http();
    const auto created = createContact({{"first_name", "Synced"}, {"companies", QJsonArray {1, 2}}});
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(idsOf(created.value("companies").toArray()), (QSet<int> {1, 2}));
    const QString path = contactPath(created.value("id").toInt());

    const auto replaced = http.put(path, QJsonObject {{"companies", QJsonArray {3}}});
    QCOMPARE(idsOf(replaced.value("companies").toArray()), QSet<int> {3});
    const auto untouched = http.put(path, QJsonObject {{"job_title", "Keeps companies"}});
    QCOMPARE(idsOf(untouched.value("companies").toArray()), QSet<int> {3});
    const auto viaAssociations
        = http.put(path, QJsonObject {{"associations", QJsonObject {{"companies", QJsonArray {1}}}}});
    QCOMPARE(idsOf(viaAssociations.value("companies").toArray()), QSet<int> {1});
    const auto emptied = http.put(path, QJsonObject {{"companies", QJsonArray {}}});
    QCOMPARE(emptied.value("companies").toArray(), QJsonArray());
    // Associations are two-sided.
    const auto withDeal = http.put(path, QJsonObject {{"deals", QJsonArray {1}}});
    QCOMPARE(idsOf(withDeal.value("deals").toArray()), QSet<int> {1});
    QVERIFY(idsOf(http.get("/api/deals/1").value("contacts").toArray()).contains(created.value("id").toInt()));
}

QTEST_GUILESS_MAIN(TestEmulatorRecords)
#include "tst_emulatorrecords.moc"
