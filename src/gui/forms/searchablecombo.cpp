#include "searchablecombo.h"

#include "swatchicon.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Concord {

namespace {

constexpr int ValueRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;

const QString NoValueText = QStringLiteral("\u2014");

} // namespace

SearchableCombo::SearchableCombo(QWidget *parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Long lists (countries, timezones) must not make the form as wide as their longest entry.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->setPlaceholderText(NoValueText);

    auto *completer = new QCompleter(m_model, this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    connect(this, qOverload<int>(&QComboBox::activated), this, &SearchableCombo::onActivated);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SearchableCombo::commitTypedText);
    rebuild();
}

SearchableCombo::~SearchableCombo() = default;

void SearchableCombo::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    rebuild();
}

void SearchableCombo::setStatusText(const QString &text, const QString &detail)
{
    if (m_statusText == text && m_statusDetail == detail)
        return;
    m_statusText = text;
    m_statusDetail = detail;
    rebuild();
}

void SearchableCombo::setValue(const QVariant &value, const QString &text)
{
    m_value = value.isNull() ? QVariant() : value;
    m_valueText = text;
    rebuild();
}

void SearchableCombo::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    lineEdit()->setReadOnly(readOnly);
}

void SearchableCombo::rebuild()
{
    const QSignalBlocker blocker(this);
    m_model->clear();
    const auto addRow = [this](const QString &text, const QVariant &value, Kind kind, const QString &color) {
        auto *item = new QStandardItem(swatchDotIcon(color, fontMetrics().height() * 2 / 3), text);
        item->setData(value, ValueRole);
        item->setData(int(kind), KindRole);
        if (kind == Kind::Status)
            item->setFlags(Qt::NoItemFlags);
        m_model->appendRow(item);
    };
    addRow(NoValueText, {}, Kind::Unset, {});
    for (const Choice &choice : std::as_const(m_choices))
        addRow(choice.text, choice.value, Kind::Choice, {choice.color});
    if (!m_value.isNull() && rowOf(m_value) < 0) {
        // A value the list does not (yet) hold must neither vanish nor be sent as something else.
        const QString text
            = m_valueText.isEmpty() ? tr("#%1", "a record known only by its id").arg(m_value.toString()) : m_valueText;
        addRow(text, m_value, Kind::Extra, {});
    }
    if (!m_statusText.isEmpty()) {
        addRow(m_statusText, {}, Kind::Status, {});
        m_model->item(m_model->rowCount() - 1)->setToolTip(m_statusDetail);
    }
    setCurrentIndex(qMax(0, rowOf(m_value)));
    showCurrentText();
}

void SearchableCombo::showCurrentText()
{
    lineEdit()->setText(currentIndex() > 0 ? itemText(currentIndex()) : QString());
}

int SearchableCombo::rowOf(const QVariant &value) const
{
    if (value.isNull())
        return 0;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        if (kindOf(row) != Kind::Status && Choice::sameValue(m_model->item(row)->data(ValueRole), value))
            return row;
    }
    return -1;
}

SearchableCombo::Kind SearchableCombo::kindOf(int row) const
{
    const QStandardItem *item = m_model->item(row);
    return item ? Kind(item->data(KindRole).toInt()) : Kind::Status;
}

void SearchableCombo::selectRow(int row)
{
    setCurrentIndex(row);
    showCurrentText();
    const QVariant value = m_model->item(row)->data(ValueRole);
    if (Choice::sameValue(value, m_value))
        return;
    m_value = value;
    m_valueText = itemText(row);
    Q_EMIT valueEdited();
}

void SearchableCombo::onActivated(int row)
{
    if (m_readOnly || kindOf(row) == Kind::Status) {
        setCurrentIndex(qMax(0, rowOf(m_value)));
        showCurrentText();
        return;
    }
    selectRow(row);
}

void SearchableCombo::commitTypedText()
{
    if (m_readOnly)
        return;
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty()) {
        selectRow(0);
        return;
    }
    if (currentIndex() > 0 && text == itemText(currentIndex()))
        return;
    int firstMatch = -1;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        if (kindOf(row) == Kind::Status)
            continue;
        const QString candidate = itemText(row);
        if (candidate.compare(text, Qt::CaseInsensitive) == 0) {
            selectRow(row);
            return;
        }
        if (firstMatch < 0 && candidate.contains(text, Qt::CaseInsensitive))
            firstMatch = row;
    }
    if (firstMatch >= 0) {
        selectRow(firstMatch);
        return;
    }
    // Nothing matches: the text goes back to what is chosen rather than pretend otherwise.
    showCurrentText();
}

void SearchableCombo::showPopup()
{
    Q_EMIT choicesWanted();
    if (!m_readOnly)
        QComboBox::showPopup();
}

void SearchableCombo::focusInEvent(QFocusEvent *event)
{
    Q_EMIT choicesWanted();
    QComboBox::focusInEvent(event);
    // Typing replaces the shown entry, also when a table's delegate gave the focus; a click
    // places the cursor as usual.
    if (event->reason() != Qt::MouseFocusReason && event->reason() != Qt::PopupFocusReason)
        lineEdit()->selectAll();
}

void SearchableCombo::keyPressEvent(QKeyEvent *event)
{
    // Read-only: the arrow keys would step to another entry; everything else (moving the
    // cursor, copying) stays, and the popup does not open (showPopup()).
    const bool steps = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || event->key() == Qt::Key_PageUp
        || event->key() == Qt::Key_PageDown;
    if (m_readOnly && steps) {
        event->ignore();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void SearchableCombo::wheelEvent(QWheelEvent *event)
{
    // Scrolling a form must not change a value the mouse happens to pass over.
    if (m_readOnly || !hasFocus()) {
        event->ignore();
        return;
    }
    QComboBox::wheelEvent(event);
}

} // namespace Concord
