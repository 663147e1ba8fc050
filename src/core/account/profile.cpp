#include "profile.h"

#include "appinfo.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

namespace Concord {

TlsTrust Profile::tlsTrust() const
{
    TlsTrust trust;
    trust.pinnedSha256 = pinnedSha256;
    trust.allowInsecureHttp = allowInsecureHttp;
    return trust;
}

QString Profile::localDataPath() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(AppInfo::organizationName() + QStringLiteral("/profiles/") + id);
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Concord
