#include "eventloopstallmeter.h"

#include <algorithm>

#include <time.h>

namespace Concord::Bench {

namespace {
// Gaps shorter than this are ordinary loop turns and not worth keeping one by one.
constexpr qint64 KeepGapNs = 8'000'000;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}
} // namespace

EventLoopStallMeter::EventLoopStallMeter(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may be moved by up to 5 % to batch wake-ups; we want every millisecond.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallMeter::recordGap);
}

void EventLoopStallMeter::start()
{
    m_maxGapNs = 0;
    m_maxBusyNs = 0;
    m_longGapsNs.clear();
    m_clock.start();
    m_lastTickNs = 0;
    m_lastTickCpuNs = threadCpuNs();
    m_timer.start();
}

void EventLoopStallMeter::stop()
{
    if (!m_timer.isActive())
        return;
    recordGap();
    m_timer.stop();
}

int EventLoopStallMeter::gapsOver(double thresholdMs) const
{
    const auto threshold = qint64(thresholdMs * 1e6);
    return int(
        std::count_if(m_longGapsNs.cbegin(), m_longGapsNs.cend(), [threshold](qint64 gap) { return gap > threshold; }));
}

void EventLoopStallMeter::recordGap()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastTickNs;
    m_lastTickNs = now;
    m_maxGapNs = std::max(m_maxGapNs, gap);
    const qint64 cpu = threadCpuNs();
    m_maxBusyNs = std::max(m_maxBusyNs, cpu - m_lastTickCpuNs);
    m_lastTickCpuNs = cpu;
    if (gap > KeepGapNs)
        m_longGapsNs.append(gap);
}

} // namespace Concord::Bench
