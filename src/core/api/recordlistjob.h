#pragma once

#include "servicejob.h"

#include <QJsonObject>
#include <QList>

class QJsonValue;

namespace Concord {

/// A job whose answer is a bare JSON array of records (`/search`, `/trashed/.../search`,
/// `/countries`): not paginated.
class RecordListJob : public ServiceJob
{
    Q_OBJECT
public:
    /// A null `job` (nothing to ask, e.g. a search for "") finishes with no records.
    explicit RecordListJob(ApiJob *job);

    [[nodiscard]] QList<QJsonObject> records() const { return m_records; }

    /// The objects of `array`; false when it is not an array or an item is not an object.
    [[nodiscard]] static bool recordsFromJson(const QJsonValue &array, QList<QJsonObject> *records);

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    QList<QJsonObject> m_records;
};

} // namespace Concord
