#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace Concord::Test {

/// What one HTTP exchange produced, kept as plain data so a test can assert on any part of it
/// after the reply object is gone.
struct HttpResponse
{
    /// The HTTP status; 0 when no response arrived (dropped connection, timeout).
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonDocument json;
    /// Whether the body parsed as JSON; an empty body does not.
    bool isJson = false;
    qint64 elapsedMs = 0;

    /// Case-insensitive, as HTTP header names are. A null array when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QJsonArray array() const { return json.array(); }
    /// `object()[key]`, the most common lookup in the tests.
    [[nodiscard]] QJsonValue value(const QString &key) const { return json.object().value(key); }
    /// The `data` array of a paginated envelope.
    [[nodiscard]] QJsonArray data() const { return value(QStringLiteral("data")).toArray(); }
    /// One line for failure messages: status, error and the start of the body.
    [[nodiscard]] QString describe() const;
};

/// Parses a JSON literal of a test; an invalid literal is a bug of the test, so it aborts loudly.
[[nodiscard]] QJsonDocument parseJson(const QByteArray &text);

} // namespace Concord::Test
