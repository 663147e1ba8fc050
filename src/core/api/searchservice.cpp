#include "searchservice.h"

#include "apiclient.h"
#include "globalsearchjob.h"

#include <QUrlQuery>

namespace Concord {

SearchService::SearchService(ApiClient *client)
    : m_client(client)
{
}

GlobalSearchJob *SearchService::search(const QString &q, const QStringList &only) const
{
    if (q.trimmed().isEmpty())
        return new GlobalSearchJob(nullptr);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), q);
    // Laravel reads repeated `only[]` keys as one array.
    for (const QString &resource : only)
        query.addQueryItem(QStringLiteral("only[]"), resource);
    return new GlobalSearchJob(m_client->get(QStringLiteral("search"), query));
}

} // namespace Concord
