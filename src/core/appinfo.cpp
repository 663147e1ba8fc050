#include "appinfo.h"

namespace Concord {

QString AppInfo::id()
{
    return QStringLiteral("io.concord.Desktop");
}

QString AppInfo::name()
{
    return QStringLiteral("Concord Desktop");
}

QString AppInfo::organizationName()
{
    return QStringLiteral("Concord");
}

QString AppInfo::organizationDomain()
{
    return QStringLiteral("concord.io");
}

QString AppInfo::version()
{
    return QStringLiteral(CONCORD_VERSION);
}

QString AppInfo::userAgent()
{
    // qVersion() is the Qt the program runs on, which is what a server log needs, not the one it was built with.
    return QStringLiteral("ConcordDesktop/") + version() + QStringLiteral(" (Qt ") + QLatin1String(qVersion())
        + QLatin1Char(')');
}

} // namespace Concord
