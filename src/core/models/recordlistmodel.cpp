#include "recordlistmodel.h"

#include "api/apierror.h"
#include "api/pagemeta.h"
#include "api/recordpagejob.h"
#include "api/recordservice.h"
#include "logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace Concord {

namespace {

QJsonValue firstIfArray(const QJsonValue &value)
{
    if (!value.isArray()) {
        return value;
    }
    const QJsonArray array = value.toArray();
    return array.isEmpty() ? QJsonValue() : array.at(0);
}

QJsonValue valueAtPath(const QJsonObject &record, const QString &path)
{
    QJsonValue value = record;
    for (const QStringView key : QStringView(path).split(QLatin1Char('.'))) {
        value = firstIfArray(value).toObject().value(key);
    }
    return firstIfArray(value);
}

} // namespace

RecordListModel::RecordListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

RecordListModel::~RecordListModel()
{
    cancelPendingPage();
}

void RecordListModel::setResource(const QString &resource, const QVector<Column> &columns)
{
    m_resource = resource;
    m_columns = columns;
    m_params = {};
    m_sortColumn = -1;
    restart();
}

void RecordListModel::restart()
{
    if (m_loadingAll)
        stopLoadAll(false);
    // Aborted, its answer never arrives: a slow reply to an older search cannot replace a newer one.
    cancelPendingPage();
    setState(State::Idle);
    if (m_totalCount != -1) {
        m_totalCount = -1;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    beginResetModel();
    m_records.clear();
    m_rowById.clear();
    m_nextPage = 1;
    m_lastPage = 1;
    endResetModel();
    // Through fetchMore(): a view reacting to the reset may already have asked for the first page.
    fetchMore({});
}

void RecordListModel::loadAll()
{
    if (m_loadingAll || m_resource.isEmpty())
        return;
    m_loadingAll = true;
    continueLoadAll();
}

void RecordListModel::cancelLoadAll()
{
    if (!m_loadingAll)
        return;
    // The page in flight is dropped: the rows loaded so far stay, and that page can be asked
    // for again later, since only pages that arrived move m_nextPage on.
    cancelPendingPage();
    setState(State::Idle);
    stopLoadAll(false);
}

void RecordListModel::continueLoadAll()
{
    if (!m_loadingAll)
        return;
    if (m_state == State::Error) {
        stopLoadAll(false);
        return;
    }
    if (m_nextPage > m_lastPage && m_state == State::Idle && m_totalCount >= 0) {
        stopLoadAll(true);
        return;
    }
    Q_EMIT loadAllProgress(int(m_records.size()), m_totalCount);
    fetchMore({});
}

void RecordListModel::stopLoadAll(bool complete)
{
    m_loadingAll = false;
    Q_EMIT loadAllProgress(int(m_records.size()), m_totalCount);
    Q_EMIT loadAllFinished(complete);
}

void RecordListModel::setSearchText(const QString &text)
{
    const QString q = text.trimmed();
    if (q == m_params.q)
        return;
    m_params.q = q;
    restart();
}

void RecordListModel::setFilters(const QList<FilterRule> &filters)
{
    if (filters == m_params.filters)
        return;
    m_params.filters = filters;
    restart();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    const bool sortable = column >= 0 && column < m_columns.size() && !m_columns.at(column).sortField.isEmpty();
    const QString field = sortable ? m_columns.at(column).sortField : QString();
    const bool descending = sortable && order == Qt::DescendingOrder;
    if (field == m_params.orderField && descending == m_params.orderDescending)
        return;
    m_sortColumn = sortable ? column : -1;
    m_params.orderField = field;
    m_params.orderDescending = descending;
    restart();
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).id : 0;
}

void RecordListModel::reload()
{
    restart();
}

void RecordListModel::retry()
{
    if (m_state != State::Error) {
        return;
    }
    setState(State::Idle);
    fetchMore({});
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_records.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(row.values.value(index.column()), column);
    case Qt::TextAlignmentRole:
        return column.format == Format::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::CheckStateRole:
        if (column.format != Format::Check)
            return {};
        return row.values.value(index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
    case TagsRole:
        return column.format == Format::Tags ? row.values.value(index.column()) : QVariant();
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_columns.at(section).title;
    }
    if (role == Qt::TextAlignmentRole && m_columns.at(section).format == Format::Number) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("recordId"));
    return names;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is in flight nor after a failure: views call fetchMore() in a loop otherwise.
    return !parent.isValid() && !m_resource.isEmpty() && m_state == State::Idle && m_nextPage <= m_lastPage;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        requestPage(m_nextPage);
    }
}

void RecordListModel::requestPage(int page)
{
    Q_ASSERT(!m_pendingJob); // one page in flight at a time
    RecordPageJob *job = RecordService(m_client, m_resource).listPage(m_params, page);
    m_pendingJob = job;
    connect(job, &ServiceJob::finished, this, [this, job, page] { onPageFinished(job, page); });
    setState(State::Loading);
}

