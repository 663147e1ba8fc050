#pragma once

#include "datastore.h"
#include "httpexchange.h"
#include "resourceinfo.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Concord::Emulator {

class EmulatorState;

/// The list parameters of §4 applied to one resource's table: q (with the numeric-id rule),
/// search_fields/search_match, order in its three forms, filters, and per_page/page.
class ListQuery
{
public:
    ListQuery(const EmulatorState &state, const ResourceInfo &resource, const QList<FieldDef> &fields,
              const HttpRequest &request);

    /// The answer to send instead of a list when a parameter is refused (403, 422 or 500).
    [[nodiscard]] std::optional<HttpResponse> error() const { return m_error; }
    /// Matching record ids, sorted, from the live records or from the trash.
    [[nodiscard]] QList<int> run(const DataStore::Table &table, bool trashed) const;
    /// Restricts the candidates to these ids (associated lists).
    void restrictTo(const QList<int> &ids);

    /// The page size actually used: per_page honoured (0 or none: 15), capped, or 15 when ignored.
    [[nodiscard]] int perPage(bool ignorePerPage) const;
    [[nodiscard]] int page() const { return m_page; }
    [[nodiscard]] bool hasSearch() const { return !m_q.isEmpty(); }

private:
    struct Condition {
        QString column;
        QString op; ///< "=", "like" or "in"
    };
    struct SortKey {
        QString column;
        bool descending = false;
    };

    void parseSearch(const HttpRequest &request);
    void parseOrder(const HttpRequest &request);
    void parseFilters(const HttpRequest &request);
    [[nodiscard]] bool matchesSearch(const QJsonObject &record) const;
    [[nodiscard]] bool matchesFilter(const QJsonObject &record, const QJsonObject &group) const;
    [[nodiscard]] bool matchesRule(const QJsonObject &record, const QJsonObject &rule) const;
    [[nodiscard]] QStringList columnValues(const QJsonObject &record, const QString &column) const;
    [[nodiscard]] bool isSortable(const QString &column) const;

    const EmulatorState &m_state;
    const ResourceInfo &m_resource;
    QList<FieldDef> m_fields;
    QString m_q;
    bool m_idSearch = false;
    QList<Condition> m_conditions;
    bool m_matchAll = false;
    QList<SortKey> m_order;
    QJsonObject m_filters;
    int m_page = 1;
    int m_requestedPerPage = 0;
    std::optional<QList<int>> m_restriction;
    std::optional<HttpResponse> m_error;
};

} // namespace Concord::Emulator
