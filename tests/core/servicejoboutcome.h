#pragma once

#include "api/apierror.h"
#include "api/servicejob.h"

#include <QObject>
#include <QTest>
#include <QTestEventLoop>

#include <functional>
#include <type_traits>

namespace Concord::Test {

/// What a service job said, copied at finished(): the job deletes itself right after, so a test
/// cannot read it once the event loop has moved on.
template<typename Result> struct ServiceJobOutcome
{
    bool finished = false;
    ApiError error;
    Result result {};

    [[nodiscard]] bool isOk() const { return finished && !error.isError(); }
    /// One line for failure messages.
    [[nodiscard]] QString describe() const
    {
        if (!finished)
            return QStringLiteral("the job did not finish");
        return ApiError::kindName(error.kind()) + QLatin1Char(' ') + QString::number(error.httpStatus())
            + QLatin1Char(' ') + error.serverMessage() + QLatin1Char(' ') + error.detail();
    }
};

/// Runs the event loop until `job` finishes (or `timeoutMs` pass) and returns its error and
/// `read(job)` (a getter such as &RecordJob::record) as they were at finished().
template<typename Job, typename Read> [[nodiscard]] auto awaitServiceJob(Job *job, Read read, int timeoutMs = 20000)
{
    ServiceJobOutcome<std::decay_t<std::invoke_result_t<Read, Job *>>> outcome;
    // A real event loop: QTest::qWaitFor() sleeps between its rounds, which would make a test
    // of hundreds of requests measure its own naps. The loop also ends the connection when the
    // wait gives up before the job finishes.
    QTestEventLoop loop;
    QObject::connect(job, &ServiceJob::finished, &loop, [&outcome, &loop, job, read] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.result = std::invoke(read, job);
        loop.exitLoop();
    });
    loop.enterLoopMSecs(timeoutMs);
    return outcome;
}

/// The same for a job with nothing to read but its outcome.
[[nodiscard]] inline ServiceJobOutcome<bool> awaitServiceJob(ServiceJob *job, int timeoutMs = 20000)
{
    return awaitServiceJob(job, &ServiceJob::isOk, timeoutMs);
}

} // namespace Concord::Test
