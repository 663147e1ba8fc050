#include "recordendpoints.h"

#include "accesspolicy.h"
#include "emulatorstate.h"
#include "listquery.h"
#include "pageenvelope.h"
#include "recordwriter.h"
#include "routecontext.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Concord::Emulator {

namespace {

using Action = AccessPolicy::Action;

HttpResponse unauthorizedAction()
{
    return HttpResponse::message(403, QStringLiteral("This action is unauthorized."));
}

HttpResponse adminOnly()
{
    return HttpResponse::message(403, QStringLiteral("Your account is not authorized to perform this action."));
}

/// The list parameters that select rows, without page and per_page: the key of the sort cache.
QString selectionKey(const HttpRequest &request)
{
    QStringList parts;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first != QLatin1String("page") && item.first != QLatin1String("per_page"))
            parts << item.first + QLatin1Char('=') + item.second;
    }
    parts.sort();
    return parts.join(QLatin1Char('&'));
}

bool wantsStages(const RouteContext &ctx)
{
    return ctx.request.queryValue(QStringLiteral("with")).split(QLatin1Char(';')).contains(QStringLiteral("stages"));
}

} // namespace

RecordEndpoints::RecordEndpoints(EmulatorState &state)
    : m_state(state)
    , m_presenter(state)
{
}

HttpResponse RecordEndpoints::notFound(const ResourceInfo &resource, const QString &id) const
{
    return HttpResponse::message(404, QStringLiteral("No query results for model [%1] %2").arg(resource.modelClass, id));
}

const QJsonObject *RecordEndpoints::authorizedRecord(const RouteContext &ctx, int action, HttpResponse *error) const
{
    const QJsonObject *record = m_state.store.find(ctx.resource->name, ctx.id());
    if (!record) {
        *error = notFound(*ctx.resource, ctx.params.value(QStringLiteral("id")));
        return nullptr;
    }
    if (!AccessPolicy::allows(ctx.caller, Action(action), ctx.resource->name, *record)) {
        *error = ctx.resource->adminOnlyCreateDelete && Action(action) == Action::Delete ? adminOnly() : unauthorizedAction();
        return nullptr;
    }
    return record;
}

QList<int> RecordEndpoints::sortedIds(const ListQuery &query, const ResourceInfo &resource, Scope scope,
                                      const QString &cacheKey)
{
    if (m_sortedVersion != m_state.store.version()) {
        m_sortedIds.clear();
        m_sortedVersion = m_state.store.version();
    }
    auto it = m_sortedIds.constFind(cacheKey);
    if (it != m_sortedIds.cend())
        return *it;
    const QList<int> ids = query.run(m_state.store.table(resource.name), scope == Scope::Trashed);
    m_sortedIds.insert(cacheKey, ids);
    return ids;
}

