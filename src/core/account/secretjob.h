#pragma once

#include <QObject>
#include <QString>

namespace Concord {

/// One asynchronous secret operation (read, write or delete) handed out by a SecretStore:
/// connect to finished(), then read isOk(), secret() (reads only) and error().
/// finished() is always emitted from the event loop, never inside the call that created the
/// job, so connecting right after the call is safe. The job deletes itself after finished()
/// has been delivered; keep a QPointer if it may outlive the job.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        NotFound, ///< nothing is stored under the key
        Unavailable, ///< no keychain service (or no usable store) at all
        AccessDenied, ///< the store refused, e.g. the user declined or a file is not private
        Timeout, ///< the store did not answer in time (e.g. a locked keyring prompting)
        Other,
    };
    Q_ENUM(Error)

    explicit SecretJob(const QString &key, QObject *parent = nullptr);
    ~SecretJob() override;

    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && m_error == Error::None; }
    [[nodiscard]] Error error() const { return m_error; }
    /// The secret a successful read found; empty otherwise.
    [[nodiscard]] QString secret() const { return m_secret; }
    /// A translated sentence for the user; empty when isOk(). Never contains the secret.
    [[nodiscard]] QString errorString() const;

    // For SecretStore implementations. The first outcome wins; later ones are ignored (a
    // keychain answer arriving after the timeout fired, for instance).
    void succeed(const QString &secret = {});
    /// `message` replaces the generic sentence for `error` when the store knows better.
    void fail(Error error, const QString &message = {});

Q_SIGNALS:
    void finished();

private:
    void deliver();

    QString m_key;
    QString m_secret;
    QString m_message;
    Error m_error = Error::None;
    bool m_finished = false;
};

} // namespace Concord
