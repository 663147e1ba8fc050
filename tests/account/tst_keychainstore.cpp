// KeychainSecretStore against a real Secret Service: with_keyring.sh runs this test in its own
// dbus-run-session with a freshly created, unlocked gnome-keyring, so nothing here touches the
// user's own keyring and no unlock prompt can appear.

#include "secretstorechecks.h"

#include "account/keychainsecretstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Concord;
using namespace std::chrono_literals;
using Concord::Test::awaitSecretJob;
using Concord::Test::checkRoundTrip;

namespace {

const QString service = QStringLiteral("org.example.concord-tests");

/// The keys of the keyring items qtkeychain made for `service`, as `secret-tool search --all`
/// lists them (qtkeychain's libsecret schema stores the service as "server", the key as "user").
QStringList itemsOfService()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(20000))
        return {QStringLiteral("secret-tool did not finish")};
    QStringList items;
    const QString output = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            items << line.mid(int(qstrlen("attribute.user = ")));
    }
    return items;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void onlyOwnItemIsStored();
    void timeoutEndsTheJobAndTheLateAnswerIsIgnored();
};

void TestKeychainStore::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QFAIL("gnome-keyring-daemon or secret-tool is missing: run ./dev.sh to install the test tools");
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty() || bus.startsWith("disabled:"))
        QFAIL("no private D-Bus session: run this test through with_keyring.sh (ctest does)");
}

void TestKeychainStore::roundTrip()
{
    KeychainSecretStore store(service);
    store.setTimeout(20s);
    checkRoundTrip(store, QStringLiteral("profile-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestKeychainStore::onlyOwnItemIsStored()
{
    KeychainSecretStore store(service);
    store.setTimeout(20s);
    const QString key = QStringLiteral("profile-listed");
    QVERIFY(awaitSecretJob(store.writeSecret(key, QStringLiteral("listed-token"))).isOk());
    QCOMPARE(itemsOfService(), QStringList {key});

    QVERIFY(awaitSecretJob(store.deleteSecret(key)).isOk());
    QCOMPARE(itemsOfService(), QStringList());
}

void TestKeychainStore::timeoutEndsTheJobAndTheLateAnswerIsIgnored()
{
    // A zero timeout fires on the first pass of the event loop, before any D-Bus answer can
    // arrive: the stand-in for a keyring that never answers.
    KeychainSecretStore store(service);
    store.setTimeout(0ms);
    const QString key = QStringLiteral("profile-timeout");
    const auto outcome = awaitSecretJob(store.writeSecret(key, QStringLiteral("late-token")));
    QVERIFY2(outcome.finished && outcome.error == SecretJob::Error::Timeout, outcome.describe());
    QVERIFY(!outcome.errorString.isEmpty());

    // The keychain's late answer comes to a job that is gone: nothing may happen.
    QTest::qWait(500);

    store.setTimeout(20s);
    QVERIFY(awaitSecretJob(store.deleteSecret(key)).isOk());
    QCOMPARE(itemsOfService(), QStringList());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
