#include "listquery.h"

#include "emulatorstate.h"
#include "filterrules.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Concord::Emulator {

namespace {

/// "filters[children][0][query][rule]" → {"filters","children","0","query","rule"}
QStringList bracketPath(const QString &key)
{
    QStringList parts;
    const int open = key.indexOf(QLatin1Char('['));
    parts << (open < 0 ? key : key.left(open));
    static const QRegularExpression segment(QStringLiteral("\\[([^\\]]*)\\]"));
    auto it = segment.globalMatch(key);
    while (it.hasNext())
        parts << it.next().captured(1);
    return parts;
}

void insertPath(QJsonObject &root, const QStringList &path, int index, const QString &value)
{
    if (index == path.size() - 1) {
        root.insert(path.at(index), value);
        return;
    }
    QJsonObject child = root.value(path.at(index)).toObject();
    insertPath(child, path, index + 1, value);
    root.insert(path.at(index), child);
}

/// PHP turns {"0":..,"1":..} into a list; so do we, for children and between values.
QJsonArray asList(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    QJsonArray out;
    const QJsonObject o = value.toObject();
    for (int i = 0; o.contains(QString::number(i)); ++i)
        out.append(o.value(QString::number(i)));
    return out;
}

/// A select value as text: ids arrive as "2" on the wire and are stored as 2.
QString selectKey(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 3);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

} // namespace

ListQuery::ListQuery(const EmulatorState &state, const ResourceInfo &resource, const QList<FieldDef> &fields,
                     const HttpRequest &request)
    : m_state(state)
    , m_resource(resource)
    , m_fields(fields)
{
    m_page = qMax(1, request.queryValue(QStringLiteral("page")).toInt());
    m_requestedPerPage = request.queryValue(QStringLiteral("per_page")).toInt();
    parseSearch(request);
    if (!m_error)
        parseOrder(request);
    if (!m_error)
        parseFilters(request);
}

int ListQuery::perPage(bool ignorePerPage) const
{
    if (ignorePerPage || m_requestedPerPage <= 0)
        return 15;
    const int cap = m_state.config().perPageCap;
    return cap > 0 ? qMin(cap, m_requestedPerPage) : m_requestedPerPage;
}

void ListQuery::restrictTo(const QList<int> &ids)
{
    m_restriction = ids;
}

void ListQuery::parseSearch(const HttpRequest &request)
{
    m_q = request.queryValue(QStringLiteral("q")).trimmed();
    m_matchAll = request.queryValue(QStringLiteral("search_match")) == QLatin1String("and");
    const QString searchFields = request.queryValue(QStringLiteral("search_fields"));
    if (!searchFields.isEmpty()) {
        for (const QString &pair : searchFields.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList parts = pair.split(QLatin1Char(':'));
            const QString op = parts.value(1, QStringLiteral("like"));
            if (m_resource.searchable.contains(parts.first()) && QStringList{QStringLiteral("="), QStringLiteral("like"), QStringLiteral("in")}.contains(op))
                m_conditions.append({parts.first(), op});
        }
        if (m_conditions.isEmpty()) {
            m_error = HttpResponse::message(
                403, QStringLiteral("None of the search fields were accepted. Acceptable search fields are: ")
                         + m_resource.searchable.join(QLatin1Char(',')));
        }
        return;
    }
    // §4.1: digits only, no leading zero, 1–20 long, and not phone-like → the id column alone.
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,19}$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[1-9][0-9]{7,14}$"));
    m_idSearch = digits.match(m_q).hasMatch() && !phone.match(m_q).hasMatch();
    // "field:value;field2:value2" searches those fields.
    if (!m_idSearch && m_q.contains(QLatin1Char(':'))) {
        QString value;
        QList<Condition> conditions;
        for (const QString &pair : m_q.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const int colon = pair.indexOf(QLatin1Char(':'));
            if (colon > 0 && m_resource.searchable.contains(pair.left(colon))) {
                conditions.append({pair.left(colon), QStringLiteral("like")});
                value = pair.mid(colon + 1);
            }
        }
        if (!conditions.isEmpty()) {
            m_conditions = conditions;
            m_q = value;
        }
    }
}

