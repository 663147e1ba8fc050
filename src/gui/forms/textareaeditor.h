#pragma once

#include "fieldeditor.h"

class QPlainTextEdit;

namespace Concord {

/// Textarea (and rich-text bodies, edited as plain text): several lines of text, about four
/// tall. Tab moves on to the next field rather than typing a tab, so the form stays usable from
/// the keyboard. An empty text is no value.
class TextareaEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextareaEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~TextareaEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_edit;
    /// Set while setValue() fills the edit: textChanged() then is not the person's edit.
    bool m_settingValue = false;
};

} // namespace Concord
