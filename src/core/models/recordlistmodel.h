#pragma once

#include "api/listparams.h"
#include "schema/fieldschema.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QVector>

#include <optional>

namespace Concord {

class ApiClient;
class ApiError;
class ChangeQueue;
class FieldSchemaJob;
class RecordPageJob;
struct RecordChange;

/// The records of one resource (`contacts`, `deals`, ...) as a table, paged in lazily: the first
/// page on setResource(), further pages through fetchMore() as the view scrolls. Page URLs are
/// rebuilt from `meta`, never taken from `links` (which drop `per_page`, concord-api.md §5), and
/// rows are unique by id because records can shift between two page requests.
///
/// With setLoadsFieldSchema() the model also reads the resource's field metadata (create-fields,
/// §8.1) before its first page, once per resource for the model's life: every custom field gets
/// a column, and cells whose column maps to a writable field become editable. An edit goes to the
/// ChangeQueue as an Update of that one attribute (never straight to the network), shows at once
/// as pending (PendingRole), and is replaced by the server's record when applied or put back when
/// refused, with editFailed() saying why. The model follows the queue for every write of its
/// resource: an update replaces the row, a delete removes it, a create reloads the list.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
public:
    enum class State
    {
        Idle,
        Loading,
        Error
    };
    Q_ENUM(State)

    /// How a column turns a JSON value into text.
    enum class Format
    {
        Text, ///< strings as they are, numbers localised, booleans as Yes/No
        DateTime, ///< an ISO UTC timestamp, shown in local time
        Date, ///< a date-only value; never shifted by the time zone (§6.2)
        Number, ///< localised with two decimals, right-aligned
        Check, ///< a boolean, shown as a (read-only) check mark
        Tags, ///< tag or option objects: names as text, and TagsRole for chips in their swatch colours
        Decimal, ///< localised with as many decimals as it has (an integer has none), right-aligned
        Color, ///< a hex colour: the hex as text, and TagsRole for one chip in that colour
    };

    struct Column
    {
        /// A dotted path into the record; arrays on the way yield their first item, so
        /// `phones.number` is the first phone number.
        QString attribute;
        QString title;
        Format format = Format::Text;
        /// The attribute the server sorts this column by (`order=`); empty: not sortable.
        QString sortField = {};
        /// Words for fixed values (a deal's "won" → "Won"), translated by whoever builds the column.
        /// An editable column of a single-choice field gets its option labels here (id → label).
        QHash<QString, QString> valueLabels = {};
        /// The field that edits this column: a top-level attribute of the record and of a write
        /// (`user_id` for the owner's name). Empty: never editable. The column is editable once the
        /// schema has that field and it is not readonly; if `field` is not `attribute`, the field
        /// must be a single choice with its options inline, as the cell then shows the label of
        /// the id it holds.
        QString field = {};
        /// Added for a custom field of the schema (not one of the columns given to setResource()).
        bool custom = false;
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        /// Tags and Color columns: a QVariantList of QVariantMap {name, color} for a delegate to
        /// paint (tags and options also carry their `id`).
        TagsRole,
        /// An edit of this cell is on its way to the server (bool); views show it as such.
        PendingRole,
        /// headerData(): the column's attribute, a key that stays the same while columns come and go.
        AttributeRole,
    };

    /// The page size asked for: the most the API promises to honour (§4).
    static constexpr int PageSize = 100;

    explicit RecordListModel(ApiClient *client, QObject *parent = nullptr);
    ~RecordListModel() override;

    /// Whether setResource() reads the resource's field metadata first (see the class comment).
    /// Takes effect with the next setResource().
    void setLoadsFieldSchema(bool loads) { m_loadsSchema = loads; }
    /// Where edits go; without a queue no cell is editable. Not owned.
    void setChangeQueue(ChangeQueue *queue);

    /// Forgets every row and starts loading the first page of `resource`; when the metadata is to
    /// be read and is not at hand yet, the state is Loading until it has arrived (or failed: the
    /// list then shows `columns` only, read-only) and the first page after it, so the rows are
    /// loaded once and with every column. columnsChanged() tells when the columns are known.
    void setResource(const QString &resource, const QVector<Column> &columns);
    [[nodiscard]] QString resource() const { return m_resource; }
    [[nodiscard]] QVector<Column> columns() const { return m_columns; }
    /// The field metadata of the resource shown; empty when not loaded (or not asked for).
    [[nodiscard]] FieldSchema schema() const { return m_schema; }
    /// The field an edit of `column` writes; nullopt when the column is not editable.
    [[nodiscard]] std::optional<FieldDefinition> editField(int column) const;
    /// The column of a custom field's metadata.
    [[nodiscard]] static Column columnFor(const FieldDefinition &field);

