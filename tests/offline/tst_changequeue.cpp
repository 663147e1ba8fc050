// ChangeQueue against the in-process emulator over real HTTP: changes applied in order with
// exactly the expected requests, partial updates, refusals that do not stop the queue, transient
// failures retried without being overtaken, creates whose answer was lost (found, not created
// twice), placeholders of pending creates, and a revoked token that parks the queue. What went
// on the wire comes from the emulator's request log.

#include "api/apiclient.h"
#include "offline/changequeue.h"
#include "offline/recordchange.h"

#include <emulatorclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Concord;
using Concord::Test::EmulatorClient;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpProbe;

namespace {

RecordChange createOf(const QString &resource, const QJsonObject &fields)
{
    RecordChange change;
    change.kind = RecordChange::Kind::Create;
    change.resource = resource;
    change.fields = fields;
    return change;
}

RecordChange updateOf(const QString &resource, qint64 id, const QJsonObject &fields, const QJsonObject &base = {})
{
    RecordChange change;
    change.kind = RecordChange::Kind::Update;
    change.resource = resource;
    change.recordId = id;
    change.fields = fields;
    change.base = base;
    return change;
}

RecordChange deleteOf(const QString &resource, qint64 id, const QJsonObject &base = {})
{
    RecordChange change;
    change.kind = RecordChange::Kind::Delete;
    change.resource = resource;
    change.recordId = id;
    change.base = base;
    return change;
}

qint64 idOf(const QJsonObject &record)
{
    return record.value(QLatin1String("id")).toInteger();
}

/// Every outcome signal of a queue, in the order it came.
class Outcomes : public QObject
{
public:
    enum class Type
    {
        Applied,
        Rejected,
        Delayed
    };
    struct Outcome
    {
        Type type;
        RecordChange change;
        QJsonObject record;
        ApiError error;
        int retryInMs = 0;
    };

    explicit Outcomes(ChangeQueue *queue)
    {
        connect(queue, &ChangeQueue::changeApplied, this, [this](const RecordChange &c, const QJsonObject &r) {
            all.append({Type::Applied, c, r, {}, 0});
        });
        connect(queue, &ChangeQueue::changeRejected, this, [this](const RecordChange &c, const ApiError &e) {
            all.append({Type::Rejected, c, {}, e, 0});
        });
        connect(queue, &ChangeQueue::changeDelayed, this, [this](const RecordChange &c, const ApiError &e, int ms) {
            all.append({Type::Delayed, c, {}, e, ms});
        });
    }

    [[nodiscard]] QList<Outcome> of(Type type) const
    {
        QList<Outcome> out;
        for (const Outcome &o : all) {
            if (o.type == type)
                out.append(o);
        }
        return out;
    }
    /// The sequence numbers of the changes with outcome `type`, in signal order.
    [[nodiscard]] QList<qint64> sequences(Type type) const
    {
        QList<qint64> out;
        for (const Outcome &o : of(type))
            out.append(o.change.sequence);
        return out;
    }

    QList<Outcome> all;
};

} // namespace

class TestChangeQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void recordChangeJson();
    void appliesInOrder();
    void updateOfPendingCreateGoesToRealId();
    void rejectedChangeDoesNotStopTheQueue();
    void missingRecord();
    void transientErrorRetriedInOrder();
    void ambiguousCreateIsFound_data();
    void ambiguousCreateIsFound();
    void lostCreateIsSentAgain();
    void namesakeIsNotTakenForTheLostCreate();
    void refusedCreateIsSentAgainWithoutLooking();
    void revokedTokenParksTheQueue();

private:
    /// "METHOD /path" of every API request since the log was last cleared.
    [[nodiscard]] QStringList wire();
    /// How many `resource` records have exactly `value` (case aside) in `key`.
    [[nodiscard]] int countOnServer(const QString &resource, const QString &key, const QString &value);
    [[nodiscard]] QJsonObject serverRecord(const QString &resource, qint64 id, const HttpProbe::Headers &headers = {});
    [[nodiscard]] QJsonArray someContacts(int count);

    EmulatorClient m_server {EmulatorClient::withContacts(20)};
};

