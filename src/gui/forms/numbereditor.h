#pragma once

#include "fieldeditor.h"

namespace Concord {

class NumberLineEdit;

/// Number and Numeric: a number in the person's locale (German "1.250,5" is 1250.5), or empty
/// for no value — a spin box could not be empty. Number takes whole numbers of up to 15 digits
/// (which a JSON number, a double, still holds exactly) and its value is a qint64; Numeric
/// takes decimal(15,3) (§8.3) and its value is a double.
class NumberEditor : public FieldEditor
{
    Q_OBJECT
public:
    static constexpr int IntegerDigits = 15;
    static constexpr int NumericDecimals = 3;

    explicit NumberEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~NumberEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    bool m_decimal;
    NumberLineEdit *m_edit;
};

} // namespace Concord
