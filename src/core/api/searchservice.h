#pragma once

#include <QString>
#include <QStringList>

namespace Concord {

class ApiClient;
class GlobalSearchJob;

/// The global search across resources (`GET /api/search`, concord-api.md §3.2), as behind the
/// web UI's search box. Searching one resource's records is RecordService::search(). Stateless
/// apart from the client, so it is cheap to create where needed.
class SearchService
{
public:
    explicit SearchService(ApiClient *client);

    /// Searches every resource the server searches, or only those named in `only` (`contacts`,
    /// `deals`, ...). A blank `q` gives no groups without asking the server (it would answer `[]`);
    /// the job still finishes on a later event-loop turn, so connecting after the call is safe.
    [[nodiscard]] GlobalSearchJob *search(const QString &q, const QStringList &only = {}) const;

private:
    ApiClient *m_client;
};

} // namespace Concord
