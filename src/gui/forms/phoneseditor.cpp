#include "phoneseditor.h"

#include "phonerow.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Concord {

PhonesEditor::PhonesEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add phone"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_add, &QPushButton::clicked, this, [this] {
        PhoneRow *row = addRow({{QStringLiteral("type"), QStringLiteral("mobile")}});
        row->numberEdit()->setFocus(Qt::OtherFocusReason);
        Q_EMIT valueChanged();
    });
}

PhonesEditor::~PhonesEditor() = default;

QVariant PhonesEditor::value() const
{
    QVariantList phones;
    for (const PhoneRow *row : m_rows)
        phones.append(row->phone());
    return phones;
}

void PhonesEditor::setValue(const QVariant &value)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const QVariantList phones = value.toList();
    for (const QVariant &phone : phones)
        addRow(phone.toMap());
}

void PhonesEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    for (PhoneRow *row : std::as_const(m_rows))
        row->setReadOnly(readOnly);
    m_add->setVisible(!readOnly);
}

QWidget *PhonesEditor::focusTarget()
{
    return m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.constFirst()->numberEdit();
}

PhoneRow *PhonesEditor::addRow(const QVariantMap &phone)
{
    auto *row = new PhoneRow(this);
    row->setPhone(phone);
    row->setReadOnly(isReadOnly());
    connect(row, &PhoneRow::edited, this, &FieldEditor::valueChanged);
    connect(row, &PhoneRow::removeClicked, this, [this, row] { removeRow(row); });
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    // The tab order follows the rows, then "Add phone".
    QWidget::setTabOrder(row->removeButton(), m_add);
    return row;
}

void PhonesEditor::removeRow(PhoneRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    m_rows.removeAt(index);
    // Focus goes to the neighbour, so a keyboard user is not dropped out of the field.
    if (m_rows.isEmpty())
        m_add->setFocus(Qt::OtherFocusReason);
    else
        m_rows.at(qMin(index, m_rows.size() - 1))->numberEdit()->setFocus(Qt::OtherFocusReason);
    row->hide();
    row->deleteLater();
    Q_EMIT valueChanged();
}

} // namespace Concord