void TestChangeQueue::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    // One attempt per request: what is tested here is the queue's own retry, not ApiClient's.
    m_server.client().setRetryPolicy({1, 10, 20});
}

void TestChangeQueue::init()
{
    // Fresh records, tokens and faults, an empty log, and the client on the seeded token again.
    QCOMPARE(m_server.emulator().reset().status, 204);
    m_server.client().setToken(m_server.emulator().token());
}

QStringList TestChangeQueue::wire()
{
    QStringList out;
    const QJsonArray log = m_server.emulator().requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        out << request.value(QLatin1String("method")).toString() + QLatin1Char(' ')
                + request.value(QLatin1String("path")).toString();
    }
    return out;
}

int TestChangeQueue::countOnServer(const QString &resource, const QString &key, const QString &value)
{
    // The `field:value` form (§4.1): digits alone would search the id column.
    const QString q = key + QLatin1Char(':') + value;
    const auto response = m_server.emulator().http().get(
        QStringLiteral("/api/%1/search?q=%2").arg(resource, QString::fromLatin1(QUrl::toPercentEncoding(q))));
    int count = 0;
    for (const QJsonValue &record : response.array())
        count += record.toObject().value(key).toString().compare(value, Qt::CaseInsensitive) == 0;
    return count;
}

QJsonObject TestChangeQueue::serverRecord(const QString &resource, qint64 id, const HttpProbe::Headers &headers)
{
    return m_server.emulator().http().get(QStringLiteral("/api/%1/%2").arg(resource).arg(id), headers).object();
}

QJsonArray TestChangeQueue::someContacts(int count)
{
    return m_server.emulator().http().get(QStringLiteral("/api/contacts?per_page=%1").arg(count)).data();
}

void TestChangeQueue::recordChangeJson()
{
    RecordChange change
        = updateOf(QStringLiteral("contacts"), 12, {{QStringLiteral("job_title"), QStringLiteral("CTO")}},
            {{QStringLiteral("id"), 12}, {QStringLiteral("job_title"), QStringLiteral("CEO")}});
    change.sequence = 7;
    change.outcomeUnknown = true;

    // Through text, as a store would keep it.
    const QByteArray stored = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
    bool ok = false;
    const RecordChange back = RecordChange::fromJson(QJsonDocument::fromJson(stored).object(), &ok);
    QVERIFY(ok);
    QCOMPARE(back.kind, RecordChange::Kind::Update);
    QCOMPARE(back.resource, QStringLiteral("contacts"));
    QCOMPARE(back.recordId, 12);
    QCOMPARE(back.fields, change.fields);
    QCOMPARE(back.base, change.base);
    QCOMPARE(back.sequence, 7);
    QVERIFY(back.outcomeUnknown);

    RecordChange create = createOf(QStringLiteral("notes"), {{QStringLiteral("body"), QStringLiteral("<p>Hi</p>")}});
    create.recordId = RecordChange::localIdFor(3);
    QCOMPARE(RecordChange::fromJson(create.toJson(), &ok).recordId, -3);
    QVERIFY(ok);

    QJsonObject unknownKind = change.toJson();
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("merge"));
    QJsonObject noId = change.toJson();
    noId.insert(QStringLiteral("record_id"), 0);
    QJsonObject noResource = change.toJson();
    noResource.remove(QStringLiteral("resource"));
    for (const QJsonObject &bad : {unknownKind, noId, noResource, QJsonObject()}) {
        ok = true;
        QCOMPARE(RecordChange::fromJson(bad, &ok).resource, QString());
        QVERIFY(!ok);
    }
}

