#pragma once

#include "caller.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace Concord::Emulator {

class EmulatorState;
struct ResourceInfo;

/// Turns stored records into the JSON the server sends (§6): read formats per field type, the
/// related objects beside their ids, associations, counts, authorizations. List items are cached
/// as bytes until the data changes, so a 100-record page is assembled, not rebuilt.
class RecordPresenter
{
public:
    explicit RecordPresenter(EmulatorState &state)
        : m_state(state)
    {
    }

    enum class Shape { ListItem, Single, Created };

    [[nodiscard]] QJsonObject present(const ResourceInfo &resource, const QJsonObject &stored, const Caller &caller,
                                      Shape shape) const;
    /// The compact JSON of a list item, from the cache when the data has not changed since.
    [[nodiscard]] QByteArray listItemJson(const ResourceInfo &resource, const QJsonObject &stored,
                                          const Caller &caller);
    /// The small object embedded beside a belongs-to id ("user", "country", "stage", ...).
    [[nodiscard]] QJsonValue brief(const QString &resource, int id) const;
    [[nodiscard]] QString displayName(const ResourceInfo &resource, const QJsonObject &stored) const;

private:
    void addExtras(const ResourceInfo &resource, const QJsonObject &stored, QJsonObject &out) const;
    [[nodiscard]] QJsonArray associated(const QString &resource, int id, const QString &other) const;

    EmulatorState &m_state;
    QHash<QString, QByteArray> m_cache;
    quint64 m_cacheVersion = 0;
};

} // namespace Concord::Emulator
