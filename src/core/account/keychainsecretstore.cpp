#include "keychainsecretstore.h"

#include "appinfo.h"
#include "logging.h"

#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#endif

#include <qt6keychain/keychain.h>

namespace Concord {

namespace {

SecretJob::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Error::None;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Error::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretJob::Error::Other;
}

/// qtkeychain's libsecret backend reports a missing session bus as OtherError ("Unknown or
/// unsupported transport"); for the user that is no keychain service at all, with its own advice.
SecretJob::Error refine(SecretJob::Error error)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Only looks at the connection made at start-up; no call goes to the bus.
    if (error == SecretJob::Error::Other && !QDBusConnection::sessionBus().isConnected())
        return SecretJob::Error::Unavailable;
#endif
    return error;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service.isEmpty() ? AppInfo::id() : service)
{
}

SecretJob *KeychainSecretStore::readSecret(const QString &key)
{
    return start(Operation::Read, new QKeychain::ReadPasswordJob(m_service, this), key);
}

SecretJob *KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service, this);
    keychainJob->setTextData(secret);
    return start(Operation::Write, keychainJob, key);
}

SecretJob *KeychainSecretStore::deleteSecret(const QString &key)
{
    return start(Operation::Delete, new QKeychain::DeletePasswordJob(m_service, this), key);
}

QString KeychainSecretStore::describe() const
{
    return tr("System keychain");
}

SecretJob *KeychainSecretStore::start(Operation operation, QKeychain::Job *keychainJob, const QString &key)
{
    auto *job = new SecretJob(key, this);
    keychainJob->setKey(key);
    keychainJob->setAutoDelete(true);

    // The timer belongs to the job, so it goes with it; an answer arriving after the timeout
    // finds the job already finished and is ignored (the connection's context is the job).
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job, key] {
        qCWarning(lcApi) << "keychain: no answer in time for" << key;
        job->fail(SecretJob::Error::Timeout);
    });
    timer->start(m_timeout);

    connect(keychainJob, &QKeychain::Job::finished, job, [job, timer, operation, key](QKeychain::Job *done) {
        timer->stop();
        const SecretJob::Error error = refine(mapError(done->error()));
        if (error == SecretJob::Error::None) {
            const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
            job->succeed(read ? read->textData() : QString());
            return;
        }
        // Deleting what is not there leaves the keychain as asked: not an error.
        if (operation == Operation::Delete && error == SecretJob::Error::NotFound) {
            job->succeed();
            return;
        }
        if (error != SecretJob::Error::NotFound)
            qCWarning(lcApi) << "keychain: failed for" << key << ":" << done->errorString();
        const QString message = error == SecretJob::Error::Other
            ? SecretJob::tr("The keychain reported an error: %1").arg(done->errorString())
            : QString();
        job->fail(error, message);
    });
    keychainJob->start();
    return job;
}

} // namespace Concord
