#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

class QAction;

namespace Concord {

class ApiClient;
class IssueTokenJob;
struct SetupContext;

namespace Ui {
class TokenPage;
}

/// The access token, one of two ways: pasted from Concord's web UI (Profile menu → Personal
/// Access Tokens), or issued by the server for this computer after signing in once with e-mail
/// and password (POST /api/token). The password is sent once and kept nowhere: the field is
/// cleared as soon as the answer comes. A pasted token that does not look like a Concord token
/// gets a warning, never a refusal (servers may add a prefix; concord-api.md §2.1).
class TokenPage : public QWizardPage
{
    Q_OBJECT
public:
    TokenPage(SetupContext *context, QWidget *parent = nullptr);
    ~TokenPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    /// Pasting: takes the token. Signing in: starts the sign-in and returns false; the page moves
    /// on by itself with the issued token.
    bool validatePage() override;

    /// Gives up a sign-in in flight.
    void abortWork();

    /// §2.1's shape of a token: id, `|`, 40 letters and digits, and on 1.5+ 8 hex digits.
    [[nodiscard]] static bool looksLikeToken(const QString &token);

private:
    [[nodiscard]] bool isSigningIn() const;
    void onMethodChanged();
    void onTokenEdited();
    void onCredentialsEdited();
    void onRevealToggled(bool revealed);
    void startSignIn();
    void onSignInFinished();
    void setBusy(bool busy);
    void showSignInStatus(const QString &text);

    std::unique_ptr<Ui::TokenPage> m_ui;
    SetupContext *m_context; ///< owned by the wizard; never used from the destructor
    QAction *m_revealAction;
    std::unique_ptr<ApiClient> m_client;
    QPointer<IssueTokenJob> m_job;
    /// The token the server issued for m_issuedEmail; forgotten when the e-mail changes.
    QString m_issuedToken;
    QString m_issuedEmail;
};

} // namespace Concord
