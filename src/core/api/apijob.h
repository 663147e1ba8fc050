#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Concord {

/// One API call as a job object: connect to finished(), then read isOk(), json(), error().
/// ApiClient queues, sends, retries and parks it; finished() comes once, with the final outcome.
/// The job deletes itself after finished() has been delivered; keep a QPointer if it may
/// outlive the job. abort() gives up without finished().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    explicit ApiJob(const ApiRequest &request, QObject *parent = nullptr);
    ~ApiJob() override;

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// A 2xx answer whose body is JSON (or empty, e.g. 204).
    [[nodiscard]] bool isOk() const { return m_finished && !m_error.isError(); }
    [[nodiscard]] QJsonDocument json() const { return m_json; }
    /// The HTTP status, or 0 when no answer arrived.
    [[nodiscard]] int httpStatus() const { return m_error.isError() ? m_error.httpStatus() : m_httpStatus; }
    [[nodiscard]] ApiError error() const { return m_error; }
    /// A translated sentence for the user; empty when isOk().
    [[nodiscard]] QString errorString() const { return m_error.userMessage(); }
    /// How many times the request went out (retries and parked resends count).
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] bool wasHttp2Used() const { return m_http2Used; }

    /// Stops the call without emitting finished(), for a caller that no longer wants the answer.
    void abort();

Q_SIGNALS:
    void finished();
    /// Emitted once abort() was called, so the client can drop the job from its queue.
    void aborted();

private:
    friend class ApiClient;
    void attach(QNetworkReply *reply);
    void finish(const ApiError &error, int httpStatus, const QJsonDocument &json);

    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QJsonDocument m_json;
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_http2Used = false;
    bool m_finished = false;
    bool m_aborted = false;
};

} // namespace Concord
