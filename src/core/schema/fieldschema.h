#pragma once

#include "fielddefinition.h"

#include <QList>

class QJsonArray;

namespace Concord {

/// The fields of one form (create or update) of a resource, in the order the server gives them
/// (the admin's configured order, §8.1).
class FieldSchema
{
public:
    FieldSchema() = default;

    /// Reads an array of field objects; `*ok` is false when it holds anything else.
    [[nodiscard]] static FieldSchema fromJson(const QJsonArray &fields, bool *ok);

    [[nodiscard]] const QList<FieldDefinition> &fields() const { return m_fields; }
    /// The field of `attribute`, or nullptr when the form has none; valid while the schema lives.
    [[nodiscard]] const FieldDefinition *field(const QString &attribute) const;
    /// The custom fields only (§8.3), in form order.
    [[nodiscard]] QList<FieldDefinition> customFields() const;
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<FieldDefinition> m_fields;
};

} // namespace Concord
