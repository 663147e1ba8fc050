// Account: the state machine around a profile's ApiClient and its SecretStore, against the
// emulator over HTTP. A stored token takes it Online and tells it whose the token is; a missing
// or unreadable token stops it without touching the store; a token revoked while work is queued
// parks that work until useToken() brings a new one. Also the ApiClient parking it relies on.

#include "account/account.h"
#include "account/memorysecretstore.h"
#include "account/secretjob.h"
#include "account/secretstore.h"

#include "api/apiclient.h"
#include "api/recordpagejob.h"
#include "api/recordservice.h"

#include <emulatorfixture.h>
#include <freeport.h>
#include <joboutcome.h>
#include <seededtokens.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Concord;
using Concord::Test::EmulatorFixture;
namespace SeededTokens = Concord::Emulator::SeededTokens;

Q_DECLARE_METATYPE(Concord::SecretJob::Error)

namespace {

/// A MemorySecretStore that remembers what it was asked, or fails every read with `readError`.
class RecordingSecretStore : public SecretStore
{
public:
    explicit RecordingSecretStore(SecretJob::Error readError = SecretJob::Error::None)
        : m_readError(readError)
    {
    }

    /// Reads answer only after `ms`, as a keychain on D-Bus does.
    void setReadDelay(int ms) { m_readDelayMs = ms; }

    SecretJob *readSecret(const QString &key) override
    {
        m_calls << QStringLiteral("read ") + key;
        if (m_readDelayMs > 0) {
            auto *job = new SecretJob(key, this);
            QTimer::singleShot(m_readDelayMs, job, [this, job, key] {
                SecretJob *inner = m_memory.readSecret(key);
                connect(inner, &SecretJob::finished, job, [job, inner] {
                    if (inner->isOk())
                        job->succeed(inner->secret());
                    else
                        job->fail(inner->error());
                });
            });
            return job;
        }
        if (m_readError == SecretJob::Error::None)
            return m_memory.readSecret(key);
        auto *job = new SecretJob(key, this);
        job->fail(m_readError);
        return job;
    }
    SecretJob *writeSecret(const QString &key, const QString &secret) override
    {
        m_calls << QStringLiteral("write ") + key;
        return m_memory.writeSecret(key, secret);
    }
    SecretJob *deleteSecret(const QString &key) override
    {
        m_calls << QStringLiteral("delete ") + key;
        return m_memory.deleteSecret(key);
    }
    [[nodiscard]] QString describe() const override { return QStringLiteral("recording"); }

    /// Puts a secret in place without it counting as a call of the code under test.
    bool preload(const QString &key, const QString &secret)
    {
        SecretJob *job = m_memory.writeSecret(key, secret);
        QSignalSpy done(job, &SecretJob::finished);
        return done.wait(5000);
    }
    [[nodiscard]] QStringList calls() const { return m_calls; }

private:
    MemorySecretStore m_memory;
    SecretJob::Error m_readError;
    int m_readDelayMs = 0;
    QStringList m_calls;
};

/// A token of the 1.5 shape (§2.1) that no server knows until a test adds it.
QString makeToken(int id)
{
    return QStringLiteral("%1|AccountTestToken%2AccountTestTokenAccoun0a1b2c3d").arg(id).arg(id % 10);
}

QList<Account::State> statesOf(const QSignalSpy &spy)
{
    QList<Account::State> states;
    for (const QList<QVariant> &args : spy)
        states << args.at(0).value<Account::State>();
    return states;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void openWithStoredToken_data();
    void openWithStoredToken();
    void openWithoutToken_data();
    void openWithoutToken();
    void workQueuedBeforeATokenWaits_data();
    void workQueuedBeforeATokenWaits();
    void secretUnavailable_data();
    void secretUnavailable();
    void unreachableServer();
    void revokedMidWork();
    void revokedAtOpen();
    void clientParksRejectedCallsUntilNewToken();

private:
    [[nodiscard]] Profile profile() const;
    bool addToken(const QString &token, int userId);
    bool revokeToken(const QString &token);

    EmulatorFixture m_emulator;
};

void TestAccount::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
}

void TestAccount::init()
{
    QCOMPARE(m_emulator.reset().status, 204);
}

