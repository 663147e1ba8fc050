#pragma once

#include "fieldeditor.h"

#include <QList>

class QPushButton;
class QVBoxLayout;

namespace Concord {

class PhoneRow;

/// Phones (§6.9): one PhoneRow per phone and an "Add phone" button. The value is a
/// QVariantList of {"number", "type", "id" when known} maps, in row order; rows left without a
/// number are part of it and dropped by the codec, as the server would.
class PhonesEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit PhonesEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~PhonesEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;
    /// The first number, or "Add phone" when there is none.
    [[nodiscard]] QWidget *focusTarget() override;

    [[nodiscard]] QList<PhoneRow *> rows() const { return m_rows; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }

private:
    PhoneRow *addRow(const QVariantMap &phone);
    void removeRow(PhoneRow *row);

    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<PhoneRow *> m_rows;
};

} // namespace Concord
