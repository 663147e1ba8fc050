#pragma once

#include "profile.h"

namespace Concord {

class SecretStore;

/// The places a profile's token can be kept, handed to whoever reads or writes tokens (the
/// wizard, the account, concordctl) so that tests can put a memory store in their place.
class SecretStores
{
public:
    /// Neither is owned. `file` may be null where the file store is not offered.
    SecretStores(SecretStore *keychain, SecretStore *file);

    [[nodiscard]] SecretStore *keychain() const { return m_keychain; }
    [[nodiscard]] SecretStore *file() const { return m_file; }
    /// The store `profile` keeps its token in.
    [[nodiscard]] SecretStore *forProfile(const Profile &profile) const;
    /// Where the opt-in file store keeps tokens: <app data>/tokens.json, mode 0600.
    [[nodiscard]] static QString defaultFilePath();

private:
    SecretStore *m_keychain;
    SecretStore *m_file;
};

} // namespace Concord
