#pragma once

#include <QValidator>

namespace Concord {

/// Accepts a number as people type it in their locale — German "1.250,5", English "1,250.5" —
/// with at most `integerDigits` digits before and `decimals` after the decimal point (Number:
/// 15 and 0, so every value is exact in a double and in JSON; Numeric: 15 and 3, decimal(15,3)
/// of §6.2). A "." typed where the locale wants "," still reads, as long as the locale cannot
/// read the text itself (in German "1.250" is 1250, "1250.5" is 1250.5).
class LocaleNumberValidator : public QValidator
{
    Q_OBJECT
public:
    LocaleNumberValidator(int integerDigits, int decimals, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

    /// The number `text` holds, read as validate() reads it; false when it holds none.
    [[nodiscard]] bool parse(const QString &text, double *value) const;
    /// `value` in the locale, with no more decimals than it needs (1250.5 → "1.250,5" in German).
    [[nodiscard]] QString format(double value) const;

private:
    struct Reading
    {
        bool ok = false;
        double value = 0;
        int integerDigits = 0;
        int decimals = 0;
    };
    [[nodiscard]] Reading read(const QString &text) const;

    int m_integerDigits;
    int m_decimals;
};

} // namespace Concord