void TestChangeQueue::appliesInOrder()
{
    const QJsonArray contacts = someContacts(2);
    const QJsonObject edited = contacts.at(0).toObject();
    const QJsonObject doomed = contacts.at(1).toObject();
    // Someone else changes the city meanwhile: a PUT of the whole base record would undo it.
    QCOMPARE(m_server.emulator()
                 .http()
                 .put(QStringLiteral("/api/contacts/%1").arg(idOf(edited)), QJsonObject {{"city", "Elsewhere"}})
                 .status,
        200);
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    Outcomes outcomes(&queue);
    QSignalSpy counts(&queue, &ChangeQueue::pendingCountChanged);
    const qint64 created = queue.enqueue(createOf(
        QStringLiteral("contacts"), {{"first_name", "Ada"}, {"last_name", "Lovelace"}, {"email", "ada@example.org"}}));
    const qint64 updated
        = queue.enqueue(updateOf(QStringLiteral("contacts"), idOf(edited), {{"job_title", "Analyst"}}, edited));
    const qint64 deleted = queue.enqueue(deleteOf(QStringLiteral("contacts"), idOf(doomed), doomed));
    QVERIFY(created < updated && updated < deleted);
    // Nothing goes out from within enqueue().
    QCOMPARE(queue.pendingCount(), 3);
    QVERIFY(!queue.isBusy());
    QCOMPARE(queue.pending().constFirst().sequence, created);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QVERIFY(!queue.isBusy());
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), (QList<qint64> {created, updated, deleted}));
    QCOMPARE(outcomes.all.size(), 3);
    const QJsonObject newContact = outcomes.all.at(0).record;
    QVERIFY(idOf(newContact) > 0);
    QCOMPARE(newContact.value("email").toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(outcomes.all.at(1).record.value("job_title").toString(), QStringLiteral("Analyst"));
    QVERIFY(outcomes.all.at(2).record.isEmpty());

    // One request per change, in order, and nothing else.
    QCOMPARE(wire(),
        (QStringList {QStringLiteral("POST /api/contacts"), QStringLiteral("PUT /api/contacts/%1").arg(idOf(edited)),
            QStringLiteral("DELETE /api/contacts/%1").arg(idOf(doomed))}));
    QList<int> seen;
    for (const QList<QVariant> &args : counts)
        seen << args.at(0).toInt();
    QCOMPARE(seen, (QList<int> {1, 2, 3, 2, 1, 0}));

    // Only the changed key was sent: the other edit of the city survived.
    const QJsonObject afterwards = serverRecord(QStringLiteral("contacts"), idOf(edited));
    QCOMPARE(afterwards.value("job_title").toString(), QStringLiteral("Analyst"));
    QCOMPARE(afterwards.value("city").toString(), QStringLiteral("Elsewhere"));
    QCOMPARE(m_server.emulator().http().get(QStringLiteral("/api/contacts/%1").arg(idOf(doomed))).status, 404);
    QCOMPARE(serverRecord(QStringLiteral("contacts"), idOf(newContact)).value("last_name").toString(),
        QStringLiteral("Lovelace"));
}

