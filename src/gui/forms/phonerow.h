#pragma once

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace Concord {

/// One phone of a PhonesEditor: the number, its type (mobile, work, other; §6.9) and a remove
/// button. Keeps the phone's server `id`, so that a 1.2 server updates it instead of adding a
/// new one.
class PhoneRow : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneRow(QWidget *parent = nullptr);
    ~PhoneRow() override;

    /// {"number", "type", and "id" when the phone has one}.
    [[nodiscard]] QVariantMap phone() const;
    void setPhone(const QVariantMap &phone);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QLineEdit *numberEdit() const { return m_number; }
    [[nodiscard]] QComboBox *typeCombo() const { return m_type; }
    [[nodiscard]] QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited();
    void removeClicked();

private:
    QLineEdit *m_number;
    QComboBox *m_type;
    QToolButton *m_remove;
    QVariant m_id;
};

} // namespace Concord
