#pragma once

#include "profile.h"

#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace Concord {

/// The saved profiles and which one is in use, in QSettings. The desktop app and concordctl
/// share one file (defaultSettingsPath()), so `concordctl --profile NAME` finds what the app
/// saved. Nothing secret is ever written here: tokens go to a SecretStore.
class ProfileStore
{
public:
    /// The shared file: <config>/<organization>/profiles.conf.
    ProfileStore();
    /// A given INI file, for tests and for a second location.
    explicit ProfileStore(const QString &settingsPath);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    [[nodiscard]] static QString defaultSettingsPath();
    [[nodiscard]] QString settingsPath() const;

    /// Sorted by name, case-insensitively. Entries that cannot be read (hand-edited, from a
    /// newer version) are skipped but left in the file.
    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] Profile profile(const QString &id) const;
    /// Case-insensitive; an invalid Profile when there is none.
    [[nodiscard]] Profile profileByName(const QString &name) const;
    /// Adds or replaces the profile with the same id; false when the settings cannot be written.
    bool save(const Profile &profile);
    bool remove(const QString &id);

    [[nodiscard]] QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Concord
