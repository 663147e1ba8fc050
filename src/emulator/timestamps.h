#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace Concord::Emulator {

/// The server's date formats (§6.2): ISO UTC with six zero fractional digits, date-only as
/// midnight UTC, and the "Y-m-d H:i:s" / ISO / "Y-m-d" forms accepted on input.
namespace Timestamps {

QString iso(const QDateTime &utc);
QJsonValue isoOrNull(const QDateTime &utc);
/// "2024-06-30" → "2024-06-30T00:00:00.000000Z"
QString dateAsIso(const QString &ymd);
/// Parses "Y-m-d H:i:s", "Y-m-dTH:i:s[.ffffff]Z" or (when allowDateOnly) "Y-m-d" as UTC.
/// Invalid on anything else.
QDateTime parse(const QString &text, bool allowDateOnly = false);
/// True for a strict, existing "Y-m-d" date.
bool isDateOnly(const QString &text);

} // namespace Timestamps
} // namespace Concord::Emulator
