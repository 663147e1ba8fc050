#pragma once

#include <QDateTime>
#include <QWidget>

class QCalendarWidget;
class QDateTimeEdit;
class QToolButton;

namespace Concord {

/// A date (or date and time) edit that may be empty, which QDateTimeEdit cannot be: the empty
/// state is its minimum, shown as "—", and a Clear button gets back to it. Formats follow the
/// locale (with four-digit years). From empty, the calendar popup opens on today's month and
/// the arrow keys start at today, rather than in the year the empty state hides in.
/// Shared by the Date and DateTime editors.
class DateTimeInput : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Date,
        DateTime
    };

    /// A Date input works on calendar dates (in UTC, where no daylight-saving gap can swallow a
    /// midnight); a DateTime input shows local time.
    explicit DateTimeInput(Mode mode, QWidget *parent = nullptr);
    ~DateTimeInput() override;

    /// What is shown; invalid when empty.
    [[nodiscard]] QDateTime dateTime() const;
    /// Shows `dateTime` (in the input's time spec; invalid: empty) without edited().
    void setDateTime(const QDateTime &dateTime);
    void clear();
    void setReadOnly(bool readOnly);
    [[nodiscard]] QDateTimeEdit *edit() const { return m_edit; }
    [[nodiscard]] QToolButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    /// The person changed the date or cleared it.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] bool isEmpty() const;
    /// Leaves the empty state for now (today at this hour for a date-time) on the person's behalf.
    void startFromNow();
    void updateClearButton();

    Mode m_mode;
    QDateTimeEdit *m_edit;
    /// The edit's popup calendar (asking the edit for it in eventFilter() would create it anew
    /// while it is being created).
    QCalendarWidget *m_calendar = nullptr;
    QToolButton *m_clear;
    /// Set while the input changes its own value, so that only the person's edits are reported.
    bool m_settingValue = false;
};

} // namespace Concord
