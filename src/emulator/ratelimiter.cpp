#include "ratelimiter.h"

namespace Concord::Emulator {

RateLimiter::Decision RateLimiter::hit(const QString &key, const QDateTime &now)
{
    Window &w = m_windows[key];
    if (!w.start.isValid() || w.start.msecsTo(now) >= 60000) {
        w.start = now;
        w.count = 0;
    }
    Decision d;
    d.limit = m_perMinute;
    const QDateTime reset = w.start.addSecs(60);
    if (w.count >= m_perMinute) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = qMax<qint64>(1, (now.msecsTo(reset) + 999) / 1000);
        d.resetAtEpoch = reset.toSecsSinceEpoch();
        return d;
    }
    ++w.count;
    d.remaining = m_perMinute - w.count;
    return d;
}

} // namespace Concord::Emulator
