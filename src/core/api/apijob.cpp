#include "apijob.h"

#include "logging.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace Concord {

ApiJob::ApiJob(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    m_timer.start();
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

ApiJob::~ApiJob() = default;

void ApiJob::abort()
{
    if (m_reply) {
        // Disconnect first: abort() emits finished() synchronously.
        m_reply->disconnect(this);
        m_reply->abort();
    }
    deleteLater();
}

void ApiJob::onReplyFinished()
{
    const QByteArray body = m_reply->readAll();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(body, &parseError);
    const bool is2xx = m_httpStatus >= 200 && m_httpStatus < 300;
    const bool bodyOk = parseError.error == QJsonParseError::NoError || body.trimmed().isEmpty();
    if (!is2xx || !bodyOk || m_reply->error() != QNetworkReply::NoError) {
        m_errorString = describeFailure();
    }
    m_finished = true;
    qCDebug(lcHttp).nospace() << m_reply->url().toDisplayString() << " -> " << m_httpStatus << " (" << body.size()
                              << " bytes, " << m_timer.elapsed() << " ms)"
                              << (m_errorString.isEmpty() ? QString() : QStringLiteral(": ") + m_errorString);
    m_reply->deleteLater();
    Q_EMIT finished();
    deleteLater();
}

QString ApiJob::describeFailure() const
{
    if (m_httpStatus == 0) {
        // No HTTP answer at all: the transfer timeout aborts the reply, which reports "canceled".
        if (m_reply->error() == QNetworkReply::OperationCanceledError) {
            return tr("The server did not answer in time.");
        }
        return tr("Could not reach the server: %1").arg(m_reply->errorString());
    }
    const QString message = serverMessage(m_json);
    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        return tr("The server answered with a redirect (HTTP %1) instead of data. Check the server address.")
            .arg(m_httpStatus);
    }
    switch (m_httpStatus) {
    case 401:
        return tr("The server did not accept the access token (HTTP 401).");
    case 403:
        return message.isEmpty() ? tr("Access denied (HTTP 403).") : tr("Access denied (HTTP 403): %1").arg(message);
    case 404:
        return tr("Not found (HTTP 404). Check the server address.");
    case 429:
        return tr("Too many requests (HTTP 429). Try again in a minute.");
    default:
        break;
    }
    if (m_httpStatus >= 500) {
        return tr("The server reported an error (HTTP %1).").arg(m_httpStatus);
    }
    if (m_httpStatus >= 400) {
        return message.isEmpty() ? tr("The request failed (HTTP %1).").arg(m_httpStatus)
                                 : tr("The request failed (HTTP %1): %2").arg(m_httpStatus).arg(message);
    }
    // A 2xx that is not JSON: a web page or a proxy, not the API (concord-api.md §9).
    return tr("The server's answer is not valid JSON. Is this the address of a Concord CRM server?");
}

QString ApiJob::serverMessage(const QJsonDocument &json)
{
    // 403 for a user without API access carries `error`, every other error `message` (§2.2).
    const QJsonObject object = json.object();
    const QString message = object.value(QLatin1String("message")).toString();
    return message.isEmpty() ? object.value(QLatin1String("error")).toString() : message;
}

} // namespace Concord
