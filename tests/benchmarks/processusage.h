#pragma once

namespace Concord::Bench {

/// What the benchmark process itself costs, read from the kernel: its CPU time (every thread, so
/// Qt's HTTP thread counts too) and its resident memory. The emulator is a child process and is
/// deliberately left out: the figures are about the client.
class ProcessUsage
{
public:
    /// User + system CPU time of this process so far, in milliseconds (getrusage(RUSAGE_SELF)).
    [[nodiscard]] static double cpuMs();
    /// VmRSS of this process in MiB, from /proc/self/status; -1 when it cannot be read.
    [[nodiscard]] static double residentMiB();
};

} // namespace Concord::Bench
