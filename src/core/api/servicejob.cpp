#include "servicejob.h"

#include "apijob.h"
#include "logging.h"

#include <QJsonDocument>
#include <QTimer>

namespace Concord {

ServiceJob::ServiceJob() = default;

ServiceJob::ServiceJob(ApiJob *job)
{
    start(job);
}

ServiceJob::~ServiceJob()
{
    // Deleting an unfinished job is giving up on it: the call must not go on for nobody.
    if (m_current)
        m_current->abort();
}

void ServiceJob::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_current)
        m_current->abort();
    // Jobs this one waits for (a LookupJob's pager) stop as well, before their next request.
    const auto inner = findChildren<ServiceJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (ServiceJob *job : inner)
        job->abort();
    deleteLater();
}

void ServiceJob::start(ApiJob *job)
{
    m_current = job;
    if (!job) {
        QTimer::singleShot(0, this, [this] {
            if (!m_aborted)
                finish({});
        });
        return;
    }
    connect(job, &ApiJob::finished, this, &ServiceJob::onApiJobFinished);
    // A call can vanish without an answer — its client was destroyed, or someone aborted it
    // directly — and a job waiting for it must not wait for ever.
    connect(job, &QObject::destroyed, this, [this, job] {
        if (m_current != job)
            return;
        m_current = nullptr;
        if (!m_finished && !m_aborted)
            finish(ApiError(ApiError::Kind::Cancelled));
    });
}

bool ServiceJob::parseReply(const QJsonDocument &)
{
    return true;
}

void ServiceJob::onApiJobFinished()
{
    // The call is done; clearing it first lets parseReply() start() the next one.
    ApiJob *job = m_current;
    m_current = nullptr;
    if (!job || m_aborted)
        return;
    if (!job->isOk()) {
        finish(job->error());
        return;
    }
    if (!parseReply(job->json())) {
        ApiError error(ApiError::Kind::Malformed, job->httpStatus());
        error.setDetail(QStringLiteral("%1 %2: the answer has an unexpected JSON shape")
                            .arg(QString::fromLatin1(job->request().method), job->request().path));
        qCWarning(lcApi).noquote() << error.detail();
        finish(error);
        return;
    }
    // A receiver of a subclass's progress signal may have aborted the job meanwhile.
    if (!m_current && !m_aborted)
        finish({});
}

void ServiceJob::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace Concord
