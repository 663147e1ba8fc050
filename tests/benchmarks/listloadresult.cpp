#include "listloadresult.h"

#include <QString>

#include <cmath>

namespace Concord::Bench {

QByteArray ListLoadResult::toJsonLine() const
{
    // Milliseconds of wall and CPU time as whole numbers (their noise is far above 1 ms); the
    // stall and the memory with one decimal, since their interesting values are small.
    return QStringLiteral(R"({"records":%1,"requests":%2,"wall_ms":%3,"client_cpu_ms":%4,)"
                          R"("max_event_loop_stall_ms":%5,"rss_mb":%6})")
        .arg(records)
        .arg(requests)
        .arg(std::llround(wallMs))
        .arg(std::llround(clientCpuMs))
        .arg(QString::number(maxEventLoopStallMs, 'f', 1), QString::number(rssMiB, 'f', 1))
        .toUtf8();
}

} // namespace Concord::Bench
