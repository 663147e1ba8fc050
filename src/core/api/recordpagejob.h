#pragma once

#include "pagemeta.h"
#include "servicejob.h"

#include <QJsonObject>
#include <QList>

namespace Concord {

/// A job whose answer is one page of a paginated list (concord-api.md §5).
class RecordPageJob : public ServiceJob
{
    Q_OBJECT
public:
    explicit RecordPageJob(ApiJob *job);

    [[nodiscard]] QList<QJsonObject> records() const { return m_records; }
    [[nodiscard]] PageMeta meta() const { return m_meta; }

    /// Reads a paginated envelope `{data: [...], meta: {...}}`; false when it has another shape.
    [[nodiscard]] static bool pageFromJson(const QJsonDocument &json, QList<QJsonObject> *records, PageMeta *meta);

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    QList<QJsonObject> m_records;
    PageMeta m_meta;
};

} // namespace Concord
