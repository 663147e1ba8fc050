#pragma once

#include "associationgraph.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Concord::Emulator {

/// Every record of every resource, in its stored form (ids, option ids, plain dates), plus the
/// association links. `version()` moves on every change, which is how caches know they are stale.
class DataStore
{
public:
    using Table = QMap<int, QJsonObject>;

    [[nodiscard]] const Table &table(const QString &resource) const;
    /// A live record (not soft-deleted), or nullptr.
    [[nodiscard]] const QJsonObject *find(const QString &resource, int id) const;
    /// A soft-deleted record, or nullptr.
    [[nodiscard]] const QJsonObject *findTrashed(const QString &resource, int id) const;
    /// Stores a new record under the next id and returns that id.
    int insert(const QString &resource, QJsonObject record);
    void replace(const QString &resource, int id, const QJsonObject &record);
    /// Removes a record for good, with its links.
    void erase(const QString &resource, int id);

    /// The links, for changing them (which counts as a change of the data).
    AssociationGraph &mutableLinks()
    {
        touch();
        return m_links;
    }
    [[nodiscard]] const AssociationGraph &links() const { return m_links; }

    [[nodiscard]] quint64 version() const { return m_version; }
    void touch() { ++m_version; }
    void clear();

    static bool isTrashed(const QJsonObject &record) { return record.contains(QStringLiteral("deleted_at")); }

private:
    QHash<QString, Table> m_tables;
    QHash<QString, int> m_nextIds;
    AssociationGraph m_links;
    quint64 m_version = 0;
};

} // namespace Concord::Emulator
