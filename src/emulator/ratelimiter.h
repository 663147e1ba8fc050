#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Concord::Emulator {

/// Laravel's fixed-window throttle: a window opens with a key's first request and lasts 60 s.
class RateLimiter
{
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 retryAfterSeconds = 0;
        qint64 resetAtEpoch = 0;
    };

    explicit RateLimiter(int perMinute = 90)
        : m_perMinute(perMinute)
    {
    }

    [[nodiscard]] bool isEnabled() const { return m_perMinute > 0; }
    /// Counts one request of `key` at `now` (wall clock: throttling must really pass with time).
    Decision hit(const QString &key, const QDateTime &now);
    void clear() { m_windows.clear(); }

private:
    struct Window {
        QDateTime start;
        int count = 0;
    };
    int m_perMinute;
    QHash<QString, Window> m_windows;
};

} // namespace Concord::Emulator