void TestChangeQueue::updateOfPendingCreateGoesToRealId()
{
    ChangeQueue queue(&m_server.client());
    Outcomes outcomes(&queue);
    QList<RecordChange> pendingWhenCreated;
    connect(&queue, &ChangeQueue::changeApplied, this, [&](const RecordChange &change) {
        if (change.kind == RecordChange::Kind::Create)
            pendingWhenCreated = queue.pending();
    });

    RecordChange create = createOf(QStringLiteral("contacts"), {{"first_name", "Grace"}, {"last_name", "Hopper"}});
    create.recordId = 4711; // ignored: a Create always gets its placeholder
    const qint64 createSequence = queue.enqueue(create);
    const qint64 localId = RecordChange::localIdFor(createSequence);
    QVERIFY(localId < 0);
    QCOMPARE(queue.pending().constFirst().recordId, localId);
    const qint64 updateSequence
        = queue.enqueue(updateOf(QStringLiteral("contacts"), localId, {{"job_title", "Admiral"}}));
    QCOMPARE(queue.pending().at(1).recordId, localId);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), (QList<qint64> {createSequence, updateSequence}));
    const qint64 realId = idOf(outcomes.all.at(0).record);
    QVERIFY(realId > 0);
    QCOMPARE(outcomes.all.at(0).change.recordId, localId);
    // Rewritten as soon as the Create was applied, before the Update went out.
    QCOMPARE(pendingWhenCreated.size(), 1);
    QCOMPARE(pendingWhenCreated.constFirst().recordId, realId);
    QCOMPARE(outcomes.all.at(1).change.recordId, realId);
    QCOMPARE(wire(),
        (QStringList {QStringLiteral("POST /api/contacts"), QStringLiteral("PUT /api/contacts/%1").arg(realId)}));

    // An editor that still holds the placeholder reaches the real record too.
    queue.enqueue(updateOf(QStringLiteral("contacts"), localId, {{"city", "Arlington"}}));
    QCOMPARE(queue.pending().constFirst().recordId, realId);
    QTRY_COMPARE(queue.pendingCount(), 0);
    const QJsonObject record = serverRecord(QStringLiteral("contacts"), realId);
    QCOMPARE(record.value("job_title").toString(), QStringLiteral("Admiral"));
    QCOMPARE(record.value("city").toString(), QStringLiteral("Arlington"));
    QCOMPARE(outcomes.of(Outcomes::Type::Rejected).size(), 0);
}

void TestChangeQueue::rejectedChangeDoesNotStopTheQueue()
{
    const QJsonObject edited = someContacts(1).at(0).toObject();
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    Outcomes outcomes(&queue);
    const qint64 invalid
        = queue.enqueue(createOf(QStringLiteral("contacts"), {{"last_name", "Nameless"}, {"email", "not-an-address"}}));
    const qint64 ofInvalid = queue.enqueue(
        updateOf(QStringLiteral("contacts"), RecordChange::localIdFor(invalid), {{"job_title", "Never"}}));
    const qint64 valid
        = queue.enqueue(updateOf(QStringLiteral("contacts"), idOf(edited), {{"job_title", "Still sent"}}, edited));

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.sequences(Outcomes::Type::Rejected), (QList<qint64> {invalid, ofInvalid}));
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), QList<qint64> {valid});
    QCOMPARE(outcomes.of(Outcomes::Type::Delayed).size(), 0);
    const ApiError error = outcomes.all.at(0).error;
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QVERIFY2(error.fieldErrors().contains(QStringLiteral("first_name")), qPrintable(error.userMessage()));
    QVERIFY(error.fieldErrors().contains(QStringLiteral("email")));
    // The change of a record that was never created gets the Create's reason, without a request.
    QCOMPARE(outcomes.all.at(1).error.kind(), ApiError::Kind::Validation);
    QCOMPARE(wire(),
        (QStringList {QStringLiteral("POST /api/contacts"), QStringLiteral("PUT /api/contacts/%1").arg(idOf(edited))}));
    QCOMPARE(serverRecord(QStringLiteral("contacts"), idOf(edited)).value("job_title").toString(),
        QStringLiteral("Still sent"));
}

void TestChangeQueue::missingRecord()
{
    ChangeQueue queue(&m_server.client());
    Outcomes outcomes(&queue);
    const qint64 update = queue.enqueue(updateOf(QStringLiteral("contacts"), 999999, {{"job_title", "Ghost"}}));
    const qint64 removal = queue.enqueue(deleteOf(QStringLiteral("contacts"), 999999));

    QTRY_COMPARE(queue.pendingCount(), 0);
    // An edit of a vanished record goes back to its author; a delete of one has nothing left to do.
    QCOMPARE(outcomes.sequences(Outcomes::Type::Rejected), QList<qint64> {update});
    QCOMPARE(outcomes.all.at(0).error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), QList<qint64> {removal});
    QCOMPARE(wire(),
        (QStringList {QStringLiteral("PUT /api/contacts/999999"), QStringLiteral("DELETE /api/contacts/999999")}));
}

