#include "radioeditor.h"

#include "choice.h"
#include "flowlayout.h"
#include "swatchicon.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QToolButton>

namespace Concord {

namespace {

const char *const ValueProperty = "choiceValue";

} // namespace

RadioEditor::RadioEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_group(new QButtonGroup(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new FlowLayout(this);
    layout->setSpacing(fontMetrics().height() / 2);
    const int extent = fontMetrics().height() * 2 / 3;
    const QList<FieldDefinition::Option> options = field.options();
    for (const FieldDefinition::Option &option : options) {
        const Choice choice = Choice::fromOption(option);
        auto *button = new QRadioButton(choice.text, this);
        button->setIcon(swatchDotIcon(choice.color, extent));
        button->setProperty(ValueProperty, choice.value);
        m_group->addButton(button);
        layout->addWidget(button);
    }
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("No %1").arg(field.label()));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    setFocusProxy(m_group->buttons().isEmpty() ? static_cast<QWidget *>(m_clear) : m_group->buttons().constFirst());

    connect(m_group, &QButtonGroup::buttonClicked, this, &RadioEditor::onClicked);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_value.isNull())
            return;
        m_value.clear();
        showValue();
        Q_EMIT valueChanged();
    });
    showValue();
}

RadioEditor::~RadioEditor() = default;

void RadioEditor::setValue(const QVariant &value)
{
    m_value = value.isNull() ? QVariant() : value;
    showValue();
}

void RadioEditor::showValue()
{
    // An exclusive group keeps one button checked; to show none it must let go for a moment.
    m_group->setExclusive(false);
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons)
        button->setChecked(!m_value.isNull() && Choice::sameValue(button->property(ValueProperty), m_value));
    m_group->setExclusive(true);
    m_clear->setEnabled(!m_value.isNull() && !isReadOnly());
}

void RadioEditor::onClicked(QAbstractButton *button)
{
    const QVariant value = button->property(ValueProperty);
    if (Choice::sameValue(value, m_value))
        return;
    m_value = value;
    showValue();
    Q_EMIT valueChanged();
}

void RadioEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons)
        button->setEnabled(!readOnly);
    m_clear->setVisible(!readOnly);
    showValue();
}

} // namespace Concord
