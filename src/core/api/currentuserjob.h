#pragma once

#include "currentuser.h"
#include "servicejob.h"

namespace Concord {

/// `GET /api/me` as a job; also the cheapest way to check a token (§2.3).
class CurrentUserJob : public ServiceJob
{
    Q_OBJECT
public:
    explicit CurrentUserJob(ApiJob *job);

    [[nodiscard]] CurrentUser user() const { return m_user; }

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    CurrentUser m_user;
};

} // namespace Concord
