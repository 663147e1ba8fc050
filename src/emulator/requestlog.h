#pragma once

#include "httpexchange.h"

#include <QJsonArray>
#include <QList>

namespace Concord::Emulator {

/// The recent requests, headers included, so tests can prove what a client sent (no Origin, no
/// Referer, the right Accept) and benchmarks can count requests.
class RequestLog
{
public:
    explicit RequestLog(int capacity = 5000)
        : m_capacity(capacity)
    {
    }

    void record(const HttpRequest &request);
    void clear() { m_entries.clear(); }
    [[nodiscard]] QJsonArray toJson() const;

private:
    struct Entry {
        QByteArray method;
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    int m_capacity;
    QList<Entry> m_entries;
};

} // namespace Concord::Emulator
