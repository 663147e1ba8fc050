#include "customfieldregistry.h"

#include "resourcecatalog.h"
#include "timestamps.h"
#include "validationerrors.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Concord::Emulator {

namespace {

struct TypeInfo {
    const char *type;
    const char *component;
    FieldKind kind;
};

const TypeInfo kTypes[] = {
    {"Boolean", "boolean-field", FieldKind::Boolean},
    {"Checkbox", "checkbox-field", FieldKind::OptionMulti},
    {"ColorSwatch", "color-swatch-field", FieldKind::Color},
    {"Date", "date-field", FieldKind::Date},
    {"DateTime", "date-time-field", FieldKind::DateTime},
    {"Email", "email-field", FieldKind::Email},
    {"MultiSelect", "select-multiple-field", FieldKind::OptionMulti},
    {"Number", "number-field", FieldKind::Integer},
    {"Numeric", "numeric-field", FieldKind::Decimal},
    {"Radio", "radio-field", FieldKind::OptionSingle},
    {"Select", "select-field", FieldKind::OptionSingle},
    {"Text", "text-field", FieldKind::Text},
    {"Textarea", "textarea-field", FieldKind::LongText},
    {"Timezone", "timezone-field", FieldKind::Timezone},
    {"Url", "url-field", FieldKind::Url},
};

const TypeInfo *typeInfo(const QString &type)
{
    for (const TypeInfo &t : kTypes) {
        if (type == QLatin1String(t.type))
            return &t;
    }
    return nullptr;
}

QString optionLabel(const QJsonObject &o)
{
    return o.contains(QStringLiteral("name")) ? o.value(QStringLiteral("name")).toString()
                                              : o.value(QStringLiteral("label")).toString();
}

} // namespace

QStringList CustomFieldRegistry::types(bool legacy)
{
    QStringList out;
    for (const TypeInfo &t : kTypes) {
        if (!(legacy && QLatin1String(t.type) == QLatin1String("ColorSwatch")))
            out << QString::fromLatin1(t.type);
    }
    return out;
}

bool CustomFieldRegistry::takesOptions(const QString &type)
{
    const TypeInfo *t = typeInfo(type);
    return t && (t->kind == FieldKind::OptionSingle || t->kind == FieldKind::OptionMulti);
}

bool CustomFieldRegistry::mayBeUnique(const QString &type, const QString &resource)
{
    static const QStringList uniqueTypes{QStringLiteral("Text"), QStringLiteral("Email"), QStringLiteral("Number"),
                                         QStringLiteral("Url")};
    return uniqueTypes.contains(type) && resource != QLatin1String("deals");
}

void CustomFieldRegistry::clear()
{
    m_definitions.clear();
    m_nextId = 1;
    m_nextOptionId = 1;
}

bool CustomFieldRegistry::readOptions(const QJsonObject &body, const QString &type, QList<FieldOption> existing,
                                      QList<FieldOption> *out, ValidationErrors &errors)
{
    const QJsonValue options = body.value(QStringLiteral("options"));
    const bool given = options.isArray() && !options.toArray().isEmpty();
    if (!takesOptions(type)) {
        if (given)
            errors.add(QStringLiteral("options"), QStringLiteral("The options field is prohibited."));
        return !given;
    }
    if (!given) {
        errors.add(QStringLiteral("options"), ValidationErrors::required(QStringLiteral("options")));
        return false;
    }
    QSet<QString> names;
    const QJsonArray items = options.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString name = optionLabel(o).trimmed();
        const QString key = QStringLiteral("options.%1.name").arg(i);
        if (name.isEmpty()) {
            errors.add(key, ValidationErrors::required(QStringLiteral("options.%1.name").arg(i)));
            continue;
        }
        if (names.contains(name.toLower())) {
            errors.add(key, QStringLiteral("The options.%1.name field has a duplicate value.").arg(i));
            continue;
        }
        names.insert(name.toLower());
        FieldOption option;
        const int wantedId = o.value(QStringLiteral("id")).toInt();
        for (const FieldOption &e : existing) {
            if (wantedId != 0 && e.id == wantedId)
                option.id = e.id;
        }
        if (option.id == 0)
            option.id = m_nextOptionId++;
        option.name = name;
        option.swatchColor = o.value(QStringLiteral("swatch_color")).toString();
        option.displayOrder = o.value(QStringLiteral("display_order")).toInt(i + 1);
        out->append(option);
    }
    return errors.isEmpty();
}

