#include "chip.h"

#include "swatchicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Concord {

Chip::Chip(const Choice &choice, QWidget *parent)
    : QWidget(parent)
    , m_choice(choice)
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    const int padding = fontMetrics().height() / 3;
    layout->setContentsMargins(padding + 1, 1, 1, 1);
    layout->setSpacing(padding);
    const QIcon dot = swatchDotIcon(choice.color, fontMetrics().height() * 2 / 3);
    if (!dot.isNull()) {
        auto *swatch = new QLabel(this);
        const int extent = fontMetrics().height() * 2 / 3;
        swatch->setPixmap(dot.pixmap(extent, extent));
        layout->addWidget(swatch);
    }
    auto *label = new QLabel(choice.text, this);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::ButtonText);
    layout->addWidget(label);

    m_remove->setAutoRaise(true);
    m_remove->setText(QStringLiteral("\u00d7"));
    m_remove->setToolTip(tr("Remove %1").arg(choice.text));
    m_remove->setAccessibleName(tr("Remove %1").arg(choice.text));
    // Backspace in the input removes chips from the keyboard; the buttons would only add a
    // tab stop per chip.
    m_remove->setFocusPolicy(Qt::NoFocus);
    m_remove->setCursor(Qt::ArrowCursor);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &Chip::removeClicked);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

Chip::~Chip() = default;

void Chip::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void Chip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Button));
    const qreal radius = height() / 2.0 - 1;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace Concord
