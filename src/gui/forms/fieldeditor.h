#pragma once

#include "schema/fielddefinition.h"

#include <QVariant>
#include <QWidget>

namespace Concord {

/// The base of every field editor: one widget that edits the value of one field, in the edit
/// value representation FieldType describes (FieldCodec turns it into wire JSON and back). The
/// record form and the table's inline-edit delegate both work through this interface only, so
/// any editor serves both. Made by FieldEditorFactory.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~FieldEditor() override;

    [[nodiscard]] const FieldDefinition &field() const { return m_field; }

    /// The edit value (see FieldType); an invalid QVariant when the field has no value.
    [[nodiscard]] virtual QVariant value() const = 0;
    /// Shows `value` (as FieldCodec::fromWire() gives it). Never emits valueChanged(): only the
    /// person's edits do.
    virtual void setValue(const QVariant &value) = 0;
    /// Shows the value as a record holds it (`json`, the wire form): setValue() of what
    /// FieldCodec::fromWire() reads, and whatever names the JSON carries besides — associated
    /// records come as objects with their names (§7), which no option list may hold.
    virtual void setWireValue(const QJsonValue &json);

    /// A readonly field (§8.2) is shown but cannot be changed; its text can still be selected
    /// and copied where the editor shows text.
    virtual void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    /// The value of another field this one depends on (§8.2 `dependsOn`: a stage on its
    /// `pipeline_id`). Editors whose options do not depend on anything ignore it.
    virtual void setDependencyValue(const QString &attribute, const QVariant &value);

    /// The widget to focus to edit this field (a form's buddy label, "focus the first error"):
    /// the end of the chain of focus proxies editors set, else the editor itself.
    [[nodiscard]] virtual QWidget *focusTarget();

Q_SIGNALS:
    /// The person changed the value (never emitted by setValue()).
    void valueChanged();

protected:
    /// Focus given to the editor itself (an item view does that) goes on to focusTarget().
    void focusInEvent(QFocusEvent *event) override;

private:
    FieldDefinition m_field;
    bool m_readOnly = false;
};

} // namespace Concord
