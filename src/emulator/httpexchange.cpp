#include "httpexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Concord::Emulator {

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return rawJson(status, doc.toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::rawJson(int status, const QByteArray &jsonBody)
{
    HttpResponse r;
    r.status = status;
    r.body = jsonBody;
    r.setHeader("Content-Type", "application/json");
    return r;
}

HttpResponse HttpResponse::message(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("message"), text}});
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace Concord::Emulator
