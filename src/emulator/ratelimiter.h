#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Concord::Emulator {

/// Laravel's fixed-window throttle: a window opens with a key's first request and lasts 60 s
/// (shorter in tests).
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

    explicit RateLimiter(int perWindow = 90, int windowSeconds = 60)
        : m_perWindow(perWindow)
        , m_windowMs(qint64(windowSeconds) * 1000)
    {
    }

    [[nodiscard]] bool isEnabled() const { return m_perWindow > 0; }
    /// Counts one request of `key` at `now` (wall clock: throttling must really pass with time).
    Decision hit(const QString &key, const QDateTime &now);
    void clear() { m_windows.clear(); }

private:
    struct Window {
        QDateTime start;
        int count = 0;
    };
    int m_perWindow;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace Concord::Emulator
