#include "requestlog.h"

#include <QJsonObject>

#include <algorithm>

namespace Concord::Emulator {

void RequestLog::record(const HttpRequest &request)
{
    Entry e;
    e.method = request.method;
    e.path = request.path;
    e.query = request.query.toString(QUrl::FullyDecoded);
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        e.headers.append({it.key(), it.value()});
    std::sort(e.headers.begin(), e.headers.end());
    m_entries.append(e);
    if (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        QJsonObject headers;
        for (const auto &h : e.headers)
            headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        out.append(QJsonObject{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                               {QStringLiteral("path"), e.path},
                               {QStringLiteral("query"), e.query},
                               {QStringLiteral("headers"), headers}});
    }
    return out;
}

} // namespace Concord::Emulator
