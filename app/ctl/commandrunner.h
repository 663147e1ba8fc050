#pragma once

#include "ctloptions.h"
#include "outputformatter.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;

namespace Concord {

class ApiClient;
class ApiError;
class RecordJob;
class ServiceJob;

/// Carries out one concordctl command through the service layer and reports how it ended: the
/// result on `out`, problems on `err`, the exit status in finished(). A rejected token ends the
/// run at once (exit 3): ApiClient would park the call until someone enters a new token, and a
/// script has nobody to ask.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    CommandRunner(
        ApiClient *client, const CtlOptions &options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);

    /// Sends the command's first request; finished() follows, always exactly once.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// When `job` succeeds, `output` says what to print (it may read the job, which lives until
    /// finished() has been delivered).
    void watch(ServiceJob *job, const std::function<QByteArray()> &output);
    void watchRecord(RecordJob *job);
    void fail(const ApiError &error);
    void finish(int exitCode);
    void writeError(const QString &message);

    ApiClient *m_client;
    CtlOptions m_options;
    OutputFormatter m_formatter;
    QIODevice *m_out;
    QIODevice *m_err;
    QPointer<ServiceJob> m_job;
    bool m_notedRateLimit = false; ///< a long run may be paused many times; saying so once is enough
};

} // namespace Concord
