#pragma once

#include "recordcelldelegate.h"

namespace Concord {

/// Paints a cell's tags, options or colour (RecordListModel::TagsRole) as small rounded chips in
/// each one's own colour, with black or white text, whichever reads better on it; edits like
/// every other record cell.
class TagChipsDelegate : public RecordCellDelegate
{
    Q_OBJECT
public:
    using RecordCellDelegate::RecordCellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Concord