void ListQuery::parseOrder(const HttpRequest &request)
{
    const QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
    QMap<QString, SortKey> indexed; // order[0][field] form, by index
    for (const auto &item : items) {
        const QStringList path = bracketPath(item.first);
        if (path.first() != QLatin1String("order"))
            continue;
        if (path.size() == 1) {
            const QStringList parts = item.second.split(QLatin1Char('|'));
            m_order.append({parts.first(), parts.value(1) == QLatin1String("desc")});
        } else {
            const QString slot = path.size() == 3 ? path.at(1) : QString();
            const QString key = path.last();
            SortKey &k = indexed[slot];
            if (key == QLatin1String("field"))
                k.column = item.second;
            else if (key == QLatin1String("direction"))
                k.descending = item.second == QLatin1String("desc");
        }
    }
    for (const SortKey &k : indexed)
        m_order.append(k);
    for (const SortKey &k : m_order) {
        if (!isSortable(k.column)) {
            // The real server passes unknown columns to SQL and fails (§4, UNCERTAIN).
            m_error = HttpResponse::message(500, QStringLiteral("Server Error"));
            return;
        }
    }
    if (m_order.isEmpty())
        m_order.append({m_resource.defaultSort, false});
}

void ListQuery::parseFilters(const HttpRequest &request)
{
    QJsonObject root;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        const QStringList path = bracketPath(item.first);
        if (path.first() == QLatin1String("filters") && path.size() > 1)
            insertPath(root, path, 0, item.second);
    }
    m_filters = root.value(QStringLiteral("filters")).toObject();
    // Validate every rule up front: an unknown rule or operator is a 422 (an emulator choice).
    QList<QJsonObject> pending{m_filters};
    while (!pending.isEmpty()) {
        const QJsonObject group = pending.takeFirst();
        for (const QJsonValue &child : asList(group.value(QStringLiteral("children")))) {
            const QJsonObject c = child.toObject();
            if (c.contains(QStringLiteral("children"))) {
                pending.append(c);
                continue;
            }
            const QJsonObject query = c.value(QStringLiteral("query")).toObject();
            const QString ruleId = query.value(QStringLiteral("rule")).toString();
            const QJsonObject rule = FilterRules::find(m_fields, ruleId);
            const QString op = query.value(QStringLiteral("operator")).toString();
            if (rule.isEmpty() || !rule.value(QStringLiteral("operators")).toArray().contains(op)) {
                m_error = HttpResponse::json(
                    422, QJsonObject{{QStringLiteral("message"), QStringLiteral("The selected filter rule is invalid.")},
                                     {QStringLiteral("errors"),
                                      QJsonObject{{QStringLiteral("filters"),
                                                   QJsonArray{QStringLiteral("The rule \"%1\" with operator \"%2\" is not supported.")
                                                                  .arg(ruleId, op)}}}}});
                return;
            }
        }
    }
}

bool ListQuery::isSortable(const QString &column) const
{
    if (column == QLatin1String("id") || column == QLatin1String("created_at") || column == QLatin1String("updated_at")
        || column == m_resource.defaultSort)
        return true;
    for (const FieldDef &f : m_fields) {
        if (f.attribute == column)
            return f.kind != FieldKind::Phones && f.kind != FieldKind::Tags && f.kind != FieldKind::Associations
                && f.kind != FieldKind::OptionMulti;
    }
    return false;
}

QStringList ListQuery::columnValues(const QJsonObject &record, const QString &column) const
{
    if (column == QLatin1String("phones.number")) {
        QStringList out;
        for (const QJsonValue &p : record.value(QStringLiteral("phones")).toArray())
            out << p.toObject().value(QStringLiteral("number")).toString();
        return out;
    }
    return {valueText(record.value(column))};
}

