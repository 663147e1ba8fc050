#include "chipseditor.h"

#include "chipinput.h"
#include "optionloader.h"

#include "api/lookupitem.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>

namespace Concord {

ChipsEditor::ChipsEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : FieldEditor(field, parent)
    , m_input(new ChipInput(this))
    , m_loader(loader)
    , m_options(field.options())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    m_input->lineEdit()->setAccessibleName(field.label());
    setFocusProxy(m_input->lineEdit());
    connect(m_input, &ChipInput::chipsEdited, this, &FieldEditor::valueChanged);
    connect(m_input, &ChipInput::choicesWanted, this, &ChipsEditor::ensureChoices);
    if (m_loader) {
        m_loader->setParent(this);
        connect(m_loader, &OptionLoader::loaded, this, [this] {
            m_options = m_loader->options();
            m_input->setStatusText({});
            offerOptions();
        });
        connect(m_loader, &OptionLoader::failed, this,
            [this](const QString &message) { m_input->setStatusText(tr("Could not load the choices"), message); });
    }
}

ChipsEditor::~ChipsEditor() = default;

void ChipsEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_input->setReadOnly(readOnly);
}

void ChipsEditor::setWireValue(const QJsonValue &json)
{
    const QJsonArray items = json.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        // `name`, else `display_name` (records, §7); options of 1.2 say `label`.
        const QJsonObject object = item.toObject();
        const LookupItem entry = LookupItem::fromRecord(object);
        const QString name = entry.name.isEmpty() ? object.value(QLatin1String("label")).toString() : entry.name;
        if (!name.isEmpty())
            m_known.append(choiceOf({entry.id, name, entry.swatchColor, object}));
    }
    FieldEditor::setWireValue(json);
}

Choice ChipsEditor::choiceOf(const FieldDefinition::Option &option) const
{
    return Choice::fromOption(option);
}

Choice ChipsEditor::choiceFor(const QVariant &value) const
{
    for (const FieldDefinition::Option &option : m_options) {
        const Choice choice = choiceOf(option);
        if (Choice::sameValue(choice.value, value))
            return choice;
    }
    for (const Choice &choice : m_known) {
        if (Choice::sameValue(choice.value, value))
            return choice;
    }
    // A record or option known by nothing but its id.
    const bool id = value.typeId() != QMetaType::QString;
    return {value, id ? tr("#%1", "a record known only by its id").arg(value.toString()) : value.toString(), {}};
}

void ChipsEditor::ensureChoices()
{
    if (m_offered)
        return;
    if (!m_loader || m_loader->isLoaded() || !m_options.isEmpty()) {
        offerOptions();
        return;
    }
    m_input->setStatusText(tr("Loading…"));
    m_loader->load();
}

void ChipsEditor::offerOptions()
{
    QList<Choice> choices;
    choices.reserve(m_options.size());
    for (const FieldDefinition::Option &option : std::as_const(m_options))
        choices.append(choiceOf(option));
    m_input->setChoices(choices);
    // Chips set before the options came may now have their names and colours.
    QList<Choice> chips = m_input->chips();
    for (Choice &chip : chips)
        chip = choiceFor(chip.value);
    m_input->setChips(chips);
    m_offered = true;
}

} // namespace Concord
