#include "resourcecatalog.h"

namespace Concord::Emulator {

namespace {

QString componentFor(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
        return QStringLiteral("text-field");
    case FieldKind::LongText:
        return QStringLiteral("textarea-field");
    case FieldKind::Email:
        return QStringLiteral("email-field");
    case FieldKind::Url:
        return QStringLiteral("url-field");
    case FieldKind::Color:
        return QStringLiteral("color-swatch-field");
    case FieldKind::Timezone:
        return QStringLiteral("timezone-field");
    case FieldKind::Integer:
        return QStringLiteral("number-field");
    case FieldKind::Decimal:
        return QStringLiteral("numeric-field");
    case FieldKind::Boolean:
        return QStringLiteral("boolean-field");
    case FieldKind::Date:
        return QStringLiteral("date-field");
    case FieldKind::DateTime:
    case FieldKind::ActivityDate:
        return QStringLiteral("date-time-field");
    case FieldKind::OptionSingle:
    case FieldKind::Choice:
        return QStringLiteral("select-field");
    case FieldKind::OptionMulti:
        return QStringLiteral("select-multiple-field");
    case FieldKind::BelongsTo:
        return QStringLiteral("belongs-to-field");
    case FieldKind::Phones:
        return QStringLiteral("phone-field");
    case FieldKind::Tags:
        return QStringLiteral("tags-field");
    case FieldKind::Associations:
        return QStringLiteral("associations-field");
    }
    return QStringLiteral("text-field");
}

FieldDef field(const QString &attribute, const QString &label, FieldKind kind, bool required = false)
{
    FieldDef f;
    f.attribute = attribute;
    f.label = label;
    f.kind = kind;
    f.component = componentFor(kind);
    f.requiredOnCreate = required;
    return f;
}

FieldDef ranged(FieldDef f, double minimum, double maximum)
{
    f.hasRange = true;
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldDef belongsTo(const QString &attribute, const QString &label, const QString &resource, const QString &relation,
                   bool required = false)
{
    FieldDef f = field(attribute, label, FieldKind::BelongsTo, required);
    f.relatedResource = resource;
    f.relation = relation;
    return f;
}

FieldDef choice(const QString &attribute, const QString &label, const QStringList &choices, bool required = false)
{
    FieldDef f = field(attribute, label, FieldKind::Choice, required);
    f.choices = choices;
    return f;
}

FieldDef tags(const QString &type)
{
    FieldDef f = field(QStringLiteral("tags"), QStringLiteral("Tags"), FieldKind::Tags);
    f.tagType = type;
    f.showOnIndex = false;
    return f;
}

FieldDef associations(const QString &resource, const QString &label)
{
    FieldDef f = field(resource, label, FieldKind::Associations);
    f.relatedResource = resource;
    f.showOnIndex = false;
    return f;
}

FieldDef hidden(FieldDef f)
{
    f.showOnIndex = false;
    return f;
}

QList<FieldDef> addressFields()
{
    return {hidden(field(QStringLiteral("street"), QStringLiteral("Street"), FieldKind::Text)),
            field(QStringLiteral("city"), QStringLiteral("City"), FieldKind::Text),
            hidden(field(QStringLiteral("state"), QStringLiteral("State"), FieldKind::Text)),
            hidden(field(QStringLiteral("postal_code"), QStringLiteral("Postal Code"), FieldKind::Text)),
            belongsTo(QStringLiteral("country_id"), QStringLiteral("Country"), QStringLiteral("countries"),
                      QStringLiteral("country"))};
}

FieldDef owner(bool required = false)
{
    return belongsTo(QStringLiteral("user_id"), QStringLiteral("Owner"), QStringLiteral("users"), QStringLiteral("user"),
                     required);
}

FieldDef source()
{
    return belongsTo(QStringLiteral("source_id"), QStringLiteral("Source"), QStringLiteral("sources"),
                     QStringLiteral("source"));
}

ResourceInfo lookup(const QString &name, const QString &model)
{
    ResourceInfo r;
    r.name = name;
    r.modelClass = QStringLiteral("Concord\\") + model;
    r.singular = model.toLower();
    r.defaultSort = QStringLiteral("name");
    r.searchable = {QStringLiteral("name")};
    r.titleAttribute = QStringLiteral("name");
    r.fields = {field(QStringLiteral("name"), QStringLiteral("Name"), FieldKind::Text, true)};
    r.fields.first().isUnique = true;
    return r;
}

const QStringList kRecordTriad = {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("deals")};

ResourceInfo contacts()
{
    ResourceInfo r;
    r.name = QStringLiteral("contacts");
    r.modelClass = QStringLiteral("Concord\\Contact");
    r.singular = QStringLiteral("contact");
    r.defaultSort = QStringLiteral("first_name");
    r.searchable = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                    QStringLiteral("job_title"), QStringLiteral("phones.number")};
    r.softDelete = r.hasCustomFields = r.hasDetailPath = r.hasOwner = true;
    r.associable = {QStringLiteral("companies"), QStringLiteral("deals")};
    r.fields = {field(QStringLiteral("first_name"), QStringLiteral("First Name"), FieldKind::Text, true),
                field(QStringLiteral("last_name"), QStringLiteral("Last Name"), FieldKind::Text),
                field(QStringLiteral("email"), QStringLiteral("E-Mail Address"), FieldKind::Email),
                field(QStringLiteral("phones"), QStringLiteral("Phone"), FieldKind::Phones),
                field(QStringLiteral("job_title"), QStringLiteral("Job Title"), FieldKind::Text),
                owner(),
                source(),
                tags(QStringLiteral("contacts"))};
    r.fields += addressFields();
    r.fields += {associations(QStringLiteral("companies"), QStringLiteral("Companies")),
                 associations(QStringLiteral("deals"), QStringLiteral("Deals"))};
    return r;
}

ResourceInfo companies()
{
    ResourceInfo r;
    r.name = QStringLiteral("companies");
    r.modelClass = QStringLiteral("Concord\\Company");
    r.singular = QStringLiteral("company");
    r.defaultSort = QStringLiteral("name");
    r.titleAttribute = QStringLiteral("name");
    r.searchable = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("domain"),
                    QStringLiteral("phones.number")};
    r.softDelete = r.hasCustomFields = r.hasDetailPath = r.hasOwner = true;
    r.associable = {QStringLiteral("contacts"), QStringLiteral("deals")};
    r.fields = {field(QStringLiteral("name"), QStringLiteral("Name"), FieldKind::Text, true),
                field(QStringLiteral("domain"), QStringLiteral("Domain Name"), FieldKind::Text),
                field(QStringLiteral("email"), QStringLiteral("E-Mail Address"), FieldKind::Email),
                field(QStringLiteral("phones"), QStringLiteral("Phone"), FieldKind::Phones),
                belongsTo(QStringLiteral("industry_id"), QStringLiteral("Industry"), QStringLiteral("industries"),
                          QStringLiteral("industry")),
                hidden(belongsTo(QStringLiteral("parent_company_id"), QStringLiteral("Parent Company"),
                                 QStringLiteral("companies"), QStringLiteral("parent"))),
                owner(),
                source(),
                tags(QStringLiteral("contacts"))};
    r.fields += addressFields();
    r.fields += {associations(QStringLiteral("contacts"), QStringLiteral("Contacts")),
                 associations(QStringLiteral("deals"), QStringLiteral("Deals"))};
    return r;
}

