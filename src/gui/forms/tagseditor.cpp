#include "tagseditor.h"

#include "chipinput.h"

namespace Concord {

TagsEditor::TagsEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : ChipsEditor(field, loader, parent)
{
    chipInput()->setAcceptsNewText(true);
}

TagsEditor::~TagsEditor() = default;

QVariant TagsEditor::value() const
{
    QStringList names;
    const QList<Choice> chips = chipInput()->chips();
    for (const Choice &chip : chips)
        names.append(chip.text);
    return names;
}

void TagsEditor::setValue(const QVariant &value)
{
    QList<Choice> chips;
    const QStringList names = value.toStringList();
    for (const QString &name : names)
        chips.append(choiceFor(name));
    chipInput()->setChips(chips);
}

Choice TagsEditor::choiceOf(const FieldDefinition::Option &option) const
{
    return {option.label, option.label, option.swatchColor};
}

} // namespace Concord
