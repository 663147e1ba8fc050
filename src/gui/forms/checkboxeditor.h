#pragma once

#include "fieldeditor.h"

#include <QList>

class QCheckBox;

namespace Concord {

/// Checkbox: one checkbox per option (with the option's swatch colour as a dot), wrapping onto
/// more lines when there are many. The value lists the ticked option ids in the order they were
/// set and then ticked, so an untouched field compares equal to what the server sent; ids of
/// options the field no longer has are kept rather than silently dropped.
class CheckboxEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit CheckboxEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~CheckboxEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

private:
    void onToggled(QCheckBox *box, bool checked);

    QList<QCheckBox *> m_boxes;
    QVariantList m_checked;
};

} // namespace Concord
