#include "secretjob.h"

#include <QMetaObject>

namespace Concord {

SecretJob::SecretJob(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

SecretJob::~SecretJob() = default;

QString SecretJob::errorString() const
{
    if (!m_message.isEmpty())
        return m_message;
    switch (m_error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("No secret is stored for this account.");
    case Error::Unavailable:
        return tr("No keychain service is available. Install and start a Secret Service "
                  "provider such as GNOME Keyring or KWallet, then try again.");
    case Error::AccessDenied:
        return tr("Access to the stored secret was denied.");
    case Error::Timeout:
        return tr("The keychain did not answer in time. It may be locked and waiting for "
                  "its password.");
    case Error::Other:
        break;
    }
    return tr("The secret could not be read or stored.");
}

void SecretJob::succeed(const QString &secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_secret = secret;
    deliver();
}

void SecretJob::fail(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error == Error::None ? Error::Other : error;
    m_message = message;
    deliver();
}

void SecretJob::deliver()
{
    // Queued, so that a store answering synchronously still lets the caller connect first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Concord
