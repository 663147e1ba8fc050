#pragma once

#include "secretjob.h"

#include <QObject>

namespace Concord {

/// Where an account's secrets (API tokens) live: the system keychain, memory (demo, tests) or,
/// only on the user's explicit request, an unencrypted file. Every operation is an
/// asynchronous SecretJob; no implementation runs a nested event loop.
///
/// Contract for every implementation: a failed read never deletes or rewrites anything, and
/// deleting a key that holds nothing succeeds. Secrets are never logged.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *readSecret(const QString &key) = 0;
    virtual SecretJob *writeSecret(const QString &key, const QString &secret) = 0;
    virtual SecretJob *deleteSecret(const QString &key) = 0;

    /// A short translated name for the settings page, e.g. "System keychain".
    [[nodiscard]] virtual QString describe() const = 0;
};

} // namespace Concord
