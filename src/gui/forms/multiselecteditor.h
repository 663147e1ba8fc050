#pragma once

#include "chipseditor.h"

namespace Concord {

/// MultiSelect, and Associations (records of another resource, loaded on first use): the chosen
/// options as chips, in the order they were set and added, so an untouched field compares
/// equal to what the server sent. The value is the list of ids.
class MultiSelectEditor : public ChipsEditor
{
    Q_OBJECT
public:
    /// Takes `loader` over; null: the field's inline options are all there is.
    MultiSelectEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent = nullptr);
    ~MultiSelectEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
};

} // namespace Concord
