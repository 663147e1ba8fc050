#pragma once

#include "fieldeditor.h"

class QCheckBox;

namespace Concord {

/// Boolean: a plain checkbox. An unset value (§8.3: null) shows unchecked and stays unset (an
/// invalid value) until the person ticks or unticks it, so opening a record does not turn its
/// null into a false that would then be sent.
class BooleanEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit BooleanEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~BooleanEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox *m_checkBox;
    bool m_isSet = false;
};

} // namespace Concord
