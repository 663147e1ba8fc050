#pragma once

#include "account/account.h"
#include "account/secretstores.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QActionGroup;

namespace Concord {

class MainWindow;
class MemorySecretStore;
class ProfileStore;
class SetupWizard;

/// Runs the program for one account at a time: opens the current profile (its token from the
/// keychain), shows the window for it, fills the Account menu (switch, set up, edit, remove,
/// new token) and the banner that says when the account needs the person — a rejected token,
/// an unreadable keychain, no account yet. Switching accounts gives a fresh window and client,
/// so nothing of one account's data or token ever reaches the other's.
class AppController : public QObject
{
    Q_OBJECT
public:
    /// Neither `profiles` nor the stores are owned; they must outlive the controller.
    AppController(ProfileStore *profiles, const SecretStores &stores, QObject *parent = nullptr);
    ~AppController() override;

    /// Opens the profile named `profileName` (case-insensitive), else the current one, else the
    /// first; with none saved the window shows the welcome state and the setup wizard opens.
    /// False (with errorString()) only when `profileName` names no profile.
    bool start(const QString &profileName = {});
    /// The demo: an account on `baseUrl` whose token lives in memory only, never saved.
    void startDemo(const QUrl &baseUrl, const QString &token);

    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] Account *account() const { return m_account.get(); }
    /// The setup wizard while it is open, else null.
    [[nodiscard]] SetupWizard *wizard() const;

    // The Account menu's commands, public so that tests and the banner reach them directly.
    void switchTo(const QString &profileId);
    void setUpAccount();
    void editAccount();
    /// Asks first; then deletes the token from its store, the profile's local data, and the profile.
    void removeAccount();
    /// The wizard's token page for the current account; on success parked work goes on.
    void enterNewToken();

private:
    /// What an account switch leaves behind, destroyed window first (its models use the
    /// account's client), once the new window is shown.
    struct Retired {
        std::unique_ptr<Account> account;
        std::unique_ptr<MainWindow> window;
    };

    void openAccount(const Profile &profile, SecretStore *store, bool demo);
    [[nodiscard]] Retired retire();
    void showWindow();
    void rebuildAccountMenu();
    void updateBanner();
    void openWizard(SetupWizard *wizard);
    void onWizardAccepted();
    void removeProfileNow(const Profile &profile);

    ProfileStore *m_profiles;
    SecretStores m_stores;
    std::unique_ptr<MemorySecretStore> m_demoStore;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SetupWizard> m_wizard;
    QActionGroup *m_profileActions = nullptr;
    bool m_demo = false;
    QString m_errorString;
};

} // namespace Concord
