#include "recordlistmodel.h"

#include "api/apierror.h"
#include "api/fieldschemajob.h"
#include "api/fieldservice.h"
#include "api/pagemeta.h"
#include "api/recordpagejob.h"
#include "api/recordservice.h"
#include "logging.h"
#include "offline/changequeue.h"
#include "offline/recordchange.h"
#include "schema/fieldcodec.h"
#include "schema/fieldtype.h"
#include "schema/fieldvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <algorithm>

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

/// An option's label: 1.5 servers say `name`, 1.2 servers `label` (§8.4).
QString optionLabel(const QJsonObject &option)
{
    const QJsonValue name = option.value(QLatin1String("name"));
    return name.isString() ? name.toString() : option.value(QLatin1String("label")).toString();
}

/// Tags or option objects (one object, as an activity's type, is one chip) as the cell keeps
/// them: only id, label and colour.
QVariantList chipsOf(const QJsonValue &value)
{
    QVariantList chips;
    const QJsonArray items = value.isObject() ? QJsonArray{value} : value.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        chips.append(QVariantMap{{QStringLiteral("id"), object.value(QLatin1String("id")).toVariant()},
                                 {QStringLiteral("name"), optionLabel(object)},
                                 {QStringLiteral("color"), object.value(QLatin1String("swatch_color")).toString()}});
    }
    return chips;
}

/// The value of `column` as a row keeps it, from what a record holds for it. toVariant() copies
/// the value out: a QJsonValue would keep the whole record alive.
QVariant cellValue(const RecordListModel::Column &column, const QJsonValue &json)
{
    // The whole array, not its first item, and only what the chips need.
    if (column.format == RecordListModel::Format::Tags)
        return QVariant(chipsOf(json)); // one value: a bare QVariantList would be taken apart
    return json.toVariant();
}

/// What the server will read back for `wire`, as written for `field` (§8.3: several types are
/// read in another form than written), so an edit shows as its answer will.
QJsonValue readBack(const FieldDefinition &field, const QJsonValue &wire)
{
    const FieldType type = fieldTypeOf(field);
    if (type == FieldType::DateTime) {
        const QDateTime stamp = FieldCodec::fromWire(field, wire).toDateTime();
        return stamp.isValid() ? QJsonValue(stamp.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    }
    if (type != FieldType::Checkbox && type != FieldType::MultiSelect && type != FieldType::Tags)
        return wire;
    // Option ids (tags: names) come back as the option objects, with their colours.
    const QList<FieldDefinition::Option> options = field.options();
    QJsonArray objects;
    const QJsonArray items = wire.toArray();
    for (const QJsonValue &item : items) {
        QJsonObject object{{QStringLiteral("id"), item}, {QStringLiteral("name"), item.toVariant().toString()}};
        for (const FieldDefinition::Option &option : options) {
            const bool same = type == FieldType::Tags ? option.label == item.toString()
                                                      : option.id.toVariant() == item.toVariant();
            if (same) {
                object = {{QStringLiteral("id"), option.id},
                          {QStringLiteral("name"), option.label},
                          {QStringLiteral("swatch_color"), option.swatchColor}};
                break;
            }
        }
        objects.append(object);
    }
    return objects;
}

/// Why a write of `attribute` was refused, in the server's words where it gave any for it.
QString reasonOf(const ApiError &error, const QString &attribute)
{
    const QStringList messages = error.fieldErrors().value(attribute);
    return messages.isEmpty() ? error.userMessage() : messages.join(QLatin1Char(' '));
}

/// Says what was typed and why it did not stick: the cell shows the old value again, so the
/// message is all that is left of the edit.
QString notSavedMessage(const QString &label, const QString &shown, const QString &reason)
{
    return shown.isEmpty() ? RecordListModel::tr("%1 was not changed: %2").arg(label, reason)
                           : RecordListModel::tr("%1 was not changed to “%2”: %3").arg(label, shown, reason);
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
    if (m_schemaJob)
        m_schemaJob->abort();
}

void RecordListModel::setChangeQueue(ChangeQueue *queue)
{
    if (m_changeQueue)
        m_changeQueue->disconnect(this);
    m_changeQueue = queue;
    if (queue) {
        connect(queue, &ChangeQueue::changeApplied, this, &RecordListModel::onChangeApplied);
        connect(queue, &ChangeQueue::changeRejected, this, &RecordListModel::onChangeRejected);
    }
    // Cells become editable or stop being so: views ask flags() again.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {});
}

void RecordListModel::setResource(const QString &resource, const QVector<Column> &columns)
{
    if (m_schemaJob)
        m_schemaJob->abort();
    m_schemaJob.clear();
    m_resource = resource;
    m_params = {};
    m_sortColumn = -1;
    m_confirmed.clear();
    // The schema comes before the first page: rows keep only their columns' values, so columns
    // added after the rows would mean loading them all again.
    m_schema = m_schemas.value(resource);
    m_columns = columns;
    const bool schemaNeeded = m_loadsSchema && !resource.isEmpty() && !m_schemas.contains(resource);
    if (schemaNeeded) {
        m_schemaJob = FieldService(m_client).createFields(resource);
        connect(m_schemaJob, &ServiceJob::finished, this, &RecordListModel::onSchemaFinished);
    } else {
        m_columns += schemaColumns();
    }
    mapColumnsToFields();
    restart();
    Q_EMIT columnsChanged();
}

void RecordListModel::onSchemaFinished()
{
    FieldSchemaJob *job = m_schemaJob;
    m_schemaJob.clear();
    if (job->isOk()) {
        m_schemas.insert(m_resource, job->schema());
        m_schema = job->schema();
    } else {
        // The list matters more than its custom columns: it goes on read-only, and the next
        // setResource() asks again.
        qCWarning(lcApi) << "no field metadata for" << m_resource << "-" << job->error().userMessage();
    }
    const QVector<Column> added = schemaColumns();
    if (!added.isEmpty()) {
        // No rows yet (the first page waits for this), so the columns are simply inserted.
        beginInsertColumns({}, columnCount(), columnCount() + int(added.size()) - 1);
        m_columns += added;
        mapColumnsToFields();
        endInsertColumns();
    } else {
        mapColumnsToFields();
    }
    Q_EMIT columnsChanged();
    setState(State::Idle);
    fetchMore({});
}

QVector<RecordListModel::Column> RecordListModel::schemaColumns() const
{
    QVector<Column> added;
    const QList<FieldDefinition> custom = m_schema.customFields();
    for (const FieldDefinition &field : custom) {
        const bool shown = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                       [&field](const Column &column) { return column.attribute == field.attribute(); });
        if (!shown)
            added.append(columnFor(field));
    }
    return added;
}

