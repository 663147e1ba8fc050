#pragma once

#include "fieldeditor.h"

namespace Concord {

class DateTimeInput;

/// Date and DateTime: in the locale's format, with a calendar popup and Clear.
/// A Date's value is a QDate, never converted to or from local time (§6.2: that would move it a
/// day west of UTC). A DateTime is shown in the computer's time zone and its value is a
/// QDateTime in UTC, as the server stores it (§6.2); seconds the screen does not show survive
/// an untouched value.
class DateEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit DateEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~DateEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    bool m_withTime;
    DateTimeInput *m_input;
};

} // namespace Concord
