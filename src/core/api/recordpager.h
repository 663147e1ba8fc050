#pragma once

#include "listparams.h"
#include "pagemeta.h"
#include "servicejob.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace Concord {

class ApiClient;

/// Reads every page of a paginated list, one request after the other. Each page URL is built
/// from the pager's own ListParams plus `page = meta.current_page + 1` until
/// `current_page >= last_page` — never from `links`, which drop per_page and q (§5). It asks for
/// (at most) 100 per page and follows whatever page size the server really uses, so an endpoint
/// that ignores or caps per_page is read completely all the same. Records are de-duplicated by
/// id, as rows may shift between two requests.
class RecordPager : public ServiceJob
{
    Q_OBJECT
public:
    /// Starts at once with page 1 of `GET /api/{path}`.
    RecordPager(ApiClient *client, const QString &path, const ListParams &params);

    /// Every record read so far (all of them once finished), in server order, each id once.
    [[nodiscard]] QList<QJsonObject> records() const { return m_records; }
    /// The meta of the last page read.
    [[nodiscard]] PageMeta lastMeta() const { return m_meta; }
    /// How many page requests were answered.
    [[nodiscard]] int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    /// One more page arrived; `records` holds only the ones not seen on earlier pages.
    void pageLoaded(const QList<QJsonObject> &records, const Concord::PageMeta &meta);

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    void requestPage(int page);

    ApiClient *m_client;
    QString m_path;
    ListParams m_params;
    int m_requestedPage = 0;
    int m_requestCount = 0;
    PageMeta m_meta;
    QList<QJsonObject> m_records;
    QSet<qint64> m_seenIds;
};

} // namespace Concord
