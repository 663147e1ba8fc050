#pragma once

#include "caller.h"

#include <QJsonObject>
#include <QString>

namespace Concord::Emulator {

/// Who may do what (§2.2, §12): regular users change and delete only the records they own;
/// creating and deleting users is for admins. `authorizations` in records come from here too.
namespace AccessPolicy {

enum class Action { View, Create, Update, Delete };

bool allows(const Caller &caller, Action action, const QString &resource, const QJsonObject &record);
QJsonObject authorizations(const Caller &caller, const QString &resource, const QJsonObject &record);

} // namespace AccessPolicy
} // namespace Concord::Emulator
