#pragma once

#include "customfieldregistry.h"
#include "datastore.h"
#include "emulatorconfig.h"
#include "faultplan.h"
#include "ratelimiter.h"
#include "requestlog.h"
#include "resourcecatalog.h"
#include "seededrandom.h"
#include "tokenregistry.h"

namespace Concord::Emulator {

/// Everything one emulated server holds in memory. The endpoint classes read and change it;
/// it knows no HTTP.
class EmulatorState
{
public:
    explicit EmulatorState(const EmulatorConfig &config);

    /// (Re)builds the seeded data, tokens and counters from the configuration.
    void reset();

    [[nodiscard]] const EmulatorConfig &config() const { return m_config; }
    /// 1.2.x servers: label option keys, 40-char secrets, no ColorSwatch, ... (§0)
    [[nodiscard]] bool isLegacy() const { return m_config.appVersion.startsWith(QLatin1String("1.2")); }
    [[nodiscard]] QString labelKey() const { return isLegacy() ? QStringLiteral("label") : QStringLiteral("name"); }
    /// The emulator's notion of now: the fixed clock when configured, else the wall clock (seconds).
    [[nodiscard]] QDateTime now() const;
    /// Built-in plus custom fields of a resource.
    [[nodiscard]] QList<FieldDef> fieldsOf(const ResourceInfo &resource) const;
    [[nodiscard]] QStringList adminTokens() const { return m_adminTokens; }
    /// http://host:port, as it appears in `links` and `path`.
    [[nodiscard]] QString publicBase() const;
    void setPort(quint16 port) { m_port = port; }

    /// Used by a contact or a user other than (resource, exceptId)? E-mails are unique across both.
    [[nodiscard]] bool emailTaken(const QString &email, const QString &resource, int exceptId) const;
    /// Tags are written by name and created on demand (§6.9).
    int findOrCreateTag(const QString &name, const QString &type);
    [[nodiscard]] int defaultActivityTypeId() const;
    int nextPhoneId() { return m_nextPhoneId++; }

    ResourceCatalog catalog;
    DataStore store;
    CustomFieldRegistry customFields;
    TokenRegistry tokens;
    RateLimiter rateLimiter;
    RequestLog requestLog;
    FaultPlan faults;
    SeededRandom random;

private:
    EmulatorConfig m_config;
    QStringList m_adminTokens;
    quint16 m_port = 0;
    int m_nextPhoneId = 1;
};

} // namespace Concord::Emulator
