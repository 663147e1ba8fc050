#pragma once

#include "fieldeditor.h"

#include <QList>

namespace Concord {

class OptionLoader;
class SearchableCombo;

/// Select: one option out of the field's options, in a SearchableCombo (type to filter, "—" for
/// no value). The base of the BelongsTo and Timezone editors, whose options may have to be
/// loaded: with an OptionLoader and no inline options, they are loaded when the combo is first
/// focused or opened ("Loading…" meanwhile; when it fails, an entry saying so with the reason
/// in its tooltip, and a new try on the next opening). The list itself is also only filled
/// then, so a form of many long lists opens fast. The value is the option's id (qint64, or a
/// string for string-valued choices); a value set before the options are there, or one they do
/// not hold, is kept and shown by the text of setDisplayText(), the option's label once known,
/// or "#id".
class SelectEditor : public FieldEditor
{
    Q_OBJECT
public:
    /// Takes `loader` over; null: the field's inline options are all there is.
    SelectEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent = nullptr);
    ~SelectEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

    /// The name of the value set (a related record's name as the record embeds it, §8.2
    /// belongsToRelation), for as long as the options do not say it themselves.
    void setDisplayText(const QString &text);

protected:
    /// Whether `option` is offered now (BelongsTo filters by the field it depends on).
    [[nodiscard]] virtual bool acceptsOption(const FieldDefinition::Option &option) const;
    /// What `option` is called in the list.
    [[nodiscard]] virtual QString textOf(const FieldDefinition::Option &option) const;

    /// Replaces the options (a built-in list, e.g. the system's timezones).
    void setOptions(const QList<FieldDefinition::Option> &options);
    /// Whether the options are all there (inline, built in, or loaded).
    [[nodiscard]] bool hasAllOptions() const;
    [[nodiscard]] QList<FieldDefinition::Option> options() const { return m_options; }
    /// Refills the list after acceptsOption() changed its mind; a no-op until it was first filled.
    void refreshChoices();
    [[nodiscard]] SearchableCombo *combo() const { return m_combo; }
    [[nodiscard]] OptionLoader *loader() const { return m_loader; }
    /// Sets no value, as if the person had chosen "—" (valueChanged()).
    void clearValueForPerson();

private:
    /// Fills the list, or starts loading what it needs.
    void ensureChoices();
    void fillChoices();
    [[nodiscard]] QString textFor(const QVariant &value) const;

    SearchableCombo *m_combo;
    OptionLoader *m_loader;
    QList<FieldDefinition::Option> m_options;
    QString m_displayText;
    bool m_filled = false;
};

} // namespace Concord
