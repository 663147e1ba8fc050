#include "listparams.h"

#include <QJsonArray>

namespace Concord {

namespace {

/// Ids are whole numbers: `2`, never `2.0`, which a server may refuse to compare with an id.
QString wireText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(value.toInteger()) ? QString::number(value.toInteger()) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

void addFilters(QUrlQuery &query, const QList<FilterRule> &filters)
{
    query.addQueryItem(QStringLiteral("filters[condition]"), QStringLiteral("and"));
    for (int i = 0; i < filters.size(); ++i) {
        const FilterRule &rule = filters.at(i);
        const QString child = QStringLiteral("filters[children][%1]").arg(i);
        const QString prefix = child + QLatin1String("[query]");
        query.addQueryItem(child + QLatin1String("[type]"), QStringLiteral("rule"));
        query.addQueryItem(prefix + QLatin1String("[type]"), rule.type);
        query.addQueryItem(prefix + QLatin1String("[rule]"), rule.rule);
        query.addQueryItem(prefix + QLatin1String("[operator]"), rule.op);
        query.addQueryItem(prefix + QLatin1String("[operand]"), QString());
        if (!rule.value.isArray()) {
            query.addQueryItem(prefix + QLatin1String("[value]"), wireText(rule.value));
            continue;
        }
        const QJsonArray values = rule.value.toArray();
        for (int v = 0; v < values.size(); ++v)
            query.addQueryItem(prefix + QStringLiteral("[value][%1]").arg(v), wireText(values.at(v)));
    }
}

} // namespace

QUrlQuery ListParams::toQuery(int page) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(qMax(1, page)));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(qBound(1, perPage, MaxPerPage)));
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q);
    if (!orderField.isEmpty())
        query.addQueryItem(QStringLiteral("order"), orderDescending ? orderField + QLatin1String("|desc") : orderField);
    if (!filters.isEmpty())
        addFilters(query, filters);
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, value);
    return query;
}

} // namespace Concord