bool ListQuery::matchesSearch(const QJsonObject &record) const
{
    if (m_q.isEmpty())
        return true;
    if (m_idSearch)
        return record.value(QStringLiteral("id")).toInteger() == m_q.toLongLong();
    if (m_conditions.isEmpty()) {
        for (const QString &column : m_resource.searchable) {
            for (const QString &v : columnValues(record, column)) {
                if (v.contains(m_q, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    }
    int hits = 0;
    for (const Condition &c : m_conditions) {
        bool hit = false;
        for (const QString &v : columnValues(record, c.column)) {
            if (c.op == QLatin1String("like"))
                hit = hit || v.contains(m_q, Qt::CaseInsensitive);
            else if (c.op == QLatin1String("in"))
                hit = hit || m_q.split(QLatin1Char(',')).contains(v, Qt::CaseInsensitive);
            else
                hit = hit || v.compare(m_q, Qt::CaseInsensitive) == 0;
        }
        hits += hit;
    }
    return m_matchAll ? hits == m_conditions.size() : hits > 0;
}

bool ListQuery::matchesRule(const QJsonObject &record, const QJsonObject &query) const
{
    const QString ruleId = query.value(QStringLiteral("rule")).toString();
    const QString type = FilterRules::find(m_fields, ruleId).value(QStringLiteral("type")).toString();
    const QString op = query.value(QStringLiteral("operator")).toString();
    const QJsonValue stored = record.value(ruleId);
    if (type == QLatin1String("text")) {
        const QString v = stored.toString();
        const QString want = query.value(QStringLiteral("value")).toString();
        if (op == QLatin1String("equal"))
            return v.compare(want, Qt::CaseInsensitive) == 0;
        if (op == QLatin1String("not_equal"))
            return v.compare(want, Qt::CaseInsensitive) != 0;
        if (op == QLatin1String("contains"))
            return v.contains(want, Qt::CaseInsensitive);
        return v.startsWith(want, Qt::CaseInsensitive);
    }
    if (type == QLatin1String("select")) {
        // As in SQL, a null column matches neither `=` nor `!=` nor `IN`.
        if (stored.isNull() || stored.isUndefined())
            return false;
        const QJsonValue value = query.value(QStringLiteral("value"));
        const QJsonArray wanted = op == QLatin1String("in") && !value.isString() ? asList(value) : QJsonArray{value};
        // A multi-valued column (tags) matches when any of its values does.
        const QJsonArray values = stored.isArray() ? stored.toArray() : QJsonArray{stored};
        const bool hit = std::any_of(values.begin(), values.end(), [&](const QJsonValue &v) {
            return std::any_of(wanted.begin(), wanted.end(), [&](const QJsonValue &w) { return selectKey(w) == selectKey(v); });
        });
        return op == QLatin1String("not_equal") ? !hit : hit;
    }
    // Numbers compare as numbers; dates as their Y-m-d (or full ISO) text, which sorts the same.
    const bool isDate = type == QLatin1String("date");
    auto key = [&](const QString &s) { return isDate ? s.left(10) : QString::number(s.toDouble(), 'f', 3).rightJustified(20, QLatin1Char('0')); };
    if (stored.isNull() || stored.isUndefined())
        return false;
    const QString v = key(valueText(stored));
    const QJsonArray between = asList(query.value(QStringLiteral("value")));
    const QString want = key(query.value(QStringLiteral("value")).toString());
    if (op == QLatin1String("equal"))
        return v == want;
    if (op == QLatin1String("less"))
        return v < want;
    if (op == QLatin1String("greater"))
        return v > want;
    return between.size() == 2 && v >= key(between.at(0).toString()) && v <= key(between.at(1).toString());
}

bool ListQuery::matchesFilter(const QJsonObject &record, const QJsonObject &group) const
{
    const QJsonArray children = asList(group.value(QStringLiteral("children")));
    if (children.isEmpty())
        return true;
    const bool any = group.value(QStringLiteral("condition")).toString() == QLatin1String("or");
    for (const QJsonValue &child : children) {
        const QJsonObject c = child.toObject();
        const bool hit = c.contains(QStringLiteral("children"))
            ? matchesFilter(record, c)
            : matchesRule(record, c.value(QStringLiteral("query")).toObject());
        if (any && hit)
            return true;
        if (!any && !hit)
            return false;
    }
    return !any;
}

QList<int> ListQuery::run(const DataStore::Table &table, bool trashed) const
{
    struct Row {
        int id;
        QList<QVariant> keys;
    };
    QList<Row> rows;
    rows.reserve(table.size());
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        const QJsonObject &record = it.value();
        if (DataStore::isTrashed(record) != trashed || (m_restriction && !m_restriction->contains(it.key())))
            continue;
        if (!matchesSearch(record) || !matchesFilter(record, m_filters))
            continue;
        Row row{it.key(), {}};
        for (const SortKey &k : m_order) {
            const QJsonValue v = record.value(k.column);
            row.keys.append(v.isDouble() ? QVariant(v.toDouble()) : v.isString() ? QVariant(v.toString().toLower())
                                                                                   : QVariant());
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        for (int i = 0; i < m_order.size(); ++i) {
            const QVariant &x = a.keys.at(i);
            const QVariant &y = b.keys.at(i);
            if (x == y)
                continue;
            // Nulls first when ascending, as MySQL sorts them.
            bool less;
            if (!x.isValid() || !y.isValid())
                less = !x.isValid();
            else if (x.typeId() == QMetaType::Double && y.typeId() == QMetaType::Double)
                less = x.toDouble() < y.toDouble();
            else
                less = x.toString() < y.toString();
            return m_order.at(i).descending ? !less : less;
        }
        return a.id < b.id;
    });
    QList<int> ids;
    ids.reserve(rows.size());
    for (const Row &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace Concord::Emulator
