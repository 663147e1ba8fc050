#include "listparams.h"

namespace Concord {

QUrlQuery ListParams::toQuery(int page) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(qMax(1, page)));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(qBound(1, perPage, MaxPerPage)));
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q);
    if (!orderField.isEmpty())
        query.addQueryItem(QStringLiteral("order"), orderDescending ? orderField + QLatin1String("|desc") : orderField);
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, value);
    return query;
}

} // namespace Concord
