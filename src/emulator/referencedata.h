#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Concord::Emulator {

/// Fixed reference lists the server ships: countries, IANA time zones, currencies.
namespace ReferenceData {

/// (ISO 3166 numeric id, name), sorted by name.
const QList<QPair<int, QString>> &countries();
const QStringList &timezones();
QJsonObject currencies();

} // namespace ReferenceData
} // namespace Concord::Emulator
