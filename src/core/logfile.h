#pragma once

#include <QString>

namespace Concord {

/// The program's log on disk, for support requests: every message that passes the logging
/// rules, also still printed as before. Whatever looks like an access token is masked before it
/// is written — the API client masks tokens itself, this catches what any other code might let
/// through (a server echoing a header, a pasted token in an error text).
class LogFile
{
public:
    LogFile() = delete;

    /// Appends to `path` (folders created, mode 0600) from now on; at 1 MiB the file is moved to
    /// `path.1` and a new one begun. False when the file cannot be opened; logging then stays
    /// on stderr only.
    static bool install(const QString &path);
    /// <app local data>/logs/<application name>.log
    [[nodiscard]] static QString defaultPath();
    /// `text` with every `<id>|<secret>` token reduced to `<id>|…`.
    [[nodiscard]] static QString mask(const QString &text);
};

} // namespace Concord
