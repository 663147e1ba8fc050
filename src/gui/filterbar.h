#pragma once

#include "api/filterrule.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QToolButton;

namespace Concord {

class ApiClient;
struct LookupItem;
class LookupJob;
class LookupService;

/// The simple filters of a record list (issue 4 §3): one combo box per filter the resource has
/// — owner on contacts and companies; owner, status and stage on deals; owner and type on
/// activities; none on products, where the bar hides itself. Each combo starts at "Any …".
/// The options (users, the stages of every pipeline, activity types) are read through
/// LookupService the first time a combo that needs them is shown, and once per bar.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(ApiClient *client, QWidget *parent = nullptr);
    ~FilterBar() override;

    /// Shows the filters of `resource`, all back at "Any" without filtersChanged(): a model's
    /// setResource() drops its filters anyway.
    void setResource(const QString &resource);
    [[nodiscard]] QString resource() const { return m_resource; }
    /// The chosen filters, in bar order; empty when every combo says "Any".
    [[nodiscard]] QList<FilterRule> filters() const;
    /// Every combo back to "Any"; filtersChanged() when something was chosen.
    void clear();

Q_SIGNALS:
    void filtersChanged(const QList<Concord::FilterRule> &filters);

private:
    using Loader = std::function<LookupJob *(const LookupService &)>;
    /// Turns the loaded lookup list into (text, value) options.
    using Options = std::function<void(QComboBox *, const QList<LookupItem> &)>;

    struct Filter
    {
        QString rule; ///< the select rule this combo sets (`user_id`, `status`, ...)
        QStringList resources; ///< where it is shown
        QComboBox *combo = nullptr;
        Loader load; ///< empty: the options are fixed
        Options fill;
        bool loaded = false;
        QPointer<LookupJob> job;
    };

    /// A combo for `rule` on `resources`, starting at `anyText`; `load` and `fill` give it options.
    QComboBox *addFilter(const QString &rule, const QStringList &resources, const QString &name,
        const QString &accessibleName, const QString &anyText, Loader load = {}, Options fill = {});
    void loadOptions(Filter &filter);
    /// Back to "Any" without a signal; true when something had been chosen.
    bool resetCombos();
    void onUserChoice();

    ApiClient *m_client;
    QString m_resource;
    QList<Filter> m_filters;
    QToolButton *m_clearButton = nullptr;
};

} // namespace Concord
