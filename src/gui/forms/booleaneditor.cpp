#include "booleaneditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace Concord {

BooleanEditor::BooleanEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_checkBox(new QCheckBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBox);
    layout->addStretch();
    m_checkBox->setAccessibleName(field.label());
    setFocusProxy(m_checkBox);
    connect(m_checkBox, &QCheckBox::clicked, this, [this] {
        m_isSet = true;
        Q_EMIT valueChanged();
    });
}

BooleanEditor::~BooleanEditor() = default;

QVariant BooleanEditor::value() const
{
    return m_isSet ? QVariant(m_checkBox->isChecked()) : QVariant();
}

void BooleanEditor::setValue(const QVariant &value)
{
    m_isSet = !value.isNull();
    m_checkBox->setChecked(value.toBool());
}

void BooleanEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_checkBox->setEnabled(!readOnly);
}

} // namespace Concord