void TestChangeQueue::transientErrorRetriedInOrder()
{
    const QJsonArray contacts = someContacts(2);
    const qint64 editedId = idOf(contacts.at(0).toObject());
    const qint64 doomedId = idOf(contacts.at(1).toObject());
    QCOMPARE(
        m_server.emulator()
            .setFaults({{"error_rate", 1.0}, {"error_statuses", QJsonArray {503}}, {"methods", QJsonArray {"PUT"}}})
            .status,
        200);
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    const qint64 update = queue.enqueue(updateOf(QStringLiteral("contacts"), editedId, {{"job_title", "Patient"}}));
    const qint64 removal = queue.enqueue(deleteOf(QStringLiteral("contacts"), doomedId));

    QTRY_VERIFY(outcomes.of(Outcomes::Type::Delayed).size() >= 3);
    // The delete waits behind the failing update.
    QCOMPARE(queue.pendingCount(), 2);
    QVERIFY(!wire().contains(QStringLiteral("DELETE /api/contacts/%1").arg(doomedId)));
    QCOMPARE(m_server.emulator().setFaults({}).status, 200);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), (QList<qint64> {update, removal}));
    QCOMPARE(outcomes.of(Outcomes::Type::Rejected).size(), 0);
    const auto delays = outcomes.of(Outcomes::Type::Delayed);
    for (const auto &delayed : delays) {
        QCOMPARE(delayed.change.sequence, update);
        QCOMPARE(delayed.error.kind(), ApiError::Kind::Server);
        QCOMPARE(delayed.error.httpStatus(), 503);
        QVERIFY2(delayed.retryInMs >= 5 && delayed.retryInMs <= 40, qPrintable(QString::number(delayed.retryInMs)));
    }
    // The failed tries were answered before the app (the emulator logs only what reaches it, as
    // a server in maintenance mode never runs the app): then the update, then the delete, once.
    QCOMPARE(wire(),
        (QStringList {QStringLiteral("PUT /api/contacts/%1").arg(editedId),
            QStringLiteral("DELETE /api/contacts/%1").arg(doomedId)}));
    QCOMPARE(
        serverRecord(QStringLiteral("contacts"), editedId).value("job_title").toString(), QStringLiteral("Patient"));
}

void TestChangeQueue::ambiguousCreateIsFound_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("key"); ///< what the record is searched by

    const QString contacts = QStringLiteral("contacts");
    const QString companies = QStringLiteral("companies");
    const QJsonObject byEmail {
        {"first_name", "Lin"}, {"last_name", "Chen"}, {"email", "Lin.Chen@example.org"}, {"job_title", "Engineer"}};
    const QJsonObject byName {{"first_name", "Nameonly"}, {"last_name", "Person"}, {"city", "Graz"}};
    const QJsonObject company {{"name", "Outbox Works Ltd"}, {"domain", "outbox-works.example"}};
    const QJsonObject product {{"name", "Queue Audit"}, {"unit_price", 1500.5}, {"sku", "QA-1"}};
    const QJsonObject activity {
        {"title", "Call back about the outbox"}, {"user_id", 1}, {"due_date", "2024-06-03 10:00:00"}};

    QTest::newRow("contact by email") << contacts << byEmail << QStringLiteral("email");
    QTest::newRow("contact by name") << contacts << byName << QStringLiteral("first_name");
    QTest::newRow("company by name") << companies << company << QStringLiteral("name");
    QTest::newRow("product, decimal price") << QStringLiteral("products") << product << QStringLiteral("name");
    QTest::newRow("activity, date-time") << QStringLiteral("activities") << activity << QStringLiteral("title");
    QTest::newRow("digits-only name") << companies << QJsonObject {{"name", "2024"}} << QStringLiteral("name");
}

