#pragma once

#include "api/tlstrust.h"

#include <QString>
#include <QUrl>

namespace Concord {

/// One saved account: a server and whose token is used there. Everything here is safe to keep
/// in QSettings; the token itself lives in a SecretStore under secretKey().
struct Profile
{
    /// Where the token is kept. File is an explicit, warned-about opt-in (no keychain service).
    enum class SecretBackend { Keychain, File };

    QString id; ///< stable, never shown; names the keychain entry and the local data folder
    QString name; ///< what the user calls it, unique among profiles
    QUrl serverUrl; ///< normalised (ServerUrl::normalize)
    bool allowInsecureHttp = false; ///< http:// to a host that is not loopback, ticked by the user
    QByteArray pinnedSha256; ///< a self-signed certificate the user chose to trust
    SecretBackend secretBackend = SecretBackend::Keychain;
    /// Who the token belongs to, from GET /api/me when it was checked: shown in menus, and a
    /// replacement token must belong to the same user.
    qint64 userId = 0;
    QString userName;
    QString userEmail;

    [[nodiscard]] bool isValid() const { return !id.isEmpty() && !name.isEmpty() && serverUrl.isValid(); }
    /// The key of this profile's token in its SecretStore.
    [[nodiscard]] QString secretKey() const { return QStringLiteral("token/") + id; }
    [[nodiscard]] TlsTrust tlsTrust() const;
    /// The folder for what this profile keeps on this computer (caches, the offline store):
    /// <generic data>/Concord/profiles/<id>. Removing the profile removes it.
    [[nodiscard]] QString localDataPath() const;
    /// A new random id for a profile being created.
    [[nodiscard]] static QString newId();
};

} // namespace Concord
