#include "numberlineedit.h"

#include "localenumbervalidator.h"

namespace Concord {

NumberLineEdit::NumberLineEdit(int integerDigits, int decimals, QWidget *parent)
    : QLineEdit(parent)
    , m_validator(new LocaleNumberValidator(integerDigits, decimals, this))
{
    m_validator->setLocale(locale());
    setValidator(m_validator);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInputMethodHints(decimals > 0 ? Qt::ImhFormattedNumbersOnly : Qt::ImhDigitsOnly);
    setPlaceholderText(QStringLiteral("\u2014"));
    // Wide enough for 15 digits with their group separators, not the whole form's width.
    setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('8')) * (integerDigits + 10));
    connect(this, &QLineEdit::editingFinished, this, &NumberLineEdit::normalise);
}

NumberLineEdit::~NumberLineEdit() = default;

std::optional<double> NumberLineEdit::number() const
{
    double value = 0;
    if (text().trimmed().isEmpty() || !m_validator->parse(text(), &value))
        return std::nullopt;
    return value;
}

void NumberLineEdit::setNumber(std::optional<double> number)
{
    setText(number ? m_validator->format(*number) : QString());
}

void NumberLineEdit::normalise()
{
    // "1250,5" becomes "1.250,5": what is shown is then what was understood.
    if (const std::optional<double> value = number())
        setText(m_validator->format(*value));
}

} // namespace Concord
