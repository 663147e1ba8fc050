#include "fieldeditor.h"

#include "schema/fieldcodec.h"

#include <QFocusEvent>

namespace Concord {

FieldEditor::FieldEditor(const FieldDefinition &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(field.attribute());
    setAccessibleName(field.label());
    // Editors are tab stops only through their inner widgets.
    setFocusPolicy(Qt::NoFocus);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::setWireValue(const QJsonValue &json)
{
    setValue(FieldCodec::fromWire(m_field, json));
}

void FieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void FieldEditor::setDependencyValue(const QString &attribute, const QVariant &value)
{
    Q_UNUSED(attribute)
    Q_UNUSED(value)
}

QWidget *FieldEditor::focusTarget()
{
    // Editors proxy to a composite (a date input) that proxies on in turn.
    QWidget *target = this;
    while (QWidget *proxy = target->focusProxy())
        target = proxy;
    return target;
}

void FieldEditor::focusInEvent(QFocusEvent *event)
{
    QWidget *target = focusTarget();
    if (target && target != this)
        target->setFocus(event->reason());
    else
        QWidget::focusInEvent(event);
}

} // namespace Concord
