#include "lookupservice.h"

#include "apiclient.h"
#include "currentuserjob.h"
#include "listparams.h"
#include "lookupjob.h"
#include "recordpager.h"

namespace Concord {

LookupService::LookupService(ApiClient *client)
    : m_client(client)
{
}

LookupJob *LookupService::allPages(const QString &resource, const ListParams &params) const
{
    return new LookupJob(new RecordPager(m_client, resource, params));
}

CurrentUserJob *LookupService::me() const
{
    return new CurrentUserJob(m_client->get(QStringLiteral("me")));
}

LookupJob *LookupService::users() const
{
    return allPages(QStringLiteral("users"), {});
}

LookupJob *LookupService::pipelines() const
{
    ListParams params;
    params.extra.append({QStringLiteral("with"), QStringLiteral("stages")});
    return allPages(QStringLiteral("pipelines"), params);
}

LookupJob *LookupService::sources() const
{
    return allPages(QStringLiteral("sources"), {});
}

LookupJob *LookupService::industries() const
{
    return allPages(QStringLiteral("industries"), {});
}

LookupJob *LookupService::lostReasons() const
{
    return allPages(QStringLiteral("lost-reasons"), {});
}

LookupJob *LookupService::callOutcomes() const
{
    return allPages(QStringLiteral("call-outcomes"), {});
}

LookupJob *LookupService::activityTypes() const
{
    return allPages(QStringLiteral("activity-types"), {});
}

LookupJob *LookupService::tags(const QString &resource) const
{
    return new LookupJob(m_client->get(resource + QStringLiteral("/create-fields")), LookupJob::Shape::FieldOptions,
                         QStringLiteral("tags"));
}

LookupJob *LookupService::countries() const
{
    return new LookupJob(m_client->get(QStringLiteral("countries")), LookupJob::Shape::RecordArray);
}

LookupJob *LookupService::timezones() const
{
    return new LookupJob(m_client->get(QStringLiteral("timezones")), LookupJob::Shape::NameArray);
}

LookupJob *LookupService::currencies() const
{
    return new LookupJob(m_client->get(QStringLiteral("currencies")), LookupJob::Shape::KeyedObject);
}

} // namespace Concord
