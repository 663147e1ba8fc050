#pragma once

#include "setupwizard.h"

#include "account/profile.h"
#include "account/secretstores.h"
#include "api/currentuser.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace Concord {

class ApiClient;
class ProfileStore;

/// What the pages of the SetupWizard hand on to each other: each page fills in its part when
/// the user leaves it forward, and reads what the earlier pages decided. One object owned by the
/// wizard, so no page needs to know another.
struct SetupContext
{
    SetupContext(ProfileStore *profileStore, const SecretStores &secretStores);

    ProfileStore *profiles;
    SecretStores stores;
    SetupWizard::Mode mode = SetupWizard::Mode::NewProfile;
    /// EditProfile and ReplaceToken: the profile as it was saved.
    Profile original;
    int transferTimeoutMs;

    // The server page (preset from `original` in ReplaceToken mode, which skips the page).
    QUrl serverUrl;
    bool allowInsecureHttp = false;
    QByteArray pinnedSha256;

    // The token page: trimmed; empty in EditProfile mode means "keep the stored token".
    QString enteredToken;

    // The check page: the token that worked and whose it is.
    QString checkedToken;
    CurrentUser user;

    // The finish page: set only once the token is stored and the profile saved.
    Profile saved;

    [[nodiscard]] bool keepsStoredToken() const
    {
        return mode == SetupWizard::Mode::EditProfile && enteredToken.isEmpty();
    }
    [[nodiscard]] TlsTrust tlsTrust() const;
    /// A client for one check: the server and trust chosen so far, `token` (none for the guest
    /// calls), and a rejected token ends the call instead of parking it — the wizard is not
    /// going to bring a new token to that client. One attempt only: the user is watching, and a
    /// dead server should say so at once rather than after backed-off retries.
    [[nodiscard]] std::unique_ptr<ApiClient> newClient(const QString &token = {}) const;
    /// The same for a server not chosen yet (the server page's own checks).
    [[nodiscard]] std::unique_ptr<ApiClient> newClient(
        const QUrl &url, const TlsTrust &trust, const QString &token = {}) const;
};

} // namespace Concord
