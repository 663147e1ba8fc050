#pragma once

#include <QString>

namespace Concord {

/// The application's identity in one place: the names Qt, the desktop file and the server see.
class AppInfo
{
public:
    AppInfo() = delete;

    /// Reverse-DNS id, also the base name of the .desktop file and the icon.
    [[nodiscard]] static QString id();
    [[nodiscard]] static QString name();
    [[nodiscard]] static QString organizationName();
    [[nodiscard]] static QString organizationDomain();
    [[nodiscard]] static QString version();
    /// "ConcordDesktop/<version> (Qt <runtime version>)". Never exactly "Zapier": the server
    /// switches to its Zapier response shapes for that value (concord-api.md §1.1).
    [[nodiscard]] static QString userAgent();
};

} // namespace Concord