Profile TestAccount::profile() const
{
    Profile p;
    p.id = QStringLiteral("acct-test");
    p.name = QStringLiteral("Emulator");
    p.serverUrl = m_emulator.baseUrl();
    return p;
}

bool TestAccount::addToken(const QString &token, int userId)
{
    return m_emulator.http()
               .post(QStringLiteral("/__emulator/tokens"),
                   QJsonObject {{QStringLiteral("token"), token}, {QStringLiteral("user_id"), userId}})
               .status
        == 201;
}

bool TestAccount::revokeToken(const QString &token)
{
    return m_emulator.http()
               .post(QStringLiteral("/__emulator/tokens/revoke"), QJsonObject {{QStringLiteral("token"), token}})
               .status
        == 204;
}

void TestAccount::openWithStoredToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("knownUserId");
    QTest::addColumn<QString>("knownUserName");
    QTest::addColumn<QString>("knownEmail");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("userEmail");
    QTest::addColumn<bool>("profileChanges");

    const QString admin = EmulatorFixture::defaultToken();
    QTest::newRow("admin, profile knows nobody yet") << admin << qint64(0) << ""
                                                     << "" << qint64(1) << "Jane Admin"
                                                     << "jane@example.com" << true;
    QTest::newRow("regular user, profile knows nobody yet") << SeededTokens::regularUser() << qint64(0) << ""
                                                            << "" << qint64(2) << "Marco Rossi"
                                                            << "marco@example.com" << true;
    QTest::newRow("profile already knows the user") << SeededTokens::regularUser() << qint64(2) << "Marco Rossi"
                                                    << "marco@example.com" << qint64(2) << "Marco Rossi"
                                                    << "marco@example.com" << false;
    QTest::newRow("user renamed since") << admin << qint64(1) << "Jane Old-Name"
                                        << "jane@example.com" << qint64(1) << "Jane Admin"
                                        << "jane@example.com" << true;
}

void TestAccount::openWithStoredToken()
{
    QFETCH(QString, token);
    QFETCH(qint64, knownUserId);
    QFETCH(QString, knownUserName);
    QFETCH(QString, knownEmail);
    QFETCH(qint64, userId);
    QFETCH(QString, userName);
    QFETCH(QString, userEmail);
    QFETCH(bool, profileChanges);

    Profile p = profile();
    p.userId = knownUserId;
    p.userName = knownUserName;
    p.userEmail = knownEmail;
    RecordingSecretStore store;
    QVERIFY(store.preload(p.secretKey(), token));
    QCOMPARE(m_emulator.clearRequestLog().status, 204);

    Account account(p, &store);
    QCOMPARE(account.state(), Account::State::SignedOut);
    QCOMPARE(account.client()->baseUrl(), p.serverUrl);
    QSignalSpy states(&account, &Account::stateChanged);
    QSignalSpy profiles(&account, &Account::profileChanged);
    // When Online is announced, the account already knows whose token it is.
    Profile profileWhenOnline;
    connect(&account, &Account::stateChanged, this, [&](Account::State state) {
        if (state == Account::State::Online)
            profileWhenOnline = account.profile();
    });

    account.open();
    QCOMPARE(account.state(), Account::State::Connecting);
    QTRY_COMPARE(account.state(), Account::State::Online);
    QCOMPARE(statesOf(states), (QList<Account::State> {Account::State::Connecting, Account::State::Online}));
    QVERIFY2(account.problem().isEmpty(), qPrintable(account.problem()));

    QCOMPARE(profiles.size(), profileChanges ? 1 : 0);
    if (profileChanges) {
        const auto changed = profiles.at(0).at(0).value<Profile>();
        QCOMPARE(changed.id, p.id);
        QCOMPARE(changed.name, p.name);
        QCOMPARE(changed.serverUrl, p.serverUrl);
        QCOMPARE(changed.userId, userId);
        QCOMPARE(changed.userName, userName);
        QCOMPARE(changed.userEmail, userEmail);
    }
    QCOMPARE(account.profile().userId, userId);
    QCOMPARE(account.profile().userName, userName);
    QCOMPARE(account.profile().userEmail, userEmail);
    QCOMPARE(profileWhenOnline.userName, userName);
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});

    // One GET /api/me, with the stored token.
    const QJsonArray log = m_emulator.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/me"));
    QCOMPARE(log.at(0)
                 .toObject()
                 .value(QLatin1String("headers"))
                 .toObject()
                 .value(QLatin1String("authorization"))
                 .toString(),
        QStringLiteral("Bearer ") + token);
}

