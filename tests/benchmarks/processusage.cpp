#include "processusage.h"

#include <QFile>

#include <sys/resource.h>

namespace Concord::Bench {

double ProcessUsage::cpuMs()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0.0;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double ProcessUsage::residentMiB()
{
    // /proc is read with plain QFile::readAll(): its files report size 0, so no size-based read.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1.0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("VmRSS:"))
            continue;
        // "VmRSS:     123456 kB"
        const QList<QByteArray> fields = line.mid(6).simplified().split(' ');
        bool ok = false;
        const double kiB = fields.value(0).toDouble(&ok);
        return ok ? kiB / 1024.0 : -1.0;
    }
    return -1.0;
}

} // namespace Concord::Bench
