#include "timestamps.h"

#include <QRegularExpression>

namespace Concord::Emulator::Timestamps {

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000000Z"));
}

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(iso(utc)) : QJsonValue(QJsonValue::Null);
}

QString dateAsIso(const QString &ymd)
{
    return ymd.left(10) + QStringLiteral("T00:00:00.000000Z");
}

bool isDateOnly(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QDateTime parse(const QString &text, bool allowDateOnly)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d{1,6})?(Z|[+-]00:?00)?$"));
    if (isDateOnly(text))
        return allowDateOnly ? QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC) : QDateTime();
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString timeText = m.captured(2);
    if (timeText.size() == 5)
        timeText += QStringLiteral(":00");
    const QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace Concord::Emulator::Timestamps
