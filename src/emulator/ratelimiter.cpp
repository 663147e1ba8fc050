#include "ratelimiter.h"

namespace Concord::Emulator {

RateLimiter::Decision RateLimiter::hit(const QString &key, const QDateTime &now)
{
    Window &w = m_windows[key];
    if (!w.start.isValid() || w.start.msecsTo(now) >= m_windowMs) {
        w.start = now;
        w.count = 0;
    }
    Decision d;
    d.limit = m_perWindow;
    const QDateTime reset = w.start.addMSecs(m_windowMs);
    if (w.count >= m_perWindow) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = qMax<qint64>(1, (now.msecsTo(reset) + 999) / 1000);
        d.resetAtEpoch = reset.toSecsSinceEpoch();
        return d;
    }
    ++w.count;
    d.remaining = m_perWindow - w.count;
    return d;
}

} // namespace Concord::Emulator
