#pragma once

#include <QLineEdit>

#include <optional>

namespace Concord {

class LocaleNumberValidator;

/// A line edit for a number in the person's locale that may also be empty ("no value"), which
/// a spin box cannot be. Leaving it rewrites what was typed in the locale's own form. Shared by
/// the Number and Numeric editors.
class NumberLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    /// See LocaleNumberValidator for the digit limits.
    NumberLineEdit(int integerDigits, int decimals, QWidget *parent = nullptr);
    ~NumberLineEdit() override;

    /// The number shown; nullopt when empty, or when the text holds no number.
    [[nodiscard]] std::optional<double> number() const;
    void setNumber(std::optional<double> number);

private:
    void normalise();

    LocaleNumberValidator *m_validator;
};

} // namespace Concord
