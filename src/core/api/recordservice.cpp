#include "recordservice.h"

#include "apiclient.h"
#include "recordjob.h"
#include "recordlistjob.h"
#include "recordpagejob.h"
#include "recordpager.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Concord {

namespace {

QJsonObject associationsBody(const RecordService::Associations &associations)
{
    QJsonObject body;
    for (auto it = associations.cbegin(); it != associations.cend(); ++it) {
        QJsonArray ids;
        for (int id : it.value())
            ids.append(id);
        body.insert(it.key(), ids);
    }
    return body;
}

} // namespace

RecordService::RecordService(ApiClient *client, const QString &resource)
    : m_client(client)
    , m_resource(resource)
{
}

QString RecordService::recordPath(qint64 id) const
{
    return m_resource + QLatin1Char('/') + QString::number(id);
}

QString RecordService::associationsPath(qint64 id) const
{
    return QLatin1String("associations/") + recordPath(id);
}

RecordPageJob *RecordService::listPage(const ListParams &params, int page) const
{
    return new RecordPageJob(m_client->get(m_resource, params.toQuery(page)));
}

RecordPager *RecordService::listAll(const ListParams &params) const
{
    return new RecordPager(m_client, m_resource, params);
}

RecordJob *RecordService::get(qint64 id) const
{
    return new RecordJob(m_client->get(recordPath(id)));
}

RecordJob *RecordService::create(const QJsonObject &record) const
{
    return new RecordJob(m_client->post(m_resource, record));
}

RecordJob *RecordService::update(qint64 id, const QJsonObject &changedFields) const
{
    return new RecordJob(m_client->put(recordPath(id), changedFields));
}

ServiceJob *RecordService::remove(qint64 id) const
{
    return new ServiceJob(m_client->deleteResource(recordPath(id)));
}

RecordListJob *RecordService::search(const QString &q, int take) const
{
    if (q.trimmed().isEmpty())
        return new RecordListJob(nullptr);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), q);
    if (take > 0)
        query.addQueryItem(QStringLiteral("take"), QString::number(take));
    return new RecordListJob(m_client->get(m_resource + QLatin1String("/search"), query));
}

RecordPageJob *RecordService::trashed(const ListParams &params, int page) const
{
    return new RecordPageJob(m_client->get(QLatin1String("trashed/") + m_resource, params.toQuery(page)));
}

RecordJob *RecordService::restore(qint64 id) const
{
    return new RecordJob(
        m_client->post(QLatin1String("trashed/") + recordPath(id), QJsonObject()), RecordJob::Body::Optional);
}

RecordJob *RecordService::attach(qint64 id, const Associations &associations) const
{
    return new RecordJob(m_client->put(associationsPath(id), associationsBody(associations)));
}

RecordJob *RecordService::sync(qint64 id, const Associations &associations) const
{
    return new RecordJob(m_client->post(associationsPath(id), associationsBody(associations)));
}

RecordJob *RecordService::detach(qint64 id, const Associations &associations) const
{
    return new RecordJob(
        m_client->deleteResource(associationsPath(id), associationsBody(associations)), RecordJob::Body::Optional);
}

RecordPageJob *RecordService::associated(
    qint64 id, const QString &otherResource, int page, const ListParams &params) const
{
    return new RecordPageJob(m_client->get(recordPath(id) + QLatin1Char('/') + otherResource, params.toQuery(page)));
}

} // namespace Concord
