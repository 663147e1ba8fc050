#pragma once

#include "api/listparams.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QVector>

namespace Concord {

class ApiClient;
class RecordPageJob;

/// The records of one resource (`contacts`, `deals`, ...) as a table, paged in lazily: the first
/// page on setResource(), further pages through fetchMore() as the view scrolls. Page URLs are
/// rebuilt from `meta`, never taken from `links` (which drop `per_page`, concord-api.md §5), and
/// rows are unique by id because records can shift between two page requests.
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
        QHash<QString, QString> valueLabels = {};
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        /// Tags columns: a QVariantList of QVariantMap {name, color} for a delegate to paint.
        TagsRole,
    };

    /// The page size asked for: the most the API promises to honour (§4).
    static constexpr int PageSize = 100;

    explicit RecordListModel(ApiClient *client, QObject *parent = nullptr);
    ~RecordListModel() override;

    /// Forgets every row and starts loading the first page of `resource`.
    void setResource(const QString &resource, const QVector<Column> &columns);
    [[nodiscard]] QString resource() const { return m_resource; }
    [[nodiscard]] QVector<Column> columns() const { return m_columns; }

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
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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
    /// A row keeps only what its columns show, taken when its page arrives: a whole contact held
    /// as a QJsonObject costs about 10 kB, its five column values a few hundred bytes.
    struct Row {
        qint64 id = 0;
        QVector<QVariant> values;
    };
    [[nodiscard]] Row rowFrom(const QJsonObject &record) const;
    [[nodiscard]] QString displayText(const QVariant &value, const Column &column) const;

    ApiClient *m_client;
    QPointer<RecordPageJob> m_pendingJob;
    QString m_resource;
    ListParams m_params;
    int m_sortColumn = -1;
    bool m_loadingAll = false;
    QVector<Column> m_columns;
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
