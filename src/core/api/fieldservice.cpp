#include "fieldservice.h"

#include "apiclient.h"
#include "fieldschemajob.h"

namespace Concord {

FieldService::FieldService(ApiClient *client)
    : m_client(client)
{
}

FieldSchemaJob *FieldService::createFields(const QString &resource) const
{
    return new FieldSchemaJob(m_client->get(resource + QLatin1String("/create-fields")));
}

FieldSchemaJob *FieldService::updateFields(const QString &resource, qint64 id) const
{
    return new FieldSchemaJob(
        m_client->get(resource + QLatin1Char('/') + QString::number(id) + QLatin1String("/update-fields")));
}

FieldSchemaJob *FieldService::writableFields(const QString &resource, const QString &view) const
{
    return new FieldSchemaJob(m_client->get(QLatin1String("fields/") + resource + QLatin1Char('/') + view));
}

} // namespace Concord
