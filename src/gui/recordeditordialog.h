#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace Concord {

class ApiClient;
class ApiError;
class ChangeQueue;
class FieldEditorFactory;
class FieldSchemaJob;
class RecordForm;
struct RecordChange;

namespace Ui {
class RecordEditorDialog;
}

/// Creates or edits one record with a form built from the server's field metadata. Saving
/// checks the form locally first (the same field-keyed errors a 422 gives), then hands only the
/// changed fields to the account's ChangeQueue — never to the network directly — and waits for
/// the queue's verdict: applied closes the dialog, a 422 puts each message under its field and
/// focuses the first, and nothing the person typed is lost. Closing with unsaved changes asks
/// first; Delete asks first.
class RecordEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// `recordId` 0 creates a record of `resource`. Loading starts at once.
    RecordEditorDialog(ApiClient *client, ChangeQueue *queue, const QString &resource, qint64 recordId,
                       QWidget *parent = nullptr);
    ~RecordEditorDialog() override;

    /// Keys sent with every write but not shown, e.g. a note's `via_resource`/`via_resource_id`.
    void setFixedFields(const QJsonObject &fields) { m_fixedFields = fields; }
    /// Values a new record starts with (an activity created from a contact: `contacts: [12]`).
    void setInitialValues(const QJsonObject &values) { m_initialValues = values; }
    /// The record type as the title names it ("Contact"); the resource name until set.
    void setTypeName(const QString &singular);
    [[nodiscard]] RecordForm *form() const { return m_form; }
    [[nodiscard]] bool isCreating() const { return m_recordId == 0; }

    /// Save, as the Save button does.
    void save();
    /// Delete (after confirmation), as the Delete button does.
    void deleteRecord();
    void reject() override;

Q_SIGNALS:
    /// The server stored the record (`record` is its full answer).
    void recordSaved(const QString &resource, const QJsonObject &record);
    void recordDeleted(const QString &resource, qint64 id);

private:
    void load();
    void onSchemaLoaded();
    void onApplied(const RecordChange &change, const QJsonObject &record);
    void onRejected(const RecordChange &change, const ApiError &error);
    void onDelayed(const RecordChange &change, const ApiError &error);
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void updateTitle();

    std::unique_ptr<Ui::RecordEditorDialog> m_ui;
    ApiClient *m_client;
    ChangeQueue *m_queue;
    QString m_resource;
    QString m_typeName;
    qint64 m_recordId;
    std::unique_ptr<FieldEditorFactory> m_factory;
    RecordForm *m_form;
    QPointer<FieldSchemaJob> m_schemaJob;
    QStringList m_timezones;
    QJsonObject m_fixedFields;
    QJsonObject m_initialValues;
    qint64 m_pendingSequence = 0; ///< the change this dialog waits for; 0: none
    bool m_closeWhenDone = false;
};

} // namespace Concord
