// ApiClient against the emulator over real HTTP: every error kind a person can meet, the
// account's queue (429 pause and resume, pacing, retries of idempotent calls only, 401 parking),
// and the two faults the emulator cannot make by itself — an Origin header added on the way
// (419) and a missing Accept (302 to /login) — through a QNetworkAccessManager that tampers.
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apijob.h"
#include "emulatorclient.h"
#include "freeport.h"
#include "joboutcome.h"

#include <seededtokens.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Concord;
using Kind = ApiError::Kind;
using Test::awaitJob;
using Test::JobOutcome;
using Test::recordOutcome;

namespace {

/// Quick retries, so the tests of transient failures take milliseconds, not seconds.
const ApiClient::RetryPolicy kFastRetries{4, 20, 80};

/// What something between the client and the server might do to a request.
class TamperingNetworkAccessManager : public QNetworkAccessManager
{
public:
    QByteArray addHeader;
    QByteArray addValue;
    QByteArray removeHeader;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        if (!addHeader.isEmpty())
            request.setRawHeader(addHeader, addValue);
        if (!removeHeader.isEmpty())
            request.setRawHeader(removeHeader, QByteArray());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void notFound();
    void forbiddenWithoutApiAccess();
    void forbiddenByPolicy();
    void conflict();
    void validationKeepsFieldErrors();
    void csrfWhenSomethingAddsOrigin();
    void redirectToLoginWithoutAccept();
    void malformedBody();
    void truncatedBody();
    void serverErrorIsNotRetried();
    void transientErrorsAreRetried();
    void transientErrorsRecover();
    void writesAreNotRetried();
    void ambiguousCreateIsNotRepeated();
    void networkError();
    void timeout();
    void rejectedTokenParksEverythingUntilANewOne();
    void rateLimitPausesTheQueueAndResumes();
    void pacingStaysUnderTheLimit();

private:
    [[nodiscard]] ApiClient &client() { return m_server->client(); }
    [[nodiscard]] Test::EmulatorFixture &emulator() { return m_server->emulator(); }
    void startWith(const Emulator::EmulatorConfig &config);

    std::unique_ptr<Test::EmulatorClient> m_server;
};

void TestApiClient::init()
{
    startWith(Test::EmulatorFixture::defaultConfig());
}

void TestApiClient::cleanup()
{
    m_server.reset();
}

void TestApiClient::startWith(const Emulator::EmulatorConfig &config)
{
    m_server = std::make_unique<Test::EmulatorClient>(config);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    client().setRetryPolicy(kFastRetries);
}

void TestApiClient::notFound()
{
    const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts/999999")));
    QVERIFY(o.finished);
    QCOMPARE(o.error.kind(), Kind::NotFound);
    QCOMPARE(o.error.httpStatus(), 404);
    QCOMPARE(o.attempts, 1);
}

void TestApiClient::forbiddenWithoutApiAccess()
{
    client().setToken(Emulator::SeededTokens::noApiUser());
    const JobOutcome o = awaitJob(client().get(QStringLiteral("me")));
    QCOMPARE(o.error.kind(), Kind::Forbidden);
    QCOMPARE(o.error.serverMessage(), QStringLiteral("Your account is not authorized to perform API requests."));
    QCOMPARE(client().state(), ApiClient::State::Ready);
}

void TestApiClient::forbiddenByPolicy()
{
    // Marco (user 2) may not delete a contact somebody else owns.
    const QJsonArray contacts = awaitJob(client().get(QStringLiteral("contacts"), QUrlQuery(QStringLiteral("per_page=50"))))
                                    .json.object()
                                    .value(QStringLiteral("data"))
                                    .toArray();
    int othersContact = 0;
    for (const QJsonValue &c : contacts) {
        if (c.toObject().value(QStringLiteral("user_id")).toInt() != 2)
            othersContact = c.toObject().value(QStringLiteral("id")).toInt();
    }
    QVERIFY(othersContact > 0);
    client().setToken(Emulator::SeededTokens::regularUser());
    const JobOutcome o = awaitJob(client().deleteResource(QStringLiteral("contacts/%1").arg(othersContact)));
    QCOMPARE(o.error.kind(), Kind::Forbidden);
    QCOMPARE(o.error.serverMessage(), QStringLiteral("This action is unauthorized."));
}

void TestApiClient::conflict()
{
    const QString path = QStringLiteral("associations/contacts/1");
    const QJsonObject body{{QStringLiteral("companies"), QJsonArray{2}}};
    awaitJob(client().post(path, QJsonObject{{QStringLiteral("companies"), QJsonArray{}}}));
    QVERIFY(awaitJob(client().put(path, body)).isOk());
    const JobOutcome again = awaitJob(client().put(path, body));
    QCOMPARE(again.error.kind(), Kind::Conflict);
    QVERIFY2(again.error.userMessage().contains(QLatin1String("already associated")), qPrintable(again.error.userMessage()));
}

void TestApiClient::validationKeepsFieldErrors()
{
    const JobOutcome o = awaitJob(client().post(QStringLiteral("contacts"), QJsonObject{{QStringLiteral("email"), QStringLiteral("nope")}}));
    QCOMPARE(o.error.kind(), Kind::Validation);
    QVERIFY(o.error.fieldErrors().contains(QStringLiteral("first_name")));
    QVERIFY(o.error.fieldErrors().contains(QStringLiteral("email")));
    QVERIFY2(o.error.userMessage().contains(QLatin1String("First Name")), qPrintable(o.error.userMessage()));
    QCOMPARE(o.attempts, 1);
}

void TestApiClient::csrfWhenSomethingAddsOrigin()
{
    TamperingNetworkAccessManager nam;
    nam.addHeader = "Origin";
    nam.addValue = "http://localhost";
    ApiClient tampered(&nam);
    tampered.setBaseUrl(emulator().baseUrl());
    tampered.setToken(emulator().token());
    const JobOutcome write = awaitJob(tampered.post(QStringLiteral("contacts"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Ada")}}));
    QCOMPARE(write.error.kind(), Kind::Csrf);
    QVERIFY(write.error.userMessage().contains(QLatin1String("Origin")));
    // Reads are not affected by the rule.
    QVERIFY(awaitJob(tampered.get(QStringLiteral("me"))).isOk());
}

void TestApiClient::redirectToLoginWithoutAccept()
{
    TamperingNetworkAccessManager nam;
    nam.removeHeader = "Accept";
    ApiClient tampered(&nam);
    tampered.setBaseUrl(emulator().baseUrl());
    tampered.setToken(QStringLiteral("1|not-a-token"));
    const JobOutcome o = awaitJob(tampered.get(QStringLiteral("me")));
    QCOMPARE(o.error.kind(), Kind::Redirect);
    QVERIFY(o.error.detail().endsWith(QLatin1String("/login")));
    QVERIFY(o.error.userMessage().contains(QLatin1String("Accept")));
    // Not followed: the login page was never asked for.
    for (const QJsonValue &entry : emulator().requestLog())
        QVERIFY(!entry.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/login")));
}

void TestApiClient::malformedBody()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("malformed_rate"), 1.0}}).status, 200);
    const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts")));
    QCOMPARE(o.error.kind(), Kind::Malformed);
    QCOMPARE(o.attempts, 1);
}

