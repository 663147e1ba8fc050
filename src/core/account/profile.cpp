#include "profile.h"

#include <QUuid>

namespace Concord {

TlsTrust Profile::tlsTrust() const
{
    TlsTrust trust;
    trust.pinnedSha256 = pinnedSha256;
    trust.allowInsecureHttp = allowInsecureHttp;
    return trust;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Concord
