#include "checkboxeditor.h"

#include "choice.h"
#include "flowlayout.h"
#include "swatchicon.h"

#include <QCheckBox>
#include <QLabel>

namespace Concord {

namespace {

const char *const ValueProperty = "choiceValue";

} // namespace

CheckboxEditor::CheckboxEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = new FlowLayout(this);
    layout->setSpacing(fontMetrics().height() / 2);
    const int extent = fontMetrics().height() * 2 / 3;
    const QList<FieldDefinition::Option> options = field.options();
    for (const FieldDefinition::Option &option : options) {
        const Choice choice = Choice::fromOption(option);
        auto *box = new QCheckBox(choice.text, this);
        box->setIcon(swatchDotIcon(choice.color, extent));
        box->setProperty(ValueProperty, choice.value);
        connect(box, &QCheckBox::clicked, this, [this, box](bool checked) { onToggled(box, checked); });
        layout->addWidget(box);
        m_boxes.append(box);
    }
    if (m_boxes.isEmpty())
        layout->addWidget(new QLabel(tr("No options"), this));
    else
        setFocusProxy(m_boxes.constFirst());
}

CheckboxEditor::~CheckboxEditor() = default;

QVariant CheckboxEditor::value() const
{
    return m_checked;
}

void CheckboxEditor::setValue(const QVariant &value)
{
    m_checked = value.toList();
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QVariant boxValue = box->property(ValueProperty);
        box->setChecked(std::any_of(m_checked.cbegin(), m_checked.cend(),
            [&boxValue](const QVariant &id) { return Choice::sameValue(id, boxValue); }));
    }
}

void CheckboxEditor::onToggled(QCheckBox *box, bool checked)
{
    const QVariant boxValue = box->property(ValueProperty);
    m_checked.removeIf([&boxValue](const QVariant &id) { return Choice::sameValue(id, boxValue); });
    if (checked)
        m_checked.append(boxValue);
    Q_EMIT valueChanged();
}

void CheckboxEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
}

} // namespace Concord
