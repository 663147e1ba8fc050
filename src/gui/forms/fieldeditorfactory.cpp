#include "fieldeditorfactory.h"

#include "belongstoeditor.h"
#include "booleaneditor.h"
#include "checkboxeditor.h"
#include "colorswatcheditor.h"
#include "dateeditor.h"
#include "lineeditor.h"
#include "multiselecteditor.h"
#include "numbereditor.h"
#include "optionloader.h"
#include "phoneseditor.h"
#include "radioeditor.h"
#include "selecteditor.h"
#include "tagseditor.h"
#include "textareaeditor.h"
#include "timezoneeditor.h"

#include "schema/fieldtype.h"

namespace Concord {

namespace {

/// The loader for options the field does not carry inline; none when they are there.
OptionLoader *loaderUnlessInline(ApiClient *client, const FieldDefinition &field)
{
    return field.options().isEmpty() ? OptionLoader::forResource(client, field.optionsViaResource(), nullptr) : nullptr;
}

} // namespace

FieldEditorFactory::FieldEditorFactory(ApiClient *client)
    : m_client(client)
{
}

FieldEditor *FieldEditorFactory::create(const FieldDefinition &field, QWidget *parent) const
{
    FieldEditor *editor = nullptr;
    switch (fieldTypeOf(field)) {
    case FieldType::Boolean:
        editor = new BooleanEditor(field, parent);
        break;
    case FieldType::Checkbox:
        editor = new CheckboxEditor(field, parent);
        break;
    case FieldType::ColorSwatch:
        editor = new ColorSwatchEditor(field, parent);
        break;
    case FieldType::Date:
    case FieldType::DateTime:
        editor = new DateEditor(field, parent);
        break;
    case FieldType::Email:
    case FieldType::Text:
    case FieldType::Url:
        editor = new LineEditor(field, parent);
        break;
    case FieldType::Textarea:
        editor = new TextareaEditor(field, parent);
        break;
    case FieldType::Number:
    case FieldType::Numeric:
        editor = new NumberEditor(field, parent);
        break;
    case FieldType::Radio:
        editor = new RadioEditor(field, parent);
        break;
    case FieldType::Select:
        editor = new SelectEditor(field, nullptr, parent);
        break;
    case FieldType::MultiSelect:
        editor = new MultiSelectEditor(field, nullptr, parent);
        break;
    case FieldType::Timezone:
        // The server's list is the one it validates against (§8.3), so it wins over the system's.
        editor = new TimezoneEditor(
            field, OptionLoader::forResource(m_client, QStringLiteral("timezones"), nullptr), parent);
        break;
    case FieldType::Phones:
        editor = new PhonesEditor(field, parent);
        break;
    case FieldType::Tags: {
        // §8.2 `type` names the tag set: companies share the contacts' tags.
        const QString tagType = field.json().value(QLatin1String("type")).toString();
        editor = new TagsEditor(
            field, field.options().isEmpty() ? OptionLoader::forTags(m_client, tagType, nullptr) : nullptr, parent);
        break;
    }
    case FieldType::BelongsTo:
        editor = new BelongsToEditor(field, loaderUnlessInline(m_client, field), parent);
        break;
    case FieldType::Associations:
        editor = new MultiSelectEditor(field, loaderUnlessInline(m_client, field), parent);
        break;
    }
    editor->setReadOnly(field.isReadonly());
    return editor;
}

} // namespace Concord
