#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Concord::Test {

// Small lookups over record arrays that many tests need.

/// The `id`s of an array of records.
[[nodiscard]] inline QSet<int> idsOf(const QJsonArray &records)
{
    QSet<int> ids;
    for (const auto &record : records)
        ids.insert(record.toObject().value(QLatin1String("id")).toInt());
    return ids;
}

/// The record with `id` in `records`; empty when absent.
[[nodiscard]] inline QJsonObject findById(const QJsonArray &records, int id)
{
    for (const auto &record : records) {
        if (record.toObject().value(QLatin1String("id")).toInt() == id)
            return record.toObject();
    }
    return {};
}

/// The first record of `records` for which `predicate` holds; empty when none does.
template<typename Predicate> [[nodiscard]] QJsonObject findFirst(const QJsonArray &records, Predicate predicate)
{
    for (const auto &record : records) {
        if (predicate(record.toObject()))
            return record.toObject();
    }
    return {};
}

} // namespace Concord::Test
