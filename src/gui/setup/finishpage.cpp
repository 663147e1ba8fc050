#include "finishpage.h"
#include "ui_setupfinishpage.h"

#include "serverpage.h"
#include "setupcontext.h"

#include "account/filesecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "account/secretstore.h"
#include "logging.h"

#include <QDir>

namespace Concord {

FinishPage::FinishPage(SetupContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FinishPage>())
    , m_context(context)
    , m_newId(Profile::newId())
{
    m_ui->setupUi(this);
    m_ui->keychainHelpLabel->hide();
    m_ui->useFileStoreCheck->hide();
    m_ui->fileStoreWarningLabel->hide();
    m_ui->finishStatusLabel->hide();
    connect(m_ui->profileNameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_ui->profileNameEdit, &QLineEdit::textChanged, this, &FinishPage::onNameEdited);
    connect(m_ui->useFileStoreCheck, &QCheckBox::toggled, this, &FinishPage::updateSummary);
}

FinishPage::~FinishPage()
{
    abortWork();
}

void FinishPage::initializePage()
{
    m_done = false;
    const bool replacing = m_context->mode == SetupWizard::Mode::ReplaceToken;
    // What the user typed survives Back and Next; the suggestion follows the checked user.
    if (!m_nameEdited || replacing) {
        m_ui->profileNameEdit->setText(m_context->mode == SetupWizard::Mode::NewProfile ? defaultName()
                                                                                         : m_context->original.name);
    }
    // A new token changes nothing about the account but the token; its name is not in question.
    m_ui->profileNameEdit->setReadOnly(replacing);
    // A fresh attempt: the offer of the file store follows a keychain failure, not a visit.
    m_ui->keychainHelpLabel->hide();
    m_ui->useFileStoreCheck->setChecked(false);
    m_ui->useFileStoreCheck->hide();
    m_ui->fileStoreWarningLabel->hide();
    onNameEdited();
    updateSummary();
    if (!replacing) {
        m_ui->profileNameEdit->setFocus();
        m_ui->profileNameEdit->selectAll();
    }
}

void FinishPage::cleanupPage()
{
    abortWork();
    QWizardPage::cleanupPage();
}

bool FinishPage::isComplete() const
{
    return !m_busy && nameProblem().isEmpty();
}

bool FinishPage::validatePage()
{
    if (m_done)
        return true;
    if (m_busy)
        return false;
    const QString problem = nameProblem();
    if (!problem.isEmpty()) {
        showStatus(problem);
        m_ui->profileNameEdit->setFocus();
        return false;
    }
    startSaving();
    return false;
}

void FinishPage::abortWork()
{
    ++m_generation;
    if (m_busy)
        setBusy(false);
}

QString FinishPage::nameProblem() const
{
    const QString name = m_ui->profileNameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the account.");
    const QString ownId = m_context->mode == SetupWizard::Mode::NewProfile ? m_newId : m_context->original.id;
    const Profile other = m_context->profiles->profileByName(name);
    if (other.isValid() && other.id != ownId)
        return tr("There is already an account named “%1”. Choose another name.").arg(other.name);
    return {};
}

QString FinishPage::defaultName() const
{
    const QUrl &server = m_context->serverUrl;
    QString host = server.host();
    if (server.port() != -1)
        host += QLatin1Char(':') + QString::number(server.port());
    const QString who = m_context->user.name.isEmpty() ? m_context->user.email : m_context->user.name;
    return who.isEmpty() ? host : tr("%1 @ %2").arg(who, host);
}

Profile FinishPage::profileToSave() const
{
    const bool isNew = m_context->mode == SetupWizard::Mode::NewProfile;
    Profile profile = isNew ? Profile() : m_context->original;
    profile.id = isNew ? m_newId : m_context->original.id;
    profile.name = m_ui->profileNameEdit->text().trimmed();
    profile.serverUrl = m_context->serverUrl;
    profile.allowInsecureHttp = m_context->allowInsecureHttp;
    profile.pinnedSha256 = m_context->pinnedSha256;
    if (m_ui->useFileStoreCheck->isChecked() && m_context->stores.file())
        profile.secretBackend = Profile::SecretBackend::File;
    else if (isNew)
        profile.secretBackend = Profile::SecretBackend::Keychain;
    profile.userId = m_context->user.id;
    profile.userName = m_context->user.name;
    profile.userEmail = m_context->user.email;
    return profile;
}

SecretStore *FinishPage::storeFor(const Profile &profile) const
{
    return m_context->stores.forProfile(profile);
}

void FinishPage::onNameEdited()
{
    showStatus(nameProblem());
    Q_EMIT completeChanged();
}

void FinishPage::updateSummary()
{
    const Profile profile = profileToSave();
    QStringList lines;
    lines << tr("Server: %1").arg(profile.serverUrl.toDisplayString().toHtmlEscaped());
    lines << tr("Signed in as: %1 (%2)").arg(profile.userName.toHtmlEscaped(), profile.userEmail.toHtmlEscaped());
    if (profile.allowInsecureHttp)
        lines << tr("Unencrypted http:// allowed by you");
    if (!profile.pinnedSha256.isEmpty()) {
        lines << tr("Certificate trusted by you: SHA-256 %1")
                     .arg(ServerPage::formatFingerprint(profile.pinnedSha256).replace(QLatin1Char('\n'), QString()));
    }
    const bool keeping = m_context->keepsStoredToken() && profile.secretBackend == m_context->original.secretBackend;
    SecretStore *store = storeFor(profile);
    if (keeping)
        lines << tr("Token: the stored token is kept");
    else if (store)
        lines << tr("Token kept in: %1").arg(store->describe().toHtmlEscaped());
    m_ui->summaryLabel->setText(lines.join(QStringLiteral("<br>")));
}

void FinishPage::startSaving()
{
    m_saving = profileToSave();
    if (m_context->keepsStoredToken() && m_saving.secretBackend == m_context->original.secretBackend) {
        // Editing with the token left empty: the stored token was read and checked; it stays.
        finishSaving();
        return;
    }
    SecretStore *store = storeFor(m_saving);
    if (!store) {
        showStatus(tr("There is no place to keep the token. The account was not saved."));
        return;
    }
    ++m_generation;
    const int generation = m_generation;
    setBusy(true);
    showStatus(tr("Storing the token…"));
    SecretJob *job = store->writeSecret(m_saving.secretKey(), m_context->checkedToken);
    connect(job, &SecretJob::finished, this, [this, job, generation] {
        if (generation == m_generation)
            onWritten(job);
    });
}

void FinishPage::onWritten(SecretJob *job)
{
    if (!job->isOk()) {
        fail(job->errorString(), job->error());
        return;
    }
    // Read back: a keychain may accept a write and keep nothing (a session keyring that is gone
    // at the next login is the usual case); an account that cannot find its token is worse than
    // one not saved.
    SecretJob *read = storeFor(m_saving)->readSecret(m_saving.secretKey());
    const int generation = m_generation;
    connect(read, &SecretJob::finished, this, [this, read, generation] {
        if (generation == m_generation)
            onReadBack(read);
    });
}

void FinishPage::onReadBack(SecretJob *job)
{
    if (!job->isOk()) {
        fail(job->errorString(), job->error());
        return;
    }
    if (job->secret() != m_context->checkedToken) {
        fail(tr("The token read back differs from the one just written."), SecretJob::Error::Other);
        return;
    }
    finishSaving();
}

void FinishPage::finishSaving()
{
    setBusy(false);
    if (!m_context->profiles->save(m_saving)) {
        showStatus(tr("The account could not be written to %1. Check that the folder is writable.")
                       .arg(QDir::toNativeSeparators(m_context->profiles->settingsPath())));
        return;
    }
    m_context->profiles->setCurrentProfileId(m_saving.id);
    m_context->saved = m_saving;
    m_done = true;
    qCInfo(lcUi) << "account saved:" << m_saving.id << "token in"
                 << (m_saving.secretBackend == Profile::SecretBackend::File ? "the file store" : "the keychain");
    showStatus({});
    if (wizard() && wizard()->currentPage() == this)
        wizard()->accept();
}

void FinishPage::fail(const QString &error, SecretJob::Error kind)
{
    setBusy(false);
    qCWarning(lcUi) << "storing the token failed:" << error;
    if (m_saving.secretBackend == Profile::SecretBackend::File) {
        showStatus(tr("The token could not be stored: %1 The account was not saved.").arg(error));
        return;
    }
    const QString install = tr("Install a keychain service and start it: gnome-keyring on GNOME and most other "
                               "desktops, KWallet on KDE Plasma. Then sign out and in again, and press Finish once "
                               "more.");
    QString help;
    switch (kind) {
    case SecretJob::Error::Timeout:
        help = tr("The keychain did not answer in time. It may be locked and waiting for its password in another "
                  "window: unlock it and press Finish again. If no keychain is installed: %1")
                   .arg(install);
        break;
    case SecretJob::Error::AccessDenied:
        help = tr("The keychain refused to keep the token. Allow Concord Desktop to use it when it asks, and press "
                  "Finish again.");
        break;
    default:
        help = tr("No keychain service answered, so the token cannot be kept safely. %1").arg(install);
        break;
    }
    m_ui->keychainHelpLabel->setText(help + QStringLiteral("\n\n") + tr("The keychain said: %1").arg(error));
    m_ui->keychainHelpLabel->show();
    if (SecretStore *file = m_context->stores.file()) {
        const auto *fileStore = qobject_cast<const FileSecretStore *>(file);
        const QString where = fileStore ? QDir::toNativeSeparators(fileStore->filePath()) : file->describe();
        m_ui->fileStoreWarningLabel->setText(
            tr("Without a keychain, the token can be kept in the file %1. It is NOT encrypted: the file is "
               "private to your user account, but anyone who can read your files — another administrator, a "
               "backup, a program you run — can read the token and act as you in Concord.")
                .arg(where));
        m_ui->useFileStoreCheck->show();
        m_ui->fileStoreWarningLabel->show();
    }
    showStatus(tr("The account was not saved."));
}

void FinishPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->profileNameEdit->setEnabled(!busy);
    m_ui->useFileStoreCheck->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void FinishPage::showStatus(const QString &text)
{
    m_ui->finishStatusLabel->setText(text);
    m_ui->finishStatusLabel->setVisible(!text.isEmpty());
}

} // namespace Concord
