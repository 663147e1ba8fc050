#include "fielddefinition.h"

#include <QJsonArray>

namespace Concord {

namespace {

QString stringOf(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

bool boolOf(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toBool();
}

// §8.4: the label key names the label, but 1.2 and 1.5 disagree on it, and the raw rows of
// customField.options carry no labelKey of their own.
QString optionLabel(const QJsonObject &option, const QString &labelKey)
{
    for (const QString &key : {labelKey, QStringLiteral("name"), QStringLiteral("label")}) {
        const QJsonValue label = option.value(key);
        if (label.isString())
            return label.toString();
    }
    return {};
}

QList<FieldDefinition::Option> optionsOf(const QJsonArray &options, const QString &valueKey, const QString &labelKey)
{
    QList<FieldDefinition::Option> result;
    result.reserve(options.size());
    for (const QJsonValue &value : options) {
        const QJsonObject option = value.toObject();
        const QJsonValue id = option.value(valueKey);
        result.append({id.isUndefined() ? option.value(QLatin1String("id")) : id, optionLabel(option, labelKey),
            stringOf(option, "swatch_color"), option});
    }
    return result;
}

// [UNCERTAIN] §8.2: one attribute as a string, or several as an array.
QStringList dependsOnOf(const QJsonValue &dependsOn)
{
    if (dependsOn.isString())
        return dependsOn.toString().isEmpty() ? QStringList() : QStringList {dependsOn.toString()};
    QStringList result;
    const QJsonArray attributes = dependsOn.toArray();
    for (const QJsonValue &attribute : attributes) {
        if (attribute.isString())
            result.append(attribute.toString());
    }
    return result;
}

} // namespace

FieldDefinition FieldDefinition::fromJson(const QJsonObject &json, bool *ok)
{
    FieldDefinition field;
    field.m_attribute = stringOf(json, "attribute");
    *ok = !field.m_attribute.isEmpty();
    if (!*ok)
        return field;
    field.m_json = json;
    field.m_label = stringOf(json, "label");
    field.m_helpText = stringOf(json, "helpText");
    field.m_component = stringOf(json, "component");
    field.m_required = boolOf(json, "isRequired");
    field.m_readonly = boolOf(json, "readonly");
    field.m_unique = boolOf(json, "isUnique");
    field.m_showOnIndex = boolOf(json, "showOnIndex");
    field.m_showOnCreation = boolOf(json, "showOnCreation");
    field.m_showOnUpdate = boolOf(json, "showOnUpdate");
    field.m_showOnDetail = boolOf(json, "showOnDetail");
    field.m_valueKey = stringOf(json, "valueKey");
    if (field.m_valueKey.isEmpty())
        field.m_valueKey = QStringLiteral("id");
    field.m_labelKey = stringOf(json, "labelKey");
    field.m_optionsViaResource = stringOf(json, "optionsViaResource");
    field.m_belongsToRelation = stringOf(json, "belongsToRelation");
    field.m_dependsOn = dependsOnOf(json.value(QLatin1String("dependsOn")));
    field.m_value = json.value(QLatin1String("value"));

    const QJsonObject customField = json.value(QLatin1String("customField")).toObject();
    field.m_customFieldType = stringOf(customField, "field_type");
    // The field's own options are the ones to show; a custom field's definition rows are the
    // same choices, used when a server leaves the field's list out.
    const QJsonValue options = json.value(QLatin1String("options"));
    field.m_options
        = optionsOf(options.isArray() ? options.toArray() : customField.value(QLatin1String("options")).toArray(),
            field.m_valueKey, field.m_labelKey);
    return field;
}

} // namespace Concord