RecordListModel::Column RecordListModel::columnFor(const FieldDefinition &field)
{
    Column column{field.attribute(), field.label()};
    column.field = field.attribute();
    column.custom = true;
    switch (fieldTypeOf(field)) {
    case FieldType::Boolean:
        column.format = Format::Check;
        break;
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
        column.format = Format::Tags;
        break;
    case FieldType::ColorSwatch:
        column.format = Format::Color;
        break;
    case FieldType::Date:
        column.format = Format::Date;
        break;
    case FieldType::DateTime:
        column.format = Format::DateTime;
        break;
    case FieldType::Number:
    case FieldType::Numeric:
        column.format = Format::Decimal;
        break;
    default:
        // Select and Radio show their option labels, which mapColumnsToFields() fills in.
        column.format = Format::Text;
        break;
    }
    return column;
}

void RecordListModel::mapColumnsToFields()
{
    m_columnFields.fill(nullptr, m_columns.size());
    for (int index = 0; index < m_columns.size(); ++index) {
        Column &column = m_columns[index];
        const FieldDefinition *field = column.field.isEmpty() ? nullptr : m_schema.field(column.field);
        if (!field || field->isReadonly())
            continue;
        const FieldType type = fieldTypeOf(*field);
        const bool singleChoice = hasOptions(type) && !isListType(type);
        // A column that shows another attribute than it writes (the owner's name for user_id)
        // can only show the label of an id it holds when the labels are at hand.
        if (column.field != column.attribute && (!singleChoice || field->options().isEmpty()))
            continue;
        if (singleChoice && column.valueLabels.isEmpty()) {
            const QList<FieldDefinition::Option> options = field->options();
            for (const FieldDefinition::Option &option : options)
                column.valueLabels.insert(option.id.toVariant().toString(), option.label);
        }
        m_columnFields[index] = field;
    }
}

std::optional<FieldDefinition> RecordListModel::editField(int column) const
{
    const FieldDefinition *field = m_columnFields.value(column);
    if (!field)
        return std::nullopt;
    return *field;
}

