#include "appcontroller.h"

#include "account/memorysecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "account/secretstore.h"
#include "api/apiclient.h"
#include "logging.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "setup/setupwizard.h"

#include <QActionGroup>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace Concord {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");

} // namespace

AppController::AppController(ProfileStore *profiles, const SecretStores &stores, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_stores(stores)
{
}

AppController::~AppController()
{
    const Retired retired = retire();
}

SetupWizard *AppController::wizard() const
{
    return m_wizard;
}

bool AppController::start(const QString &profileName)
{
    Profile profile;
    if (!profileName.isEmpty()) {
        profile = m_profiles->profileByName(profileName);
        if (!profile.isValid()) {
            m_errorString = tr("There is no account named “%1”.").arg(profileName);
            return false;
        }
    } else {
        profile = m_profiles->profile(m_profiles->currentProfileId());
        if (!profile.isValid() && !m_profiles->profiles().isEmpty())
            profile = m_profiles->profiles().constFirst();
    }
    if (profile.isValid()) {
        switchTo(profile.id);
        return true;
    }
    showWindow();
    setUpAccount(); // first launch: straight to the wizard
    return true;
}

void AppController::startDemo(const QUrl &baseUrl, const QString &token)
{
    m_demoStore = std::make_unique<MemorySecretStore>();
    Profile demo;
    demo.id = QStringLiteral("demo");
    demo.name = tr("Demo");
    demo.serverUrl = baseUrl;
    // The memory store keeps the value at once; the job only reports it.
    m_demoStore->writeSecret(demo.secretKey(), token);
    m_demo = true;
    openAccount(demo, m_demoStore.get(), true);
}

void AppController::switchTo(const QString &profileId)
{
    const Profile profile = m_profiles->profile(profileId);
    if (!profile.isValid())
        return;
    m_demo = false;
    m_profiles->setCurrentProfileId(profile.id);
    openAccount(profile, m_stores.forProfile(profile), false);
}

void AppController::openAccount(const Profile &profile, SecretStore *store, bool demo)
{
    // The old window goes only once the new one is up: closing the last visible window would
    // end the program.
    const Retired retired = retire();
    qCInfo(lcUi) << "opening profile" << profile.id << "on" << profile.serverUrl.toDisplayString();
    m_account = std::make_unique<Account>(profile, store);
    connect(m_account.get(), &Account::stateChanged, this, &AppController::updateBanner);
    if (!demo) {
        connect(m_account.get(), &Account::profileChanged, this,
                [this](const Profile &changed) { m_profiles->save(changed); });
    }
    showWindow();
    m_window->setApiClient(m_account->client(), demo);
    m_window->setChangeQueue(m_account->changeQueue());
    m_window->setStorageWarning(profile.secretBackend == Profile::SecretBackend::File && !demo
                                    ? tr("The access token is stored unencrypted")
                                    : QString());
    m_account->open();
    updateBanner();
}

AppController::Retired AppController::retire()
{
    if (m_window) {
        QSettings settings;
        settings.setValue(kGeometryKey, m_window->saveGeometry());
        settings.setValue(kStateKey, m_window->saveState());
        m_window->disconnect(this);
    }
    if (m_account)
        m_account->disconnect(this);
    return Retired{std::move(m_account), std::move(m_window)};
}

void AppController::showWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>();
        const QSettings settings;
        m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
        m_window->restoreState(settings.value(kStateKey).toByteArray());
    }
    rebuildAccountMenu();
    updateBanner();
    m_window->show();
}

void AppController::rebuildAccountMenu()
{
    QMenu *menu = m_window->accountMenu();
    menu->clear();
    delete m_profileActions;
    m_profileActions = new QActionGroup(menu);
    const QString currentId = m_account ? m_account->profile().id : QString();
    for (const Profile &profile : m_profiles->profiles()) {
        // "&" in a name would become a mnemonic.
        QAction *action = menu->addAction(tr("%1 (%2)").arg(QString(profile.name).replace(QLatin1Char('&'),
                                                                                               QStringLiteral("&&")),
                                                            profile.serverUrl.adjusted(QUrl::RemoveUserInfo).authority()));
        action->setCheckable(true);
        action->setChecked(profile.id == currentId);
        action->setActionGroup(m_profileActions);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (!m_account || m_account->profile().id != id)
                switchTo(id);
        });
    }
    if (!m_profileActions->actions().isEmpty())
        menu->addSeparator();
    const bool hasAccount = m_account && !m_demo;
    QAction *setUp = menu->addAction(tr("&Set Up an Account…"), this, &AppController::setUpAccount);
    setUp->setObjectName(QStringLiteral("actionSetUpAccount"));
    QAction *edit = menu->addAction(tr("&Edit This Account…"), this, &AppController::editAccount);
    edit->setObjectName(QStringLiteral("actionEditAccount"));
    edit->setEnabled(hasAccount);
    QAction *token = menu->addAction(tr("Enter a New Access &Token…"), this, &AppController::enterNewToken);
    token->setObjectName(QStringLiteral("actionEnterNewToken"));
    token->setEnabled(hasAccount);
    QAction *remove = menu->addAction(tr("&Remove This Account…"), this, &AppController::removeAccount);
    remove->setObjectName(QStringLiteral("actionRemoveAccount"));
    remove->setEnabled(hasAccount);
}

