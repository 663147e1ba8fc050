#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Concord::Emulator {

/// Everything that shapes one emulated Concord server: the command line of concord-emulator
/// maps onto this one to one, and tests build it directly.
struct EmulatorConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; ///< 0 picks a free port
    QStringList tokens; ///< valid tokens of the super-admin (user 1); empty: one is generated
    QStringList noApiTokens; ///< valid tokens of a user without API access
    int contacts = 200;
    int companies = 60;
    int deals = 120;
    quint32 seed = 1;
    int rateLimit = 90; ///< requests per window per user; 0 turns throttling off
    /// The fixed throttle window: 60 s as on the real server; tests shorten it so that waiting
    /// for a new window does not take a minute.
    int rateLimitWindowSeconds = 60;
    int perPageCap = 0; ///< 0: no cap, as the real server
    /// Resources whose lists ignore per_page and always page by 15 (the real server does not say
    /// which do; the small lookups by default, so a client's tolerance is always exercised).
    /// "pipeline-stages" covers GET /api/pipelines/{id}/stages too.
    QStringList perPageIgnored = {QStringLiteral("sources"), QStringLiteral("industries"), QStringLiteral("lost-reasons"),
                                  QStringLiteral("call-outcomes"), QStringLiteral("activity-types"),
                                  QStringLiteral("pipelines"), QStringLiteral("pipeline-stages")};
    QString appVersion = QStringLiteral("1.5.1");
    bool control = false; ///< enables the /__emulator routes
    /// The emulator's clock. Seeded data and every timestamp written derive from it, so the
    /// same seed gives byte-identical answers. Invalid: the wall clock.
    QDateTime fixedNow;
    /// Host[:port] entries that make a write with such an Origin/Referer a browser request (419).
    /// Empty: the server's default list plus its own host:port.
    QStringList statefulDomains;
};

} // namespace Concord::Emulator
