#include "chipinput.h"

#include "chip.h"
#include "flowlayout.h"
#include "swatchicon.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionFrame>

namespace Concord {

namespace {

constexpr int ValueRole = Qt::UserRole;
constexpr int ColorRole = Qt::UserRole + 1;

} // namespace

ChipInput::ChipInput(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_lineEdit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStandardItemModel(this))
{
    // The frame is drawn around the chips and the line edit together, as one field.
    const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    m_layout->setContentsMargins(frame + 2, frame + 1, frame + 2, frame + 1);
    m_layout->setSpacing(fontMetrics().height() / 4);
    m_lineEdit->setFrame(false);
    m_lineEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_lineEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_lineEdit->installEventFilter(this);
    m_layout->addWidget(m_lineEdit);
    setFocusProxy(m_lineEdit);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_lineEdit);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ChipInput::onCompleterActivated);
    // The completer is driven by hand (not QLineEdit::setCompleter()), so that choosing from the
    // popup adds a chip instead of writing the text into the line edit.
    connect(m_lineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_completer->setCompletionPrefix(text);
        if (text.isEmpty())
            m_completer->popup()->hide();
        else
            m_completer->complete();
    });
    // Enter normally reaches eventFilter(); while the popup is open without a highlighted row,
    // the completer hands it to the line edit directly, past the filter.
    connect(m_lineEdit, &QLineEdit::returnPressed, this, [this] {
        // A highlighted row is the completer's to add, right after this.
        const QAbstractItemView *popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid())
            return;
        if (!m_lineEdit->text().trimmed().isEmpty() && !addTypedText())
            QApplication::beep();
    });
    updatePlaceholder();
}

ChipInput::~ChipInput() = default;

void ChipInput::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    updateCompletions();
}

void ChipInput::setStatusText(const QString &text, const QString &detail)
{
    m_statusText = text;
    m_lineEdit->setToolTip(detail);
    updatePlaceholder();
}

QList<Choice> ChipInput::chips() const
{
    QList<Choice> result;
    result.reserve(m_chips.size());
    for (const Chip *chip : m_chips)
        result.append(chip->choice());
    return result;
}

void ChipInput::setChips(const QList<Choice> &chips)
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (const Choice &choice : chips)
        addChip(choice);
    updateCompletions();
    updatePlaceholder();
}

void ChipInput::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_lineEdit->setReadOnly(readOnly);
    for (Chip *chip : std::as_const(m_chips))
        chip->setRemovable(!readOnly);
    updatePlaceholder();
}

void ChipInput::addChip(const Choice &choice)
{
    auto *chip = new Chip(choice, this);
    chip->setRemovable(!m_readOnly);
    connect(chip, &Chip::removeClicked, this, [this, chip] {
        removeChip(chip);
        m_lineEdit->setFocus(Qt::OtherFocusReason);
    });
    // The line edit stays last.
    m_layout->insertWidget(int(m_chips.size()), chip);
    m_chips.append(chip);
}

void ChipInput::removeChip(Chip *chip)
{
    m_chips.removeOne(chip);
    chip->deleteLater();
    chip->hide();
    updateCompletions();
    updatePlaceholder();
    Q_EMIT chipsEdited();
}

bool ChipInput::isChosen(const QVariant &value) const
{
    return std::any_of(m_chips.cbegin(), m_chips.cend(),
        [&value](const Chip *chip) { return Choice::sameValue(chip->choice().value, value); });
}

void ChipInput::updateCompletions()
{
    m_completions->clear();
    const int extent = fontMetrics().height() * 2 / 3;
    for (const Choice &choice : std::as_const(m_choices)) {
        if (isChosen(choice.value))
            continue;
        auto *item = new QStandardItem(swatchDotIcon(choice.color, extent), choice.text);
        item->setData(choice.value, ValueRole);
        item->setData(choice.color, ColorRole);
        m_completions->appendRow(item);
    }
}

void ChipInput::updatePlaceholder()
{
    QString text = m_statusText;
    if (text.isEmpty() && !m_readOnly)
        text = m_chips.isEmpty() ? tr("Type to search…") : tr("Add…");
    m_lineEdit->setPlaceholderText(text);
}

void ChipInput::onCompleterActivated(const QModelIndex &index)
{
    addChip({index.data(ValueRole), index.data(Qt::DisplayRole).toString(), index.data(ColorRole).toString()});
    m_lineEdit->clear();
    updateCompletions();
    updatePlaceholder();
    Q_EMIT chipsEdited();
}

bool ChipInput::addTypedText()
{
    const QString text = m_lineEdit->text().trimmed();
    const QList<Choice> open = [this] {
        QList<Choice> result;
        for (const Choice &choice : std::as_const(m_choices)) {
            if (!isChosen(choice.value))
                result.append(choice);
        }
        return result;
    }();
    const auto exact = std::find_if(open.cbegin(), open.cend(),
        [&text](const Choice &choice) { return choice.text.compare(text, Qt::CaseInsensitive) == 0; });
    const auto partial = std::find_if(open.cbegin(), open.cend(),
        [&text](const Choice &choice) { return choice.text.contains(text, Qt::CaseInsensitive); });
    Choice chosen;
    if (exact != open.cend())
        chosen = *exact;
    else if (m_acceptsNewText)
        chosen = {text, text, {}};
    else if (partial != open.cend())
        chosen = *partial;
    else
        return false;
    // A new text that only differs in case from a chip is the same entry.
    const bool duplicate = std::any_of(m_chips.cbegin(), m_chips.cend(),
        [&chosen](const Chip *chip) { return chip->choice().text.compare(chosen.text, Qt::CaseInsensitive) == 0; });
    m_lineEdit->clear();
    m_completer->popup()->hide();
    if (duplicate)
        return true;
    addChip(chosen);
    updateCompletions();
    updatePlaceholder();
    Q_EMIT chipsEdited();
    return true;
}

bool ChipInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_lineEdit)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        Q_EMIT choicesWanted();
        update();
    } else if (event->type() == QEvent::FocusOut) {
        update();
    }
    if (event->type() != QEvent::KeyPress || m_readOnly)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool empty = m_lineEdit->text().isEmpty();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // With nothing typed, Enter is not ours: it reaches the dialog or the table delegate.
        if (empty)
            return false;
        if (!addTypedText())
            QApplication::beep();
        return true;
    case Qt::Key_Backspace:
        if (!empty || m_chips.isEmpty())
            return false;
        removeChip(m_chips.constLast());
        return true;
    case Qt::Key_Down:
        if (!empty)
            return false;
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
        return true;
    default:
        return false;
    }
}

void ChipInput::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    QStyleOptionFrame option;
    option.initFrom(this);
    option.rect = rect();
    option.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, this);
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    if (m_lineEdit->hasFocus())
        option.state |= QStyle::State_HasFocus;
    if (m_readOnly)
        option.state |= QStyle::State_ReadOnly;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, this);
}

} // namespace Concord
