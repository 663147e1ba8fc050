#pragma once

#include <QString>

namespace Concord {

class ApiClient;
class FieldSchemaJob;

/// The field metadata of the forms (concord-api.md §8.1). Stateless apart from the client.
class FieldService
{
public:
    explicit FieldService(ApiClient *client);

    /// `GET /api/{resource}/create-fields`: the create form.
    [[nodiscard]] FieldSchemaJob *createFields(const QString &resource) const;
    /// `GET /api/{resource}/{id}/update-fields`: the edit form, each field with its `value`.
    [[nodiscard]] FieldSchemaJob *updateFields(const QString &resource, qint64 id) const;
    /// `GET /api/fields/{resource}/{view}` with `view` "create" or "update": the fields that can
    /// be written.
    [[nodiscard]] FieldSchemaJob *writableFields(const QString &resource, const QString &view) const;

private:
    ApiClient *m_client;
};

} // namespace Concord
