#pragma once

#include "api/apierror.h"

#include <QJsonDocument>

class QObject;

namespace Concord {
class ApiJob;
}

namespace Concord::Test {

/// How an ApiJob ended, copied out before the job deletes itself.
struct JobOutcome {
    bool finished = false;
    ApiError error;
    int httpStatus = 0;
    int attempts = 0;
    bool http2 = false;
    QJsonDocument json;

    [[nodiscard]] bool isOk() const { return finished && !error.isError(); }
    [[nodiscard]] bool failedWith(ApiError::Kind kind) const { return finished && error.kind() == kind; }
    /// One line for a failure message: what happened, or that nothing did.
    [[nodiscard]] QString describe() const;
};

/// Fills `outcome` when `job` finishes, as long as `context` lives (tests that run several jobs).
void recordOutcome(ApiJob *job, JobOutcome *outcome, QObject *context);
/// Waits for `job` (the event loop turns, so an in-process emulator is served); on time-out the
/// job is aborted and the outcome says not finished.
JobOutcome awaitJob(ApiJob *job, int timeoutMs = 15000);

} // namespace Concord::Test