void TestChangeQueue::ambiguousCreateIsFound()
{
    QFETCH(QString, resource);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, key);
    const QString value = fields.value(key).toString();
    const int before = countOnServer(resource, key, value);
    // The server stores the record, then the connection drops before the answer.
    QCOMPARE(m_server.emulator()
                 .setFaults({{"drop_rate", 1.0}, {"drop_after_apply", true}, {"methods", QJsonArray {"POST"}}})
                 .status,
        200);
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    const qint64 sequence = queue.enqueue(createOf(resource, fields));

    QTRY_COMPARE(queue.pendingCount(), 0);
    const QStringList sent = wire();
    QCOMPARE(m_server.emulator().setFaults({}).status, 200);
    QCOMPARE(outcomes.all.size(), 2);
    const auto delayed = outcomes.all.at(0);
    QCOMPARE(delayed.type, Outcomes::Type::Delayed);
    QVERIFY(delayed.change.outcomeUnknown);
    QCOMPARE(delayed.error.kind(), ApiError::Kind::Network);
    const auto applied = outcomes.all.at(1);
    QCOMPARE(applied.type, Outcomes::Type::Applied);
    QCOMPARE(applied.change.sequence, sequence);
    const qint64 id = idOf(applied.record);
    QVERIFY(id > 0);
    // The full record, as a write would have returned it.
    QVERIFY(applied.record.contains(QLatin1String("actions")));

    // Looked for, fetched, and not created again.
    QCOMPARE(sent,
        (QStringList {QStringLiteral("POST /api/%1").arg(resource), QStringLiteral("GET /api/%1/search").arg(resource),
            QStringLiteral("GET /api/%1/%2").arg(resource).arg(id)}));
    QCOMPARE(countOnServer(resource, key, value), before + 1);
    QCOMPARE(serverRecord(resource, id).value(key).toString(), value);
}

void TestChangeQueue::lostCreateIsSentAgain()
{
    // The connection drops before the server stores anything.
    QCOMPARE(m_server.emulator().setFaults({{"drop_rate", 1.0}, {"methods", QJsonArray {"POST"}}}).status, 200);
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    queue.enqueue(createOf(QStringLiteral("companies"), {{"name", "Second Try GmbH"}}));
    QTRY_VERIFY(!outcomes.of(Outcomes::Type::Delayed).isEmpty());
    QCOMPARE(m_server.emulator().setFaults({}).status, 200);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.of(Outcomes::Type::Applied).size(), 1);
    QCOMPARE(outcomes.of(Outcomes::Type::Rejected).size(), 0);
    // Every POST after the lost one was preceded by a look for the record (dropped requests
    // never reach the emulator's log, so the log starts with a search).
    const QStringList sent = wire();
    QVERIFY(sent.size() >= 2);
    QCOMPARE(sent.constFirst(), QStringLiteral("GET /api/companies/search"));
    for (qsizetype i = 1; i < sent.size(); ++i) {
        if (sent.at(i) == QLatin1String("POST /api/companies"))
            QCOMPARE(sent.at(i - 1), QStringLiteral("GET /api/companies/search"));
    }
    QCOMPARE(sent.constLast(), QStringLiteral("POST /api/companies"));
    QCOMPARE(sent.count(QStringLiteral("POST /api/companies")), 1);
    QCOMPARE(countOnServer(QStringLiteral("companies"), QStringLiteral("name"), QStringLiteral("Second Try GmbH")), 1);
    QCOMPARE(m_server.emulator().getQueries(QStringLiteral("/api/companies/search")).constFirst().queryItemValue("q"),
        QStringLiteral("Second Try GmbH"));
}

