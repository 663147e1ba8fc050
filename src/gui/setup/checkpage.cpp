#include "checkpage.h"
#include "ui_setupcheckpage.h"

#include "setupcontext.h"

#include "account/connectioncheck.h"
#include "account/secretjob.h"
#include "account/secretstore.h"
#include "api/apiclient.h"
#include "logging.h"

namespace Concord {

CheckPage::CheckPage(SetupContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CheckPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->checkProgress->hide();
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &CheckPage::startCheck);
}

CheckPage::~CheckPage()
{
    abortWork();
}

void CheckPage::initializePage()
{
    startCheck();
}

void CheckPage::cleanupPage()
{
    abortWork();
    QWizardPage::cleanupPage();
}

bool CheckPage::isComplete() const
{
    return !m_busy && m_passed;
}

void CheckPage::abortWork()
{
    ++m_generation;
    if (m_check) {
        // The check first: deleting its client under it would end it as "cancelled".
        m_check->disconnect(this);
        m_check.reset();
    }
    m_client.reset();
    if (m_busy)
        setBusy(false);
}

void CheckPage::startCheck()
{
    abortWork();
    m_passed = false;
    m_context->checkedToken.clear();
    m_context->user = {};
    setBusy(true);
    if (!m_context->keepsStoredToken()) {
        runCheck(m_context->enteredToken);
        return;
    }
    // Editing with the token left empty: the stored token is the one to check.
    SecretStore *store = m_context->stores.forProfile(m_context->original);
    if (!store) {
        setBusy(false);
        showResult(tr("The stored token cannot be read: its store is not available. Go back and enter a token."));
        return;
    }
    SecretJob *job = store->readSecret(m_context->original.secretKey());
    const int generation = m_generation;
    connect(job, &SecretJob::finished, this, [this, job, generation] {
        if (generation == m_generation)
            onStoredTokenRead(job);
    });
}

void CheckPage::onStoredTokenRead(SecretJob *job)
{
    if (!job->isOk() || job->secret().isEmpty()) {
        setBusy(false);
        showResult(tr("The stored token could not be read: %1 Go back and enter a token.")
                       .arg(job->isOk() ? tr("it is empty.") : job->errorString()));
        return;
    }
    runCheck(job->secret());
}

void CheckPage::runCheck(const QString &token)
{
    m_token = token;
    m_client = m_context->newClient(token);
    m_check = std::make_unique<ConnectionCheck>(m_client.get());
    connect(m_check.get(), &ConnectionCheck::finished, this, &CheckPage::onCheckFinished);
}

void CheckPage::onCheckFinished()
{
    const ConnectionCheck::Outcome outcome = m_check->outcome();
    const CurrentUser user = m_check->user();
    QString text = m_check->message();
    qCInfo(lcUi) << "token check" << ApiClient::maskedToken(m_token) << "->" << outcome;
    // Inside its signal: deleted later, the check before its client.
    m_check->disconnect(this);
    m_check.release()->deleteLater();
    m_client.release()->deleteLater();

    bool passed = outcome == ConnectionCheck::Outcome::Ok;
    const Profile &profile = m_context->original;
    if (passed && m_context->mode == SetupWizard::Mode::ReplaceToken && profile.userId != 0
        && user.id != profile.userId) {
        // A token of someone else would quietly turn this account into theirs.
        passed = false;
        const QString owner = profile.userName.isEmpty() ? tr("user %1").arg(profile.userId) : profile.userName;
        const QString ownerEmail = profile.userEmail.isEmpty() ? tr("no e-mail known") : profile.userEmail;
        text = tr("This token belongs to %1 (%2), but “%3” is the account of %4 (%5). Enter a token of %4, or "
                  "set up a separate account for %1.")
                   .arg(user.name, user.email, profile.name, owner, ownerEmail);
    }
    if (passed) {
        m_context->checkedToken = m_token;
        m_context->user = user;
    }
    m_passed = passed;
    setBusy(false);
    showResult(text);
    if (!passed)
        m_ui->checkAgainButton->setFocus();
}

void CheckPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->checkProgress->setVisible(busy);
    m_ui->checkAgainButton->setEnabled(!busy);
    if (busy)
        showResult(tr("Checking…"));
    Q_EMIT completeChanged();
}

void CheckPage::showResult(const QString &text)
{
    m_ui->checkResultLabel->setText(text);
}

} // namespace Concord