int CustomFieldRegistry::create(const QJsonObject &body, const QStringList &taken, bool legacy, const QDateTime &now,
                                ValidationErrors &errors)
{
    Definition d;
    d.fieldId = body.value(QStringLiteral("field_id")).toString().trimmed();
    d.fieldType = body.value(QStringLiteral("field_type")).toString();
    d.resourceName = body.value(QStringLiteral("resource_name")).toString();
    d.label = body.value(QStringLiteral("label")).toString().trimmed();
    d.isUnique = body.value(QStringLiteral("is_unique")).toBool();

    static const QRegularExpression idPattern(QStringLiteral("^[a-z_]+$"));
    const QString fieldIdKey = QStringLiteral("field_id");
    if (d.fieldId.isEmpty()) {
        errors.add(fieldIdKey, ValidationErrors::required(QStringLiteral("field id")));
    } else if (!d.fieldId.startsWith(QLatin1String("cf_"))) {
        errors.add(fieldIdKey, QStringLiteral("The field id field must start with one of the following: cf_."));
    } else if (!idPattern.match(d.fieldId).hasMatch()) {
        errors.add(fieldIdKey, QStringLiteral("The field id field format is invalid."));
    } else if (d.fieldId.size() < 6 || d.fieldId.size() > 64) {
        errors.add(fieldIdKey, QStringLiteral("The field id field must be between 6 and 64 characters."));
    } else if (taken.contains(d.fieldId)) {
        errors.add(fieldIdKey, QStringLiteral("The field id has already been taken."));
    }
    if (!types(legacy).contains(d.fieldType))
        errors.add(QStringLiteral("field_type"), ValidationErrors::invalid(QStringLiteral("field type")));
    if (d.label.isEmpty())
        errors.add(QStringLiteral("label"), ValidationErrors::required(QStringLiteral("label")));
    if (!ResourceCatalog::customFieldResources().contains(d.resourceName))
        errors.add(QStringLiteral("resource_name"), ValidationErrors::invalid(QStringLiteral("resource name")));
    if (d.isUnique && !mayBeUnique(d.fieldType, d.resourceName))
        errors.add(QStringLiteral("is_unique"), QStringLiteral("The is unique field is prohibited."));
    readOptions(body, d.fieldType, {}, &d.options, errors);
    if (!errors.isEmpty())
        return 0;
    d.id = m_nextId++;
    d.createdAt = d.updatedAt = now;
    m_definitions.append(d);
    return d.id;
}

bool CustomFieldRegistry::update(int id, const QJsonObject &body, const QDateTime &now, ValidationErrors &errors)
{
    for (Definition &d : m_definitions) {
        if (d.id != id)
            continue;
        Definition next = d;
        if (body.contains(QStringLiteral("label"))) {
            next.label = body.value(QStringLiteral("label")).toString().trimmed();
            if (next.label.isEmpty())
                errors.add(QStringLiteral("label"), ValidationErrors::filled(QStringLiteral("label")));
        }
        if (body.contains(QStringLiteral("options"))) {
            next.options.clear();
            readOptions(body, d.fieldType, d.options, &next.options, errors);
        }
        if (!errors.isEmpty())
            return false;
        next.updatedAt = now;
        d = next;
        return true;
    }
    return false;
}

bool CustomFieldRegistry::remove(int id)
{
    for (int i = 0; i < m_definitions.size(); ++i) {
        if (m_definitions.at(i).id == id) {
            m_definitions.removeAt(i);
            return true;
        }
    }
    return false;
}

const CustomFieldRegistry::Definition *CustomFieldRegistry::find(int id) const
{
    for (const Definition &d : m_definitions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

FieldDef CustomFieldRegistry::toFieldDef(const Definition &d)
{
    const TypeInfo *t = typeInfo(d.fieldType);
    FieldDef f;
    f.attribute = d.fieldId;
    f.label = d.label;
    f.kind = t ? t->kind : FieldKind::Text;
    f.component = t ? QString::fromLatin1(t->component) : QStringLiteral("text-field");
    f.isUnique = d.isUnique;
    f.options = d.options;
    f.customFieldId = d.id;
    f.customType = d.fieldType;
    f.showOnIndex = false;
    return f;
}

QList<FieldDef> CustomFieldRegistry::fieldsFor(const QString &resource) const
{
    QList<FieldDef> out;
    for (const Definition &d : m_definitions) {
        if (d.resourceName == resource)
            out.append(toFieldDef(d));
    }
    return out;
}

QJsonObject CustomFieldRegistry::optionJson(const FieldOption &o, const QString &labelKey)
{
    return {{QStringLiteral("id"), o.id},
            {labelKey, o.name},
            {QStringLiteral("swatch_color"), o.swatchColor.isEmpty() ? QJsonValue() : QJsonValue(o.swatchColor)}};
}

QJsonObject CustomFieldRegistry::toJson(const Definition &d, const QString &labelKey)
{
    QJsonArray options;
    for (const FieldOption &o : d.options) {
        QJsonObject row = optionJson(o, labelKey);
        row.insert(QStringLiteral("custom_field_id"), d.id);
        row.insert(QStringLiteral("display_order"), o.displayOrder);
        options.append(row);
    }
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("field_type"), d.fieldType},
            {QStringLiteral("resource_name"), d.resourceName},
            {QStringLiteral("field_id"), d.fieldId},
            {QStringLiteral("label"), d.label},
            {QStringLiteral("display_name"), d.label},
            {QStringLiteral("is_unique"), d.isUnique},
            {QStringLiteral("options"), options},
            {QStringLiteral("created_at"), Timestamps::iso(d.createdAt)},
            {QStringLiteral("updated_at"), Timestamps::iso(d.updatedAt)}};
}

} // namespace Concord::Emulator