void TestAccount::openWithoutToken_data()
{
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("token");

    QTest::newRow("nothing stored") << false << QString();
    // An empty entry (a store written by hand, an older version) is no token either.
    QTest::newRow("blank token stored") << true << QStringLiteral("  \n");
}

void TestAccount::openWithoutToken()
{
    QFETCH(bool, stored);
    QFETCH(QString, token);

    const Profile p = profile();
    RecordingSecretStore store;
    if (stored)
        QVERIFY(store.preload(p.secretKey(), token));
    QCOMPARE(m_emulator.clearRequestLog().status, 204);

    Account account(p, &store);
    QSignalSpy states(&account, &Account::stateChanged);
    QSignalSpy profiles(&account, &Account::profileChanged);
    account.open();
    QTRY_COMPARE(account.state(), Account::State::NeedsToken);
    QCOMPARE(statesOf(states), (QList<Account::State> {Account::State::Connecting, Account::State::NeedsToken}));
    QVERIFY(account.problem().contains(p.name));
    QVERIFY(profiles.isEmpty());
    // Only read: nothing written, nothing deleted.
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});
    QVERIFY(m_emulator.requestLog().isEmpty()); // nothing asked of the server without a token
    QVERIFY(!account.client()->hasToken());

    // A token entered afterwards takes it online.
    account.useToken(SeededTokens::regularUser());
    QTRY_COMPARE(account.state(), Account::State::Online);
    QCOMPARE(account.profile().userName, QStringLiteral("Marco Rossi"));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});
}

void TestAccount::workQueuedBeforeATokenWaits_data()
{
    QTest::addColumn<bool>("stored"); // false: nothing stored, the account ends in NeedsToken

    QTest::newRow("while the token is being read") << true;
    QTest::newRow("while no token is stored") << false;
}

void TestAccount::workQueuedBeforeATokenWaits()
{
    // Account::open(): "Work may be queued on client() right away: it waits for the token", and
    // NeedsToken means "calls are parked".
    QFETCH(bool, stored);

    const Profile p = profile();
    RecordingSecretStore store;
    store.setReadDelay(100);
    if (stored)
        QVERIFY(store.preload(p.secretKey(), SeededTokens::regularUser()));
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    Account account(p, &store);
    account.open();
    QCOMPARE(account.state(), Account::State::Connecting);

    ListParams params;
    params.perPage = 3;
    QPointer<RecordPageJob> list = RecordService(account.client(), QStringLiteral("contacts")).listPage(params, 1);
    QSignalSpy listDone(list.data(), &ServiceJob::finished);
    ApiError listError(ApiError::Kind::Cancelled);
    connect(list.data(), &ServiceJob::finished, this, [&] { listError = list->error(); });

    if (!stored) {
        QTRY_COMPARE(account.state(), Account::State::NeedsToken);
        // Either held in the queue, or sent without a token and back with its answer.
        QTRY_VERIFY(!listDone.isEmpty() || account.client()->queuedCount() == 1);
        QVERIFY2(listDone.isEmpty(), qPrintable(ApiError::kindName(listError.kind())));
        QVERIFY(m_emulator.requestLog().isEmpty());
        account.useToken(SeededTokens::regularUser());
    }
    QTRY_COMPARE(listDone.size(), 1);
    QVERIFY2(!listError.isError(), qPrintable(ApiError::kindName(listError.kind())));
    QTRY_COMPARE(account.state(), Account::State::Online);
    // Nothing reached the server without a token.
    const QJsonArray log = m_emulator.requestLog();
    for (const QJsonValue &entry : log)
        QVERIFY(entry.toObject().value(QLatin1String("headers")).toObject().contains(QLatin1String("authorization")));
}