void AppController::updateBanner()
{
    if (!m_window)
        return;
    MessageBanner *banner = m_window->banner();
    QMenu *menu = m_window->accountMenu();
    const auto action = [menu](const char *name) { return menu->findChild<QAction *>(QLatin1String(name)); };
    if (!m_account) {
        banner->showMessage(MessageBanner::Kind::Information,
                            tr("No account is set up yet. Connect to your Concord server with an access token."),
                            {action("actionSetUpAccount")});
        return;
    }
    switch (m_account->state()) {
    case Account::State::NeedsToken:
        banner->showMessage(MessageBanner::Kind::Warning, m_account->problem(),
                            m_demo ? QList<QAction *>() : QList<QAction *>{action("actionEnterNewToken")});
        break;
    case Account::State::SecretUnavailable: {
        auto *retry = new QAction(tr("Try Again"), banner);
        retry->setObjectName(QStringLiteral("actionRetrySecret"));
        connect(retry, &QAction::triggered, m_account.get(), &Account::open);
        banner->showMessage(MessageBanner::Kind::Error,
                            tr("The access token of %1 could not be read: %2 Nothing was deleted.")
                                .arg(m_account->profile().name, m_account->problem()),
                            {retry, action("actionEnterNewToken")});
        break;
    }
    default:
        banner->clear();
        break;
    }
}

void AppController::setUpAccount()
{
    openWizard(new SetupWizard(m_profiles, m_stores, m_window.get()));
}

void AppController::editAccount()
{
    if (!m_account || m_demo)
        return;
    auto *wizard = new SetupWizard(m_profiles, m_stores, m_window.get());
    wizard->editProfile(m_account->profile());
    openWizard(wizard);
}

void AppController::enterNewToken()
{
    if (!m_account || m_demo)
        return;
    auto *wizard = new SetupWizard(m_profiles, m_stores, m_window.get());
    wizard->replaceToken(m_account->profile());
    openWizard(wizard);
}

void AppController::openWizard(SetupWizard *wizard)
{
    if (m_wizard) {
        // One at a time: a second request brings the open one forward instead.
        delete wizard;
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, &AppController::onWizardAccepted);
    wizard->open();
}

void AppController::onWizardAccepted()
{
    const SetupWizard::Mode mode = m_wizard->mode();
    const Profile saved = m_wizard->savedProfile();
    const QString token = m_wizard->token();
    // Not from inside the wizard's own signal: switching accounts deletes its parent window.
    QMetaObject::invokeMethod(
        this,
        [this, mode, saved, token] {
            if (mode == SetupWizard::Mode::ReplaceToken && m_account && m_account->profile().id == saved.id) {
                // The same account goes on: its parked calls are sent with the new token.
                m_account->useToken(token);
                return;
            }
            switchTo(saved.id);
        },
        Qt::QueuedConnection);
}

void AppController::removeAccount()
{
    if (!m_account || m_demo)
        return;
    const Profile profile = m_account->profile();
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Remove Account"),
        tr("Remove the account “%1” from this computer?\n\nIts access token is deleted from %2 and its local data "
           "from this computer. Nothing on the server changes; you can set the account up again later.")
            .arg(profile.name, m_stores.forProfile(profile)->describe()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeProfileNow(profile);
}

void AppController::removeProfileNow(const Profile &profile)
{
    SecretJob *job = m_stores.forProfile(profile)->deleteSecret(profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, job, profile] {
        if (!job->isOk()) {
            // The profile goes anyway: the person asked for it, and a token left in the keychain
            // is named so they can remove it there.
            qCWarning(lcUi) << "token of removed profile" << profile.id << "not deleted:" << job->error();
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                        tr("The account was removed, but its access token could not be deleted "
                                           "from %1: %2 You can delete the entry “%3” there yourself.")
                                            .arg(m_stores.forProfile(profile)->describe(), job->errorString(),
                                                 profile.secretKey()),
                                        QMessageBox::Ok, m_window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        QDir(profile.localDataPath()).removeRecursively();
        m_profiles->remove(profile.id);
        if (m_account && m_account->profile().id == profile.id) {
            const QList<Profile> rest = m_profiles->profiles();
            if (rest.isEmpty()) {
                const Retired retired = retire();
                showWindow();
            } else {
                switchTo(rest.constFirst().id);
            }
        } else if (m_window) {
            rebuildAccountMenu();
        }
    });
}

} // namespace Concord