HttpResponse RecordEndpoints::page(const RouteContext &ctx, const ResourceInfo &resource, Scope scope,
                                   const QList<int> *restriction, bool ignorePerPage, const QString &path)
{
    ListQuery query(m_state, resource, m_state.fieldsOf(resource), ctx.request);
    if (query.error())
        return *query.error();
    if (restriction)
        query.restrictTo(*restriction);
    const QString key = ctx.request.path + QLatin1Char('?') + selectionKey(ctx.request);
    const QList<int> ids = sortedIds(query, resource, scope, key);
    const PageEnvelope envelope(path, int(ids.size()), query.page(), query.perPage(ignorePerPage));
    const DataStore::Table &table = m_state.store.table(resource.name);
    const bool withStages = resource.name == QLatin1String("pipelines") && wantsStages(ctx);
    QList<QByteArray> items;
    for (int i = envelope.firstIndex(); i < ids.size() && items.size() < query.perPage(ignorePerPage); ++i) {
        const QJsonObject &record = table.find(ids.at(i)).value();
        if (!withStages) {
            items.append(m_presenter.listItemJson(resource, record, ctx.caller));
            continue;
        }
        QJsonObject json = m_presenter.present(resource, record, ctx.caller, RecordPresenter::Shape::ListItem);
        QJsonArray stages;
        const DataStore::Table &allStages = m_state.store.table(QStringLiteral("pipeline-stages"));
        for (auto s = allStages.cbegin(); s != allStages.cend(); ++s) {
            if (s->value(QStringLiteral("pipeline_id")).toInt() == ids.at(i))
                stages.append(*s);
        }
        json.insert(QStringLiteral("stages"), stages);
        items.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    return HttpResponse::rawJson(200, envelope.build(items));
}

HttpResponse RecordEndpoints::index(const RouteContext &ctx)
{
    return page(ctx, *ctx.resource, Scope::Live, nullptr, m_state.config().perPageIgnored.contains(ctx.resource->name),
                m_state.publicBase() + QStringLiteral("/api/") + ctx.resource->name);
}

HttpResponse RecordEndpoints::single(const RouteContext &ctx, const ResourceInfo &resource, int id,
                                     RecordPresenter::Shape shape)
{
    const QJsonObject *record = m_state.store.find(resource.name, id);
    if (!record)
        record = m_state.store.findTrashed(resource.name, id);
    return HttpResponse::json(shape == RecordPresenter::Shape::Created ? 201 : 200,
                              m_presenter.present(resource, *record, ctx.caller, shape));
}

HttpResponse RecordEndpoints::show(const RouteContext &ctx)
{
    HttpResponse error;
    if (!authorizedRecord(ctx, int(Action::View), &error))
        return error;
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::store(const RouteContext &ctx)
{
    if (!AccessPolicy::allows(ctx.caller, Action::Create, ctx.resource->name, {}))
        return adminOnly();
    int id = 0;
    if (auto error = RecordWriter(m_state, *ctx.resource, ctx.caller).create(ctx.body, &id))
        return *error;
    return single(ctx, *ctx.resource, id, RecordPresenter::Shape::Created);
}

HttpResponse RecordEndpoints::update(const RouteContext &ctx)
{
    HttpResponse error;
    if (!authorizedRecord(ctx, int(Action::Update), &error))
        return error;
    if (auto failure = RecordWriter(m_state, *ctx.resource, ctx.caller).update(ctx.id(), ctx.body))
        return *failure;
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::destroy(const RouteContext &ctx)
{
    HttpResponse error;
    const QJsonObject *record = authorizedRecord(ctx, int(Action::Delete), &error);
    if (!record)
        return error;
    if (ctx.resource->softDelete) {
        QJsonObject trashed = *record;
        trashed.insert(QStringLiteral("deleted_at"), Timestamps::iso(m_state.now()));
        m_state.store.replace(ctx.resource->name, ctx.id(), trashed);
    } else {
        m_state.store.erase(ctx.resource->name, ctx.id());
    }
    return HttpResponse::noContent();
}

HttpResponse RecordEndpoints::bareSearch(const RouteContext &ctx, Scope scope)
{
    const ResourceInfo &resource = *ctx.resource;
    ListQuery query(m_state, resource, m_state.fieldsOf(resource), ctx.request);
    if (query.error())
        return *query.error();
    QJsonArray out;
    if (!query.hasSearch())
        return HttpResponse::json(200, out);
    const int take = ctx.request.queryValue(QStringLiteral("take")).toInt();
    const DataStore::Table &table = m_state.store.table(resource.name);
    const QList<int> ids = query.run(table, scope == Scope::Trashed);
    for (int id : ids) {
        if (take > 0 && out.size() >= take)
            break;
        out.append(m_presenter.present(resource, table.value(id), ctx.caller, RecordPresenter::Shape::ListItem));
    }
    return HttpResponse::json(200, out);
}

HttpResponse RecordEndpoints::search(const RouteContext &ctx)
{
    return bareSearch(ctx, Scope::Live);
}

HttpResponse RecordEndpoints::associatedIndex(const RouteContext &ctx)
{
    const QString other = ctx.params.value(QStringLiteral("associated"));
    const ResourceInfo *otherInfo = m_state.catalog.find(other);
    const bool linkable = otherInfo && (ctx.resource->associable.contains(other) || otherInfo->associable.contains(ctx.resource->name));
    if (!linkable)
        return HttpResponse::message(404, QString());
    if (!m_state.store.find(ctx.resource->name, ctx.id()))
        return notFound(*ctx.resource, ctx.params.value(QStringLiteral("id")));
    const QList<int> ids = m_state.store.links().linked(ctx.resource->name, ctx.id(), other);
    return page(ctx, *otherInfo, Scope::Live, &ids, false,
                m_state.publicBase() + QStringLiteral("/api/%1/%2/%3").arg(ctx.resource->name).arg(ctx.id()).arg(other));
}

HttpResponse RecordEndpoints::pipelineStages(const RouteContext &ctx)
{
    if (!m_state.store.find(QStringLiteral("pipelines"), ctx.id()))
        return notFound(*m_state.catalog.find(QStringLiteral("pipelines")), ctx.params.value(QStringLiteral("id")));
    QList<int> ids;
    const DataStore::Table &stages = m_state.store.table(QStringLiteral("pipeline-stages"));
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        if (it->value(QStringLiteral("pipeline_id")).toInt() == ctx.id())
            ids.append(it.key());
    }
    return page(ctx, *m_state.catalog.find(QStringLiteral("pipeline-stages")), Scope::Live, &ids,
                m_state.config().perPageIgnored.contains(QStringLiteral("pipeline-stages")),
                m_state.publicBase() + QStringLiteral("/api/pipelines/%1/stages").arg(ctx.id()));
}

HttpResponse RecordEndpoints::activeProducts(const RouteContext &ctx)
{
    QList<int> ids;
    const DataStore::Table &products = m_state.store.table(QStringLiteral("products"));
    for (auto it = products.cbegin(); it != products.cend(); ++it) {
        if (it->value(QStringLiteral("is_active")).toBool())
            ids.append(it.key());
    }
    return page(ctx, *m_state.catalog.find(QStringLiteral("products")), Scope::Live, &ids, false,
                m_state.publicBase() + QStringLiteral("/api/products/active"));
}

HttpResponse RecordEndpoints::globalSearch(const RouteContext &ctx)
{
    QJsonArray out;
    const QStringList only = ctx.request.query.allQueryItemValues(QStringLiteral("only[]"), QUrl::FullyDecoded);
    const QList<QPair<QString, QString>> searched = {{QStringLiteral("contacts"), QStringLiteral("User")},
                                                     {QStringLiteral("companies"), QStringLiteral("OfficeBuilding")},
                                                     {QStringLiteral("deals"), QStringLiteral("Banknotes")}};
    if (ctx.request.queryValue(QStringLiteral("q")).trimmed().isEmpty())
        return HttpResponse::json(200, out);
    for (const auto &entry : searched) {
        if (!only.isEmpty() && !only.contains(entry.first))
            continue;
        const ResourceInfo &resource = *m_state.catalog.find(entry.first);
        ListQuery query(m_state, resource, m_state.fieldsOf(resource), ctx.request);
        const DataStore::Table &table = m_state.store.table(resource.name);
        QJsonArray data;
        for (int id : query.run(table, false)) {
            if (data.size() >= 5)
                break;
            data.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("path"), QStringLiteral("/%1/%2").arg(resource.name).arg(id)},
                                    {QStringLiteral("display_name"), m_presenter.displayName(resource, table.value(id))},
                                    {QStringLiteral("created_at"), table.value(id).value(QStringLiteral("created_at"))},
                                    {QStringLiteral("resourceName"), resource.name}});
        }
        if (data.isEmpty())
            continue;
        QString title = resource.name;
        title[0] = title.at(0).toUpper();
        out.append(QJsonObject{{QStringLiteral("title"), title},
                               {QStringLiteral("resource_name"), resource.name},
                               {QStringLiteral("icon"), entry.second},
                               {QStringLiteral("action"), QJsonValue()},
                               {QStringLiteral("data"), data}});
    }
    return HttpResponse::json(200, out);
}

