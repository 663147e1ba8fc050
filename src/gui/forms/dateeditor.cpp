#include "dateeditor.h"

#include "datetimeinput.h"
#include "schema/fieldtype.h"

#include <QHBoxLayout>

namespace Concord {

DateEditor::DateEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_withTime(fieldTypeOf(field) == FieldType::DateTime)
    , m_input(new DateTimeInput(m_withTime ? DateTimeInput::Mode::DateTime : DateTimeInput::Mode::Date, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    setFocusProxy(m_input);
    connect(m_input, &DateTimeInput::edited, this, &FieldEditor::valueChanged);
}

DateEditor::~DateEditor() = default;

QVariant DateEditor::value() const
{
    const QDateTime shown = m_input->dateTime();
    if (!shown.isValid())
        return {};
    return m_withTime ? QVariant(shown.toUTC()) : QVariant(shown.date());
}

void DateEditor::setValue(const QVariant &value)
{
    if (m_withTime) {
        const QDateTime dateTime = value.toDateTime();
        m_input->setDateTime(dateTime.isValid() ? dateTime.toLocalTime() : QDateTime());
    } else {
        const QDate date = value.toDate();
        m_input->setDateTime(date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime());
    }
}

void DateEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_input->setReadOnly(readOnly);
}

} // namespace Concord
