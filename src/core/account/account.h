#pragma once

#include "profile.h"

#include <QObject>
#include <QPointer>

namespace Concord {

class ApiClient;
class ChangeQueue;
class CurrentUserJob;
class SecretJob;
class SecretStore;

/// A profile at work: its ApiClient, its token read from the SecretStore, and one small state
/// machine that the main window and (later) the change queue listen to. A failed secret read
/// never deletes or rewrites anything; it only says so.
class Account : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SignedOut, ///< not opened yet
        Connecting, ///< reading the token, then asking the server who we are
        Online,
        Unreachable, ///< the last call could not reach the server
        NeedsToken, ///< no token stored, or the server rejected it: calls are parked
        RateLimited, ///< paused after a 429 until the window ends
        SecretUnavailable, ///< the token store could not be read (no keychain, timeout, ...)
    };
    Q_ENUM(State)

    /// `store` holds the token under profile.secretKey(); not owned.
    Account(const Profile &profile, SecretStore *store, QObject *parent = nullptr);
    ~Account() override;

    [[nodiscard]] Profile profile() const { return m_profile; }
    [[nodiscard]] ApiClient *client() const { return m_client; }
    /// Where every write of this account goes: it waits while the token is being read or was
    /// rejected, like every other call of client().
    [[nodiscard]] ChangeQueue *changeQueue() const { return m_changeQueue; }
    [[nodiscard]] State state() const { return m_state; }
    /// Why the state is what it is, translated; empty while all is well.
    [[nodiscard]] QString problem() const { return m_problem; }

    /// Reads the token and checks it with GET /api/me. Work may be queued on client() right
    /// away: it waits for the token.
    void open();
    /// A new token (after a revocation), already stored by the caller (the setup wizard): the
    /// client's parked calls go out again with it.
    void useToken(const QString &token);

Q_SIGNALS:
    void stateChanged(Concord::Account::State state);
    /// The server told us who the token belongs to (name or e-mail may have changed).
    void profileChanged(const Concord::Profile &profile);

private:
    void onTokenRead(SecretJob *job);
    void checkUser();
    void onClientStateChanged();
    void setState(State state, const QString &problem = {});

    Profile m_profile;
    SecretStore *m_store;
    ApiClient *m_client;
    ChangeQueue *m_changeQueue;
    QPointer<CurrentUserJob> m_userJob;
    State m_state = State::SignedOut;
    QString m_problem;
};

} // namespace Concord
