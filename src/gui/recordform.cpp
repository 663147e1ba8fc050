#include "recordform.h"

#include "forms/fieldeditor.h"
#include "forms/fieldeditorfactory.h"
#include "messagebanner.h"
#include "schema/fieldcodec.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Concord {

namespace {

/// The attribute a 422 key belongs to: `phones.0.number` → `phones`.
QString attributeOf(const QString &errorKey)
{
    return errorKey.section(QLatin1Char('.'), 0, 0);
}

} // namespace

RecordForm::RecordForm(const FieldEditorFactory *factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(factory)
    , m_layout(new QFormLayout)
{
    // The fields keep their natural height; spare room goes below them, not into a text box.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

RecordForm::~RecordForm() = default;

void RecordForm::setSchema(const FieldSchema &schema, bool creating, const QJsonObject &initial)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_schema = schema;
    m_creating = creating;
    for (const FieldDefinition &field : schema.fields()) {
        if (creating ? !field.showOnCreation() : !field.showOnUpdate())
            continue;
        const QJsonValue wire = initial.contains(field.attribute()) ? initial.value(field.attribute()) : field.value();
        addRow(field, wire);
    }
    // With every editor in place, a stage is filtered by the pipeline already chosen.
    for (const Row &row : std::as_const(m_rows))
        propagateDependency(row);
}

void RecordForm::addRow(const FieldDefinition &field, const QJsonValue &wire)
{
    Row row;
    row.field = field;
    row.editor = m_factory->create(field, this);
    // From the wire value, so chips show the names the record carries (associations, tags).
    row.editor->setWireValue(wire);
    row.initial = row.editor->value();
    row.editor->setReadOnly(field.isReadonly());
    row.editor->setToolTip(field.helpText());

    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(row.editor);
    if (!field.helpText().isEmpty()) {
        auto *help = new QLabel(field.helpText(), cell);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        cellLayout->addWidget(help);
    }
    row.error = new QLabel(cell);
    row.error->setObjectName(field.attribute() + QStringLiteral("Error"));
    row.error->setWordWrap(true);
    QPalette errorPalette = row.error->palette();
    errorPalette.setColor(QPalette::WindowText, MessageBanner::errorColor());
    row.error->setPalette(errorPalette);
    row.error->hide();
    cellLayout->addWidget(row.error);

    // The required mark is part of the label, so screen readers say it too.
    auto *label = new QLabel(field.isRequired() && !field.isReadonly() ? tr("%1 *").arg(field.label()) : field.label(),
                             this);
    label->setBuddy(row.editor->focusTarget());
    m_layout->addRow(label, cell);

    const int index = int(m_rows.size());
    connect(row.editor, &FieldEditor::valueChanged, this, [this, index] {
        propagateDependency(m_rows.at(index));
        Q_EMIT changed();
    });
    m_rows.append(row);
}

void RecordForm::propagateDependency(const Row &source)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field.dependsOn().contains(source.field.attribute()))
            row.editor->setDependencyValue(source.field.attribute(), source.editor->value());
    }
}

QJsonObject RecordForm::changedFields() const
{
    QJsonObject out;
    for (const Row &row : m_rows) {
        if (row.field.isReadonly())
            continue;
        const QVariant now = row.editor->value();
        const bool changed = m_creating ? FieldCodec::toWire(row.field, now) != FieldCodec::toWire(row.field, QVariant())
                                        : !FieldCodec::sameValue(row.field, row.initial, now);
        if (changed)
            out.insert(row.field.attribute(), FieldCodec::toWire(row.field, now));
    }
    return out;
}

QStringList RecordForm::showErrors(const QHash<QString, QStringList> &errors)
{
    clearErrors();
    QHash<QString, QStringList> byAttribute;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        byAttribute[attributeOf(it.key())] += it.value();
    QStringList unplaced;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                      [&it](const Row &r) { return r.field.attribute() == it.key(); });
        if (row == m_rows.cend()) {
            unplaced += it.value();
            continue;
        }
        row->error->setText(it.value().join(QLatin1Char('\n')));
        row->error->show();
    }
    return unplaced;
}

void RecordForm::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
}

void RecordForm::focusFirstError()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.error->isHidden()) {
            row.editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordForm::focusFirstField()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.field.isReadonly()) {
            row.editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

FieldEditor *RecordForm::editor(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute() == attribute)
            return row.editor;
    }
    return nullptr;
}

} // namespace Concord
