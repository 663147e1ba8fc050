#include "recordcelldelegate.h"

#include "models/recordlistmodel.h"

namespace Concord {

RecordCellDelegate::RecordCellDelegate(ApiClient *client, QObject *parent)
    : FieldEditorDelegate(
          FieldEditorFactory(client),
          [](const QModelIndex &index) {
              // Asked of the index's own model: the view may be given another list model later.
              const auto *model = qobject_cast<const RecordListModel *>(index.model());
              return model ? model->editField(index.column()) : std::nullopt;
          },
          parent)
{
}

void RecordCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    FieldEditorDelegate::initStyleOption(option, index);
    // The model cannot say it with Qt::FontRole: it lives in core, without QtGui.
    if (index.data(RecordListModel::PendingRole).toBool())
        option->font.setItalic(true);
}

} // namespace Concord
