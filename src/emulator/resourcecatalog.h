#pragma once

#include "resourceinfo.h"

namespace Concord::Emulator {

/// The fixed set of resources the emulator serves, with their built-in fields.
class ResourceCatalog
{
public:
    ResourceCatalog();

    [[nodiscard]] const ResourceInfo *find(const QString &name) const;
    [[nodiscard]] QStringList names() const;
    /// contacts, companies, deals, products: the resources that take custom fields.
    [[nodiscard]] static QStringList customFieldResources();

private:
    QList<ResourceInfo> m_resources;
};

} // namespace Concord::Emulator
