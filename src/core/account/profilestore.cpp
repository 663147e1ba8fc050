#include "profilestore.h"

#include "appinfo.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Concord {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kCurrentKey = QStringLiteral("current");
const QString kName = QStringLiteral("name");
const QString kServer = QStringLiteral("server");
const QString kInsecure = QStringLiteral("allowInsecureHttp");
const QString kPin = QStringLiteral("pinnedSha256");
const QString kBackend = QStringLiteral("secretBackend");
const QString kUserId = QStringLiteral("userId");
const QString kUserName = QStringLiteral("userName");
const QString kUserEmail = QStringLiteral("userEmail");

QString backendName(Profile::SecretBackend backend)
{
    return backend == Profile::SecretBackend::File ? QStringLiteral("file") : QStringLiteral("keychain");
}

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(defaultSettingsPath())
{
}

ProfileStore::ProfileStore(const QString &settingsPath)
    : m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultSettingsPath()
{
    // GenericConfigLocation, not AppConfigLocation: the app and concordctl have different
    // application names but must read the same file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(AppInfo::organizationName() + QStringLiteral("/profiles.conf"));
}

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        const Profile p = profile(id);
        if (p.isValid())
            out.append(p);
    }
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return out;
}

Profile ProfileStore::profile(const QString &id) const
{
    Profile p;
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return p;
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    if (m_settings->contains(kName)) {
        p.id = id;
        p.name = m_settings->value(kName).toString();
        p.serverUrl = QUrl(m_settings->value(kServer).toString(), QUrl::StrictMode);
        p.allowInsecureHttp = m_settings->value(kInsecure, false).toBool();
        p.pinnedSha256 = m_settings->value(kPin).toString().toLatin1();
        p.secretBackend = m_settings->value(kBackend).toString() == QLatin1String("file")
                              ? Profile::SecretBackend::File
                              : Profile::SecretBackend::Keychain;
        p.userId = m_settings->value(kUserId, 0).toLongLong();
        p.userName = m_settings->value(kUserName).toString();
        p.userEmail = m_settings->value(kUserEmail).toString();
    }
    m_settings->endGroup();
    return p;
}

Profile ProfileStore::profileByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&name](const Profile &p) {
        return p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return it == all.cend() ? Profile() : *it;
}

bool ProfileStore::save(const Profile &profile)
{
    if (!profile.isValid() || profile.id.contains(QLatin1Char('/')))
        return false;
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(kName, profile.name);
    m_settings->setValue(kServer, profile.serverUrl.toString());
    m_settings->setValue(kInsecure, profile.allowInsecureHttp);
    m_settings->setValue(kPin, QString::fromLatin1(profile.pinnedSha256));
    m_settings->setValue(kBackend, backendName(profile.secretBackend));
    m_settings->setValue(kUserId, profile.userId);
    m_settings->setValue(kUserName, profile.userName);
    m_settings->setValue(kUserEmail, profile.userEmail);
    m_settings->endGroup();
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return false;
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        m_settings->remove(kCurrentKey);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(kCurrentKey).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(kCurrentKey, id);
    m_settings->sync();
}

} // namespace Concord