void TestChangeQueue::namesakeIsNotTakenForTheLostCreate()
{
    // Another "Namesake AG" exists already, with another domain.
    const auto existing = m_server.emulator().http().post(
        QStringLiteral("/api/companies"), QJsonObject {{"name", "Namesake AG"}, {"domain", "first.example"}});
    QCOMPARE(existing.status, 201);
    QCOMPARE(m_server.emulator().setFaults({{"drop_rate", 1.0}, {"methods", QJsonArray {"POST"}}}).status, 200);

    ChangeQueue queue(&m_server.client());
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    queue.enqueue(createOf(QStringLiteral("companies"), {{"name", "Namesake AG"}, {"domain", "second.example"}}));
    QTRY_VERIFY(!outcomes.of(Outcomes::Type::Delayed).isEmpty());
    QCOMPARE(m_server.emulator().setFaults({}).status, 200);

    QTRY_COMPARE(queue.pendingCount(), 0);
    const auto applied = outcomes.of(Outcomes::Type::Applied);
    QCOMPARE(applied.size(), 1);
    QVERIFY(idOf(applied.constFirst().record) != idOf(existing.object()));
    QCOMPARE(applied.constFirst().record.value("domain").toString(), QStringLiteral("second.example"));
    QCOMPARE(countOnServer(QStringLiteral("companies"), QStringLiteral("name"), QStringLiteral("Namesake AG")), 2);
}

void TestChangeQueue::refusedCreateIsSentAgainWithoutLooking()
{
    // A 503 is the maintenance page: nothing was stored, so there is nothing to look for.
    QCOMPARE(
        m_server.emulator()
            .setFaults({{"error_rate", 1.0}, {"error_statuses", QJsonArray {503}}, {"methods", QJsonArray {"POST"}}})
            .status,
        200);
    QCOMPARE(m_server.emulator().clearRequestLog().status, 204);

    ChangeQueue queue(&m_server.client());
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    queue.enqueue(createOf(QStringLiteral("companies"), {{"name", "Maintenance Ltd"}}));
    QTRY_VERIFY(!outcomes.of(Outcomes::Type::Delayed).isEmpty());
    QVERIFY(!outcomes.all.constFirst().change.outcomeUnknown);
    QCOMPARE(m_server.emulator().setFaults({}).status, 200);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.of(Outcomes::Type::Applied).size(), 1);
    QCOMPARE(wire(), QStringList {QStringLiteral("POST /api/companies")});
}

void TestChangeQueue::revokedTokenParksTheQueue()
{
    ApiClient &client = m_server.client();
    const qint64 editedId = idOf(someContacts(1).at(0).toObject());
    QCOMPARE(
        m_server.emulator()
            .http()
            .post(QStringLiteral("/__emulator/tokens/revoke"), QJsonObject {{"token", m_server.emulator().token()}})
            .status,
        204);

    ChangeQueue queue(&client);
    queue.setRetryDelays(10, 40);
    Outcomes outcomes(&queue);
    QSignalSpy rejectedToken(&client, &ApiClient::tokenRejected);
    const qint64 update = queue.enqueue(updateOf(QStringLiteral("contacts"), editedId, {{"job_title", "Waited"}}));

    QTRY_COMPARE(rejectedToken.size(), 1);
    QCOMPARE(client.state(), ApiClient::State::NeedsToken);
    // Parked, not failed: still in flight, nothing given back, nothing retried behind the client's back.
    QCOMPARE(queue.pendingCount(), 1);
    QVERIFY(queue.isBusy());
    QVERIFY(outcomes.all.isEmpty());

    const QString token = QStringLiteral("9|") + QString(40, QLatin1Char('q')) + QStringLiteral("0a1b2c3d");
    QCOMPARE(m_server.emulator()
                 .http()
                 .post(QStringLiteral("/__emulator/tokens"), QJsonObject {{"token", token}, {"user_id", 1}})
                 .status,
        201);
    client.setToken(token);

    QTRY_COMPARE(queue.pendingCount(), 0);
    QCOMPARE(outcomes.sequences(Outcomes::Type::Applied), QList<qint64> {update});
    QCOMPARE(outcomes.all.size(), 1);
    QCOMPARE(
        serverRecord(QStringLiteral("contacts"), editedId, {HttpProbe::bearer(token)}).value("job_title").toString(),
        QStringLiteral("Waited"));
}

QTEST_GUILESS_MAIN(TestChangeQueue)
#include "tst_changequeue.moc"
