#include "emulatorstate.h"

#include "seeder.h"

#include <QUuid>

namespace Concord::Emulator {

EmulatorState::EmulatorState(const EmulatorConfig &config)
    : rateLimiter(config.rateLimit, config.rateLimitWindowSeconds)
    , faults(config.seed)
    , random(config.seed)
    , m_config(config)
    , m_adminTokens(config.tokens)
{
    if (m_adminTokens.isEmpty()) {
        // A token nobody can guess, in the 1.5 format; printed by the executable.
        const QString secret = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
        m_adminTokens << QStringLiteral("1|") + secret.left(isLegacy() ? 40 : 48);
    }
}

void EmulatorState::reset()
{
    store.clear();
    customFields.clear();
    tokens.clear();
    rateLimiter.clear();
    requestLog.clear();
    faults.clear();
    random = SeededRandom(m_config.seed);
    m_nextPhoneId = 1;
    Seeder(*this).run();
}

QDateTime EmulatorState::now() const
{
    const QDateTime t = m_config.fixedNow.isValid() ? m_config.fixedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QList<FieldDef> EmulatorState::fieldsOf(const ResourceInfo &resource) const
{
    QList<FieldDef> out = resource.fields;
    if (resource.hasCustomFields)
        out += customFields.fieldsFor(resource.name);
    return out;
}

QString EmulatorState::publicBase() const
{
    return QStringLiteral("http://%1:%2").arg(m_config.host).arg(m_port);
}

bool EmulatorState::emailTaken(const QString &email, const QString &resource, int exceptId) const
{
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("users")}) {
        const DataStore::Table &records = store.table(table);
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if ((table == resource && it.key() == exceptId) || DataStore::isTrashed(*it))
                continue;
            if (it->value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

int EmulatorState::findOrCreateTag(const QString &name, const QString &type)
{
    const DataStore::Table &tags = store.table(QStringLiteral("tags"));
    int order = 0;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (it->value(QStringLiteral("type")).toString() != type)
            continue;
        ++order;
        if (it->value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    static const QStringList palette = {QStringLiteral("#f43f5e"), QStringLiteral("#8b5cf6"), QStringLiteral("#0ea5e9"),
                                        QStringLiteral("#10b981"), QStringLiteral("#f59e0b")};
    return store.insert(QStringLiteral("tags"), {{QStringLiteral("name"), name},
                                                 {QStringLiteral("swatch_color"), palette.at(order % palette.size())},
                                                 {QStringLiteral("display_order"), order + 1},
                                                 {QStringLiteral("type"), type}});
}

int EmulatorState::defaultActivityTypeId() const
{
    const DataStore::Table &types = store.table(QStringLiteral("activity-types"));
    return types.isEmpty() ? 0 : types.firstKey();
}

} // namespace Concord::Emulator
