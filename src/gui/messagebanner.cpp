#include "messagebanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Concord {

namespace {

constexpr int IconSize = 22;
constexpr float Tint = 0.2f;

QColor kindColor(MessageBanner::Kind kind)
{
    // The colours of KMessageWidget's types.
    switch (kind) {
    case MessageBanner::Kind::Information:
        return {61, 174, 233};
    case MessageBanner::Kind::Warning:
        return {246, 116, 0};
    case MessageBanner::Kind::Error:
        break;
    }
    return MessageBanner::errorColor();
}

QStyle::StandardPixmap kindIcon(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Error:
        break;
    }
    return QStyle::SP_MessageBoxCritical;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    // As tall as its text, never more: the window's content keeps the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    clear();
    m_kind = kind;
    setPalette(tinted(parentWidget() ? parentWidget()->palette() : palette(), kindColor(kind), Tint));
    m_icon->setPixmap(style()->standardIcon(kindIcon(kind)).pixmap(IconSize));
    m_text->setText(text);
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    show();
}

void MessageBanner::clear()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QColor MessageBanner::errorColor()
{
    return {218, 68, 83};
}

QPalette MessageBanner::tinted(const QPalette &palette, const QColor &color, float amount)
{
    QPalette out = palette;
    const QColor window = palette.color(QPalette::Window);
    out.setColor(QPalette::Window,
                 QColor::fromRgbF(window.redF() * (1 - amount) + color.redF() * amount,
                                  window.greenF() * (1 - amount) + color.greenF() * amount,
                                  window.blueF() * (1 - amount) + color.blueF() * amount));
    return out;
}

} // namespace Concord
