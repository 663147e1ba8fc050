#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace Concord {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(qBound(0, index, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as wide as all items side by side; heightForWidth() says how tall it really is.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? horizontalGap() : 0);
        height = qMax(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::horizontalGap() const
{
    const int spacing = QLayout::spacing();
    if (spacing >= 0)
        return spacing;
    const QWidget *widget = parentWidget();
    return widget ? widget->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, widget) : 6;
}

int FlowLayout::verticalGap() const
{
    const int spacing = QLayout::spacing();
    if (spacing >= 0)
        return spacing;
    const QWidget *widget = parentWidget();
    return widget ? widget->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, widget) : 6;
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const QMargins margins = contentsMargins();
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Items of one line share its height; they are centred in it, so a chip sits level with
    // the line edit beside it.
    QList<QPair<QLayoutItem *, QRect>> line;
    const auto placeLine = [&line, &lineHeight, apply] {
        if (apply) {
            for (const auto &[item, geometry] : std::as_const(line))
                item->setGeometry(geometry.translated(0, (lineHeight - geometry.height()) / 2));
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const bool grows = item->expandingDirections() & Qt::Horizontal;
        // A growing item needs only its minimum width to share a line; it then takes the rest.
        QSize size = grows ? QSize(item->minimumSize().width(), item->sizeHint().height()) : item->sizeHint();
        if (x > area.x() && x + size.width() > area.right() + 1) {
            placeLine();
            x = area.x();
            y += lineHeight + verticalGap();
            lineHeight = 0;
        }
        if (grows)
            size.setWidth(qMax(size.width(), area.right() + 1 - x));
        size.setWidth(qMin(size.width(), area.width()));
        line.append({item, QRect(QPoint(x, y), size)});
        x += size.width() + horizontalGap();
        lineHeight = qMax(lineHeight, size.height());
    }
    placeLine();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace Concord
