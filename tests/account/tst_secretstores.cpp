// The secret stores that need no keychain service: memory and the opt-in file store, and the
// keychain store where no D-Bus session exists (concord_add_test sets
// DBUS_SESSION_BUS_ADDRESS=disabled:), which must fail fast with Unavailable.

#include "secretstorechecks.h"

#include "account/filesecretstore.h"
#include "account/keychainsecretstore.h"
#include "account/memorysecretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Concord;
using namespace std::chrono_literals;
using Concord::Test::awaitSecretJob;
using Concord::Test::checkRoundTrip;

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The file's mode as chmod sees it: Qt also reports the current user's rights (the *User
/// flags), which are not part of the mode.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryRoundTrip();
    void memoryFinishesFromTheEventLoop();
    void fileRoundTrip();
    void fileIsPrivate();
    void fileKeepsOtherKeys();
    void fileReadableByOthersIsRefused();
    void corruptFileIsReportedAndLeftAlone_data();
    void corruptFileIsReportedAndLeftAlone();
    void fileDescribeSaysNotEncrypted();
    void keychainWithoutDbusIsUnavailableAtOnce();
};

void TestSecretStores::memoryRoundTrip()
{
    MemorySecretStore store;
    checkRoundTrip(store, QStringLiteral("profile-1"));
}

void TestSecretStores::memoryFinishesFromTheEventLoop()
{
    // A caller connects after the call returns: finished() must not have been emitted yet.
    MemorySecretStore store;
    SecretJob *job = store.writeSecret(QStringLiteral("k"), QStringLiteral("v"));
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.isEmpty());
    QVERIFY(spy.wait(1000));
}

void TestSecretStores::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileSecretStore store(dir.filePath(QStringLiteral("sub/secrets.json")));
    checkRoundTrip(store, QStringLiteral("profile-1"));
}

void TestSecretStores::fileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    FileSecretStore store(path);
    QVERIFY(awaitSecretJob(store.writeSecret(QStringLiteral("k"), QStringLiteral("v"))).isOk());
    QCOMPARE(modeOf(path), ownerOnly);

    // Rewriting replaces the file (QSaveFile) and the new one is private again.
    QVERIFY(awaitSecretJob(store.writeSecret(QStringLiteral("k"), QStringLiteral("w"))).isOk());
    QCOMPARE(modeOf(path), ownerOnly);
}

void TestSecretStores::fileKeepsOtherKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    {
        FileSecretStore store(path);
        QVERIFY(awaitSecretJob(store.writeSecret(QStringLiteral("a"), QStringLiteral("1"))).isOk());
        QVERIFY(awaitSecretJob(store.writeSecret(QStringLiteral("b"), QStringLiteral("2"))).isOk());
        QVERIFY(awaitSecretJob(store.deleteSecret(QStringLiteral("a"))).isOk());
    }
    FileSecretStore reopened(path);
    QCOMPARE(awaitSecretJob(reopened.readSecret(QStringLiteral("b"))).secret, QStringLiteral("2"));
    QCOMPARE(awaitSecretJob(reopened.readSecret(QStringLiteral("a"))).error, SecretJob::Error::NotFound);
}

void TestSecretStores::fileReadableByOthersIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    FileSecretStore store(path);
    QVERIFY(awaitSecretJob(store.writeSecret(QStringLiteral("k"), QStringLiteral("v"))).isOk());
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = contentsOf(path);

    auto outcome = awaitSecretJob(store.readSecret(QStringLiteral("k")));
    QCOMPARE(outcome.error, SecretJob::Error::AccessDenied);
    QVERIFY(outcome.secret.isEmpty());
    QVERIFY2(outcome.errorString.contains(QStringLiteral("other users")), outcome.describe());
    QVERIFY2(outcome.errorString.contains(path), outcome.describe());

    // Writes and deletes are refused too, and nothing is changed.
    QCOMPARE(awaitSecretJob(store.writeSecret(QStringLiteral("k"), QStringLiteral("x"))).error,
        SecretJob::Error::AccessDenied);
    QCOMPARE(awaitSecretJob(store.deleteSecret(QStringLiteral("k"))).error, SecretJob::Error::AccessDenied);
    QCOMPARE(contentsOf(path), before);
    QCOMPARE(modeOf(path), ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

void TestSecretStores::corruptFileIsReportedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"version\":1,\"secrets\":{\"k\":\"v");
    QTest::newRow("not json") << QByteArrayLiteral("\x00\x01garbage");
    QTest::newRow("array") << QByteArrayLiteral("[1,2]");
    QTest::newRow("no secrets object") << QByteArrayLiteral("{\"version\":1,\"secrets\":3}");
}

void TestSecretStores::corruptFileIsReportedAndLeftAlone()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secrets.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    QVERIFY(QFile::setPermissions(path, ownerOnly));
    FileSecretStore store(path);

    const auto read = awaitSecretJob(store.readSecret(QStringLiteral("k")));
    QCOMPARE(read.error, SecretJob::Error::Other);
    QVERIFY2(read.errorString.contains(QStringLiteral("damaged")), read.describe());
    QCOMPARE(
        awaitSecretJob(store.writeSecret(QStringLiteral("k"), QStringLiteral("new"))).error, SecretJob::Error::Other);
    QCOMPARE(awaitSecretJob(store.deleteSecret(QStringLiteral("k"))).error, SecretJob::Error::Other);

    QCOMPARE(contentsOf(path), contents);
    QCOMPARE(modeOf(path), ownerOnly);
}

void TestSecretStores::fileDescribeSaysNotEncrypted()
{
    FileSecretStore store(QStringLiteral("/tmp/x.json"));
    QVERIFY2(store.describe().contains(QStringLiteral("NOT encrypted")), qPrintable(store.describe()));
}

void TestSecretStores::keychainWithoutDbusIsUnavailableAtOnce()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArrayLiteral("disabled:"));
    KeychainSecretStore store(QStringLiteral("org.example.concord-tests"));
    store.setTimeout(10s);
    // One at a time: a job deletes itself once finished, so each is awaited as soon as it starts.
    const std::function<SecretJob *()> calls[] = {
        [&store] { return store.readSecret(QStringLiteral("k")); },
        [&store] { return store.writeSecret(QStringLiteral("k"), QStringLiteral("v")); },
        [&store] { return store.deleteSecret(QStringLiteral("k")); },
    };
    for (const auto &call : calls) {
        const auto outcome = awaitSecretJob(call(), 20000);
        QVERIFY2(outcome.finished && outcome.error == SecretJob::Error::Unavailable, outcome.describe());
        QVERIFY2(outcome.elapsedMs < 2000, QByteArray::number(outcome.elapsedMs));
        QVERIFY(!outcome.errorString.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