HttpResponse RecordEndpoints::trashedIndex(const RouteContext &ctx)
{
    if (!ctx.resource->softDelete)
        return HttpResponse::message(404, QString());
    return page(ctx, *ctx.resource, Scope::Trashed, nullptr, false,
                m_state.publicBase() + QStringLiteral("/api/trashed/") + ctx.resource->name);
}

HttpResponse RecordEndpoints::trashedShow(const RouteContext &ctx)
{
    if (!m_state.store.findTrashed(ctx.resource->name, ctx.id()))
        return notFound(*ctx.resource, ctx.params.value(QStringLiteral("id")));
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::trashedSearch(const RouteContext &ctx)
{
    return bareSearch(ctx, Scope::Trashed);
}

HttpResponse RecordEndpoints::restore(const RouteContext &ctx)
{
    const QJsonObject *trashed = m_state.store.findTrashed(ctx.resource->name, ctx.id());
    if (!trashed)
        return notFound(*ctx.resource, ctx.params.value(QStringLiteral("id")));
    QJsonObject record = *trashed;
    record.remove(QStringLiteral("deleted_at"));
    record.insert(QStringLiteral("updated_at"), Timestamps::iso(m_state.now()));
    m_state.store.replace(ctx.resource->name, ctx.id(), record);
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::forceDelete(const RouteContext &ctx)
{
    if (!m_state.store.findTrashed(ctx.resource->name, ctx.id()))
        return notFound(*ctx.resource, ctx.params.value(QStringLiteral("id")));
    m_state.store.erase(ctx.resource->name, ctx.id());
    return HttpResponse::noContent();
}

HttpResponse RecordEndpoints::emptyTrash(const RouteContext &ctx)
{
    QList<int> trashed;
    const DataStore::Table &table = m_state.store.table(ctx.resource->name);
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (DataStore::isTrashed(*it))
            trashed.append(it.key());
    }
    for (int id : trashed)
        m_state.store.erase(ctx.resource->name, id);
    return HttpResponse::noContent();
}

bool RecordEndpoints::readAssociationChange(const RouteContext &ctx, QHash<QString, QList<int>> *out,
                                            HttpResponse *error) const
{
    if (!authorizedRecord(ctx, int(Action::Update), error))
        return false;
    for (auto it = ctx.body.begin(); it != ctx.body.end(); ++it) {
        if (!ctx.resource->associable.contains(it.key())) {
            const QString message = QStringLiteral("The provided resource name \"%1\" cannot be associated to %2.")
                                        .arg(it.key(), ctx.resource->singular);
            *error = HttpResponse::message(m_state.isLegacy() ? 400 : 409, message);
            return false;
        }
        QList<int> ids;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!m_state.store.find(it.key(), v.toInt())) {
                *error = notFound(*m_state.catalog.find(it.key()), QString::number(v.toInt()));
                return false;
            }
            ids.append(v.toInt());
        }
        out->insert(it.key(), ids);
    }
    return true;
}

