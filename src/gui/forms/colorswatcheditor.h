#pragma once

#include "fieldeditor.h"

class QButtonGroup;
class QColor;
class QToolButton;

namespace Concord {

/// ColorSwatch: the palette Concord itself offers as a row of swatches, "None" for no colour, a
/// further swatch for a colour outside the palette when there is one, and "Custom…" for a
/// colour dialog. The value is "#rrggbb"; a value set from the server is given back exactly as
/// it came ("#333" stays "#333") until the person picks another.
class ColorSwatchEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ColorSwatchEditor(const FieldDefinition &field, QWidget *parent = nullptr);
    ~ColorSwatchEditor() override;

    [[nodiscard]] QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setReadOnly(bool readOnly) override;

    /// The palette: Concord's swatch colours (Tailwind's 500 shades), names for tooltips.
    struct Swatch
    {
        const char *color;
        const char *name;
    };
    [[nodiscard]] static QList<Swatch> swatches();

private:
    QToolButton *addSwatch(const QColor &color, const QString &name);
    void showValue();
    void choose(const QString &color);
    void openColorDialog();

    QButtonGroup *m_group;
    QToolButton *m_none;
    /// The swatch of a colour outside the palette; hidden while there is none.
    QToolButton *m_custom;
    QToolButton *m_more;
    QString m_value;
};

} // namespace Concord