void RecordListModel::restart()
{
    if (m_loadingAll)
        stopLoadAll(false);
    // Aborted, its answer never arrives: a slow reply to an older search cannot replace a newer one.
    cancelPendingPage();
    // Waiting for the field metadata is loading too; the first page follows it.
    setState(m_schemaJob ? State::Loading : State::Idle);
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
    if (m_pendingJob) {
        cancelPendingPage();
        setState(State::Idle);
    }
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
    // value(): between setResource() setting the columns and the reset, rows are the old ones.
    const QVariant value = row.values.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        // A multi-line text (a Textarea field) shows its first line; the tooltip has it all.
        const QString text = displayText(value, column);
        const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
        return firstLine.size() < text.size() ? firstLine + QStringLiteral(" …") : text;
    }
    case Qt::ToolTipRole: {
        const QString text = displayText(value, column);
        return data(index, PendingRole).toBool() ? tr("%1\n(not saved yet)").arg(text) : text;
    }
    case Qt::EditRole:
        return editValue(index);
    case Qt::TextAlignmentRole:
        return column.format == Format::Number || column.format == Format::Decimal
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::CheckStateRole:
        if (column.format != Format::Check)
            return {};
        return value.toBool() ? Qt::Checked : Qt::Unchecked;
    case TagsRole:
        if (column.format == Format::Color && !value.toString().isEmpty())
            return QVariantList{QVariantMap{{QStringLiteral("name"), value.toString()}, {QStringLiteral("color"), value.toString()}}};
        return column.format == Format::Tags ? value : QVariant();
    case PendingRole:
        return m_columnFields.at(index.column()) && isPending(row.id, m_columnFields.at(index.column())->attribute());
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordListModel::editValue(const QModelIndex &index) const
{
    const FieldDefinition *field = m_columnFields.at(index.column());
    if (!field)
        return {};
    // The cell holds the value as the record reads (chips keep `id` and `name`, which is what
    // fromWire() looks for in option and tag objects).
    return FieldCodec::fromWire(*field, QJsonValue::fromVariant(m_records.at(index.row()).values.value(index.column())));
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    flags |= Qt::ItemNeverHasChildren;
    if (m_changeQueue && m_columnFields.at(index.column()) && m_records.at(index.row()).canUpdate)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const FieldDefinition &field = *m_columnFields.at(index.column());
    const Column &column = m_columns.at(index.column());
    const QVariant before = editValue(index);
    if (FieldCodec::sameValue(field, before, value))
        return true;
    const QJsonValue wire = FieldCodec::toWire(field, value);
    const QString shown = displayText(cellValue(column, readBack(field, wire)), column);
    const QHash<QString, QStringList> problems
        = FieldValidator::validate(m_schema, {{field.attribute(), wire}}, false);
    if (!problems.isEmpty()) {
        Q_EMIT editFailed(notSavedMessage(field.label(), shown, problems.value(field.attribute()).join(QLatin1Char(' '))));
        return false;
    }
    Row &row = m_records[index.row()];
    RecordChange change;
    change.kind = RecordChange::Kind::Update;
    change.resource = m_resource;
    change.recordId = row.id;
    change.fields = {{field.attribute(), wire}};
    change.base = {{field.attribute(), FieldCodec::toWire(field, before)}};
    const qint64 sequence = m_changeQueue->enqueue(change);
    m_edits.insert(sequence, {m_resource, row.id, field.attribute(), field.label(), shown, wire});
    // Every column of that field shows the new value, until the server's record replaces it.
    for (int other = 0; other < m_columns.size(); ++other) {
        if (m_columnFields.at(other) != &field)
            continue;
        // The first edit of the cell still on its way holds what the server has; later ones keep it.
        if (!m_confirmed.contains({row.id, other}))
            m_confirmed.insert({row.id, other}, row.values.at(other));
        row.values[other] = cellValue(m_columns.at(other), readBack(field, wire));
        Q_EMIT dataChanged(this->index(index.row(), other), this->index(index.row(), other));
    }
    return true;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
        return {};
    }
    const Column &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case AttributeRole:
        return column.attribute;
    case Qt::TextAlignmentRole:
        return column.format == Format::Number || column.format == Format::Decimal
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("recordId"));
    names.insert(PendingRole, QByteArrayLiteral("pending"));
    return names;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page or the metadata is in flight nor after a failure: views call fetchMore()
    // in a loop otherwise.
    return !parent.isValid() && !m_resource.isEmpty() && m_state == State::Idle && !m_schemaJob
        && m_nextPage <= m_lastPage;
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
    // A list item without `authorizations` is taken as editable; the server still decides.
    const QJsonValue mayUpdate = record.value(QLatin1String("authorizations")).toObject().value(QLatin1String("update"));
    row.canUpdate = !mayUpdate.isBool() || mayUpdate.toBool();
    row.values.reserve(m_columns.size());
    for (int index = 0; index < m_columns.size(); ++index) {
        const Column &column = m_columns.at(index);
        const FieldDefinition *field = m_columnFields.at(index);
        // An editable column holds its field's value (the owner's id, not the name); chips come
        // from a top-level array; anything else may be a path.
        const QJsonValue json = field ? record.value(field->attribute())
            : column.format == Format::Tags ? record.value(column.attribute)
                                           : valueAtPath(record, column.attribute);
        row.values.append(cellValue(column, json));
    }
    return row;
}

