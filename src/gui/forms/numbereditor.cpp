#include "numbereditor.h"

#include "numberlineedit.h"
#include "schema/fieldtype.h"

#include <QHBoxLayout>

namespace Concord {

NumberEditor::NumberEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_decimal(fieldTypeOf(field) == FieldType::Numeric)
    , m_edit(new NumberLineEdit(IntegerDigits, m_decimal ? NumericDecimals : 0, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addStretch();
    setFocusProxy(m_edit);
    connect(m_edit, &NumberLineEdit::textEdited, this, &FieldEditor::valueChanged);
}

NumberEditor::~NumberEditor() = default;

QVariant NumberEditor::value() const
{
    const std::optional<double> number = m_edit->number();
    if (!number)
        return {};
    return m_decimal ? QVariant(*number) : QVariant(qint64(*number));
}

void NumberEditor::setValue(const QVariant &value)
{
    m_edit->setNumber(value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()));
}

void NumberEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_edit->setReadOnly(readOnly);
}

} // namespace Concord
