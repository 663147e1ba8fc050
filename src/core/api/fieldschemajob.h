#pragma once

#include "schema/fieldschema.h"
#include "servicejob.h"

namespace Concord {

/// A job whose answer is an array of field objects (§8.1), read into a FieldSchema.
class FieldSchemaJob : public ServiceJob
{
    Q_OBJECT
public:
    explicit FieldSchemaJob(ApiJob *job);

    [[nodiscard]] FieldSchema schema() const { return m_schema; }

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    FieldSchema m_schema;
};

} // namespace Concord