void TestAccount::secretUnavailable_data()
{
    QTest::addColumn<SecretJob::Error>("error");
    QTest::newRow("no keychain") << SecretJob::Error::Unavailable;
    QTest::newRow("keychain timed out") << SecretJob::Error::Timeout;
    QTest::newRow("access denied") << SecretJob::Error::AccessDenied;
    QTest::newRow("other") << SecretJob::Error::Other;
}

void TestAccount::secretUnavailable()
{
    QFETCH(SecretJob::Error, error);

    const Profile p = profile();
    RecordingSecretStore store(error);
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    Account account(p, &store);
    QSignalSpy states(&account, &Account::stateChanged);
    account.open();
    QTRY_COMPARE(account.state(), Account::State::SecretUnavailable);
    QCOMPARE(statesOf(states), (QList<Account::State> {Account::State::Connecting, Account::State::SecretUnavailable}));

    auto *expected = new SecretJob(p.secretKey());
    expected->fail(error);
    const QString expectedProblem = expected->errorString();
    delete expected; // before its queued finished(), which would delete it too
    QVERIFY(!account.problem().isEmpty());
    QCOMPARE(account.problem(), expectedProblem);
    // A failed read never deletes or rewrites anything, and asks the server nothing.
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});
    QVERIFY(m_emulator.requestLog().isEmpty());
    QVERIFY(!account.client()->hasToken());
}

void TestAccount::unreachableServer()
{
    Profile p = profile();
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Concord::Test::freeLoopbackPort()));
    RecordingSecretStore store;
    QVERIFY(store.preload(p.secretKey(), EmulatorFixture::defaultToken()));
    Account account(p, &store);
    account.client()->setRetryPolicy({2, 10, 20});
    QSignalSpy profiles(&account, &Account::profileChanged);
    account.open();
    QTRY_COMPARE(account.state(), Account::State::Unreachable);
    QVERIFY(!account.problem().isEmpty());
    QVERIFY(profiles.isEmpty());
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});
}

void TestAccount::revokedMidWork()
{
    const QString first = makeToken(41);
    const QString second = makeToken(42);
    QVERIFY(addToken(first, 1));

    const Profile p = profile();
    RecordingSecretStore store;
    QVERIFY(store.preload(p.secretKey(), first));
    Account account(p, &store);
    account.open();
    QTRY_COMPARE(account.state(), Account::State::Online);
    QCOMPARE(account.profile().userName, QStringLiteral("Jane Admin"));

    QVERIFY(revokeToken(first));
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    QSignalSpy states(&account, &Account::stateChanged);
    ListParams params;
    params.perPage = 5;
    QPointer<RecordPageJob> list = RecordService(account.client(), QStringLiteral("contacts")).listPage(params, 1);
    QSignalSpy listDone(list.data(), &ServiceJob::finished);
    QList<QJsonObject> records;
    ApiError listError(ApiError::Kind::Cancelled);
    connect(list.data(), &ServiceJob::finished, this, [&] {
        records = list->records();
        listError = list->error();
    });

    QTRY_COMPARE(account.state(), Account::State::NeedsToken);
    QCOMPARE(statesOf(states), QList<Account::State> {Account::State::NeedsToken});
    QVERIFY(account.problem().contains(p.name));
    // Parked, not failed: the call waits in the queue for a new token.
    QCOMPARE(account.client()->state(), ApiClient::State::NeedsToken);
    QCOMPARE(account.client()->queuedCount(), 1);
    QVERIFY(listDone.isEmpty());
    QVERIFY(!list.isNull());
    QCOMPARE(m_emulator.requestLog().size(), 1); // the one rejected attempt, not retried on its own

    // The wizard stores the new token, then hands it over.
    QVERIFY(addToken(second, 1));
    account.useToken(second);
    QTRY_COMPARE(listDone.size(), 1);
    QVERIFY2(!listError.isError(), qPrintable(ApiError::kindName(listError.kind())));
    QCOMPARE(records.size(), 5);
    QTRY_COMPARE(account.state(), Account::State::Online);
    QVERIFY2(account.problem().isEmpty(), qPrintable(account.problem()));
    QCOMPARE(statesOf(states),
        (QList<Account::State> {Account::State::NeedsToken, Account::State::Connecting, Account::State::Online}));
    QCOMPARE(account.client()->state(), ApiClient::State::Ready);
    QCOMPARE(account.client()->queuedCount(), 0);
    // The parked list went out again, with the new token; useToken() is not the store's business.
    QStringList listTokens;
    const QJsonArray log = m_emulator.requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("path")).toString() == QLatin1String("/api/contacts"))
            listTokens
                << request.value(QLatin1String("headers")).toObject().value(QLatin1String("authorization")).toString();
    }
    QCOMPARE(listTokens, (QStringList {QStringLiteral("Bearer ") + first, QStringLiteral("Bearer ") + second}));
    QCOMPARE(store.calls(), QStringList {QStringLiteral("read token/acct-test")});
}

