#include "accesspolicy.h"

#include <QString>

namespace Concord::Emulator::AccessPolicy {

namespace {

bool isOwned(const QString &resource)
{
    return resource == QLatin1String("contacts") || resource == QLatin1String("companies")
        || resource == QLatin1String("deals") || resource == QLatin1String("activities");
}

} // namespace

bool allows(const Caller &caller, Action action, const QString &resource, const QJsonObject &record)
{
    if (caller.isAdmin || action == Action::View)
        return true;
    if (resource == QLatin1String("users"))
        return action == Action::Update && record.value(QStringLiteral("id")).toInt() == caller.userId;
    if (action == Action::Create)
        return true;
    if (isOwned(resource))
        return record.value(QStringLiteral("user_id")).toInt() == caller.userId;
    if (resource == QLatin1String("notes") || resource == QLatin1String("calls"))
        return record.value(QStringLiteral("user_id")).toInt() == caller.userId;
    return true;
}

QJsonObject authorizations(const Caller &caller, const QString &resource, const QJsonObject &record)
{
    return {{QStringLiteral("view"), allows(caller, Action::View, resource, record)},
            {QStringLiteral("viewAny"), true},
            {QStringLiteral("create"), allows(caller, Action::Create, resource, record)},
            {QStringLiteral("update"), allows(caller, Action::Update, resource, record)},
            {QStringLiteral("delete"), allows(caller, Action::Delete, resource, record)}};
}

} // namespace Concord::Emulator::AccessPolicy