void RecordListModel::showPendingEdits(Row &row)
{
    if (m_edits.isEmpty())
        return;
    for (int index = 0; index < m_columns.size(); ++index) {
        const FieldDefinition *field = m_columnFields.at(index);
        const PendingEdit *edit = field ? latestEdit(row.id, field->attribute()) : nullptr;
        if (!edit) {
            m_confirmed.remove({row.id, index});
            continue;
        }
        m_confirmed.insert({row.id, index}, row.values.at(index));
        row.values[index] = cellValue(m_columns.at(index), readBack(*field, edit->value));
    }
}

const RecordListModel::PendingEdit *RecordListModel::latestEdit(qint64 recordId, const QString &attribute) const
{
    const PendingEdit *latest = nullptr;
    for (const PendingEdit &edit : m_edits) {
        if (edit.recordId == recordId && edit.attribute == attribute && edit.resource == m_resource)
            latest = &edit; // in sequence order, so the last match is the latest
    }
    return latest;
}

bool RecordListModel::isPending(qint64 recordId, const QString &attribute) const
{
    return latestEdit(recordId, attribute) != nullptr;
}

void RecordListModel::appendRecords(const QList<QJsonObject> &records)
{
    QVector<Row> fresh;
    fresh.reserve(records.size());
    for (const QJsonObject &record : records) {
        Row row = rowFrom(record);
        showPendingEdits(row);
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
    showPendingEdits(row);
    const auto existing = m_rowById.constFind(row.id);
    if (existing == m_rowById.cend())
        return;
    m_records[*existing] = std::move(row);
    Q_EMIT dataChanged(index(*existing, 0), index(*existing, columnCount() - 1));
}

void RecordListModel::onChangeApplied(const RecordChange &change, const QJsonObject &record)
{
    m_edits.remove(change.sequence);
    if (change.resource != m_resource)
        return;
    switch (change.kind) {
    case RecordChange::Kind::Update:
        // Whoever made it (an inline edit, the record editor): the server's record is the truth.
        updateRecord(record);
        break;
    case RecordChange::Kind::Delete:
        removeRecord(change.recordId);
        break;
    case RecordChange::Kind::Create:
        // Where a new record belongs depends on the server's sort and search.
        reload();
        break;
    }
}

void RecordListModel::onChangeRejected(const RecordChange &change, const ApiError &error)
{
    const auto found = m_edits.constFind(change.sequence);
    if (found == m_edits.cend())
        return; // not an inline edit: its author reports it
    const PendingEdit edit = *found;
    m_edits.erase(found);
    const auto existing = m_rowById.constFind(edit.recordId);
    if (edit.resource == m_resource && existing != m_rowById.cend()) {
        Row &row = m_records[*existing];
        for (int index = 0; index < m_columns.size(); ++index) {
            const FieldDefinition *field = m_columnFields.at(index);
            if (!field || field->attribute() != edit.attribute)
                continue;
            // A later edit of the cell still on its way stays shown; else what the server has.
            if (const PendingEdit *later = latestEdit(edit.recordId, edit.attribute))
                row.values[index] = cellValue(m_columns.at(index), readBack(*field, later->value));
            else
                row.values[index] = m_confirmed.take({edit.recordId, index});
            Q_EMIT dataChanged(this->index(*existing, index), this->index(*existing, index));
        }
    }
    Q_EMIT editFailed(notSavedMessage(edit.label, edit.shown, reasonOf(error, edit.attribute)));
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
    case Format::Decimal: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && !value.isNull() ? locale.toString(number, 'f', QLocale::FloatingPointShortest) : QString();
    }
    case Format::Check:
        return {}; // the check mark says it all
    case Format::Color:
        return text;
    case Format::Tags: {
        QStringList names;
        for (const QVariant &tag : value.toList())
            names << tag.toMap().value(QStringLiteral("name")).toString();
        return names.join(QStringLiteral(", "));
    }
    case Format::Text:
        break;
    }
    // Before numbers: an option id is a number.
    const auto label = column.valueLabels.constFind(text);
    if (label != column.valueLabels.cend())
        return *label;
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? tr("Yes") : tr("No");
    }
    if (value.typeId() == QMetaType::Double) {
        return locale.toString(value.toDouble());
    }
    return text;
}

} // namespace Concord
