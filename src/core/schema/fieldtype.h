#pragma once

#include <QString>

namespace Concord {

class FieldDefinition;

/// What kind of value a field holds, and so which codec and which editor serve it. The fifteen
/// custom-field types of concord-api.md §8.3 by their `field_type`, built-in fields by their
/// `component` (§8.2); an unknown component is Text, as the spec asks.
///
/// Each type has one *edit value* representation (a QVariant), shared by the codecs in core and
/// the editors in gui:
///   Boolean: bool · Checkbox, MultiSelect, Associations: QVariantList of option/record ids
///   (qint64) · ColorSwatch: QString "#rrggbb" · Date: QDate · DateTime: QDateTime in UTC ·
///   Email, Text, Textarea, Url, Timezone: QString · Number: qint64 · Numeric: double (rounded
///   to 3 places on the wire) · Radio, Select, BelongsTo: the option's value (qint64 id, or a
///   QString for string-valued choices such as a deal's status) · Phones: QVariantList of
///   QVariantMap {"number", "type", optional "id"} · Tags: QStringList of names.
/// A null/invalid QVariant means "no value" (written as null, or [] for the list types).
enum class FieldType {
    Boolean,
    Checkbox,
    ColorSwatch,
    Date,
    DateTime,
    Email,
    MultiSelect,
    Number,
    Numeric,
    Radio,
    Select,
    Text,
    Textarea,
    Timezone,
    Url,
    // Built-in fields only:
    Phones,
    Tags,
    BelongsTo,
    Associations,
};

/// The type of `field`: `customField.field_type` first, else its component.
[[nodiscard]] FieldType fieldTypeOf(const FieldDefinition &field);
/// The type a custom `field_type` names; `*ok` false for an unknown name.
[[nodiscard]] FieldType fieldTypeFromCustomType(const QString &customType, bool *ok);
/// A stable, untranslated name ("MultiSelect", "BelongsTo"), for logs and test names.
[[nodiscard]] QString fieldTypeName(FieldType type);
/// Option-backed types (Checkbox, MultiSelect, Radio, Select, BelongsTo).
[[nodiscard]] bool hasOptions(FieldType type);
/// Types whose edit value is a list (Checkbox, MultiSelect, Associations, Phones, Tags).
[[nodiscard]] bool isListType(FieldType type);

} // namespace Concord
