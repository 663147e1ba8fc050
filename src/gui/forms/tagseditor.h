#pragma once

#include "chipseditor.h"

namespace Concord {

/// Tags (§6.9): the record's tags as chips in their colours; typing offers the known tags (the
/// field's options, or those LookupService::tags() reads on first use), and Enter on a name that
/// matches none adds it as a new tag, which the server creates. The value is the list of names.
class TagsEditor : public ChipsEditor
{
    Q_OBJECT
public:
    /// Takes `loader` over; null: the field's inline options are all there is.
    TagsEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent = nullptr);
    ~TagsEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;

protected:
    /// Tags are written by name, so the name is the value.
    [[nodiscard]] Choice choiceOf(const FieldDefinition::Option &option) const override;
};

} // namespace Concord
