#include "memorysecretstore.h"

namespace Concord {

SecretJob *MemorySecretStore::readSecret(const QString &key)
{
    auto *job = new SecretJob(key, this);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        job->fail(SecretJob::Error::NotFound);
    else
        job->succeed(*it);
    return job;
}

SecretJob *MemorySecretStore::writeSecret(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(key, this);
    m_secrets.insert(key, secret);
    job->succeed();
    return job;
}

SecretJob *MemorySecretStore::deleteSecret(const QString &key)
{
    auto *job = new SecretJob(key, this);
    m_secrets.remove(key);
    job->succeed();
    return job;
}

QString MemorySecretStore::describe() const
{
    return tr("In memory (demo, forgotten on exit)");
}

} // namespace Concord
