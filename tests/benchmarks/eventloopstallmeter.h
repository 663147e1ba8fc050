#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Concord::Bench {

/// Measures how long the thread's event loop goes without turning, as a user would feel it: a
/// 1 ms precise timer should fire every millisecond, so the longest gap between two of its
/// timeouts is the longest time nothing (input, paint, timers) could have been handled. The gap
/// includes the 1 ms period itself, so an idle loop reads about 1 ms, never 0.
///
/// A 0 ms timer would see the same gaps but spin a core and inflate the client CPU figure; at
/// 1 ms the meter costs roughly a thousand cheap wake-ups a second.
///
/// On a shared machine a gap also holds the time the OS gave the CPU to other processes, which
/// is not the program's doing; so the meter also reads the thread's own CPU clock at every tick,
/// and maxBusyMs() is the most CPU time the thread spent within one gap: the stall the code
/// itself causes.
class EventLoopStallMeter : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopStallMeter(QObject *parent = nullptr);

    void start();
    /// Stops measuring; the stretch since the last tick counts as a gap too, so work done just
    /// before stop() (the last page) is not missed.
    void stop();
    /// The longest gap between two turns of the loop since start(), in milliseconds.
    [[nodiscard]] double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    /// The most CPU time this thread used within one gap, in milliseconds.
    [[nodiscard]] double maxBusyMs() const { return double(m_maxBusyNs) / 1e6; }
    /// How many gaps were longer than `thresholdMs`, e.g. a 60 Hz frame (16 ms).
    [[nodiscard]] int gapsOver(double thresholdMs) const;

private:
    void recordGap();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_maxBusyNs = 0;
    QVector<qint64> m_longGapsNs; ///< every gap over 8 ms, for gapsOver(); few, so kept
};

} // namespace Concord::Bench
