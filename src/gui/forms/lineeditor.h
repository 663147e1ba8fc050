#pragma once

#include "fieldeditor.h"

class QAction;
class QLineEdit;

namespace Concord {

/// Text, Email and Url (and any built-in field of an unknown component, §8.2): one line of
/// text. Text stops at the 191 characters the server takes; Email and Url ask the input method
/// for the fitting keyboard; Url has an action that opens the address in the browser (http and
/// https only: a CRM field is no place to launch other schemes from). An empty line is no value.
class LineEditor : public FieldEditor
{
    Q_OBJECT
public:
    static constexpr int MaxTextLength = 191;

    explicit LineEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~LineEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    /// The address to open, or an empty URL when the text is none the browser should get.
    [[nodiscard]] QUrl openableUrl() const;

    QLineEdit *m_lineEdit;
    QAction *m_openAction = nullptr;
};

} // namespace Concord
