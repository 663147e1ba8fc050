#include "metadataendpoints.h"

#include "emulatorstate.h"
#include "filterrules.h"
#include "pageenvelope.h"
#include "recordpresenter.h"
#include "referencedata.h"
#include "routecontext.h"
#include "validationerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Concord::Emulator {

namespace {

HttpResponse adminOnly()
{
    return HttpResponse::message(403, QStringLiteral("Your account is not authorized to perform this action."));
}

} // namespace

QJsonArray MetadataEndpoints::optionsOf(const FieldDef &field) const
{
    const QString labelKey = m_state.labelKey();
    QJsonArray out;
    if (field.kind == FieldKind::OptionSingle || field.kind == FieldKind::OptionMulti) {
        for (const FieldOption &o : field.options)
            out.append(CustomFieldRegistry::optionJson(o, labelKey));
    } else if (field.kind == FieldKind::Choice) {
        for (const QString &c : field.choices) {
            QString label = c;
            label[0] = label.at(0).toUpper();
            out.append(QJsonObject{{QStringLiteral("id"), c}, {labelKey, label}});
        }
    } else if (field.kind == FieldKind::Tags) {
        // There is no tag list route; the tags field's options are how a client learns them (§6.9).
        const DataStore::Table &tags = m_state.store.table(QStringLiteral("tags"));
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (it->value(QStringLiteral("type")).toString() == field.tagType)
                out.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {labelKey, it->value(QStringLiteral("name"))},
                                       {QStringLiteral("swatch_color"), it->value(QStringLiteral("swatch_color"))}});
        }
    } else if (field.kind == FieldKind::BelongsTo) {
        const DataStore::Table &table = m_state.store.table(field.relatedResource);
        // Big tables (companies as parents) load through optionsViaResource instead.
        if (table.size() > 300)
            return out;
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            if (DataStore::isTrashed(*it))
                continue;
            QJsonObject o{{QStringLiteral("id"), it.key()}, {labelKey, it->value(QStringLiteral("name"))}};
            if (it->contains(QStringLiteral("pipeline_id")))
                o.insert(QStringLiteral("pipeline_id"), it->value(QStringLiteral("pipeline_id")));
            if (it->contains(QStringLiteral("swatch_color")))
                o.insert(QStringLiteral("swatch_color"), it->value(QStringLiteral("swatch_color")));
            out.append(o);
        }
    }
    return out;
}

QJsonObject MetadataEndpoints::fieldJson(const FieldDef &field) const
{
    QJsonObject f{{QStringLiteral("component"), field.component},
                  {QStringLiteral("attribute"), field.attribute},
                  {QStringLiteral("label"), field.label},
                  {QStringLiteral("helpText"), field.helpText.isEmpty() ? QJsonValue() : QJsonValue(field.helpText)},
                  {QStringLiteral("readonly"), field.readonly},
                  {QStringLiteral("primary"), field.attribute == QLatin1String("first_name") || field.attribute == QLatin1String("name")},
                  {QStringLiteral("isRequired"), field.requiredOnCreate},
                  {QStringLiteral("isUnique"), field.isUnique},
                  {QStringLiteral("showOnIndex"), field.showOnIndex},
                  {QStringLiteral("showOnCreation"), true},
                  {QStringLiteral("showOnUpdate"), true},
                  {QStringLiteral("showOnDetail"), true},
                  {QStringLiteral("valueKey"), QStringLiteral("id")},
                  {QStringLiteral("labelKey"), m_state.labelKey()},
                  {QStringLiteral("acceptLabelAsValue"), false},
                  {QStringLiteral("optionsViaResource"), field.kind == FieldKind::BelongsTo || field.kind == FieldKind::Associations
                                                             ? QJsonValue(field.relatedResource)
                                                             : QJsonValue()},
                  {QStringLiteral("options"), optionsOf(field)},
                  {QStringLiteral("customField"), QJsonValue()}};
    if (field.kind == FieldKind::BelongsTo) {
        f.insert(QStringLiteral("belongsToRelation"), field.relation);
        f.insert(QStringLiteral("dependsOn"), field.dependsOn.isEmpty() ? QJsonValue() : QJsonValue(field.dependsOn));
    }
    if (field.kind == FieldKind::Text || field.kind == FieldKind::Email || field.kind == FieldKind::Url)
        f.insert(QStringLiteral("inputType"), field.kind == FieldKind::Email ? QStringLiteral("email")
                                                  : field.kind == FieldKind::Url ? QStringLiteral("url")
                                                                                 : QStringLiteral("text"));
    if (field.kind == FieldKind::Boolean) {
        f.insert(QStringLiteral("trueValue"), true);
        f.insert(QStringLiteral("falseValue"), false);
    }
    if (field.kind == FieldKind::Tags)
        f.insert(QStringLiteral("type"), field.tagType);
    if (field.isCustom()) {
        if (const auto *definition = m_state.customFields.find(field.customFieldId))
            f.insert(QStringLiteral("customField"), CustomFieldRegistry::toJson(*definition, m_state.labelKey()));
    }
    return f;
}

