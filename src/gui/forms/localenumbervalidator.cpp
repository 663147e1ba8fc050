#include "localenumbervalidator.h"

namespace Concord {

LocaleNumberValidator::LocaleNumberValidator(int integerDigits, int decimals, QObject *parent)
    : QValidator(parent)
    , m_integerDigits(integerDigits)
    , m_decimals(decimals)
{
}

LocaleNumberValidator::Reading LocaleNumberValidator::read(const QString &text) const
{
    const QString trimmed = text.trimmed();
    for (const QLocale &reader : {locale(), QLocale::c()}) {
        Reading reading;
        reading.value = reader.toDouble(trimmed, &reading.ok);
        if (!reading.ok)
            continue;
        const qsizetype point = trimmed.indexOf(reader.decimalPoint());
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            if (trimmed.at(i).isDigit())
                ++(point >= 0 && i > point ? reading.decimals : reading.integerDigits);
        }
        return reading;
    }
    return {};
}

QValidator::State LocaleNumberValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Acceptable;
    const QLocale here = locale();
    // A decimal point of either kind only where decimals are allowed (German "1.250" is a
    // whole number, English "1.2" is not).
    const QString allowed = here.groupSeparator() + here.negativeSign() + QLatin1Char('-')
        + (m_decimals > 0 ? here.decimalPoint() + QStringLiteral(".,") : QString());
    for (const QChar c : trimmed) {
        if (!c.isDigit() && !allowed.contains(c))
            return Invalid;
    }
    const Reading reading = read(trimmed);
    if (!reading.ok)
        return Intermediate; // "-", "1,", a group separator typed half way
    if (reading.integerDigits > m_integerDigits || reading.decimals > m_decimals)
        return Invalid;
    return Acceptable;
}

bool LocaleNumberValidator::parse(const QString &text, double *value) const
{
    const Reading reading = read(text);
    if (!reading.ok || reading.integerDigits > m_integerDigits || reading.decimals > m_decimals)
        return false;
    *value = reading.value;
    return true;
}

QString LocaleNumberValidator::format(double value) const
{
    const QLocale here = locale();
    QString text = here.toString(value, 'f', m_decimals);
    const QString point = here.decimalPoint();
    if (m_decimals > 0 && text.contains(point)) {
        while (text.endsWith(here.zeroDigit()))
            text.chop(here.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace Concord
