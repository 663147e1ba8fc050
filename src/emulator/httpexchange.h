#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Concord::Emulator {

/// A request as the emulator's logic sees it, free of any HTTP library type.
struct HttpRequest {
    QByteArray method; ///< upper case, e.g. "GET"
    QString path; ///< decoded, e.g. "/api/contacts/1"
    QUrlQuery query; ///< '+' already turned into spaces, as a PHP server does
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString peer; ///< remote address, the rate limit key of guests

    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    [[nodiscard]] bool isWrite() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
    [[nodiscard]] QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

/// An answer before it is written to the wire.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse rawJson(int status, const QByteArray &jsonBody);
    /// {"message": text}, the shape of almost every Concord error.
    static HttpResponse message(int status, const QString &text);
    static HttpResponse noContent();
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

} // namespace Concord::Emulator
