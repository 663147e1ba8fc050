#include "httpresponse.h"

namespace Concord::Test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    return !header(name).isNull();
}

QString HttpResponse::describe() const
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (error != QNetworkReply::NoError)
        text += QStringLiteral(" (network error %1: %2)").arg(int(error)).arg(errorString);
    if (timedOut)
        text += QStringLiteral(" (timed out)");
    // Long enough to show a whole error body, short enough to keep a failure readable.
    constexpr int shown = 600;
    text += QStringLiteral(" body: ") + QString::fromUtf8(body.left(shown));
    if (body.size() > shown)
        text += QStringLiteral("…");
    return text;
}

QJsonDocument parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test bug: invalid JSON literal (%s): %s", qPrintable(error.errorString()), text.constData());
    return doc;
}

} // namespace Concord::Test
