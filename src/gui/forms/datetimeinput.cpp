#include "datetimeinput.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace Concord {

namespace {

/// The empty state. Before any date a CRM holds, and far enough from today that stepping down
/// into it by accident is unlikely.
const QDate EmptyDate(1900, 1, 1);

/// The locale's short format, but with four-digit years: "01.02.03" is ambiguous in a CRM that
/// holds birthdays and contract dates alike.
QString withLongYears(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateTimeInput::DateTimeInput(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QDateTimeEdit(this))
    , m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch();

    const QLocale here = locale();
    if (mode == Mode::Date) {
        m_edit->setTimeSpec(Qt::UTC);
        m_edit->setDisplayFormat(withLongYears(here.dateFormat(QLocale::ShortFormat)));
    } else {
        m_edit->setTimeSpec(Qt::LocalTime);
        m_edit->setDisplayFormat(withLongYears(here.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ')
            + here.timeFormat(QLocale::ShortFormat));
    }
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(EmptyDate);
    m_edit->setSpecialValueText(QStringLiteral("\u2014"));
    m_edit->installEventFilter(this);
    m_calendar = m_edit->calendarWidget();
    m_calendar->installEventFilter(this);
    setFocusProxy(m_edit);

    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("No date"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (isEmpty())
            return;
        clear();
        Q_EMIT edited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateClearButton();
        if (!m_settingValue)
            Q_EMIT edited();
    });
    clear();
}

DateTimeInput::~DateTimeInput() = default;

bool DateTimeInput::isEmpty() const
{
    return m_edit->dateTime() == m_edit->minimumDateTime();
}

QDateTime DateTimeInput::dateTime() const
{
    return isEmpty() ? QDateTime() : m_edit->dateTime();
}

void DateTimeInput::setDateTime(const QDateTime &dateTime)
{
    m_settingValue = true;
    if (!dateTime.isValid() || dateTime.date() <= EmptyDate)
        m_edit->setDateTime(m_edit->minimumDateTime());
    else
        m_edit->setDateTime(dateTime);
    m_settingValue = false;
    updateClearButton();
}

void DateTimeInput::clear()
{
    setDateTime({});
}

void DateTimeInput::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setVisible(!readOnly);
}

void DateTimeInput::updateClearButton()
{
    m_clear->setEnabled(!isEmpty());
}

void DateTimeInput::startFromNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    if (m_mode == Mode::Date)
        m_edit->setDateTime(QDateTime(now.date(), QTime(0, 0), Qt::UTC));
    else
        m_edit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)));
}

bool DateTimeInput::eventFilter(QObject *watched, QEvent *event)
{
    // Not calendarWidget() here: it creates the calendar lazily, and the creation itself sends
    // events through this filter — asking for it again from inside recursed without end.
    if (event->type() == QEvent::Show && qobject_cast<QCalendarWidget *>(watched) && isEmpty()) {
        // Opening on January 1900 would send the person scrolling through a century.
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    } else if (watched == m_edit && event->type() == QEvent::KeyPress && isEmpty() && !m_edit->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Alt+Down opens the calendar, which handles the empty state itself.
        if (key->modifiers() & Qt::AltModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            startFromNow();
            return true;
        default:
            // Typing a digit over "—" starts from today's date, the typed digit replacing the
            // first part of it.
            if (!key->text().isEmpty() && key->text().at(0).isDigit()) {
                startFromNow();
                m_edit->setSelectedSection(m_edit->sectionAt(0));
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Concord
