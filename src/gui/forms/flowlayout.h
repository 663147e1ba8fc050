#pragma once

#include <QLayout>
#include <QList>

namespace Concord {

/// Lays its items out left to right and wraps them onto further lines when the width runs out,
/// like words in a paragraph: for chips, and for option groups (checkboxes, radios, swatches)
/// whose count the server decides. Gives a height for any width, so a form row grows as needed.
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    /// Puts `widget` at `index` (a chip before the line edit that always comes last).
    void insertWidget(int index, QWidget *widget);
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int doLayout(const QRect &rect, bool apply) const;
    [[nodiscard]] int horizontalGap() const;
    [[nodiscard]] int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace Concord
