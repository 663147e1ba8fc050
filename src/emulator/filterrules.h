#pragma once

#include "fielddef.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Concord::Emulator {

/// The rules `GET /api/{resource}/rules` offers for `filters` (§4.3): text rules on text
/// columns, number rules on numbers, date rules on dates and the timestamps, and select rules
/// (equal, not_equal, in) on belongs-to ids (owner, stage, ...) and fixed choices (deal status).
namespace FilterRules {

QJsonArray forFields(const QList<FieldDef> &fields);
/// The rule with that id, or an empty object.
QJsonObject find(const QList<FieldDef> &fields, const QString &id);

} // namespace FilterRules
} // namespace Concord::Emulator
