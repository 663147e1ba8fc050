#include "multiselecteditor.h"

#include "chipinput.h"

namespace Concord {

MultiSelectEditor::MultiSelectEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : ChipsEditor(field, loader, parent)
{
}

MultiSelectEditor::~MultiSelectEditor() = default;

QVariant MultiSelectEditor::value() const
{
    QVariantList ids;
    const QList<Choice> chips = chipInput()->chips();
    for (const Choice &chip : chips)
        ids.append(chip.value);
    return ids;
}

void MultiSelectEditor::setValue(const QVariant &value)
{
    QList<Choice> chips;
    const QVariantList ids = value.toList();
    for (const QVariant &id : ids)
        chips.append(choiceFor(id));
    chipInput()->setChips(chips);
}

} // namespace Concord
