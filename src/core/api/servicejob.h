#pragma once

#include "apierror.h"

#include <QObject>

class QJsonDocument;

namespace Concord {

class ApiJob;

/// The base of the service layer's jobs: one piece of work that asks the server one or more
/// times (through ApiJobs) and turns the JSON into a typed result, offered by the subclass.
/// Connect to finished(), then read isOk() / error() and the result. A 2xx body of the wrong
/// shape becomes ApiError::Kind::Malformed. Like ApiJob, the job deletes itself after finished()
/// has been delivered (keep a QPointer if it may outlive that), and abort() — or deleting it —
/// gives up without finished().
///
/// Used directly for calls whose answer carries nothing to read (RecordService::remove()).
class ServiceJob : public QObject
{
    Q_OBJECT
public:
    /// Waits for `job`; any 2xx answer is a success.
    explicit ServiceJob(ApiJob *job);
    ~ServiceJob() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && !m_error.isError(); }
    [[nodiscard]] ApiError error() const { return m_error; }

    /// Stops the work (calls on the wire are aborted, no further ones go out) without finished().
    void abort();

Q_SIGNALS:
    void finished();

protected:
    ServiceJob();

    /// Makes `job` the call in flight; its answer goes to parseReply(). A null `job` means there
    /// is nothing to ask: the job then finishes successfully on the next event-loop turn, so a
    /// caller always has the chance to connect first.
    void start(ApiJob *job);
    /// Reads a successful answer; false when its shape is wrong (the job then fails as
    /// Malformed). When it start()s another call, the job goes on; otherwise it finishes.
    virtual bool parseReply(const QJsonDocument &json);
    /// Ends the job with `error` (None: success) and schedules its deletion.
    void finish(const ApiError &error);
    [[nodiscard]] bool isAborted() const { return m_aborted; }

private:
    void onApiJobFinished();

    /// The call in flight; cleared when it finishes or is destroyed, so never dangling.
    ApiJob *m_current = nullptr;
    ApiError m_error;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace Concord
