#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Concord::Emulator {

/// How a field's value is validated, stored and read back. Custom field types map onto these
/// (Select and Radio → OptionSingle, Checkbox and MultiSelect → OptionMulti, ...), so one
/// validator and one presenter serve built-in and custom fields alike.
enum class FieldKind {
    Text, ///< string, at most 191 characters
    LongText, ///< string without the 191 limit (descriptions, HTML bodies)
    Email,
    Url,
    Color, ///< #rgb or #rrggbb
    Timezone, ///< one of /api/timezones
    Integer,
    Decimal, ///< decimal(15,3); null reads back as 0
    Boolean,
    Date, ///< written Y-m-d, read as midnight UTC ISO
    DateTime, ///< written in UTC, read as ISO with Z
    ActivityDate, ///< a DateTime, or a plain date meaning all-day (read back as Y-m-d)
    OptionSingle, ///< an option id
    OptionMulti, ///< option ids; read as option objects
    BelongsTo, ///< id of a record of another resource; read with the related object beside it
    Choice, ///< one of a fixed set of strings (deal status, via_resource)
    Phones,
    Tags,
    Associations, ///< id array of an associated resource
};

struct FieldOption {
    int id = 0;
    QString name;
    QString swatchColor; ///< empty: null
    int displayOrder = 0;
};

/// One field of a resource, built-in or custom: what the metadata endpoints describe and what
/// the validator and the presenter act on.
struct FieldDef {
    QString attribute;
    QString label;
    QString component; ///< the UI component name the server reports
    FieldKind kind = FieldKind::Text;
    bool requiredOnCreate = false;
    bool readonly = false;
    bool isUnique = false;
    bool showOnIndex = true;
    QString helpText;
    double minimum = 0; ///< numbers: inclusive bounds, when hasRange
    double maximum = 0;
    bool hasRange = false;
    QString relatedResource; ///< BelongsTo/Associations: the other resource
    QString relation; ///< BelongsTo: key of the embedded related object (e.g. "user")
    QString dependsOn; ///< BelongsTo: attribute filtering the options (stage → pipeline_id)
    QString tagType; ///< Tags: contacts or deals
    QStringList choices; ///< Choice
    QList<FieldOption> options; ///< OptionSingle/OptionMulti
    int customFieldId = 0; ///< 0 for built-in fields
    QString customType; ///< the custom field_type (e.g. "MultiSelect"), empty for built-in

    [[nodiscard]] bool isCustom() const { return customFieldId != 0; }
    [[nodiscard]] const FieldOption *option(int optionId) const
    {
        for (const FieldOption &o : options) {
            if (o.id == optionId)
                return &o;
        }
        return nullptr;
    }
};

} // namespace Concord::Emulator
