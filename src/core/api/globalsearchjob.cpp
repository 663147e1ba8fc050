#include "globalsearchjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Concord {

namespace {

bool hitFromJson(const QJsonValue &value, const QString &groupResource, GlobalSearchHit *hit)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    // Without its id a hit cannot be opened, and there is nothing else it is good for.
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isDouble() || id.toInteger() <= 0)
        return false;
    hit->id = id.toInteger();
    // Each hit names its own resource; a server that leaves it out still grouped it.
    const QString own = object.value(QLatin1String("resourceName")).toString();
    hit->resource = own.isEmpty() ? groupResource : own;
    hit->displayName = object.value(QLatin1String("display_name")).toString();
    return true;
}

} // namespace

GlobalSearchJob::GlobalSearchJob(ApiJob *job)
{
    start(job);
}

bool GlobalSearchJob::groupsFromJson(const QJsonValue &answer, QList<GlobalSearchGroup> *groups)
{
    if (!answer.isArray())
        return false;
    const QJsonArray items = answer.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return false;
        const QJsonObject object = item.toObject();
        GlobalSearchGroup group;
        group.resource = object.value(QLatin1String("resource_name")).toString();
        const QJsonValue data = object.value(QLatin1String("data"));
        if (group.resource.isEmpty() || !data.isArray())
            return false;
        group.title = object.value(QLatin1String("title")).toString(group.resource);
        const QJsonArray hits = data.toArray();
        group.hits.reserve(hits.size());
        for (const QJsonValue &value : hits) {
            GlobalSearchHit hit;
            if (!hitFromJson(value, group.resource, &hit))
                return false;
            group.hits.append(hit);
        }
        if (!group.hits.isEmpty())
            groups->append(group);
    }
    return true;
}

bool GlobalSearchJob::parseReply(const QJsonDocument &json)
{
    return json.isArray() && groupsFromJson(json.array(), &m_groups);
}

} // namespace Concord
