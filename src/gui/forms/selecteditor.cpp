#include "selecteditor.h"

#include "choice.h"
#include "optionloader.h"
#include "searchablecombo.h"

#include <QHBoxLayout>

namespace Concord {

SelectEditor::SelectEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new SearchableCombo(this))
    , m_loader(loader)
    , m_options(field.options())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->setAccessibleName(field.label());
    setFocusProxy(m_combo);
    connect(m_combo, &SearchableCombo::choicesWanted, this, &SelectEditor::ensureChoices);
    connect(m_combo, &SearchableCombo::valueEdited, this, &FieldEditor::valueChanged);
    if (m_loader) {
        m_loader->setParent(this);
        connect(m_loader, &OptionLoader::loaded, this, [this] {
            m_options = m_loader->options();
            m_combo->setStatusText({});
            fillChoices();
        });
        connect(m_loader, &OptionLoader::failed, this,
            [this](const QString &message) { m_combo->setStatusText(tr("Could not load the choices"), message); });
    }
}

SelectEditor::~SelectEditor() = default;

QVariant SelectEditor::value() const
{
    return m_combo->value();
}

void SelectEditor::setValue(const QVariant &value)
{
    m_combo->setValue(value, textFor(value));
}

void SelectEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_combo->setReadOnly(readOnly);
}

void SelectEditor::setDisplayText(const QString &text)
{
    m_displayText = text;
    m_combo->setValue(m_combo->value(), textFor(m_combo->value()));
}

bool SelectEditor::acceptsOption(const FieldDefinition::Option &option) const
{
    Q_UNUSED(option)
    return true;
}

QString SelectEditor::textOf(const FieldDefinition::Option &option) const
{
    return option.label;
}

void SelectEditor::setOptions(const QList<FieldDefinition::Option> &options)
{
    m_options = options;
    refreshChoices();
}

bool SelectEditor::hasAllOptions() const
{
    return !m_loader || m_loader->isLoaded() || !m_options.isEmpty();
}

void SelectEditor::refreshChoices()
{
    if (m_filled)
        fillChoices();
}

void SelectEditor::clearValueForPerson()
{
    if (m_combo->value().isNull())
        return;
    m_combo->setValue({});
    Q_EMIT valueChanged();
}

void SelectEditor::ensureChoices()
{
    if (m_filled)
        return;
    if (hasAllOptions()) {
        fillChoices();
        return;
    }
    m_combo->setStatusText(tr("Loading…"));
    m_loader->load();
}

void SelectEditor::fillChoices()
{
    QList<Choice> choices;
    choices.reserve(m_options.size());
    for (const FieldDefinition::Option &option : std::as_const(m_options)) {
        if (acceptsOption(option))
            choices.append({Choice::valueOf(option.id), textOf(option), option.swatchColor});
    }
    m_combo->setChoices(choices);
    // The entry for a value the list does not hold keeps the best name there is.
    m_combo->setValue(m_combo->value(), textFor(m_combo->value()));
    m_filled = true;
}

QString SelectEditor::textFor(const QVariant &value) const
{
    if (value.isNull())
        return {};
    for (const FieldDefinition::Option &option : m_options) {
        if (Choice::sameValue(Choice::valueOf(option.id), value))
            return textOf(option);
    }
    return textOf({QJsonValue::fromVariant(value), m_displayText, {}, {}});
}

} // namespace Concord
