#include "datastore.h"

namespace Concord::Emulator {

const DataStore::Table &DataStore::table(const QString &resource) const
{
    static const Table empty;
    const auto it = m_tables.constFind(resource);
    return it == m_tables.cend() ? empty : *it;
}

const QJsonObject *DataStore::find(const QString &resource, int id) const
{
    const auto t = m_tables.constFind(resource);
    if (t == m_tables.cend())
        return nullptr;
    const auto it = t->constFind(id);
    return it == t->cend() || isTrashed(*it) ? nullptr : &*it;
}

const QJsonObject *DataStore::findTrashed(const QString &resource, int id) const
{
    const auto t = m_tables.constFind(resource);
    if (t == m_tables.cend())
        return nullptr;
    const auto it = t->constFind(id);
    return it == t->cend() || !isTrashed(*it) ? nullptr : &*it;
}

int DataStore::insert(const QString &resource, QJsonObject record)
{
    int &next = m_nextIds[resource];
    const int id = qMax(next, 1);
    next = id + 1;
    record.insert(QStringLiteral("id"), id);
    m_tables[resource].insert(id, record);
    touch();
    return id;
}

void DataStore::replace(const QString &resource, int id, const QJsonObject &record)
{
    m_tables[resource].insert(id, record);
    touch();
}

void DataStore::erase(const QString &resource, int id)
{
    m_tables[resource].remove(id);
    m_links.forget(resource, id);
    touch();
}

void DataStore::clear()
{
    m_tables.clear();
    m_nextIds.clear();
    m_links.clear();
    touch();
}

} // namespace Concord::Emulator
