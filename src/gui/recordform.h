#pragma once

#include "schema/fieldschema.h"

#include <QHash>
#include <QJsonObject>
#include <QVariant>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Concord {

class FieldEditor;
class FieldEditorFactory;

/// The form of one record, generated from the field metadata the server sends: the fields in
/// the server's order, a required mark, the help text under the editor, readonly fields shown
/// but not editable, and under each field the room for its error. It knows what the person
/// changed, as wire JSON, so only those fields are sent (partial PUT).
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(const FieldEditorFactory *factory, QWidget *parent = nullptr);
    ~RecordForm() override;

    /// Builds the editors for the fields of `schema` shown on create (or on update), each set to
    /// its `value` (update-fields carries the record's values) or to `initial[attribute]`.
    void setSchema(const FieldSchema &schema, bool creating, const QJsonObject &initial = {});
    [[nodiscard]] const FieldSchema &schema() const { return m_schema; }
    [[nodiscard]] bool isCreating() const { return m_creating; }

    /// The fields that differ from what the form was built with, as the JSON a write sends.
    /// On create, every field that has a value.
    [[nodiscard]] QJsonObject changedFields() const;
    [[nodiscard]] bool isDirty() const { return !changedFields().isEmpty(); }

    /// Shows each message under its field (keys as in a 422: `phones.0.number` goes to
    /// `phones`); messages of attributes the form has no field for come back, for the dialog to
    /// show at the top. Clears earlier errors.
    QStringList showErrors(const QHash<QString, QStringList> &errors);
    void clearErrors();
    /// Focuses the editor of the first field (in form order) that shows an error.
    void focusFirstError();
    /// Focuses the first editable field, where a person starts typing.
    void focusFirstField();
    [[nodiscard]] FieldEditor *editor(const QString &attribute) const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        FieldDefinition field;
        FieldEditor *editor = nullptr;
        QLabel *error = nullptr;
        QVariant initial;
    };

    void addRow(const FieldDefinition &field, const QJsonValue &wire);
    /// A stage lists only the stages of the chosen pipeline (dependsOn).
    void propagateDependency(const Row &source);

    const FieldEditorFactory *m_factory;
    QFormLayout *m_layout;
    FieldSchema m_schema;
    QList<Row> m_rows;
    bool m_creating = true;
};

} // namespace Concord
