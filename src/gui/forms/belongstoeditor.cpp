#include "belongstoeditor.h"

#include "choice.h"
#include "optionloader.h"

namespace Concord {

BelongsToEditor::BelongsToEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : SelectEditor(field, loader, parent)
{
    // After SelectEditor's own handler has taken the options over.
    if (loader)
        connect(loader, &OptionLoader::loaded, this, &BelongsToEditor::dropMismatchedValue);
}

BelongsToEditor::~BelongsToEditor() = default;

void BelongsToEditor::setDependencyValue(const QString &attribute, const QVariant &value)
{
    if (!field().dependsOn().contains(attribute))
        return;
    if (m_dependencies.contains(attribute) && Choice::sameValue(m_dependencies.value(attribute), value))
        return;
    m_dependencies.insert(attribute, value.isNull() ? QVariant() : value);
    refreshChoices();
    dropMismatchedValue();
}

bool BelongsToEditor::acceptsOption(const FieldDefinition::Option &option) const
{
    for (auto it = m_dependencies.cbegin(); it != m_dependencies.cend(); ++it) {
        // An option that does not name the attribute cannot be ruled out by it.
        const QJsonValue own = option.raw.value(it.key());
        if (!it.value().isNull() && !own.isUndefined() && !Choice::sameValue(Choice::valueOf(own), it.value()))
            return false;
    }
    return true;
}

void BelongsToEditor::dropMismatchedValue()
{
    const QVariant current = value();
    if (current.isNull() || !hasAllOptions())
        return;
    const QList<FieldDefinition::Option> all = options();
    const auto chosen = std::find_if(all.cbegin(), all.cend(), [&current](const FieldDefinition::Option &option) {
        return Choice::sameValue(Choice::valueOf(option.id), current);
    });
    // A value the options do not know at all is left alone: it may be one the list is too
    // short to hold, and nothing says it is wrong.
    if (chosen != all.cend() && !acceptsOption(*chosen))
        clearValueForPerson();
}

} // namespace Concord
