#pragma once

#include "listparams.h"

#include <QHash>
#include <QList>
#include <QString>

class QJsonObject;

namespace Concord {

class ApiClient;
class RecordJob;
class RecordListJob;
class RecordPageJob;
class RecordPager;
class ServiceJob;

/// The generic routes of one resource (concord-api.md §3.2, §7), keyed by its name
/// (`contacts`, `deals`, ...): forms are schema-driven, so one class serves every resource.
/// Every call returns a job that deletes itself after finished(); the service itself holds no
/// state beyond the client and the name, so it is cheap to create where needed.
class RecordService
{
public:
    /// Association sets: associated resource name → record ids, e.g. {"companies": [5]}.
    using Associations = QHash<QString, QList<int>>;

    RecordService(ApiClient *client, const QString &resource);

    [[nodiscard]] QString resource() const { return m_resource; }

    /// `GET /api/{resource}`: one page.
    [[nodiscard]] RecordPageJob *listPage(const ListParams &params, int page) const;
    /// Every page of `GET /api/{resource}`.
    [[nodiscard]] RecordPager *listAll(const ListParams &params) const;
    [[nodiscard]] RecordJob *get(qint64 id) const;
    [[nodiscard]] RecordJob *create(const QJsonObject &record) const;
    /// A partial PUT: send only the changed fields; absent keys keep their values (§3.2).
    [[nodiscard]] RecordJob *update(qint64 id, const QJsonObject &changedFields) const;
    /// Soft or hard delete, as the resource does (§3.1).
    [[nodiscard]] ServiceJob *remove(qint64 id) const;
    /// `GET /api/{resource}/search`: a bare array. An empty `q` gives no records without asking
    /// the server (it would answer `[]`). `take` <= 0: the server's default limit.
    [[nodiscard]] RecordListJob *search(const QString &q, int take = 0) const;

    /// `GET /api/trashed/{resource}`: one page of soft-deleted records.
    [[nodiscard]] RecordPageJob *trashed(const ListParams &params, int page) const;
    /// `POST /api/trashed/{resource}/{id}`; any 2xx counts, record() may be empty.
    [[nodiscard]] RecordJob *restore(qint64 id) const;

    /// `PUT /api/associations/{resource}/{id}`: adds to the sets, keeping the existing ones.
    [[nodiscard]] RecordJob *attach(qint64 id, const Associations &associations) const;
    /// `POST /api/associations/{resource}/{id}`: replaces the named sets (`[]` empties one).
    [[nodiscard]] RecordJob *sync(qint64 id, const Associations &associations) const;
    /// `DELETE /api/associations/{resource}/{id}`. A 1.2 server answers 204 without the record:
    /// record() is then empty and the job still succeeds.
    [[nodiscard]] RecordJob *detach(qint64 id, const Associations &associations) const;
    /// `GET /api/{resource}/{id}/{otherResource}`: one page of the associated records.
    [[nodiscard]] RecordPageJob *associated(
        qint64 id, const QString &otherResource, int page, const ListParams &params = {}) const;

private:
    [[nodiscard]] QString recordPath(qint64 id) const;
    [[nodiscard]] QString associationsPath(qint64 id) const;

    ApiClient *m_client;
    QString m_resource;
};

} // namespace Concord
