#pragma once

#include "choice.h"

#include <QComboBox>
#include <QList>

class QStandardItemModel;

namespace Concord {

/// A single choice out of many, for Select, BelongsTo and Timezone fields: an editable combo
/// whose typed text filters the list (contains, case-insensitive, in a popup). Enter or leaving
/// takes the exact match, else the first match, else puts the text back; an emptied text means
/// "no value", which the first entry "—" also offers.
///
/// The choices may come late (loaded when the combo is first focused or opened, see
/// choicesWanted()): a value set before they are there stays, as an extra entry named by the
/// text given to setValue(), and so does a value the choices do not hold.
class SearchableCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit SearchableCombo(QWidget *parent = nullptr);
    ~SearchableCombo() override;

    /// Replaces the choices; the value stays.
    void setChoices(const QList<Choice> &choices);
    /// A last entry that cannot be chosen: "Loading…", or that loading failed, with `detail`
    /// (why) as its tooltip. Empty removes it.
    void setStatusText(const QString &text, const QString &detail = {});
    [[nodiscard]] QString statusText() const { return m_statusText; }

    /// The chosen choice's value; invalid for "no value".
    [[nodiscard]] QVariant value() const { return m_value; }
    /// Selects `value` without valueEdited(). `text` names it while no choice holds it.
    void setValue(const QVariant &value, const QString &text = {});

    /// Shows the value, but neither the list nor typing can change it.
    void setReadOnly(bool readOnly);

    void showPopup() override;

Q_SIGNALS:
    /// The person chose another value.
    void valueEdited();
    /// The combo was focused or opened: the moment to load choices that are not there yet.
    void choicesWanted();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    enum class Kind
    {
        Unset,
        Choice,
        Extra,
        Status
    };

    /// Rebuilds the list from m_choices, the value and the status line.
    void rebuild();
    void onActivated(int row);
    void commitTypedText();
    void selectRow(int row);
    /// Shows the current entry's text in the line edit (none for "no value": its placeholder says "—").
    void showCurrentText();
    [[nodiscard]] int rowOf(const QVariant &value) const;
    [[nodiscard]] Kind kindOf(int row) const;

    QStandardItemModel *m_model;
    QList<Choice> m_choices;
    QVariant m_value;
    QString m_valueText;
    QString m_statusText;
    QString m_statusDetail;
    bool m_readOnly = false;
};

} // namespace Concord
