#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Concord {

/// One API call in flight, as a job object: connect to finished(), then read isOk(), json(),
/// httpStatus() and errorString(). The job deletes itself after finished() has been delivered,
/// so a caller never has to; keep a QPointer if it may outlive the job.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of `reply`.
    explicit ApiJob(QNetworkReply *reply, QObject *parent = nullptr);
    ~ApiJob() override;

    [[nodiscard]] bool isFinished() const { return m_finished; }
    /// A 2xx answer whose body is JSON (or empty, e.g. 204).
    [[nodiscard]] bool isOk() const { return m_finished && m_errorString.isEmpty(); }
    [[nodiscard]] QJsonDocument json() const { return m_json; }
    /// The HTTP status, or 0 when no answer arrived.
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    /// A translated sentence for the user; empty when isOk().
    [[nodiscard]] QString errorString() const { return m_errorString; }

    /// Stops the call without emitting finished(), for a caller that no longer wants the answer.
    void abort();

Q_SIGNALS:
    void finished();

private:
    void onReplyFinished();
    [[nodiscard]] QString describeFailure() const;
    [[nodiscard]] static QString serverMessage(const QJsonDocument &json);

    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QJsonDocument m_json;
    QString m_errorString;
    int m_httpStatus = 0;
    bool m_finished = false;
};

} // namespace Concord
