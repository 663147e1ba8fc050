#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

namespace Concord {

/// One call to make: what ApiClient needs to build, send, and (when safe) repeat it.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; ///< after /api/, e.g. "contacts/12"
    QUrlQuery query;
    QJsonValue body = QJsonValue::Undefined; ///< Undefined: no body

    /// Safe to send twice: everything but POST (a repeated create could create twice, §11).
    [[nodiscard]] bool isIdempotent() const { return method != "POST"; }
};

} // namespace Concord