ResourceInfo deals()
{
    ResourceInfo r;
    r.name = QStringLiteral("deals");
    r.modelClass = QStringLiteral("Concord\\Deal");
    r.singular = QStringLiteral("deal");
    r.defaultSort = QStringLiteral("name");
    r.titleAttribute = QStringLiteral("name");
    r.searchable = {QStringLiteral("name")};
    r.softDelete = r.hasCustomFields = r.hasDetailPath = r.hasOwner = true;
    r.associable = {QStringLiteral("contacts"), QStringLiteral("companies")};
    FieldDef stage = belongsTo(QStringLiteral("stage_id"), QStringLiteral("Stage"), QStringLiteral("pipeline-stages"),
                               QStringLiteral("stage"), true);
    stage.dependsOn = QStringLiteral("pipeline_id");
    r.fields = {field(QStringLiteral("name"), QStringLiteral("Deal Name"), FieldKind::Text, true),
                belongsTo(QStringLiteral("pipeline_id"), QStringLiteral("Pipeline"), QStringLiteral("pipelines"),
                          QStringLiteral("pipeline"), true),
                stage,
                ranged(field(QStringLiteral("amount"), QStringLiteral("Amount"), FieldKind::Decimal), 0, 1e12),
                field(QStringLiteral("expected_close_date"), QStringLiteral("Expected Close Date"), FieldKind::Date),
                choice(QStringLiteral("status"), QStringLiteral("Status"),
                       {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")}),
                hidden(field(QStringLiteral("lost_reason"), QStringLiteral("Lost Reason"), FieldKind::Text)),
                owner(),
                tags(QStringLiteral("deals")),
                associations(QStringLiteral("contacts"), QStringLiteral("Contacts")),
                associations(QStringLiteral("companies"), QStringLiteral("Companies"))};
    return r;
}

ResourceInfo activities()
{
    ResourceInfo r;
    r.name = QStringLiteral("activities");
    r.modelClass = QStringLiteral("Concord\\Activity");
    r.singular = QStringLiteral("activity");
    r.defaultSort = QStringLiteral("title");
    r.titleAttribute = QStringLiteral("title");
    r.searchable = {QStringLiteral("title")};
    r.softDelete = r.hasOwner = true;
    r.associable = kRecordTriad;
    r.fields = {field(QStringLiteral("title"), QStringLiteral("Title"), FieldKind::Text, true),
                belongsTo(QStringLiteral("activity_type_id"), QStringLiteral("Activity Type"),
                          QStringLiteral("activity-types"), QStringLiteral("type")),
                field(QStringLiteral("due_date"), QStringLiteral("Due Date"), FieldKind::ActivityDate),
                hidden(field(QStringLiteral("end_date"), QStringLiteral("End Date"), FieldKind::ActivityDate)),
                hidden(ranged(field(QStringLiteral("reminder_minutes_before"), QStringLiteral("Reminder"),
                                    FieldKind::Integer),
                              1, 40320)),
                owner(true),
                field(QStringLiteral("is_completed"), QStringLiteral("Completed"), FieldKind::Boolean),
                hidden(field(QStringLiteral("description"), QStringLiteral("Description"), FieldKind::LongText)),
                hidden(field(QStringLiteral("note"), QStringLiteral("Note"), FieldKind::LongText))};
    for (const QString &other : kRecordTriad)
        r.fields += associations(other, other.at(0).toUpper() + other.mid(1));
    return r;
}

ResourceInfo notesOrCalls(const QString &name, const QString &model)
{
    ResourceInfo r;
    r.name = name;
    r.modelClass = QStringLiteral("Concord\\") + model;
    r.singular = model.toLower();
    r.defaultSort = QStringLiteral("id");
    r.titleAttribute = QStringLiteral("body");
    r.searchable = {QStringLiteral("body")};
    r.associable = kRecordTriad;
    r.fields = {field(QStringLiteral("body"), QStringLiteral("Body"), FieldKind::LongText, true)};
    r.fields.first().component = QStringLiteral("editor-field");
    for (const QString &other : kRecordTriad)
        r.fields += associations(other, other.at(0).toUpper() + other.mid(1));
    return r;
}

ResourceInfo notes()
{
    return notesOrCalls(QStringLiteral("notes"), QStringLiteral("Note"));
}

ResourceInfo calls()
{
    ResourceInfo r = notesOrCalls(QStringLiteral("calls"), QStringLiteral("Call"));
    r.fields += {belongsTo(QStringLiteral("call_outcome_id"), QStringLiteral("Outcome"), QStringLiteral("call-outcomes"),
                           QStringLiteral("outcome"), true),
                 field(QStringLiteral("date"), QStringLiteral("Date"), FieldKind::DateTime, true)};
    return r;
}

ResourceInfo products()
{
    ResourceInfo r;
    r.name = QStringLiteral("products");
    r.modelClass = QStringLiteral("Concord\\Product");
    r.singular = QStringLiteral("product");
    r.defaultSort = QStringLiteral("name");
    r.titleAttribute = QStringLiteral("name");
    r.searchable = {QStringLiteral("name"), QStringLiteral("sku")};
    r.softDelete = r.hasCustomFields = true;
    r.fields = {field(QStringLiteral("name"), QStringLiteral("Name"), FieldKind::Text, true),
                field(QStringLiteral("sku"), QStringLiteral("SKU"), FieldKind::Text),
                ranged(field(QStringLiteral("unit_price"), QStringLiteral("Unit Price"), FieldKind::Decimal, true), 0,
                       1e12),
                hidden(ranged(field(QStringLiteral("direct_cost"), QStringLiteral("Direct Cost"), FieldKind::Decimal),
                              0, 1e12)),
                ranged(field(QStringLiteral("tax_rate"), QStringLiteral("Tax Rate"), FieldKind::Decimal), 0, 100),
                hidden(field(QStringLiteral("tax_label"), QStringLiteral("Tax Label"), FieldKind::Text)),
                field(QStringLiteral("unit"), QStringLiteral("Unit"), FieldKind::Text),
                field(QStringLiteral("is_active"), QStringLiteral("Active"), FieldKind::Boolean),
                hidden(field(QStringLiteral("description"), QStringLiteral("Description"), FieldKind::LongText))};
    return r;
}

ResourceInfo users()
{
    ResourceInfo r = lookup(QStringLiteral("users"), QStringLiteral("User"));
    r.searchable = {QStringLiteral("name"), QStringLiteral("email")};
    r.adminOnlyCreateDelete = true;
    r.fields = {field(QStringLiteral("name"), QStringLiteral("Name"), FieldKind::Text, true),
                field(QStringLiteral("email"), QStringLiteral("E-Mail Address"), FieldKind::Email, true),
                field(QStringLiteral("timezone"), QStringLiteral("Timezone"), FieldKind::Timezone)};
    return r;
}

ResourceInfo pipelines()
{
    ResourceInfo r = lookup(QStringLiteral("pipelines"), QStringLiteral("Pipeline"));
    r.defaultSort = QStringLiteral("user_display_order");
    return r;
}

ResourceInfo pipelineStages()
{
    ResourceInfo r = lookup(QStringLiteral("pipeline-stages"), QStringLiteral("Stage"));
    r.fields.first().isUnique = false;
    r.fields += {belongsTo(QStringLiteral("pipeline_id"), QStringLiteral("Pipeline"), QStringLiteral("pipelines"),
                           QStringLiteral("pipeline"), true),
                 ranged(field(QStringLiteral("win_probability"), QStringLiteral("Win Probability"), FieldKind::Integer),
                        0, 100),
                 field(QStringLiteral("display_order"), QStringLiteral("Display Order"), FieldKind::Integer)};
    return r;
}

ResourceInfo swatchLookup(const QString &name, const QString &model, bool withIcon)
{
    ResourceInfo r = lookup(name, model);
    r.fields += field(QStringLiteral("swatch_color"), QStringLiteral("Color"), FieldKind::Color, withIcon);
    if (withIcon)
        r.fields += field(QStringLiteral("icon"), QStringLiteral("Icon"), FieldKind::Text, true);
    return r;
}

} // namespace

ResourceCatalog::ResourceCatalog()
    : m_resources({contacts(), companies(), deals(), activities(), notes(), calls(), products(), users(), pipelines(),
                   pipelineStages(), lookup(QStringLiteral("sources"), QStringLiteral("Source")),
                   lookup(QStringLiteral("industries"), QStringLiteral("Industry")),
                   lookup(QStringLiteral("lost-reasons"), QStringLiteral("LostReason")),
                   swatchLookup(QStringLiteral("call-outcomes"), QStringLiteral("CallOutcome"), false),
                   swatchLookup(QStringLiteral("activity-types"), QStringLiteral("ActivityType"), true)})
{
}

const ResourceInfo *ResourceCatalog::find(const QString &name) const
{
    for (const ResourceInfo &r : m_resources) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QStringList ResourceCatalog::names() const
{
    QStringList out;
    for (const ResourceInfo &r : m_resources)
        out << r.name;
    return out;
}

QStringList ResourceCatalog::customFieldResources()
{
    return {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("deals"), QStringLiteral("products")};
}

} // namespace Concord::Emulator
