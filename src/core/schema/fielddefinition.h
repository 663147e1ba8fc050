#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Concord {

/// One field of a form, as the server describes it in create-fields, update-fields and
/// `/api/fields/{resource}/create|update` (concord-api.md §8.2). Built-in and custom fields alike;
/// a custom field tells its type through customFieldType().
class FieldDefinition
{
public:
    /// One choice of a select-like field. `id` is what a write sends (the option's `valueKey`,
    /// usually `id`), `label` what is shown (read through `labelKey`, then `name`, then `label`,
    /// because 1.2 servers say `label` where 1.5 says `name`, §8.4).
    struct Option
    {
        QJsonValue id;
        QString label;
        QString swatchColor; ///< empty when the option has none
        QJsonObject raw; ///< the option as sent, for keys such as a stage's `pipeline_id`
    };

    FieldDefinition() = default;

    /// Reads one field object; `*ok` is false when it is not one (no `attribute`).
    [[nodiscard]] static FieldDefinition fromJson(const QJsonObject &json, bool *ok);

    [[nodiscard]] QString attribute() const { return m_attribute; }
    [[nodiscard]] QString label() const { return m_label; }
    [[nodiscard]] QString helpText() const { return m_helpText; }
    /// The server's UI component (`select-field`, `belongs-to-field`, ...).
    [[nodiscard]] QString component() const { return m_component; }
    /// `customField.field_type` (`Select`, `Checkbox`, ... §8.3); empty for a built-in field.
    [[nodiscard]] QString customFieldType() const { return m_customFieldType; }
    [[nodiscard]] bool isCustomField() const { return !m_customFieldType.isEmpty(); }
    [[nodiscard]] bool isRequired() const { return m_required; }
    /// Shown, but never sent.
    [[nodiscard]] bool isReadonly() const { return m_readonly; }
    [[nodiscard]] bool isUnique() const { return m_unique; }
    [[nodiscard]] bool showOnIndex() const { return m_showOnIndex; }
    [[nodiscard]] bool showOnCreation() const { return m_showOnCreation; }
    [[nodiscard]] bool showOnUpdate() const { return m_showOnUpdate; }
    [[nodiscard]] bool showOnDetail() const { return m_showOnDetail; }
    [[nodiscard]] QList<Option> options() const { return m_options; }
    /// The option key a write sends; `id` when the server names none.
    [[nodiscard]] QString valueKey() const { return m_valueKey; }
    [[nodiscard]] QString labelKey() const { return m_labelKey; }
    /// The resource the options come from when they are not inline (`sources`, `users`, ...).
    [[nodiscard]] QString optionsViaResource() const { return m_optionsViaResource; }
    [[nodiscard]] QString belongsToRelation() const { return m_belongsToRelation; }
    /// Attributes whose values filter this field's options (stage by `pipeline_id`); the server
    /// sends a string or an array, both end up here.
    [[nodiscard]] QStringList dependsOn() const { return m_dependsOn; }
    /// The record's current value (update-fields); Undefined when the server sent none.
    [[nodiscard]] QJsonValue value() const { return m_value; }
    /// The whole field object, for keys not read above (`inputType`, `trueValue`, ...).
    [[nodiscard]] QJsonObject json() const { return m_json; }

private:
    QString m_attribute;
    QString m_label;
    QString m_helpText;
    QString m_component;
    QString m_customFieldType;
    bool m_required = false;
    bool m_readonly = false;
    bool m_unique = false;
    bool m_showOnIndex = false;
    bool m_showOnCreation = false;
    bool m_showOnUpdate = false;
    bool m_showOnDetail = false;
    QList<Option> m_options;
    QString m_valueKey;
    QString m_labelKey;
    QString m_optionsViaResource;
    QString m_belongsToRelation;
    QStringList m_dependsOn;
    QJsonValue m_value = QJsonValue::Undefined;
    QJsonObject m_json;
};

} // namespace Concord