void TestApiClient::truncatedBody()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("truncate_rate"), 1.0}}).status, 200);
    const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts")));
    QVERIFY(o.finished);
    QVERIFY(!o.isOk());
    QVERIFY2(o.error.kind() == Kind::Malformed || o.error.kind() == Kind::Network,
             qPrintable(ApiError::kindName(o.error.kind())));
}

void TestApiClient::serverErrorIsNotRetried()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("error_statuses"), QJsonArray{500}}}).status, 200);
    const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts")));
    QCOMPARE(o.error.kind(), Kind::Server);
    QCOMPARE(o.error.httpStatus(), 500);
    QCOMPARE(o.attempts, 1);
}

void TestApiClient::transientErrorsAreRetried()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("error_statuses"), QJsonArray{502, 503, 504}}}).status, 200);
    const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts")));
    QCOMPARE(o.error.kind(), Kind::Server);
    QVERIFY(o.error.isTransient());
    QCOMPARE(o.attempts, kFastRetries.maxAttempts);
}

void TestApiClient::transientErrorsRecover()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("error_rate"), 0.5}, {QStringLiteral("error_statuses"), QJsonArray{503}}}).status, 200);
    int retried = 0;
    for (int i = 0; i < 6; ++i) {
        const JobOutcome o = awaitJob(client().get(QStringLiteral("contacts/%1").arg(i + 1)));
        // With four tries against a coin flip a call may still fail; it must never end otherwise.
        QVERIFY(o.isOk() || (o.error.httpStatus() == 503 && o.attempts == kFastRetries.maxAttempts));
        retried += o.attempts > 1;
    }
    QVERIFY2(retried > 0, "half of all answers are 503: some call must have needed a retry");
}

