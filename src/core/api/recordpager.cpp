#include "recordpager.h"

#include "apiclient.h"
#include "logging.h"
#include "recordpagejob.h"

#include <QJsonDocument>

namespace Concord {

RecordPager::RecordPager(ApiClient *client, const QString &path, const ListParams &params)
    : m_client(client)
    , m_path(path)
    , m_params(params)
{
    requestPage(1);
}

void RecordPager::requestPage(int page)
{
    m_requestedPage = page;
    start(m_client->get(m_path, m_params.toQuery(page)));
}

bool RecordPager::parseReply(const QJsonDocument &json)
{
    ++m_requestCount;
    QList<QJsonObject> page;
    if (!RecordPageJob::pageFromJson(json, &page, &m_meta))
        return false;
    // The next page number comes from meta; a server that does not echo the page asked for
    // would otherwise have us read the same page for ever.
    if (m_meta.currentPage != m_requestedPage) {
        qCWarning(lcApi) << m_path << "answered page" << m_meta.currentPage << "for page" << m_requestedPage;
        return false;
    }
    QList<QJsonObject> fresh;
    fresh.reserve(page.size());
    for (const QJsonObject &record : std::as_const(page)) {
        const QJsonValue id = record.value(QLatin1String("id"));
        // Rows may shift between two requests (§5): the same id can come again on the next page.
        if (id.isDouble()) {
            const auto key = qint64(id.toDouble());
            if (m_seenIds.contains(key))
                continue;
            m_seenIds.insert(key);
        }
        fresh.append(record);
    }
    m_records.append(fresh);
    qCDebug(lcApi) << m_path << "page" << m_meta.currentPage << "of" << m_meta.lastPage << "per_page" << m_meta.perPage
                   << ":" << fresh.size() << "new records";
    Q_EMIT pageLoaded(fresh, m_meta);
    if (m_meta.hasNextPage() && !isAborted())
        requestPage(m_meta.currentPage + 1);
    return true;
}

} // namespace Concord
