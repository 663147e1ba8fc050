#pragma once

#include "globalsearchhit.h"

#include <QList>
#include <QString>

namespace Concord {

/// The hits of one resource in a global search answer, in the server's order. The server sends
/// a few hits per resource (five, at the time of writing) and leaves out resources without any.
struct GlobalSearchGroup
{
    QString resource;
    /// The server's name for the group, in the CRM's language (e.g. "Contacts").
    QString title;
    QList<GlobalSearchHit> hits;
};

} // namespace Concord
