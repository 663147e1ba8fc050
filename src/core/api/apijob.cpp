#include "apijob.h"

#include <QNetworkReply>

namespace Concord {

ApiJob::ApiJob(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    m_timer.start();
}

ApiJob::~ApiJob() = default;

void ApiJob::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_reply) {
        // Disconnect first: abort() emits the reply's finished() synchronously.
        m_reply->disconnect();
        m_reply->abort();
        m_reply->deleteLater();
    }
    Q_EMIT aborted();
    deleteLater();
}

void ApiJob::attach(QNetworkReply *reply)
{
    m_reply = reply;
    ++m_attempts;
}

void ApiJob::finish(const ApiError &error, int httpStatus, const QJsonDocument &json)
{
    m_error = error;
    m_httpStatus = httpStatus;
    m_json = json;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace Concord
