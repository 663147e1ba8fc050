#pragma once

#include "secretstore.h"

#include <QHash>

namespace Concord {

/// Secrets kept in this process only, gone on exit: for --demo and for tests.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *readSecret(const QString &key) override;
    SecretJob *writeSecret(const QString &key, const QString &secret) override;
    SecretJob *deleteSecret(const QString &key) override;
    [[nodiscard]] QString describe() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Concord
