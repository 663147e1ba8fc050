#pragma once

#include "secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace Concord {

/// Secrets in the system keychain through qtkeychain (the Secret Service on Linux).
/// Each call has an app-side timeout: a keychain that never answers (a locked keyring waiting
/// on its unlock prompt) ends as SecretJob::Error::Timeout instead of hanging the caller.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// `service` is the keychain's service name; empty means AppInfo::id().
    explicit KeychainSecretStore(const QString &service = {}, QObject *parent = nullptr);

    SecretJob *readSecret(const QString &key) override;
    SecretJob *writeSecret(const QString &key, const QString &secret) override;
    SecretJob *deleteSecret(const QString &key) override;
    [[nodiscard]] QString describe() const override;

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    SecretJob *start(Operation operation, QKeychain::Job *keychainJob, const QString &key);

    QString m_service;
    std::chrono::milliseconds m_timeout {10000};
};

} // namespace Concord
