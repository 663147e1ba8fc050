#pragma once

#include <QStyledItemDelegate>

namespace Concord {

/// Paints a cell's tags (RecordListModel::TagsRole) as small rounded chips in each tag's own
/// colour, with black or white text, whichever reads better on it.
class TagChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Concord
