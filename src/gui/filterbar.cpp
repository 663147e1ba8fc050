#include "filterbar.h"

#include "api/lookupitem.h"
#include "api/lookupjob.h"
#include "api/lookupservice.h"
#include "dealstatus.h"
#include "logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace Concord {

namespace {

void addItems(QComboBox *combo, const QList<LookupItem> &items)
{
    for (const LookupItem &item : items)
        combo->addItem(item.name, item.id.toInteger());
}

} // namespace

FilterBar::FilterBar(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList owned {
        QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("deals"), QStringLiteral("activities")};
    addFilter(QStringLiteral("user_id"), owned, QStringLiteral("ownerFilter"), tr("Owner filter"), tr("Any owner"),
        &LookupService::users, addItems);
    // Deal status is a fixed set: the values the API takes, the words the user reads.
    QComboBox *status = addFilter(QStringLiteral("status"), {QStringLiteral("deals")}, QStringLiteral("statusFilter"),
        tr("Status filter"), tr("Any status"));
    for (const auto &dealStatus : DealStatus::all())
        status->addItem(dealStatus.second, dealStatus.first);
    // Stage names repeat across pipelines ("Lead"), so each is prefixed by its pipeline.
    addFilter(QStringLiteral("stage_id"), {QStringLiteral("deals")}, QStringLiteral("stageFilter"), tr("Stage filter"),
        tr("Any stage"), &LookupService::pipelines, [this](QComboBox *combo, const QList<LookupItem> &pipelines) {
            for (const LookupItem &pipeline : pipelines) {
                for (const LookupItem &stage : pipeline.nested(QStringLiteral("stages")))
                    combo->addItem(
                        tr("%1: %2", "pipeline: stage").arg(pipeline.name, stage.name), stage.id.toInteger());
            }
        });
    addFilter(QStringLiteral("activity_type_id"), {QStringLiteral("activities")}, QStringLiteral("typeFilter"),
        tr("Activity type filter"), tr("Any type"), &LookupService::activityTypes, addItems);
    // Contacts and companies share one tag set, deals have their own (§6.9): one combo each.
    addFilter(QStringLiteral("tags"), {QStringLiteral("contacts"), QStringLiteral("companies")},
        QStringLiteral("tagFilter"), tr("Tag filter"), tr("Any tag"),
        [](const LookupService &lookups) { return lookups.tags(QStringLiteral("contacts")); }, addItems);
    addFilter(QStringLiteral("tags"), {QStringLiteral("deals")}, QStringLiteral("dealTagFilter"), tr("Tag filter"),
        tr("Any tag"), [](const LookupService &lookups) { return lookups.tags(QStringLiteral("deals")); }, addItems);

    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFilters"));
    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_clearButton->setEnabled(false);
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clearButton);
    layout->addStretch();
    setResource({});
}

FilterBar::~FilterBar()
{
    // A lookup still on its way would otherwise fill combos that no longer exist.
    for (Filter &filter : m_filters) {
        if (filter.job)
            filter.job->abort();
    }
}

QComboBox *FilterBar::addFilter(const QString &rule, const QStringList &resources, const QString &name,
    const QString &accessibleName, const QString &anyText, Loader load, Options fill)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(anyText);
    // activated: the user's choice only, not the resets made here.
    connect(combo, &QComboBox::activated, this, &FilterBar::onUserChoice);
    layout()->addWidget(combo);
    Filter filter;
    filter.rule = rule;
    filter.resources = resources;
    filter.combo = combo;
    filter.load = std::move(load);
    filter.fill = std::move(fill);
    m_filters.append(std::move(filter));
    return combo;
}

void FilterBar::setResource(const QString &resource)
{
    m_resource = resource;
    resetCombos();
    bool any = false;
    for (Filter &filter : m_filters) {
        const bool shown = filter.resources.contains(resource);
        filter.combo->setVisible(shown);
        any = any || shown;
        if (shown)
            loadOptions(filter);
    }
    // A bar on its own (a window) is shown by its owner; inside a window it follows the resource.
    if (!any)
        hide();
    else if (!isWindow())
        show();
}

void FilterBar::loadOptions(Filter &filter)
{
    if (!filter.load || filter.loaded || filter.job)
        return;
    LookupJob *job = filter.load(LookupService(m_client));
    filter.job = job;
    // Found again by its combo: two filters may share a rule (the tags of contacts and of deals).
    const QComboBox *combo = filter.combo;
    const QString rule = filter.rule;
    connect(job, &ServiceJob::finished, this, [this, job, combo, rule] {
        for (Filter &f : m_filters) {
            if (f.combo != combo)
                continue;
            f.job.clear();
            if (!job->isOk()) {
                // The combo keeps only "Any"; the next setResource() asks again.
                qCWarning(lcUi) << "filter options for" << rule << "failed:" << job->error().userMessage();
                return;
            }
            f.loaded = true;
            f.fill(f.combo, job->items());
        }
    });
}

QList<FilterRule> FilterBar::filters() const
{
    QList<FilterRule> out;
    for (const Filter &filter : m_filters) {
        if (filter.resources.contains(m_resource) && filter.combo->currentIndex() > 0)
            out.append({filter.rule, QStringLiteral("select"), QStringLiteral("equal"),
                QJsonValue::fromVariant(filter.combo->currentData())});
    }
    return out;
}

bool FilterBar::resetCombos()
{
    bool changed = false;
    for (const Filter &filter : m_filters) {
        changed = changed || filter.combo->currentIndex() > 0;
        filter.combo->setCurrentIndex(0);
    }
    m_clearButton->setEnabled(false);
    return changed;
}

void FilterBar::clear()
{
    if (resetCombos())
        Q_EMIT filtersChanged({});
}

void FilterBar::onUserChoice()
{
    const QList<FilterRule> chosen = filters();
    m_clearButton->setEnabled(!chosen.isEmpty());
    Q_EMIT filtersChanged(chosen);
}

} // namespace Concord
