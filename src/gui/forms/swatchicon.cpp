#include "swatchicon.h"

#include <QPainter>
#include <QPixmap>

namespace Concord {

QIcon swatchDotIcon(const QString &color, int extent)
{
    const QColor fill(color);
    if (color.isEmpty() || !fill.isValid())
        return {};
    QIcon icon;
    // Both resolutions, so the dot stays crisp on a high-DPI screen.
    for (const int scale : {1, 2}) {
        QPixmap pixmap(extent * scale, extent * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(fill.darker(140), 1));
        painter.setBrush(fill);
        const qreal inset = 1.5;
        painter.drawEllipse(QRectF(inset, inset, extent - 2 * inset, extent - 2 * inset));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Concord
