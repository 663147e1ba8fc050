#include "secretstores.h"

#include "appinfo.h"

#include <QDir>
#include <QStandardPaths>

namespace Concord {

SecretStores::SecretStores(SecretStore *keychain, SecretStore *file)
    : m_keychain(keychain)
    , m_file(file)
{
}

SecretStore *SecretStores::forProfile(const Profile &profile) const
{
    return profile.secretBackend == Profile::SecretBackend::File ? m_file : m_keychain;
}

QString SecretStores::defaultFilePath()
{
    // Generic data location, like the profiles: concordctl must find the same file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(AppInfo::organizationName() + QStringLiteral("/tokens.json"));
}

} // namespace Concord
