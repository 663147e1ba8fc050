#pragma once

#include "secretstore.h"

#include <QJsonObject>

namespace Concord {

/// Secrets in a plain JSON file readable only by its owner (mode 0600). NOT encrypted: only
/// for users who explicitly choose it because no keychain service is available; describe()
/// says so, for a warning that stays visible.
///
/// The file is never deleted or rewritten behind the user's back: a file that cannot be
/// parsed, or that other users can read, fails every operation with a clear error and is
/// left exactly as it is.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(const QString &filePath, QObject *parent = nullptr);

    SecretJob *readSecret(const QString &key) override;
    SecretJob *writeSecret(const QString &key, const QString &secret) override;
    SecretJob *deleteSecret(const QString &key) override;
    [[nodiscard]] QString describe() const override;

    [[nodiscard]] QString filePath() const { return m_filePath; }

private:
    struct Loaded
    {
        QJsonObject secrets;
        SecretJob::Error error = SecretJob::Error::None;
        QString message;
    };
    [[nodiscard]] Loaded load() const;
    /// Writes `secrets` atomically with mode 0600; returns a translated message on failure.
    [[nodiscard]] QString save(const QJsonObject &secrets) const;
    /// Loads, applies `change` and saves; the file is untouched unless all of it works.
    template<typename Change> SecretJob *modify(const QString &key, Change change);

    QString m_filePath;
};

} // namespace Concord
