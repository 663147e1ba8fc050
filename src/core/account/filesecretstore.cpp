#include "filesecretstore.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Concord {

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto notOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
const auto secretsField = QStringLiteral("secrets");

} // namespace

FileSecretStore::FileSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(filePath)
{
}

QString FileSecretStore::describe() const
{
    return tr("Unencrypted file %1 (NOT encrypted: anyone who can read this file can use "
              "your tokens)")
        .arg(QDir::toNativeSeparators(m_filePath));
}

FileSecretStore::Loaded FileSecretStore::load() const
{
    Loaded loaded;
    const QString path = QDir::toNativeSeparators(m_filePath);
    QFile file(m_filePath);
    if (!file.exists())
        return loaded; // no file yet: no secrets
    if (file.permissions() & notOwner) {
        loaded.error = SecretJob::Error::AccessDenied;
        loaded.message = tr("The secrets file %1 can be read by other users, so it is not "
                            "used. Make it private (chmod 600) and try again.")
                             .arg(path);
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = SecretJob::Error::Other;
        loaded.message = tr("The secrets file %1 could not be read: %2").arg(path, file.errorString());
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !document.object().value(secretsField).isObject()) {
        qCWarning(lcApi) << "secrets file is damaged:" << m_filePath;
        loaded.error = SecretJob::Error::Other;
        loaded.message = tr("The secrets file %1 is damaged and was left as it is. Repair or "
                            "move it away, then enter your token again.")
                             .arg(path);
        return loaded;
    }
    loaded.secrets = document.object().value(secretsField).toObject();
    return loaded;
}

QString FileSecretStore::save(const QJsonObject &secrets) const
{
    const QString path = QDir::toNativeSeparators(m_filePath);
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("The folder for the secrets file %1 could not be created.").arg(path);
    QSaveFile file(m_filePath);
    // Restrict the temporary file before a single byte goes in; commit() keeps its mode.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly))
        return tr("The secrets file %1 could not be written: %2").arg(path, file.errorString());
    const QJsonObject root {{QStringLiteral("version"), 1}, {secretsField, secrets}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("The secrets file %1 could not be written: %2").arg(path, file.errorString());
    if (QFile::permissions(m_filePath) & notOwner)
        return tr("The secrets file %1 could not be made private to you.").arg(path);
    return {};
}

template<typename Change> SecretJob *FileSecretStore::modify(const QString &key, Change change)
{
    auto *job = new SecretJob(key, this);
    Loaded loaded = load();
    if (loaded.error != SecretJob::Error::None) {
        job->fail(loaded.error, loaded.message);
        return job;
    }
    if (!change(loaded.secrets)) {
        job->succeed(); // nothing to change (deleting an absent key): leave the file alone
        return job;
    }
    const QString message = save(loaded.secrets);
    if (message.isEmpty())
        job->succeed();
    else
        job->fail(SecretJob::Error::Other, message);
    return job;
}

SecretJob *FileSecretStore::readSecret(const QString &key)
{
    auto *job = new SecretJob(key, this);
    const Loaded loaded = load();
    const QJsonValue value = loaded.secrets.value(key);
    if (loaded.error != SecretJob::Error::None)
        job->fail(loaded.error, loaded.message);
    else if (!value.isString())
        job->fail(SecretJob::Error::NotFound);
    else
        job->succeed(value.toString());
    return job;
}

SecretJob *FileSecretStore::writeSecret(const QString &key, const QString &secret)
{
    return modify(key, [&key, &secret](QJsonObject &secrets) {
        secrets.insert(key, secret);
        return true;
    });
}

SecretJob *FileSecretStore::deleteSecret(const QString &key)
{
    return modify(key, [&key](QJsonObject &secrets) {
        if (!secrets.contains(key))
            return false;
        secrets.remove(key);
        return true;
    });
}

} // namespace Concord
