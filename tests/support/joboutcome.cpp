#include "joboutcome.h"

#include "api/apijob.h"

#include <QTest>

namespace Concord::Test {

void recordOutcome(ApiJob *job, JobOutcome *outcome, QObject *context)
{
    QObject::connect(job, &ApiJob::finished, context, [outcome, job] {
        *outcome = {true, job->error(), job->httpStatus(), job->attempts(), job->wasHttp2Used(), job->json()};
    });
}

QString JobOutcome::describe() const
{
    if (!finished)
        return QStringLiteral("the job did not finish in time");
    return QStringLiteral("kind %1, HTTP %2, %3 attempt(s), detail: %4")
        .arg(ApiError::kindName(error.kind()))
        .arg(httpStatus)
        .arg(attempts)
        .arg(error.detail());
}

JobOutcome awaitJob(ApiJob *job, int timeoutMs)
{
    JobOutcome outcome;
    QObject guard; // drops the connection on return, should the job outlive the wait
    recordOutcome(job, &outcome, &guard);
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, timeoutMs))
        job->abort();
    return outcome;
}

} // namespace Concord::Test
