#pragma once

#include "account/profile.h"
#include "account/secretstores.h"

#include <QCoreApplication>
#include <QObject>

namespace Concord {

class ProfileStore;

/// `--profile NAME`: the account the desktop app saved, and its token read from where the app
/// keeps it (the keychain, or the file the user opted into). Reading a keychain is
/// asynchronous, so the token arrives through tokenRead() or failed().
class ProfileLoader : public QObject
{
    Q_OBJECT
public:
    ProfileLoader(const SecretStores &stores, QObject *parent = nullptr);

    /// Looks the profile up by name (case-insensitively); false with errorString() when there
    /// is none, or when `server` is given and is not the profile's server.
    [[nodiscard]] bool find(const ProfileStore &profiles, const QString &name, const QUrl &server);
    [[nodiscard]] Profile profile() const { return m_profile; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    /// After find(): reads the token; tokenRead() or failed() follows from the event loop.
    void readToken();

Q_SIGNALS:
    void tokenRead(const QString &token);
    void failed(const QString &message);

private:
    SecretStores m_stores;
    Profile m_profile;
    QString m_errorString;
};

} // namespace Concord
