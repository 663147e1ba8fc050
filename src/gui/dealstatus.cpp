#include "dealstatus.h"

namespace Concord {

QList<QPair<QString, QString>> DealStatus::all()
{
    return {{QStringLiteral("open"), tr("Open")}, {QStringLiteral("won"), tr("Won")}, {QStringLiteral("lost"), tr("Lost")}};
}

QString DealStatus::label(const QString &code)
{
    for (const auto &status : all()) {
        if (status.first == code)
            return status.second;
    }
    return code;
}

} // namespace Concord
