#pragma once

#include "globalsearchgroup.h"
#include "servicejob.h"

#include <QList>

class QJsonValue;

namespace Concord {

/// The answer of `GET /api/search` (concord-api.md §3.2), read into groups of hits. A body of
/// another shape (not an array of groups, a group without `data`, a hit without a numeric id)
/// fails the job as Malformed.
class GlobalSearchJob : public ServiceJob
{
    Q_OBJECT
public:
    /// A null `job` (nothing to ask: the query is blank) finishes with no groups.
    explicit GlobalSearchJob(ApiJob *job);

    /// Never holds a group without hits: a header with nothing under it tells the user nothing.
    [[nodiscard]] QList<GlobalSearchGroup> groups() const { return m_groups; }

    /// The groups of a search answer; false when `answer` does not have the documented shape.
    [[nodiscard]] static bool groupsFromJson(const QJsonValue &answer, QList<GlobalSearchGroup> *groups);

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    QList<GlobalSearchGroup> m_groups;
};

} // namespace Concord