    [[nodiscard]] State state() const { return m_state; }
    /// Why the last page failed; empty unless state() is Error.
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// meta.total of the last page received; -1 before the first page.
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] qint64 idAt(int row) const;

    /// Drops every row and loads the first page again.
    void reload();
    /// Server-side search (`q`); the rows start over. An answer to an older search is dropped.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_params.q; }
    /// Server-side filters (`filters`, §4.3), AND-ed with the search; the rows start over.
    /// setResource() drops them, since rules belong to one resource.
    void setFilters(const QList<FilterRule> &filters);
    [[nodiscard]] QList<FilterRule> filters() const { return m_params.filters; }
    /// Server-side sort (`order=field|desc`) by a column that has a sortField.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Keeps fetching pages in the background until every row is in (or cancelLoadAll()),
    /// one page at a time and with the event loop turning in between.
    void loadAll();
    void cancelLoadAll();
    [[nodiscard]] bool isLoadingAll() const { return m_loadingAll; }
    /// The sorted column, or -1 for the server's default order.
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_params.orderDescending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    /// Asks again for the page that failed.
    void retry();
    /// A record the server sent back after a write: its row shows the new values (a record not
    /// loaded is ignored; a new one appears with the next reload, where the sort puts it).
    void updateRecord(const QJsonObject &record);
    /// A deleted record's row goes.
    void removeRecord(qint64 id);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    /// Qt::EditRole is the edit value of an editable cell (FieldCodec::fromWire(), see FieldType).
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Editable: the column maps to a writable field, a ChangeQueue is set, and the record's
    /// `authorizations` allow an update.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole with an edit value: checked locally (FieldValidator) and queued as an Update
    /// of that attribute alone; true once queued, or when the value is unchanged (nothing sent).
    /// A refused value returns false and emits editFailed().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void stateChanged(Concord::RecordListModel::State state);
    void totalCountChanged(int totalCount);
    /// A page arrived and its rows are in the model.
    void pageLoaded(int page);
    void loadAllProgress(int loaded, int total);
    /// Loading all ended: every row is in (`complete`), or it was cancelled or failed.
    void loadAllFinished(bool complete);
    /// The columns are set: by setResource(), and again when the metadata adds its columns.
    void columnsChanged();
    /// An edit was not saved, refused here or by the server; the cell shows what it showed before.
    /// `message` is translated and names the field, the value and why.
    void editFailed(const QString &message);

private:
    void requestPage(int page);
    void onPageFinished(RecordPageJob *job, int page);
    void appendRecords(const QList<QJsonObject> &records);
    /// Forgets every row, keeping resource, columns, search, filters and sort, and asks for page one.
    void restart();
    void continueLoadAll();
    void stopLoadAll(bool complete);
    void setState(State state, const QString &errorString = {});
    void cancelPendingPage();
    void onSchemaFinished();
    /// The custom-field columns of m_schema not shown yet.
    [[nodiscard]] QVector<Column> schemaColumns() const;
    /// Fills m_columnFields (and option labels) from m_schema.
    void mapColumnsToFields();
    void onChangeApplied(const RecordChange &change, const QJsonObject &record);
    void onChangeRejected(const RecordChange &change, const ApiError &error);
    /// A row keeps only what its columns show, taken when its page arrives: a whole contact held
    /// as a QJsonObject costs about 10 kB, its five column values a few hundred bytes. An editable
    /// column keeps the value as the record reads (its edit value derives from it), not a text.
    struct Row {
        qint64 id = 0;
        bool canUpdate = true; ///< `authorizations.update`
        QVector<QVariant> values;
    };
    [[nodiscard]] Row rowFrom(const QJsonObject &record) const;
    /// Shows the edits still on their way over a row made from the server's record.
    void showPendingEdits(Row &row);
    [[nodiscard]] QString displayText(const QVariant &value, const Column &column) const;
    [[nodiscard]] bool isPending(qint64 recordId, const QString &attribute) const;
    [[nodiscard]] QVariant editValue(const QModelIndex &index) const;

    /// An inline edit the queue has not answered yet.
    struct PendingEdit {
        QString resource;
        qint64 recordId = 0;
        QString attribute;
        QString label; ///< the field's, for the message should it fail
        QString shown; ///< the new value as the cell showed it
        QJsonValue value; ///< as written
    };
    /// The latest edit still pending of that cell, or nullptr.
    [[nodiscard]] const PendingEdit *latestEdit(qint64 recordId, const QString &attribute) const;

    ApiClient *m_client;
    QPointer<RecordPageJob> m_pendingJob;
    QPointer<FieldSchemaJob> m_schemaJob;
    QPointer<ChangeQueue> m_changeQueue;
    QString m_resource;
    ListParams m_params;
    int m_sortColumn = -1;
    bool m_loadingAll = false;
    bool m_loadsSchema = false;
    /// create-fields by resource, read once each.
    QHash<QString, FieldSchema> m_schemas;
    FieldSchema m_schema;
    QVector<Column> m_columns;
    /// Per column, the field of m_schema that edits it (pointing into m_schema, which is never
    /// changed while in use, only replaced with the columns); nullptr: read-only.
    QVector<const FieldDefinition *> m_columnFields;
    /// By ChangeQueue sequence, so in the order they were made.
    QMap<qint64, PendingEdit> m_edits;
    /// What the server last sent for a cell with a pending edit (row id, column): shown again when
    /// the edit is refused.
    QHash<QPair<qint64, int>, QVariant> m_confirmed;
    QVector<Row> m_records;
    QHash<qint64, int> m_rowById;
    State m_state = State::Idle;
    QString m_errorString;
    int m_totalCount = -1;
    /// The next page to ask for; it only grows, so no page is fetched twice.
    int m_nextPage = 1;
    int m_lastPage = 1;
};

} // namespace Concord
