#pragma once

#include <QString>

namespace Concord {

/// One record found by the global search (concord-api.md §3.2): enough to name it in a list
/// and to open it, nothing more — the record itself is loaded when it is opened.
struct GlobalSearchHit
{
    QString resource; ///< `contacts`, `companies`, `deals`, ...
    qint64 id = 0;
    QString displayName;
};

} // namespace Concord