void TestApiClient::writesAreNotRetried()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("error_statuses"), QJsonArray{503}}, {QStringLiteral("methods"), QJsonArray{QStringLiteral("POST")}}}).status, 200);
    const JobOutcome o = awaitJob(client().post(QStringLiteral("contacts"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Once")}}));
    QCOMPARE(o.error.kind(), Kind::Server);
    QCOMPARE(o.attempts, 1);
}

void TestApiClient::ambiguousCreateIsNotRepeated()
{
    const auto totalContacts = [this] {
        return awaitJob(client().get(QStringLiteral("contacts"))).json.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt();
    };
    const int before = totalContacts();
    QCOMPARE(emulator().setFaults({{QStringLiteral("drop_rate"), 1.0}, {QStringLiteral("drop_after_apply"), true}, {QStringLiteral("methods"), QJsonArray{QStringLiteral("POST")}}}).status, 200);
    const JobOutcome o = awaitJob(client().post(QStringLiteral("contacts"), QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Maybe")}}));
    QCOMPARE(o.error.kind(), Kind::Network);
    QCOMPARE(o.attempts, 1);
    QCOMPARE(emulator().setFaults({}).status, 200);
    // The server stored it once; the client did not send it again (§11: no idempotency key).
    QCOMPARE(totalContacts(), before + 1);
}

void TestApiClient::networkError()
{
    client().setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::freeLoopbackPort())));
    const JobOutcome o = awaitJob(client().get(QStringLiteral("me")));
    QCOMPARE(o.error.kind(), Kind::Network);
    QCOMPARE(o.attempts, kFastRetries.maxAttempts);
    QVERIFY(!o.error.userMessage().isEmpty());
}

void TestApiClient::timeout()
{
    QCOMPARE(emulator().setFaults({{QStringLiteral("latency_ms"), 1500}}).status, 200);
    client().setTransferTimeout(200);
    client().setRetryPolicy({2, 10, 20});
    QElapsedTimer timer;
    timer.start();
    const JobOutcome o = awaitJob(client().get(QStringLiteral("me")));
    QCOMPARE(o.error.kind(), Kind::Timeout);
    QCOMPARE(o.attempts, 2);
    QVERIFY(timer.elapsed() < 1500);
}

void TestApiClient::rejectedTokenParksEverythingUntilANewOne()
{
    client().setToken(Emulator::SeededTokens::revoked());
    QSignalSpy rejected(&client(), &ApiClient::tokenRejected);
    QList<JobOutcome> outcomes(3);
    for (int i = 0; i < 3; ++i) {
        recordOutcome(client().get(QStringLiteral("contacts/%1").arg(i + 1)), &outcomes[i], this);
    }
    QTRY_COMPARE(rejected.size(), 1);
    QTest::qWait(200);
    QCOMPARE(client().state(), ApiClient::State::NeedsToken);
    for (const JobOutcome &o : outcomes)
        QVERIFY(!o.finished);
    QCOMPARE(rejected.size(), 1);

    client().setToken(emulator().token());
    QTRY_VERIFY(outcomes[0].finished && outcomes[1].finished && outcomes[2].finished);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(outcomes[i].isOk());
        QCOMPARE(outcomes[i].json.object().value(QStringLiteral("id")).toInt(), i + 1);
    }
    QCOMPARE(client().state(), ApiClient::State::Ready);
}

void TestApiClient::rateLimitPausesTheQueueAndResumes()
{
    Emulator::EmulatorConfig config = Test::EmulatorFixture::defaultConfig();
    config.rateLimit = 3;
    config.rateLimitWindowSeconds = 2;
    startWith(config);
    client().setRateLimitWindow(2);
    // Someone else on the same account (the web UI) spends the whole budget first.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(emulator().http().get(QStringLiteral("/api/me")).status, 200);
    QSignalSpy paused(&client(), &ApiClient::rateLimitPaused);
    QSignalSpy states(&client(), &ApiClient::stateChanged);
    QElapsedTimer timer;
    timer.start();
    const JobOutcome o = awaitJob(client().get(QStringLiteral("me")), 10000);
    QVERIFY(o.isOk());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(states.first().first().value<ApiClient::State>(), ApiClient::State::RateLimited);
    QCOMPARE(client().state(), ApiClient::State::Ready);
    QCOMPARE(o.attempts, 2); // the 429, then the same call once the window had passed
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestApiClient::pacingStaysUnderTheLimit()
{
    Emulator::EmulatorConfig config = Test::EmulatorFixture::defaultConfig();
    config.rateLimit = 5;
    config.rateLimitWindowSeconds = 1;
    startWith(config);
    client().setRateLimitWindow(1);
    QSignalSpy paused(&client(), &ApiClient::rateLimitPaused);
    QList<JobOutcome> outcomes(12);
    for (int i = 0; i < outcomes.size(); ++i) {
        recordOutcome(client().get(QStringLiteral("contacts/%1").arg(i + 1)), &outcomes[i], this);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.cbegin(), outcomes.cend(), [](const JobOutcome &o) { return o.finished; }), 15000);
    for (const JobOutcome &o : outcomes)
        QVERIFY(o.isOk());
    // Steady work never ran the budget dry: no 429 was ever answered.
    QCOMPARE(paused.size(), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
