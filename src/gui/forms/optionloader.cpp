#include "optionloader.h"

#include "api/apiclient.h"
#include "api/lookupjob.h"
#include "api/lookupservice.h"
#include "api/recordpager.h"
#include "logging.h"

#include <QHash>

namespace Concord {

namespace {

const QString PipelineId = QStringLiteral("pipeline_id");

FieldDefinition::Option optionOf(const LookupItem &item)
{
    return {item.id, item.name, item.swatchColor, item.raw};
}

} // namespace

OptionLoader::OptionLoader(StartJob startJob, QObject *parent)
    : QObject(parent)
    , m_startJob(std::move(startJob))
{
}

OptionLoader::~OptionLoader()
{
    if (m_job)
        m_job->abort();
}

OptionLoader *OptionLoader::forResource(ApiClient *client, const QString &resource, QObject *parent)
{
    if (!client || resource.isEmpty())
        return nullptr;
    const LookupService lookups(client);
    using Lookup = LookupJob *(LookupService::*)() const;
    static const QHash<QString, Lookup> named {
        {QStringLiteral("users"), &LookupService::users},
        {QStringLiteral("pipelines"), &LookupService::pipelines},
        {QStringLiteral("sources"), &LookupService::sources},
        {QStringLiteral("industries"), &LookupService::industries},
        {QStringLiteral("lost-reasons"), &LookupService::lostReasons},
        {QStringLiteral("call-outcomes"), &LookupService::callOutcomes},
        {QStringLiteral("activity-types"), &LookupService::activityTypes},
        {QStringLiteral("countries"), &LookupService::countries},
        {QStringLiteral("timezones"), &LookupService::timezones},
        {QStringLiteral("currencies"), &LookupService::currencies},
    };
    if (const Lookup lookup = named.value(resource)) {
        return new OptionLoader([lookups, lookup] { return (lookups.*lookup)(); }, parent);
    }
    if (resource == QLatin1String("pipeline-stages")) {
        // The stages come with their pipelines in one call (`with=stages`), instead of one
        // paged list for all stages.
        auto *loader = new OptionLoader([lookups] { return lookups.pipelines(); }, parent);
        loader->m_flattenStages = true;
        return loader;
    }
    // Anything else (a parent company, associated records) is a record list, read to its end.
    return new OptionLoader(
        [client, resource] { return new LookupJob(new RecordPager(client, resource, {})); }, parent);
}

OptionLoader *OptionLoader::forTags(ApiClient *client, const QString &resource, QObject *parent)
{
    if (!client || resource.isEmpty())
        return nullptr;
    const LookupService lookups(client);
    return new OptionLoader([lookups, resource] { return lookups.tags(resource); }, parent);
}

void OptionLoader::load()
{
    if (m_job || m_loaded)
        return;
    LookupJob *job = m_startJob();
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job] { onFinished(job); });
}

void OptionLoader::onFinished(LookupJob *job)
{
    m_job.clear();
    if (!job->isOk()) {
        qCWarning(lcUi) << "options could not be loaded:" << job->error().userMessage();
        Q_EMIT failed(job->error().userMessage());
        return;
    }
    m_options.clear();
    const QList<LookupItem> items = job->items();
    for (const LookupItem &item : items) {
        if (!m_flattenStages) {
            m_options.append(optionOf(item));
            continue;
        }
        const QList<LookupItem> stages = item.nested(QStringLiteral("stages"));
        for (const LookupItem &stage : stages) {
            FieldDefinition::Option option = optionOf(stage);
            // A stage names its pipeline (§6.6), but the filter by pipeline must not hang on it.
            if (!option.raw.contains(PipelineId))
                option.raw.insert(PipelineId, item.id);
            m_options.append(option);
        }
    }
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace Concord
