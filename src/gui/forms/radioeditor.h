#pragma once

#include "fieldeditor.h"

class QAbstractButton;
class QButtonGroup;
class QToolButton;

namespace Concord {

/// Radio: one radio button per option, none checked for "no value", and a Clear button to get
/// back there (an exclusive group cannot be unchecked by clicking). A value no option holds is
/// kept, with nothing checked, until the person picks one.
class RadioEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit RadioEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~RadioEditor() override;

    [[nodiscard]] QVariant value() const override { return m_value; }
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    void showValue();
    void onClicked(QAbstractButton *button);

    QButtonGroup *m_group;
    QToolButton *m_clear;
    QVariant m_value;
};

} // namespace Concord
