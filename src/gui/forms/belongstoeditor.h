#pragma once

#include "selecteditor.h"

#include <QHash>

namespace Concord {

/// BelongsTo (owner, source, industry, country, pipeline, stage, ...): a SelectEditor whose
/// options are inline or loaded from `GET /api/{optionsViaResource}` on first use (§8.2). A
/// field with `dependsOn` (a stage on `pipeline_id`) offers only the options whose own value of
/// that attribute matches setDependencyValue(), all of them while that value is unset; a chosen
/// option that no longer matches is cleared, as the person's edit (valueChanged()), because it
/// follows from theirs.
class BelongsToEditor : public SelectEditor
{
    Q_OBJECT
public:
    BelongsToEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent = nullptr);
    ~BelongsToEditor() override;

    void setDependencyValue(const QString &attribute, const QVariant &value) override;

protected:
    [[nodiscard]] bool acceptsOption(const FieldDefinition::Option &option) const override;

private:
    /// Clears a value the dependencies rule out, once the options are known.
    void dropMismatchedValue();

    QHash<QString, QVariant> m_dependencies;
};

} // namespace Concord
