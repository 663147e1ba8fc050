#include "associationgraph.h"

#include <algorithm>

namespace Concord::Emulator {

void AssociationGraph::link(const QString &resourceA, int idA, const QString &resourceB, int idB)
{
    m_edges[key(resourceA, idA)][resourceB].insert(idB);
    m_edges[key(resourceB, idB)][resourceA].insert(idA);
}

void AssociationGraph::unlink(const QString &resourceA, int idA, const QString &resourceB, int idB)
{
    m_edges[key(resourceA, idA)][resourceB].remove(idB);
    m_edges[key(resourceB, idB)][resourceA].remove(idA);
}

bool AssociationGraph::isLinked(const QString &resourceA, int idA, const QString &resourceB, int idB) const
{
    const auto it = m_edges.constFind(key(resourceA, idA));
    return it != m_edges.cend() && it->value(resourceB).contains(idB);
}

QList<int> AssociationGraph::linked(const QString &resource, int id, const QString &other) const
{
    const auto it = m_edges.constFind(key(resource, id));
    if (it == m_edges.cend())
        return {};
    const QSet<int> ids = it->value(other);
    QList<int> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

void AssociationGraph::forget(const QString &resource, int id)
{
    const auto it = m_edges.constFind(key(resource, id));
    if (it == m_edges.cend())
        return;
    const QMap<QString, QSet<int>> sides = *it;
    for (auto side = sides.cbegin(); side != sides.cend(); ++side) {
        for (int otherId : side.value())
            m_edges[key(side.key(), otherId)][resource].remove(id);
    }
    m_edges.remove(key(resource, id));
}

} // namespace Concord::Emulator
