#include "phonerow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Concord {

namespace {

const QString IdKey = QStringLiteral("id");
const QString NumberKey = QStringLiteral("number");
const QString TypeKey = QStringLiteral("type");

} // namespace

PhoneRow::PhoneRow(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_type);
    layout->addWidget(m_remove);

    m_number->setPlaceholderText(tr("Phone number"));
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_type->setAccessibleName(tr("Phone type"));
    m_type->addItem(tr("Mobile"), QStringLiteral("mobile"));
    m_type->addItem(tr("Work"), QStringLiteral("work"));
    m_type->addItem(tr("Other"), QStringLiteral("other"));
    m_remove->setText(QStringLiteral("\u00d7"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this phone"));
    m_remove->setAccessibleName(tr("Remove this phone"));

    connect(m_number, &QLineEdit::textEdited, this, &PhoneRow::edited);
    connect(m_type, qOverload<int>(&QComboBox::activated), this, &PhoneRow::edited);
    connect(m_remove, &QToolButton::clicked, this, &PhoneRow::removeClicked);
}

PhoneRow::~PhoneRow() = default;

QVariantMap PhoneRow::phone() const
{
    QVariantMap phone {{NumberKey, m_number->text().trimmed()}, {TypeKey, m_type->currentData()}};
    if (!m_id.isNull())
        phone.insert(IdKey, m_id);
    return phone;
}

void PhoneRow::setPhone(const QVariantMap &phone)
{
    m_id = phone.value(IdKey);
    m_number->setText(phone.value(NumberKey).toString());
    const QString type = phone.value(TypeKey).toString();
    int index = m_type->findData(type);
    if (index < 0 && !type.isEmpty()) {
        // A type this client does not know is kept as it is, not turned into another.
        m_type->addItem(type, type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(qMax(0, index));
}

void PhoneRow::setReadOnly(bool readOnly)
{
    m_number->setReadOnly(readOnly);
    m_type->setEnabled(!readOnly);
    m_remove->setVisible(!readOnly);
}

} // namespace Concord
