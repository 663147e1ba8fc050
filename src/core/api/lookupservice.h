#pragma once

#include <QString>

namespace Concord {

class ApiClient;
class CurrentUserJob;
class LookupJob;
struct ListParams;

/// The small lists pickers need (users, countries, pipelines, ...) and the current user.
/// Paginated lookups are read to the end, whatever page size the server uses for them (some
/// ignore per_page and page by 15, §4). Stateless apart from the client.
class LookupService
{
public:
    explicit LookupService(ApiClient *client);

    /// `GET /api/me`.
    [[nodiscard]] CurrentUserJob *me() const;

    [[nodiscard]] LookupJob *users() const;
    /// Pipelines with their stages (`with=stages`): see LookupItem::nested("stages").
    [[nodiscard]] LookupJob *pipelines() const;
    [[nodiscard]] LookupJob *sources() const;
    [[nodiscard]] LookupJob *industries() const;
    [[nodiscard]] LookupJob *lostReasons() const;
    [[nodiscard]] LookupJob *callOutcomes() const;
    [[nodiscard]] LookupJob *activityTypes() const;
    /// The tags a record of `resource` can carry. There is no tag list route (§6.9): they come
    /// from the options of the create form's tags field.
    [[nodiscard]] LookupJob *tags(const QString &resource) const;
    /// Bare array, not paginated.
    [[nodiscard]] LookupJob *countries() const;
    /// IANA names: each item's id and name are the name.
    [[nodiscard]] LookupJob *timezones() const;
    /// Keyed by ISO code: each item's id is the code; raw holds symbol, precision, ...
    [[nodiscard]] LookupJob *currencies() const;

private:
    [[nodiscard]] LookupJob *allPages(const QString &resource, const ListParams &params) const;

    ApiClient *m_client;
};

} // namespace Concord
