#include "textareaeditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>

namespace Concord {

TextareaEditor::TextareaEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setTabChangesFocus(true);
    const int lines = 4;
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + 2 * m_edit->frameWidth()
        + int(2 * m_edit->document()->documentMargin()));
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingValue)
            Q_EMIT valueChanged();
    });
}

TextareaEditor::~TextareaEditor() = default;

QVariant TextareaEditor::value() const
{
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void TextareaEditor::setValue(const QVariant &value)
{
    m_settingValue = true;
    m_edit->setPlainText(value.toString());
    m_settingValue = false;
}

void TextareaEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_edit->setReadOnly(readOnly);
}

} // namespace Concord
