#pragma once

#include "choice.h"

#include <QList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace Concord {

class Chip;
class FlowLayout;

/// Several choices as removable chips, followed by a line edit to add more: typing filters the
/// choices not yet chosen (contains, case-insensitive, in a popup), Enter adds the highlighted,
/// the exact or else the first match, Backspace in the empty line edit removes the last chip,
/// Down in the empty line edit lists every choice. With setAcceptsNewText(), Enter on a text
/// that matches nothing adds it as a new entry (tags: the server creates unknown ones). Drawn
/// inside one line-edit frame, the chips wrapping onto further lines.
class ChipInput : public QWidget
{
    Q_OBJECT
public:
    explicit ChipInput(QWidget *parent = nullptr);
    ~ChipInput() override;

    /// What the completer offers (those not chosen yet).
    void setChoices(const QList<Choice> &choices);
    void setAcceptsNewText(bool accepts) { m_acceptsNewText = accepts; }
    /// Shown in the empty line edit ("Loading…", that loading failed, with `detail` — why — as
    /// its tooltip); empty for the usual hint.
    void setStatusText(const QString &text, const QString &detail = {});

    [[nodiscard]] QList<Choice> chips() const;
    /// Replaces the chips without chipsEdited().
    void setChips(const QList<Choice> &chips);

    void setReadOnly(bool readOnly);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_lineEdit; }

Q_SIGNALS:
    /// The person added or removed a chip.
    void chipsEdited();
    /// The line edit was focused: the moment to load choices that are not there yet.
    void choicesWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void addChip(const Choice &choice);
    void removeChip(Chip *chip);
    /// Adds what the typed text names; false when it names nothing (and new text is not taken).
    bool addTypedText();
    void onCompleterActivated(const QModelIndex &index);
    /// The completer's list: the choices minus the chips.
    void updateCompletions();
    void updatePlaceholder();
    [[nodiscard]] bool isChosen(const QVariant &value) const;

    FlowLayout *m_layout;
    QLineEdit *m_lineEdit;
    QCompleter *m_completer;
    QStandardItemModel *m_completions;
    QList<Chip *> m_chips;
    QList<Choice> m_choices;
    QString m_statusText;
    bool m_acceptsNewText = false;
    bool m_readOnly = false;
};

} // namespace Concord
