#pragma once

#include <QWizard>

#include <memory>

namespace Concord {

class CheckPage;
class FinishPage;
class ProfileStore;
class SecretStores;
class ServerPage;
class TokenPage;
struct Profile;
struct SetupContext;

/// Sets up an account: the server (and, for a self-signed certificate, the user's decision to
/// trust it), an access token pasted or issued by signing in, a check of whose token it is, and
/// a name. Only when the token was written to its SecretStore and read back unchanged is the
/// profile saved and made current; a failure saves nothing and deletes nothing.
///
/// The same wizard changes an existing account (editProfile()) and takes a new token after the
/// server revoked the old one (replaceToken()). Every network step is asynchronous: a page's
/// Next starts the work and returns false, and the page moves on by itself when the answer is
/// good. No nested event loop.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum class Mode
    {
        NewProfile,
        EditProfile, ///< server pre-filled; an empty token keeps the stored one
        ReplaceToken, ///< server fixed, starts at the token page; the token must be the same user's
    };
    Q_ENUM(Mode)

    enum PageId
    {
        ServerPageId,
        TokenPageId,
        CheckPageId,
        FinishPageId
    };

    /// A new profile. `profiles` must outlive the wizard, and so must the stores.
    SetupWizard(ProfileStore *profiles, const SecretStores &stores, QWidget *parent = nullptr);
    ~SetupWizard() override;

    /// Changes `profile`: its id stays, and leaving the token empty keeps the stored token.
    void editProfile(const Profile &profile);
    /// A new token for `profile` after the old one was rejected. When the profile knows its user
    /// (userId non-zero), a token of anyone else is refused with both names.
    void replaceToken(const Profile &profile);

    [[nodiscard]] Mode mode() const;
    /// The profile as saved; valid only after the wizard was accepted.
    [[nodiscard]] Profile savedProfile() const;
    /// The checked token, after accept, for the caller to hand to the running account.
    [[nodiscard]] QString token() const;
    /// The transfer timeout of every request the wizard makes (tests make it short).
    void setTransferTimeout(int ms);

    /// Stops whatever a page is waiting for: a closed wizard asks the server nothing more.
    void done(int result) override;

private:
    void applyMode();

    std::unique_ptr<SetupContext> m_context;
    ServerPage *m_serverPage;
    TokenPage *m_tokenPage;
    CheckPage *m_checkPage;
    FinishPage *m_finishPage;
};

} // namespace Concord
