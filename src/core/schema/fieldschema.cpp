#include "fieldschema.h"

#include <QJsonArray>

#include <algorithm>

namespace Concord {

FieldSchema FieldSchema::fromJson(const QJsonArray &fields, bool *ok)
{
    FieldSchema schema;
    schema.m_fields.reserve(fields.size());
    *ok = true;
    for (const QJsonValue &value : fields) {
        const FieldDefinition field = FieldDefinition::fromJson(value.toObject(), ok);
        if (!*ok)
            return {};
        schema.m_fields.append(field);
    }
    return schema;
}

const FieldDefinition *FieldSchema::field(const QString &attribute) const
{
    const auto it = std::find_if(m_fields.cbegin(), m_fields.cend(),
        [&attribute](const FieldDefinition &field) { return field.attribute() == attribute; });
    return it == m_fields.cend() ? nullptr : &*it;
}

QList<FieldDefinition> FieldSchema::customFields() const
{
    QList<FieldDefinition> result;
    std::copy_if(m_fields.cbegin(), m_fields.cend(), std::back_inserter(result),
        [](const FieldDefinition &field) { return field.isCustomField(); });
    return result;
}

} // namespace Concord
