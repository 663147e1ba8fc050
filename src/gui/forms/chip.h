#pragma once

#include "choice.h"

#include <QWidget>

class QToolButton;

namespace Concord {

/// One chosen entry of a ChipInput: its text on a rounded chip in the palette's button colour
/// (so it follows light and dark themes), a dot in the entry's own colour, and a remove button.
class Chip : public QWidget
{
    Q_OBJECT
public:
    explicit Chip(const Choice &choice, QWidget *parent = nullptr);
    ~Chip() override;

    [[nodiscard]] const Choice &choice() const { return m_choice; }
    /// Hides the remove button.
    void setRemovable(bool removable);

Q_SIGNALS:
    void removeClicked();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Choice m_choice;
    QToolButton *m_remove;
};

} // namespace Concord
