#include "fieldtype.h"

#include "fielddefinition.h"

#include <QHash>

namespace Concord {

namespace {

struct TypeName
{
    FieldType type;
    const char *name;
    const char *component;
};

// §8.3, in the spec's order, then the built-ins with the components the server uses for them.
constexpr TypeName kTypes[] = {
    {FieldType::Boolean, "Boolean", "boolean-field"},
    {FieldType::Checkbox, "Checkbox", "checkbox-field"},
    {FieldType::ColorSwatch, "ColorSwatch", "color-swatch-field"},
    {FieldType::Date, "Date", "date-field"},
    {FieldType::DateTime, "DateTime", "date-time-field"},
    {FieldType::Email, "Email", "email-field"},
    {FieldType::MultiSelect, "MultiSelect", "select-multiple-field"},
    {FieldType::Number, "Number", "number-field"},
    {FieldType::Numeric, "Numeric", "numeric-field"},
    {FieldType::Radio, "Radio", "radio-field"},
    {FieldType::Select, "Select", "select-field"},
    {FieldType::Text, "Text", "text-field"},
    {FieldType::Textarea, "Textarea", "textarea-field"},
    {FieldType::Timezone, "Timezone", "timezone-field"},
    {FieldType::Url, "Url", "url-field"},
    {FieldType::Phones, "Phones", "phone-field"},
    {FieldType::Tags, "Tags", "tags-field"},
    {FieldType::BelongsTo, "BelongsTo", "belongs-to-field"},
    {FieldType::Associations, "Associations", "associations-field"},
};

} // namespace

FieldType fieldTypeFromCustomType(const QString &customType, bool *ok)
{
    for (const TypeName &t : kTypes) {
        if (t.type <= FieldType::Url && customType == QLatin1String(t.name)) {
            *ok = true;
            return t.type;
        }
    }
    *ok = false;
    return FieldType::Text;
}

FieldType fieldTypeOf(const FieldDefinition &field)
{
    bool ok = false;
    const FieldType custom = fieldTypeFromCustomType(field.customFieldType(), &ok);
    if (ok)
        return custom;
    const QString component = field.component();
    for (const TypeName &t : kTypes) {
        if (component == QLatin1String(t.component))
            return t.type;
    }
    // Rich-text bodies (notes) edit as plain multi-line text; anything else unknown as a line.
    if (component == QLatin1String("editor-field"))
        return FieldType::Textarea;
    return FieldType::Text;
}

QString fieldTypeName(FieldType type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return QLatin1String(t.name);
    }
    return QStringLiteral("Text");
}

bool hasOptions(FieldType type)
{
    switch (type) {
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
    case FieldType::Radio:
    case FieldType::Select:
    case FieldType::BelongsTo:
        return true;
    default:
        return false;
    }
}

bool isListType(FieldType type)
{
    switch (type) {
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
    case FieldType::Associations:
    case FieldType::Phones:
    case FieldType::Tags:
        return true;
    default:
        return false;
    }
}

} // namespace Concord
