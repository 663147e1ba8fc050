#include "recordeditordialog.h"
#include "ui_recordeditordialog.h"

#include "api/apierror.h"
#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "api/lookupjob.h"
#include "api/lookupservice.h"
#include "forms/fieldeditorfactory.h"
#include "logging.h"
#include "messagebanner.h"
#include "offline/changequeue.h"
#include "offline/recordchange.h"
#include "recordform.h"
#include "schema/fieldtype.h"
#include "schema/fieldvalidator.h"

#include <algorithm>

#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace Concord {

RecordEditorDialog::RecordEditorDialog(ApiClient *client, ChangeQueue *queue, const QString &resource,
                                       qint64 recordId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordEditorDialog>())
    , m_client(client)
    , m_queue(queue)
    , m_resource(resource)
    , m_recordId(recordId)
    , m_factory(std::make_unique<FieldEditorFactory>(client))
    , m_form(new RecordForm(m_factory.get()))
{
    m_ui->setupUi(this);
    m_ui->formScroll->setWidget(m_form);
    m_ui->messageLabel->hide();
    m_ui->deleteButton->setVisible(recordId != 0);
    m_ui->retryButton->hide();
    updateTitle();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecordEditorDialog::save);
    // Enter belongs to multi-line fields; Ctrl+S saves from anywhere in the form.
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RecordEditorDialog::deleteRecord);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RecordEditorDialog::load);
    connect(m_queue, &ChangeQueue::changeApplied, this, &RecordEditorDialog::onApplied);
    connect(m_queue, &ChangeQueue::changeRejected, this, &RecordEditorDialog::onRejected);
    connect(m_queue, &ChangeQueue::changeDelayed, this, &RecordEditorDialog::onDelayed);

    load();
}

RecordEditorDialog::~RecordEditorDialog()
{
    if (m_schemaJob)
        m_schemaJob->abort();
}

void RecordEditorDialog::setTypeName(const QString &singular)
{
    m_typeName = singular;
    updateTitle();
}

void RecordEditorDialog::updateTitle()
{
    const QString type = m_typeName.isEmpty() ? m_resource : m_typeName;
    setWindowTitle(isCreating() ? tr("New %1").arg(type) : tr("Edit %1").arg(type));
}

void RecordEditorDialog::load()
{
    m_ui->retryButton->hide();
    m_ui->loadingLabel->setText(tr("Loading the form…"));
    m_ui->stack->setCurrentWidget(m_ui->loadingPage);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    const FieldService fields(m_client);
    m_schemaJob = isCreating() ? fields.createFields(m_resource) : fields.updateFields(m_resource, m_recordId);
    connect(m_schemaJob, &ServiceJob::finished, this, &RecordEditorDialog::onSchemaLoaded);
}

void RecordEditorDialog::onSchemaLoaded()
{
    if (!m_schemaJob->isOk()) {
        m_ui->loadingLabel->setText(tr("The form could not be loaded: %1").arg(m_schemaJob->error().userMessage()));
        m_ui->retryButton->show();
        return;
    }
    const FieldSchema schema = m_schemaJob->schema();
    m_form->setSchema(schema, isCreating(), m_initialValues);
    const QList<FieldDefinition> &fields = schema.fields();
    const bool hasTimezone = std::any_of(fields.cbegin(), fields.cend(), [](const FieldDefinition &field) {
        return fieldTypeOf(field) == FieldType::Timezone;
    });
    if (hasTimezone && m_timezones.isEmpty()) {
        // The server's list, for the local check of Timezone fields (without it the server still
        // checks); only asked for when the form has one.
        LookupJob *zones = LookupService(m_client).timezones();
        connect(zones, &LookupJob::finished, this, [this, zones] {
            for (const LookupItem &zone : zones->items())
                m_timezones << zone.name;
        });
    }
    m_ui->stack->setCurrentWidget(m_ui->formScroll);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    m_form->focusFirstField();
}

void RecordEditorDialog::save()
{
    if (m_pendingSequence != 0 || m_ui->stack->currentWidget() != m_ui->formScroll)
        return;
    QJsonObject changes = m_form->changedFields();
    if (!isCreating() && changes.isEmpty()) {
        accept(); // nothing to send
        return;
    }
    const auto local = FieldValidator::validate(m_form->schema(), changes, isCreating(), m_timezones);
    if (!local.isEmpty()) {
        const QStringList unplaced = m_form->showErrors(local);
        showMessage(unplaced.isEmpty() ? tr("Please correct the marked fields.") : unplaced.join(QLatin1Char('\n')), true);
        m_form->focusFirstError();
        return;
    }
    for (auto it = m_fixedFields.constBegin(); it != m_fixedFields.constEnd(); ++it)
        changes.insert(it.key(), it.value());
    RecordChange change;
    change.kind = isCreating() ? RecordChange::Kind::Create : RecordChange::Kind::Update;
    change.resource = m_resource;
    change.recordId = m_recordId;
    change.fields = changes;
    m_form->clearErrors();
    m_pendingSequence = m_queue->enqueue(change);
    setBusy(true);
    showMessage(tr("Saving…"), false);
}

void RecordEditorDialog::deleteRecord()
{
    if (isCreating() || m_pendingSequence != 0)
        return;
    if (QMessageBox::question(this, tr("Delete Record"),
                              tr("Delete this record? It moves to the trash on the server."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    RecordChange change;
    change.kind = RecordChange::Kind::Delete;
    change.resource = m_resource;
    change.recordId = m_recordId;
    m_pendingSequence = m_queue->enqueue(change);
    setBusy(true);
    showMessage(tr("Deleting…"), false);
}

void RecordEditorDialog::onApplied(const RecordChange &change, const QJsonObject &record)
{
    if (change.sequence != m_pendingSequence)
        return;
    m_pendingSequence = 0;
    if (change.kind == RecordChange::Kind::Delete)
        Q_EMIT recordDeleted(m_resource, m_recordId);
    else
        Q_EMIT recordSaved(m_resource, record);
    QDialog::accept();
}

void RecordEditorDialog::onRejected(const RecordChange &change, const ApiError &error)
{
    if (change.sequence != m_pendingSequence)
        return;
    m_pendingSequence = 0;
    setBusy(false);
    if (error.kind() == ApiError::Kind::Validation) {
        const QStringList unplaced = m_form->showErrors(error.fieldErrors());
        showMessage(unplaced.isEmpty() ? tr("The server did not accept the marked fields.") : unplaced.join(QLatin1Char('\n')),
                    true);
        m_form->focusFirstError();
        return;
    }
    showMessage(error.userMessage(), true);
}

void RecordEditorDialog::onDelayed(const RecordChange &change, const ApiError &error)
{
    if (change.sequence != m_pendingSequence)
        return;
    // The queue keeps the change and sends it again by itself; the window may close meanwhile.
    showMessage(tr("Not saved yet: %1 The change is kept and sent again automatically; you may close this window.")
                    .arg(error.userMessage()),
                false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_closeWhenDone = true;
}

void RecordEditorDialog::reject()
{
    if (m_closeWhenDone || m_pendingSequence != 0) {
        QDialog::reject(); // the change stays queued
        return;
    }
    if (m_ui->stack->currentWidget() == m_ui->formScroll && m_form->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                                  tr("This record has changes that are not saved. Save them?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
    }
    QDialog::reject();
}

void RecordEditorDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, error ? MessageBanner::errorColor() : this->palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void RecordEditorDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->deleteButton->setEnabled(!busy);
}

} // namespace Concord
