#pragma once

#include "fieldeditorfactory.h"

#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace Concord {

class FieldDefinition;

/// Inline editing in tables with the same editors as the record form. The delegate asks
/// `fieldOf` which field a cell edits (nullopt: the cell is edited as QStyledItemDelegate would)
/// and moves the edit value (see FieldType) through Qt::EditRole both ways: setEditorData()
/// reads it, setModelData() writes it with setData(index, value, Qt::EditRole). Enter that the
/// editor has no use for commits, as does focus leaving the editor (popups and dialogs it opens
/// are part of it); Escape cancels.
class FieldEditorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using FieldOf = std::function<std::optional<FieldDefinition>(const QModelIndex &index)>;

    FieldEditorDelegate(FieldEditorFactory factory, FieldOf fieldOf, QObject *parent = nullptr);
    ~FieldEditorDelegate() override;

    [[nodiscard]] QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /// Besides QStyledItemDelegate's keys: starts watching where the focus goes once the view
    /// shows a field editor.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    /// Commits and closes `editor` when focus has gone somewhere outside it.
    void onFocusChanged(QWidget *editor, QWidget *now);

    FieldEditorFactory m_factory;
    FieldOf m_fieldOf;
};

} // namespace Concord
