#pragma once

#include <optional>

class QJsonObject;

namespace Concord {

/// The `meta` block of a paginated answer (concord-api.md §5): where this page sits in the list.
/// The next page is asked for by number, built from these values, never from `links`.
struct PageMeta
{
    int currentPage = 0;
    int lastPage = 0;
    /// The page size the server really used, which may differ from the one asked for (§4).
    int perPage = 0;
    int total = 0;
    /// 1-based positions of the first and last record of the page; absent on an empty page.
    std::optional<int> from;
    std::optional<int> to;

    [[nodiscard]] bool hasNextPage() const { return currentPage < lastPage; }

    /// Reads `meta`; `*ok` is false when a required number (current_page, last_page, per_page,
    /// total) is missing or not a number. Numeric strings are accepted.
    [[nodiscard]] static PageMeta fromJson(const QJsonObject &meta, bool *ok);
};

} // namespace Concord