HttpResponse RecordEndpoints::associations(const RouteContext &ctx)
{
    HttpResponse error;
    if (!authorizedRecord(ctx, int(Action::View), &error))
        return error;
    QJsonObject out;
    for (const QString &other : ctx.resource->associable) {
        const ResourceInfo &info = *m_state.catalog.find(other);
        QJsonArray items;
        for (int id : m_state.store.links().linked(ctx.resource->name, ctx.id(), other)) {
            if (const QJsonObject *record = m_state.store.find(other, id))
                items.append(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("display_name"), m_presenter.displayName(info, *record)},
                                         {QStringLiteral("path"), QStringLiteral("/%1/%2").arg(other).arg(id)},
                                         {QStringLiteral("is_primary_associated"), false}});
        }
        out.insert(other, items);
    }
    return HttpResponse::json(200, out);
}

HttpResponse RecordEndpoints::attach(const RouteContext &ctx)
{
    HttpResponse error;
    QHash<QString, QList<int>> wanted;
    if (!readAssociationChange(ctx, &wanted, &error))
        return error;
    int total = 0;
    for (const QList<int> &ids : wanted)
        total += int(ids.size());
    const QString name = ctx.resource->name;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (int id : it.value()) {
            if (total == 1 && m_state.store.links().isLinked(name, ctx.id(), it.key(), id))
                return HttpResponse::message(409, QStringLiteral("This record is already associated"));
            m_state.store.mutableLinks().link(name, ctx.id(), it.key(), id);
        }
    }
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::sync(const RouteContext &ctx)
{
    HttpResponse error;
    QHash<QString, QList<int>> wanted;
    if (!readAssociationChange(ctx, &wanted, &error))
        return error;
    AssociationGraph &links = m_state.store.mutableLinks();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (int old : links.linked(ctx.resource->name, ctx.id(), it.key()))
            links.unlink(ctx.resource->name, ctx.id(), it.key(), old);
        for (int id : it.value())
            links.link(ctx.resource->name, ctx.id(), it.key(), id);
    }
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::detach(const RouteContext &ctx)
{
    HttpResponse error;
    QHash<QString, QList<int>> wanted;
    if (!readAssociationChange(ctx, &wanted, &error))
        return error;
    AssociationGraph &links = m_state.store.mutableLinks();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (int id : it.value())
            links.unlink(ctx.resource->name, ctx.id(), it.key(), id);
    }
    if (m_state.isLegacy())
        return HttpResponse::noContent();
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::updateWith(const RouteContext &ctx, const QJsonObject &body)
{
    HttpResponse error;
    if (!authorizedRecord(ctx, int(Action::Update), &error))
        return error;
    if (auto failure = RecordWriter(m_state, *ctx.resource, ctx.caller).update(ctx.id(), body))
        return *failure;
    return single(ctx, *ctx.resource, ctx.id(), RecordPresenter::Shape::Single);
}

HttpResponse RecordEndpoints::dealStatus(const RouteContext &ctx)
{
    return updateWith(ctx, {{QStringLiteral("status"), ctx.params.value(QStringLiteral("status"))}});
}

HttpResponse RecordEndpoints::completeActivity(const RouteContext &ctx, bool completed)
{
    return updateWith(ctx, {{QStringLiteral("is_completed"), completed}});
}

} // namespace Concord::Emulator