HttpResponse MetadataEndpoints::fields(const RouteContext &ctx, View view, bool withValues)
{
    QJsonObject record;
    if (withValues) {
        const QJsonObject *stored = m_state.store.find(ctx.resource->name, ctx.id());
        if (!stored)
            return HttpResponse::message(404, QStringLiteral("No query results for model [%1] %2")
                                                  .arg(ctx.resource->modelClass, ctx.params.value(QStringLiteral("id"))));
        record = RecordPresenter(m_state).present(*ctx.resource, *stored, ctx.caller, RecordPresenter::Shape::Single);
    }
    QJsonArray out;
    for (const FieldDef &field : m_state.fieldsOf(*ctx.resource)) {
        if (view == View::Index && !field.showOnIndex)
            continue;
        QJsonObject json = fieldJson(field);
        if (withValues)
            json.insert(QStringLiteral("value"), record.value(field.attribute));
        out.append(json);
    }
    return HttpResponse::json(200, out);
}

HttpResponse MetadataEndpoints::writableFields(const RouteContext &ctx)
{
    const QString view = ctx.params.value(QStringLiteral("view"));
    const bool legacy = m_state.isLegacy();
    const bool known = view == QLatin1String("create") || view == QLatin1String("update")
        || (legacy && view == QLatin1String("detail"));
    if (!known)
        return HttpResponse::message(404, QStringLiteral("The route api/fields/%1/%2 could not be found.").arg(ctx.resource->name, view));
    QJsonArray out;
    for (const FieldDef &field : m_state.fieldsOf(*ctx.resource)) {
        if (view == QLatin1String("detail") || !field.readonly)
            out.append(fieldJson(field));
    }
    return HttpResponse::json(200, out);
}

HttpResponse MetadataEndpoints::rules(const RouteContext &ctx)
{
    return HttpResponse::json(200, FilterRules::forFields(m_state.fieldsOf(*ctx.resource)));
}

HttpResponse MetadataEndpoints::countries(const RouteContext &)
{
    QJsonArray out;
    QList<QPair<int, QString>> sorted = ReferenceData::countries();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (const auto &c : sorted)
        out.append(QJsonObject{{QStringLiteral("id"), c.first}, {QStringLiteral("name"), c.second}});
    return HttpResponse::json(200, out);
}

HttpResponse MetadataEndpoints::timezones(const RouteContext &)
{
    return HttpResponse::json(200, QJsonArray::fromStringList(ReferenceData::timezones()));
}

HttpResponse MetadataEndpoints::currencies(const RouteContext &)
{
    return HttpResponse::json(200, ReferenceData::currencies());
}

