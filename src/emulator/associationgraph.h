#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace Concord::Emulator {

/// Undirected links between records of different resources (contact ↔ company, note ↔ deal, ...).
/// Kept apart from the records so that both sides always agree.
class AssociationGraph
{
public:
    void link(const QString &resourceA, int idA, const QString &resourceB, int idB);
    void unlink(const QString &resourceA, int idA, const QString &resourceB, int idB);
    [[nodiscard]] bool isLinked(const QString &resourceA, int idA, const QString &resourceB, int idB) const;
    /// Ids of `other` records linked to (resource, id), ascending.
    [[nodiscard]] QList<int> linked(const QString &resource, int id, const QString &other) const;
    /// Removes every link of a record that is gone for good.
    void forget(const QString &resource, int id);
    void clear() { m_edges.clear(); }

private:
    static QString key(const QString &resource, int id) { return resource + QLatin1Char('/') + QString::number(id); }
    QHash<QString, QMap<QString, QSet<int>>> m_edges;
};

} // namespace Concord::Emulator
