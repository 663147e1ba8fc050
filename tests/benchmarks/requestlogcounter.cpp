#include "requestlogcounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Concord::Bench {

RequestLogCounter::RequestLogCounter(const QUrl &baseUrl, const QString &path, QObject *parent)
    : QObject(parent)
    , m_logUrl(baseUrl.resolved(QUrl(QStringLiteral("/__emulator/requests"))))
    , m_path(path)
{
}

void RequestLogCounter::clear()
{
    sendClear(false);
}

void RequestLogCounter::collect()
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(m_logUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onLogRead(reply); });
}

void RequestLogCounter::onLogRead(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!succeeded(reply, 200))
        return;
    const QJsonDocument log = QJsonDocument::fromJson(reply->readAll());
    if (!log.isArray()) {
        Q_EMIT failed(tr("the emulator's request log is not a JSON array"));
        return;
    }
    const QJsonArray entries = log.array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("method")).toString() == QLatin1String("GET")
            && request.value(QLatin1String("path")).toString() == m_path)
            ++m_total;
    }
    // At capacity the log has already dropped its oldest entries: the count would be too low.
    if (entries.size() >= 5000) {
        Q_EMIT failed(tr("the emulator's request log was full (5000 entries); requests were lost"));
        return;
    }
    sendClear(true);
}

void RequestLogCounter::sendClear(bool thenCollected)
{
    QNetworkReply *reply = m_nam.deleteResource(QNetworkRequest(m_logUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply, thenCollected] {
        reply->deleteLater();
        if (!succeeded(reply, 204))
            return;
        if (thenCollected)
            Q_EMIT collected(m_total);
        else
            Q_EMIT cleared();
    });
}

bool RequestLogCounter::succeeded(QNetworkReply *reply, int expectedStatus)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == expectedStatus)
        return true;
    Q_EMIT failed(tr("%1 %2 failed: HTTP %3, %4")
                      .arg(reply->operation() == QNetworkAccessManager::GetOperation ? QStringLiteral("GET")
                                                                                     : QStringLiteral("DELETE"),
                          m_logUrl.toString())
                      .arg(status)
                      .arg(reply->errorString()));
    return false;
}

} // namespace Concord::Bench