void RecordListModel::onPageFinished(RecordPageJob *job, int page)
{
    m_pendingJob.clear();
    if (!job->isOk()) {
        setState(State::Error, job->error().userMessage());
        continueLoadAll();
        return;
    }
    const PageMeta meta = job->meta();
    // The page we asked for, not meta.current_page, decides what comes next: a server that
    // echoed another page must not make us fetch one twice or loop. Page numbers count in the
    // server's page size, whatever per_page we asked for (§4), so last_page stays right too.
    m_nextPage = page + 1;
    m_lastPage = qMax(1, meta.lastPage);
    appendRecords(job->records());
    if (meta.total != m_totalCount) {
        m_totalCount = meta.total;
        Q_EMIT totalCountChanged(m_totalCount);
    }
    qCDebug(lcApi) << "loaded page" << page << "of" << m_lastPage << "for" << m_resource << "rows" << m_records.size();
    setState(State::Idle);
    Q_EMIT pageLoaded(page);
    if (m_loadingAll) {
        // The next page after the event loop has turned, so the view repaints and input is
        // handled between pages.
        QTimer::singleShot(0, this, &RecordListModel::continueLoadAll);
    }
}

RecordListModel::Row RecordListModel::rowFrom(const QJsonObject &record) const
{
    Row row;
    row.id = record.value(QLatin1String("id")).toInteger();
    row.values.reserve(m_columns.size());
    // toVariant() copies the value out: a QJsonValue would keep the whole record alive.
    for (const Column &column : m_columns) {
        if (column.format == Format::Tags) {
            // The whole array, not its first item: only name and colour are kept.
            QVariantList tags;
            // A single option object (an activity's type) is shown as one chip.
            const QJsonValue value = record.value(column.attribute);
            const QJsonArray items = value.isObject() ? QJsonArray{value} : value.toArray();
            for (const QJsonValue &tag : items) {
                const QJsonObject object = tag.toObject();
                tags.append(QVariantMap{{QStringLiteral("name"), object.value(QLatin1String("name")).toString()},
                                        {QStringLiteral("color"), object.value(QLatin1String("swatch_color")).toString()}});
            }
            row.values.append(QVariant(tags)); // one value: append(QVariantList) would add each tag
            continue;
        }
        row.values.append(valueAtPath(record, column.attribute).toVariant());
    }
    return row;
}

void RecordListModel::appendRecords(const QList<QJsonObject> &records)
{
    QVector<Row> fresh;
    fresh.reserve(records.size());
    for (const QJsonObject &record : records) {
        Row row = rowFrom(record);
        const auto existing = m_rowById.constFind(row.id);
        if (existing == m_rowById.cend()) {
            m_rowById.insert(row.id, int(m_records.size() + fresh.size()));
            fresh.append(std::move(row));
            continue;
        }
        // Seen on an earlier page (records shifted meanwhile): keep one row, with the newer data.
        m_records[*existing] = std::move(row);
        Q_EMIT dataChanged(index(*existing, 0), index(*existing, columnCount() - 1));
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_records += fresh;
    endInsertRows();
}

void RecordListModel::updateRecord(const QJsonObject &record)
{
    Row row = rowFrom(record);
    const auto existing = m_rowById.constFind(row.id);
    if (existing == m_rowById.cend())
        return;
    m_records[*existing] = std::move(row);
    Q_EMIT dataChanged(index(*existing, 0), index(*existing, columnCount() - 1));
}

void RecordListModel::removeRecord(qint64 id)
{
    const auto existing = m_rowById.constFind(id);
    if (existing == m_rowById.cend())
        return;
    const int row = *existing;
    beginRemoveRows({}, row, row);
    m_records.remove(row);
    m_rowById.remove(id);
    // The rows after it moved up by one.
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (*it > row)
            --*it;
    }
    endRemoveRows();
    if (m_totalCount > 0) {
        --m_totalCount;
        Q_EMIT totalCountChanged(m_totalCount);
    }
}

void RecordListModel::setState(State state, const QString &errorString)
{
    m_errorString = errorString;
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(m_state);
    }
}

void RecordListModel::cancelPendingPage()
{
    if (m_pendingJob) {
        m_pendingJob->abort();
        m_pendingJob.clear();
    }
}

QString RecordListModel::displayText(const QVariant &value, const Column &column) const
{
    const QLocale locale;
    const QString text = value.toString();
    switch (column.format) {
    case Format::DateTime:
        // An all-day activity reads back as a plain date (concord-api.md §6.5).
        if (text.size() > 10) {
            const QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
            return stamp.isValid() ? locale.toString(stamp.toLocalTime(), QLocale::ShortFormat) : text;
        }
        Q_FALLTHROUGH();
    case Format::Date: {
        // The first ten characters are the date; converting midnight UTC to local time would shift it.
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : text;
    }
    case Format::Number: {
        // Amounts may come as numbers or numeric strings (§6.2).
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && !value.isNull() ? locale.toString(number, 'f', 2) : QString();
    }
    case Format::Check:
        return {}; // the check mark says it all
    case Format::Tags: {
        QStringList names;
        for (const QVariant &tag : value.toList())
            names << tag.toMap().value(QStringLiteral("name")).toString();
        return names.join(QStringLiteral(", "));
    }
    case Format::Text:
        break;
    }
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? tr("Yes") : tr("No");
    }
    if (value.typeId() == QMetaType::Double) {
        return locale.toString(value.toDouble());
    }
    return column.valueLabels.value(text, text);
}

} // namespace Concord
