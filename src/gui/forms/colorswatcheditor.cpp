#include "colorswatcheditor.h"

#include "flowlayout.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QCoreApplication>
#include <QPainter>
#include <QToolButton>

namespace Concord {

namespace {

const char *const ColorProperty = "swatchColor";

/// A rounded square of `color`; checked, it gets a ring in the highlight colour, which the
/// style's own "checked" look alone does not make obvious on a tiny button.
QIcon swatchIcon(const QColor &color, int extent, const QColor &ring)
{
    QIcon icon;
    for (const bool checked : {false, true}) {
        for (const int scale : {1, 2}) {
            QPixmap pixmap(extent * scale, extent * scale);
            pixmap.setDevicePixelRatio(scale);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF outer(0.5, 0.5, extent - 1, extent - 1);
            if (checked) {
                painter.setPen(QPen(ring, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(outer.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            }
            painter.setPen(QPen(color.darker(130), 1));
            painter.setBrush(color);
            painter.drawRoundedRect(outer.adjusted(3, 3, -3, -3), 2, 2);
            painter.end();
            icon.addPixmap(pixmap, QIcon::Normal, checked ? QIcon::On : QIcon::Off);
        }
    }
    return icon;
}

} // namespace

QList<ColorSwatchEditor::Swatch> ColorSwatchEditor::swatches()
{
    // The colours the server seeds and Concord's own pickers offer.
    return {
        {"#ef4444", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Red")},
        {"#f97316", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Orange")},
        {"#f59e0b", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Amber")},
        {"#eab308", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Yellow")},
        {"#22c55e", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Green")},
        {"#10b981", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Emerald")},
        {"#06b6d4", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Cyan")},
        {"#3b82f6", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Blue")},
        {"#8b5cf6", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Violet")},
        {"#a855f7", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Purple")},
        {"#ec4899", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Pink")},
        {"#64748b", QT_TRANSLATE_NOOP("Concord::ColorSwatchEditor", "Slate")},
    };
}

ColorSwatchEditor::ColorSwatchEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_group(new QButtonGroup(this))
    , m_none(new QToolButton(this))
    , m_custom(nullptr)
    , m_more(new QToolButton(this))
{
    auto *layout = new FlowLayout(this);
    layout->setSpacing(2);
    m_none->setText(tr("None"));
    m_none->setCheckable(true);
    m_none->setAutoRaise(true);
    m_none->setToolTip(tr("No color"));
    m_group->addButton(m_none);
    layout->addWidget(m_none);
    for (const Swatch &swatch : swatches())
        layout->addWidget(addSwatch(QColor(QLatin1String(swatch.color)), tr(swatch.name)));
    m_custom = addSwatch(QColor(), tr("Custom color"));
    layout->addWidget(m_custom);
    m_more->setText(tr("Custom…"));
    m_more->setAutoRaise(true);
    m_more->setToolTip(tr("Choose any color"));
    layout->addWidget(m_more);
    setFocusProxy(m_none);

    connect(m_group, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton *button) { choose(button->property(ColorProperty).toString()); });
    connect(m_more, &QToolButton::clicked, this, &ColorSwatchEditor::openColorDialog);
    showValue();
}

ColorSwatchEditor::~ColorSwatchEditor() = default;

QToolButton *ColorSwatchEditor::addSwatch(const QColor &color, const QString &name)
{
    auto *button = new QToolButton(this);
    const int extent = fontMetrics().height() + 6;
    button->setIconSize(QSize(extent, extent));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolTip(name);
    button->setAccessibleName(name);
    if (color.isValid()) {
        button->setIcon(swatchIcon(color, extent, palette().color(QPalette::Highlight)));
        button->setProperty(ColorProperty, color.name());
    }
    m_group->addButton(button);
    return button;
}

QVariant ColorSwatchEditor::value() const
{
    return m_value.isEmpty() ? QVariant() : QVariant(m_value);
}

void ColorSwatchEditor::setValue(const QVariant &value)
{
    m_value = value.toString();
    showValue();
}

void ColorSwatchEditor::showValue()
{
    const QColor color(m_value);
    const QString name = color.isValid() ? color.name() : QString();
    QAbstractButton *match = m_value.isEmpty() ? m_none : nullptr;
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons) {
        if (button != m_custom && !name.isEmpty() && button->property(ColorProperty).toString() == name)
            match = button;
    }
    // A colour outside the palette gets its own swatch, so that it is seen and can be kept.
    const bool custom = !match && color.isValid();
    m_custom->setVisible(custom);
    if (custom) {
        m_custom->setIcon(swatchIcon(color, m_custom->iconSize().width(), palette().color(QPalette::Highlight)));
        m_custom->setProperty(ColorProperty, name);
        m_custom->setToolTip(tr("Custom color %1").arg(name));
        match = m_custom;
    }
    if (match) {
        match->setChecked(true);
    } else if (QAbstractButton *checked = m_group->checkedButton()) {
        // Not a colour at all: nothing is shown as chosen, and the text stays as it came.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
}

void ColorSwatchEditor::choose(const QString &color)
{
    if (color == m_value)
        return;
    m_value = color;
    showValue();
    Q_EMIT valueChanged();
}

void ColorSwatchEditor::openColorDialog()
{
    auto *dialog = new QColorDialog(QColor(m_value).isValid() ? QColor(m_value) : QColor(Qt::white), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1: Custom Color").arg(field().label()));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) { choose(color.name()); });
    dialog->open();
}

void ColorSwatchEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons)
        button->setEnabled(!readOnly);
    m_more->setVisible(!readOnly);
}

} // namespace Concord
