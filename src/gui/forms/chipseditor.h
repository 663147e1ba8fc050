#pragma once

#include "choice.h"
#include "fieldeditor.h"

#include <QList>

namespace Concord {

class ChipInput;
class OptionLoader;

/// The base of the editors of several values as chips (MultiSelect, Associations, Tags): a
/// ChipInput offering the field's options, or those an OptionLoader loads when the input is
/// first focused (its hint says "Loading…" meanwhile, or that loading failed, with the reason
/// in its tooltip). Values set before the options are there keep their names when the record
/// gives them (setWireValue()), else show as "#id".
class ChipsEditor : public FieldEditor
{
    Q_OBJECT
public:
    void setReadOnly(bool readOnly) override;
    /// Also takes the names (and colours) of the option or record objects in `json`.
    void setWireValue(const QJsonValue &json) override;

protected:
    /// Takes `loader` over; null: the field's inline options are all there is.
    ChipsEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent);
    ~ChipsEditor() override;

    /// How an option is offered (an option id by default; a tag by its name).
    [[nodiscard]] virtual Choice choiceOf(const FieldDefinition::Option &option) const;
    /// The chip for `value`: the option's, a known one's, or one named by the value itself.
    [[nodiscard]] Choice choiceFor(const QVariant &value) const;
    [[nodiscard]] ChipInput *chipInput() const { return m_input; }

private:
    void ensureChoices();
    void offerOptions();

    ChipInput *m_input;
    OptionLoader *m_loader;
    QList<FieldDefinition::Option> m_options;
    /// Names from setWireValue() for values the options may not hold.
    QList<Choice> m_known;
    bool m_offered = false;
};

} // namespace Concord
