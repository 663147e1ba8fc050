#pragma once

#include "servicejob.h"

#include <QJsonObject>

namespace Concord {

/// A job whose answer is one record (show, create, update, restore, associations).
class RecordJob : public ServiceJob
{
    Q_OBJECT
public:
    enum class Body
    {
        Required, ///< the answer must be a JSON object
        Optional, ///< an empty answer (204) is fine too; record() is then empty
    };

    explicit RecordJob(ApiJob *job, Body body = Body::Required);

    /// The record as the server returned it; empty when the server sent no body (Body::Optional).
    [[nodiscard]] QJsonObject record() const { return m_record; }

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    QJsonObject m_record;
    Body m_body;
};

} // namespace Concord
