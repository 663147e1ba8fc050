#pragma once

#include "httpexchange.h"
#include "recordpresenter.h"

#include <QHash>
#include <QList>

namespace Concord::Emulator {

class EmulatorState;
class ListQuery;
struct ResourceInfo;
struct RouteContext;

/// The generic record routes of §3.2 for every resource: lists, search, CRUD, the trash, the
/// association endpoints (§7), and the few resource-specific routes of §3.3.
class RecordEndpoints
{
public:
    explicit RecordEndpoints(EmulatorState &state);

    HttpResponse index(const RouteContext &ctx);
    HttpResponse show(const RouteContext &ctx);
    HttpResponse store(const RouteContext &ctx);
    HttpResponse update(const RouteContext &ctx);
    HttpResponse destroy(const RouteContext &ctx);
    HttpResponse search(const RouteContext &ctx);
    HttpResponse associatedIndex(const RouteContext &ctx);
    HttpResponse pipelineStages(const RouteContext &ctx);
    HttpResponse activeProducts(const RouteContext &ctx);
    HttpResponse globalSearch(const RouteContext &ctx);

    HttpResponse trashedIndex(const RouteContext &ctx);
    HttpResponse trashedShow(const RouteContext &ctx);
    HttpResponse trashedSearch(const RouteContext &ctx);
    HttpResponse restore(const RouteContext &ctx);
    HttpResponse forceDelete(const RouteContext &ctx);
    HttpResponse emptyTrash(const RouteContext &ctx);

    HttpResponse associations(const RouteContext &ctx);
    HttpResponse attach(const RouteContext &ctx);
    HttpResponse sync(const RouteContext &ctx);
    HttpResponse detach(const RouteContext &ctx);

    HttpResponse dealStatus(const RouteContext &ctx);
    HttpResponse completeActivity(const RouteContext &ctx, bool completed);

private:
    enum class Scope { Live, Trashed };
    HttpResponse page(const RouteContext &ctx, const ResourceInfo &resource, Scope scope,
                      const QList<int> *restriction, bool ignorePerPage, const QString &path);
    HttpResponse bareSearch(const RouteContext &ctx, Scope scope);
    HttpResponse single(const RouteContext &ctx, const ResourceInfo &resource, int id, RecordPresenter::Shape shape);
    /// A partial update of the routed record with a body of the route's own making.
    HttpResponse updateWith(const RouteContext &ctx, const QJsonObject &body);
    HttpResponse notFound(const ResourceInfo &resource, const QString &id) const;
    /// The record the route names, or nullptr (and `*error` set: 404 or 403).
    const QJsonObject *authorizedRecord(const RouteContext &ctx, int action, HttpResponse *error) const;
    QList<int> sortedIds(const ListQuery &query, const ResourceInfo &resource, Scope scope, const QString &cacheKey);
    /// An association change the caller may make: the record exists and may be updated, and §7's
    /// body {resource: [ids]} names resources it associates with and records that exist.
    bool readAssociationChange(const RouteContext &ctx, QHash<QString, QList<int>> *out, HttpResponse *error) const;

    EmulatorState &m_state;
    RecordPresenter m_presenter;
    QHash<QString, QList<int>> m_sortedIds;
    quint64 m_sortedVersion = 0;
};

} // namespace Concord::Emulator
