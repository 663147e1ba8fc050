#pragma once

#include <QByteArray>

namespace Concord::Bench {

/// The figures of one `list-load` run, printed as the one JSON line on stdout.
struct ListLoadResult
{
    int records = 0; ///< rows in the model at the end
    int requests = 0; ///< GET /api/contacts the emulator served
    double wallMs = 0; ///< first fetch to last row
    double clientCpuMs = 0; ///< user + system CPU of this process over the load
    double maxEventLoopStallMs = 0; ///< longest gap between two turns of the GUI thread's loop
    double rssMiB = 0; ///< VmRSS of this process at the end

    /// `{"records":…,"requests":…,"wall_ms":…,"client_cpu_ms":…,"max_event_loop_stall_ms":…,"rss_mb":…}`
    /// in exactly this key order (QJsonObject would sort the keys), without a newline.
    [[nodiscard]] QByteArray toJsonLine() const;
};

} // namespace Concord::Bench
