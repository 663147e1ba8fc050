#include "fieldeditordelegate.h"

#include "fieldeditor.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>

namespace Concord {

namespace {

/// Set on an editor once its focus is watched.
const char *const WatchedProperty = "concordFocusWatched";

/// Whether `widget` belongs to `editor`: a child, or a popup or dialog it opened (those are
/// windows of their own, which QWidget::isAncestorOf() does not look through).
bool isPartOf(const QWidget *widget, const QWidget *editor)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget == editor)
            return true;
    }
    return false;
}

} // namespace

FieldEditorDelegate::FieldEditorDelegate(FieldEditorFactory factory, FieldOf fieldOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_factory(factory)
    , m_fieldOf(std::move(fieldOf))
{
}

FieldEditorDelegate::~FieldEditorDelegate() = default;

QWidget *FieldEditorDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<FieldDefinition> field = m_fieldOf(index);
    if (!field)
        return QStyledItemDelegate::createEditor(parent, option, index);
    FieldEditor *editor = m_factory.create(*field, parent);
    // The cell's background must not show through a composite editor.
    editor->setAutoFillBackground(true);
    return editor;
}

bool FieldEditorDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<FieldEditor *>(object);
    if (editor && event->type() == QEvent::Show && !editor->property(WatchedProperty).toBool()) {
        // QStyledItemDelegate's own filter sees focus leave the editor widget only, but the
        // focus is inside it, in its focusTarget() or a popup of it.
        editor->setProperty(WatchedProperty, true);
        connect(qApp, &QApplication::focusChanged, editor,
            [this, editor](QWidget *, QWidget *now) { onFocusChanged(editor, now); });
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void FieldEditorDelegate::onFocusChanged(QWidget *editor, QWidget *now)
{
    // No focus widget at all: another application is active; the edit goes on when it returns.
    if (!now || isPartOf(now, editor))
        return;
    // Decided a moment later: when the view closes the editor itself (Enter, Escape, another
    // cell), the focus moves first and the editor is hidden right after; that is no focus-out
    // to commit.
    // Queued on the delegate, not the editor: the view flushes the editor's posted events while
    // closing it, before it hides it.
    QTimer::singleShot(0, this, [this, editor = QPointer<QWidget>(editor)] {
        const QWidget *focus = QApplication::focusWidget();
        if (!editor || !editor->isVisible() || (focus && isPartOf(focus, editor)))
            return;
        Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
}

void FieldEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *fieldEditor = qobject_cast<FieldEditor *>(editor);
    if (!fieldEditor) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    fieldEditor->setValue(index.data(Qt::EditRole));
}

void FieldEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *fieldEditor = qobject_cast<FieldEditor *>(editor);
    if (!fieldEditor) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, fieldEditor->value(), Qt::EditRole);
}

void FieldEditorDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!qobject_cast<FieldEditor *>(editor)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // Editors taller or wider than a row (chips, a checkbox group) overlap the rows below
    // rather than being cut off.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->minimumSizeHint().width()));
    // Chips wrap onto more lines in a narrow cell: the height for this width, not the hint's.
    const int height = editor->hasHeightForWidth() ? editor->heightForWidth(rect.width()) : editor->sizeHint().height();
    rect.setHeight(qMax(rect.height(), height));
    editor->setGeometry(rect);
}

} // namespace Concord
