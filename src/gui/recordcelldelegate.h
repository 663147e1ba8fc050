#pragma once

#include "forms/fieldeditordelegate.h"

namespace Concord {

class ApiClient;

/// The cells of a record table (a RecordListModel): a cell the model marks editable is edited
/// inline with the same field editors as the record form, and a cell whose edit is still on its
/// way to the server (RecordListModel::PendingRole) shows in italics until the server answers.
class RecordCellDelegate : public FieldEditorDelegate
{
    Q_OBJECT
public:
    /// `client` loads the options editors do not find inline (users, timezones, tags, ...).
    explicit RecordCellDelegate(ApiClient *client, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Concord
