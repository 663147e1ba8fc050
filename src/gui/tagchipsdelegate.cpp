#include "tagchipsdelegate.h"

#include "models/recordlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Concord {

namespace {

constexpr int ChipPadding = 6;
constexpr int ChipSpacing = 4;
constexpr qreal ChipRadius = 4;

QColor chipColor(const QVariantMap &tag, const QPalette &palette)
{
    const QColor color(tag.value(QStringLiteral("color")).toString());
    return color.isValid() ? color : palette.color(QPalette::Mid);
}

} // namespace

void TagChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList tags = index.data(RecordListModel::TagsRole).toList();
    if (tags.isEmpty()) {
        RecordCellDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, as for any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The cell's font: italic while an edit of it is on its way.
    painter->setFont(background.font);
    const QFontMetrics metrics(background.font);
    const int height = metrics.height() + 2;
    int x = option.rect.left() + ChipSpacing;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const QVariant &value : tags) {
        const QVariantMap tag = value.toMap();
        const QString name = tag.value(QStringLiteral("name")).toString();
        const int width = metrics.horizontalAdvance(name) + 2 * ChipPadding;
        if (x + width > option.rect.right())
            break; // what does not fit stays in the tooltip
        const QColor fill = chipColor(tag, option.palette);
        const QRect chip(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, ChipRadius, ChipRadius);
        painter->setPen(fill.lightnessF() > 0.6 ? Qt::black : Qt::white);
        painter->drawText(chip, Qt::AlignCenter, name);
        x += width + ChipSpacing;
    }
    painter->restore();
}

QSize TagChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = RecordCellDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int width = ChipSpacing;
    for (const QVariant &value : index.data(RecordListModel::TagsRole).toList())
        width += metrics.horizontalAdvance(value.toMap().value(QStringLiteral("name")).toString()) + 2 * ChipPadding
            + ChipSpacing;
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace Concord
