#pragma once

#include "account/secretjob.h"
#include "account/secretstore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTestEventLoop>

namespace Concord::Test {

/// What a secret job said, copied at finished(): the job deletes itself right after.
struct SecretOutcome
{
    bool finished = false;
    SecretJob::Error error = SecretJob::Error::Other;
    QString secret;
    QString errorString;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool isOk() const { return finished && error == SecretJob::Error::None; }
    [[nodiscard]] QByteArray describe() const
    {
        if (!finished)
            return QByteArrayLiteral("the job did not finish");
        return QByteArray(QMetaEnum::fromType<SecretJob::Error>().valueToKey(int(error))) + ": " + errorString.toUtf8();
    }
};

/// Runs the event loop until `job` finishes or `timeoutMs` pass.
[[nodiscard]] inline SecretOutcome awaitSecretJob(SecretJob *job, int timeoutMs = 30000)
{
    SecretOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    QTestEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&outcome, &loop, &clock, job] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.secret = job->secret();
        outcome.errorString = job->errorString();
        outcome.elapsedMs = clock.elapsed();
        loop.exitLoop();
    });
    loop.enterLoopMSecs(timeoutMs);
    return outcome;
}

/// The life of one token in any store: write, read back, overwrite, delete, then NotFound.
/// Call it through QVERIFY-aware code: check QTest::currentTestFailed() afterwards.
inline void checkRoundTrip(SecretStore &store, const QString &key)
{
    const QString first = QStringLiteral("tok-1|ünï©ødé \"quoted\"");
    const QString second = QStringLiteral("tok-2-overwritten");

    SecretOutcome outcome = awaitSecretJob(store.readSecret(key));
    QVERIFY2(outcome.finished && outcome.error == SecretJob::Error::NotFound, outcome.describe());
    QVERIFY(!outcome.errorString.isEmpty());

    outcome = awaitSecretJob(store.writeSecret(key, first));
    QVERIFY2(outcome.isOk(), outcome.describe());
    outcome = awaitSecretJob(store.readSecret(key));
    QVERIFY2(outcome.isOk(), outcome.describe());
    QCOMPARE(outcome.secret, first);

    outcome = awaitSecretJob(store.writeSecret(key, second));
    QVERIFY2(outcome.isOk(), outcome.describe());
    outcome = awaitSecretJob(store.readSecret(key));
    QVERIFY2(outcome.isOk(), outcome.describe());
    QCOMPARE(outcome.secret, second);

    outcome = awaitSecretJob(store.deleteSecret(key));
    QVERIFY2(outcome.isOk(), outcome.describe());
    outcome = awaitSecretJob(store.readSecret(key));
    QVERIFY2(outcome.finished && outcome.error == SecretJob::Error::NotFound, outcome.describe());
    QVERIFY(outcome.secret.isEmpty());

    // Deleting what is not there is not an error.
    outcome = awaitSecretJob(store.deleteSecret(key));
    QVERIFY2(outcome.isOk(), outcome.describe());
}

} // namespace Concord::Test
