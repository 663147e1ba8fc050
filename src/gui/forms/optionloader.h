#pragma once

#include "schema/fielddefinition.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Concord {

class ApiClient;
class LookupJob;

/// Fetches the choices of a field that does not carry them inline (§8.2 `optionsViaResource`,
/// the tags of §6.9, the timezones of §6.10) once, when an editor first needs them, through
/// LookupService. Editors hold one only when there is a client to ask.
class OptionLoader : public QObject
{
    Q_OBJECT
public:
    using StartJob = std::function<LookupJob *()>;

    explicit OptionLoader(StartJob startJob, QObject *parent = nullptr);
    /// Gives up on a load in flight: its answer has nobody left to show it to.
    ~OptionLoader() override;

    /// The loader for `GET /api/{resource}`: the lookups LookupService knows by name (users,
    /// sources, countries, timezones, ...), the stages of every pipeline for `pipeline-stages`
    /// (each with its `pipeline_id`), and any other resource read page by page.
    [[nodiscard]] static OptionLoader *forResource(ApiClient *client, const QString &resource, QObject *parent);
    /// The tags of records of `resource` (`contacts`, `deals`).
    [[nodiscard]] static OptionLoader *forTags(ApiClient *client, const QString &resource, QObject *parent);

    /// Starts loading unless a load is in flight or has succeeded; after a failure it tries again.
    void load();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QList<FieldDefinition::Option> options() const { return m_options; }

Q_SIGNALS:
    void loaded();
    /// `message` is meant for the person (ApiError::userMessage()).
    void failed(const QString &message);

private:
    void onFinished(LookupJob *job);

    StartJob m_startJob;
    /// The items are pipelines, and their stages are the options.
    bool m_flattenStages = false;
    QPointer<LookupJob> m_job;
    bool m_loaded = false;
    QList<FieldDefinition::Option> m_options;
};

} // namespace Concord
