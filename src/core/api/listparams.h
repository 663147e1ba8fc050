#pragma once

#include "filterrule.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Concord {

/// The query of a list request (concord-api.md §4), kept by the caller so every page URL can be
/// rebuilt from it: the server's `links` drop everything but `page`.
struct ListParams
{
    /// The API promises to honour at most 100 (§4); toQuery() clamps to 1..MaxPerPage.
    static constexpr int MaxPerPage = 100;

    int perPage = MaxPerPage;
    QString q; ///< search text; empty: not sent
    QString orderField; ///< empty: the resource's default sort
    bool orderDescending = false;
    /// Sent as one flat `and` group in the bracket form of §4.3; nothing is sent when empty.
    QList<FilterRule> filters;
    /// Further parameters sent as they are (`with`, `search_fields`, ...).
    QList<QPair<QString, QString>> extra;

    /// The query for `page` (1-based).
    [[nodiscard]] QUrlQuery toQuery(int page) const;
};

} // namespace Concord