HttpResponse MetadataEndpoints::customFieldIndex(const RouteContext &ctx)
{
    if (!ctx.caller.isAdmin)
        return adminOnly();
    QList<CustomFieldRegistry::Definition> all = m_state.customFields.definitions();
    std::reverse(all.begin(), all.end()); // newest first
    const int perPage = qMax(1, ctx.request.queryValue(QStringLiteral("per_page")).toInt() > 0
                                    ? ctx.request.queryValue(QStringLiteral("per_page")).toInt()
                                    : 15);
    const int page = qMax(1, ctx.request.queryValue(QStringLiteral("page")).toInt());
    const PageEnvelope envelope(m_state.publicBase() + QStringLiteral("/api/custom-fields"), int(all.size()), page, perPage);
    QList<QByteArray> items;
    for (int i = envelope.firstIndex(); i < all.size() && items.size() < perPage; ++i)
        items.append(QJsonDocument(CustomFieldRegistry::toJson(all.at(i), m_state.labelKey())).toJson(QJsonDocument::Compact));
    return HttpResponse::rawJson(200, envelope.build(items));
}

HttpResponse MetadataEndpoints::customFieldShow(const RouteContext &ctx)
{
    if (!ctx.caller.isAdmin)
        return adminOnly();
    const auto *definition = m_state.customFields.find(ctx.id());
    if (!definition)
        return HttpResponse::message(404, QStringLiteral("No query results for model [Concord\\CustomField] %1").arg(ctx.id()));
    return HttpResponse::json(200, CustomFieldRegistry::toJson(*definition, m_state.labelKey()));
}

HttpResponse MetadataEndpoints::customFieldStore(const RouteContext &ctx)
{
    if (!ctx.caller.isAdmin)
        return adminOnly();
    QStringList taken;
    if (const ResourceInfo *resource = m_state.catalog.find(ctx.body.value(QStringLiteral("resource_name")).toString())) {
        for (const FieldDef &f : m_state.fieldsOf(*resource))
            taken << f.attribute;
    }
    ValidationErrors errors;
    const int id = m_state.customFields.create(ctx.body, taken, m_state.isLegacy(), m_state.now(), errors);
    if (!errors.isEmpty())
        return errors.toResponse();
    m_state.store.touch();
    return HttpResponse::json(201, CustomFieldRegistry::toJson(*m_state.customFields.find(id), m_state.labelKey()));
}

HttpResponse MetadataEndpoints::customFieldUpdate(const RouteContext &ctx)
{
    if (!ctx.caller.isAdmin)
        return adminOnly();
    if (!m_state.customFields.find(ctx.id()))
        return HttpResponse::message(404, QStringLiteral("No query results for model [Concord\\CustomField] %1").arg(ctx.id()));
    ValidationErrors errors;
    if (!m_state.customFields.update(ctx.id(), ctx.body, m_state.now(), errors))
        return errors.toResponse();
    m_state.store.touch();
    return HttpResponse::json(200, CustomFieldRegistry::toJson(*m_state.customFields.find(ctx.id()), m_state.labelKey()));
}

HttpResponse MetadataEndpoints::customFieldDestroy(const RouteContext &ctx)
{
    if (!ctx.caller.isAdmin)
        return adminOnly();
    const auto *definition = m_state.customFields.find(ctx.id());
    if (!definition)
        return HttpResponse::message(404, QStringLiteral("No query results for model [Concord\\CustomField] %1").arg(ctx.id()));
    // The column goes, and with it every stored value.
    const QString resource = definition->resourceName;
    const QString attribute = definition->fieldId;
    const QList<int> ids = m_state.store.table(resource).keys();
    for (int id : ids) {
        QJsonObject record = m_state.store.table(resource).value(id);
        record.remove(attribute);
        m_state.store.replace(resource, id, record);
    }
    m_state.customFields.remove(ctx.id());
    m_state.store.touch();
    return HttpResponse::noContent();
}

} // namespace Concord::Emulator