void TestAccount::revokedAtOpen()
{
    // The stored token was revoked before the app started: the first GET /api/me itself parks.
    const Profile p = profile();
    RecordingSecretStore store;
    QVERIFY(store.preload(p.secretKey(), SeededTokens::revoked()));
    Account account(p, &store);
    QSignalSpy states(&account, &Account::stateChanged);
    QSignalSpy profiles(&account, &Account::profileChanged);
    Profile profileWhenOnline;
    connect(&account, &Account::stateChanged, this, [&](Account::State state) {
        if (state == Account::State::Online)
            profileWhenOnline = account.profile();
    });
    account.open();
    QTRY_COMPARE(account.state(), Account::State::NeedsToken);
    QCOMPARE(account.client()->queuedCount(), 1); // the parked GET /api/me

    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    account.useToken(SeededTokens::regularUser());
    QTRY_COMPARE(account.state(), Account::State::Online);
    QTRY_COMPARE(account.client()->queuedCount(), 0);
    QVERIFY2(account.problem().isEmpty(), qPrintable(account.problem()));
    // Online once, and only when the new token's owner is known.
    QCOMPARE(statesOf(states),
        (QList<Account::State> {Account::State::Connecting, Account::State::NeedsToken, Account::State::Connecting,
            Account::State::Online}));
    QCOMPARE(profileWhenOnline.userName, QStringLiteral("Marco Rossi"));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).at(0).value<Profile>().userId, qint64(2));
}

void TestAccount::clientParksRejectedCallsUntilNewToken()
{
    const QString first = makeToken(51);
    const QString second = makeToken(52);
    QVERIFY(addToken(first, 2));

    ApiClient client; // parks rejected calls by default
    client.setBaseUrl(m_emulator.baseUrl());
    client.setToken(first);
    QSignalSpy stateChanged(&client, &ApiClient::stateChanged);
    QSignalSpy tokenRejected(&client, &ApiClient::tokenRejected);
    const auto before = Concord::Test::awaitJob(client.get(QStringLiteral("me")), 10000);
    QVERIFY2(before.isOk(), qPrintable(before.describe()));

    QVERIFY(revokeToken(first));
    Concord::Test::JobOutcome parked;
    QObject context;
    ApiJob *job = client.get(QStringLiteral("me"));
    Concord::Test::recordOutcome(job, &parked, &context);
    QTRY_COMPARE(client.state(), ApiClient::State::NeedsToken);
    QCOMPARE(tokenRejected.size(), 1);
    QCOMPARE(stateChanged.size(), 1);
    QCOMPARE(client.queuedCount(), 1);
    QVERIFY(!parked.finished);

    // A second call made while parked waits too, without a second rejection.
    Concord::Test::JobOutcome queued;
    Concord::Test::recordOutcome(client.get(QStringLiteral("users")), &queued, &context);
    QTRY_COMPARE(client.queuedCount(), 2);
    QCOMPARE(tokenRejected.size(), 1);

    QVERIFY(addToken(second, 2));
    client.setToken(second);
    QCOMPARE(client.state(), ApiClient::State::Ready);
    QTRY_VERIFY(parked.finished && queued.finished);
    QVERIFY2(parked.isOk(), qPrintable(parked.describe()));
    QVERIFY2(queued.isOk(), qPrintable(queued.describe()));
    QCOMPARE(parked.json.object().value(QLatin1String("name")).toString(), QStringLiteral("Marco Rossi"));
    QCOMPARE(client.queuedCount(), 0);
    QCOMPARE(stateChanged.size(), 2);
    QCOMPARE(tokenRejected.size(), 1);
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
