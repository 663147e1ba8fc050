#include "tokenpage.h"
#include "ui_setuptokenpage.h"

#include "setupcontext.h"

#include "api/apiclient.h"
#include "api/issuetokenjob.h"
#include "logging.h"

#include <QAction>
#include <QRegularExpression>

namespace Concord {

namespace {

// The pages of methodStack, in the order of the .ui file.
constexpr int PastePageIndex = 0;
constexpr int SignInPageIndex = 1;

} // namespace

TokenPage::TokenPage(SetupContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TokenPage>())
    , m_context(context)
    , m_revealAction(new QAction(this))
{
    m_ui->setupUi(this);
    // A button beside the field rather than an icon inside it: without an icon theme (or with
    // one lacking the eye icons) the button still shows its text.
    m_revealAction->setCheckable(true);
    m_ui->showTokenButton->setDefaultAction(m_revealAction);
    onRevealToggled(false);
    connect(m_revealAction, &QAction::toggled, this, &TokenPage::onRevealToggled);

    m_ui->deviceNameEdit->setText(IssueTokenJob::defaultDeviceName());
    m_ui->tokenFormatLabel->hide();
    m_ui->signInStatusLabel->hide();

    connect(m_ui->pasteTokenRadio, &QRadioButton::toggled, this, &TokenPage::onMethodChanged);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &TokenPage::onTokenEdited);
    for (QLineEdit *edit : {m_ui->emailEdit, m_ui->passwordEdit, m_ui->deviceNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &TokenPage::onCredentialsEdited);
    onMethodChanged();
}

TokenPage::~TokenPage()
{
    abortWork();
}

bool TokenPage::looksLikeToken(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^\\d+\\|[A-Za-z0-9]{40}([0-9a-f]{8})?$"));
    return shape.match(token).hasMatch();
}

void TokenPage::initializePage()
{
    const QUrl server = m_context->serverUrl;
    m_ui->openServerLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                      .arg(server.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                          tr("Open %1 in your browser").arg(server.toDisplayString().toHtmlEscaped())));

    const Profile &profile = m_context->original;
    switch (m_context->mode) {
    case SetupWizard::Mode::NewProfile:
        m_ui->tokenEdit->setPlaceholderText(tr("Paste the token here"));
        break;
    case SetupWizard::Mode::EditProfile:
        m_ui->tokenEdit->setPlaceholderText(tr("Leave empty to keep the stored token"));
        break;
    case SetupWizard::Mode::ReplaceToken: {
        m_ui->tokenEdit->setPlaceholderText(tr("Paste the new token here"));
        const QString who = profile.userName.isEmpty() ? profile.userEmail : profile.userName;
        setSubTitle(who.isEmpty()
                ? tr("The server no longer accepts the token of “%1”. Enter a new one.").arg(profile.name)
                : tr("The server no longer accepts the token of “%1”. Enter a new token of %2.")
                      .arg(profile.name, who));
        break;
    }
    }
    // The account's own e-mail is the likely one to sign in with.
    if (m_ui->emailEdit->text().isEmpty() && !profile.userEmail.isEmpty())
        m_ui->emailEdit->setText(profile.userEmail);
    onMethodChanged();
}

void TokenPage::cleanupPage()
{
    abortWork();
    // Back to the server page: the server may change, and an issued token belongs to the old one.
    m_issuedToken.clear();
    m_issuedEmail.clear();
    QWizardPage::cleanupPage();
}

bool TokenPage::isComplete() const
{
    if (m_job)
        return false;
    if (isSigningIn()) {
        return !m_issuedToken.isEmpty()
            || (!m_ui->emailEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty()
                && !m_ui->deviceNameEdit->text().trimmed().isEmpty());
    }
    return m_context->mode == SetupWizard::Mode::EditProfile || !m_ui->tokenEdit->text().trimmed().isEmpty();
}

bool TokenPage::validatePage()
{
    if (m_job)
        return false;
    if (!isSigningIn()) {
        const QString token = m_ui->tokenEdit->text().trimmed();
        if (token.isEmpty() && m_context->mode != SetupWizard::Mode::EditProfile)
            return false;
        m_context->enteredToken = token;
        return true;
    }
    // Back on this page after a sign-in: the issued token stands, unless the user typed a
    // password again to be issued another.
    if (!m_issuedToken.isEmpty() && m_ui->passwordEdit->text().isEmpty()) {
        m_context->enteredToken = m_issuedToken;
        return true;
    }
    if (m_ui->emailEdit->text().trimmed().isEmpty() || m_ui->passwordEdit->text().isEmpty()
        || m_ui->deviceNameEdit->text().trimmed().isEmpty())
        return false;
    startSignIn();
    return false;
}

void TokenPage::abortWork()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job = nullptr;
        setBusy(false);
    }
    m_client.reset();
}

bool TokenPage::isSigningIn() const
{
    return m_ui->signInRadio->isChecked();
}

void TokenPage::onMethodChanged()
{
    const bool signIn = isSigningIn();
    m_ui->methodStack->setCurrentIndex(signIn ? SignInPageIndex : PastePageIndex);
    if (signIn)
        (m_ui->emailEdit->text().isEmpty() ? m_ui->emailEdit : m_ui->passwordEdit)->setFocus();
    else
        m_ui->tokenEdit->setFocus();
    Q_EMIT completeChanged();
}

void TokenPage::onTokenEdited()
{
    const QString token = m_ui->tokenEdit->text().trimmed();
    m_ui->tokenFormatLabel->setVisible(!token.isEmpty() && !looksLikeToken(token));
    Q_EMIT completeChanged();
}

void TokenPage::onCredentialsEdited()
{
    if (m_ui->emailEdit->text().trimmed() != m_issuedEmail) {
        m_issuedToken.clear();
        m_issuedEmail.clear();
    }
    Q_EMIT completeChanged();
}

void TokenPage::onRevealToggled(bool revealed)
{
    m_ui->tokenEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealAction->setText(revealed ? tr("&Hide") : tr("Sh&ow"));
    m_revealAction->setToolTip(revealed ? tr("Hide the token") : tr("Show the token"));
    m_revealAction->setIcon(
        QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible")));
}

void TokenPage::startSignIn()
{
    abortWork();
    // No token on this client: POST /api/token is for guests (§2.4).
    m_client = m_context->newClient();
    m_job = new IssueTokenJob(m_client.get(), m_ui->emailEdit->text().trimmed(), m_ui->passwordEdit->text(),
        m_ui->deviceNameEdit->text().trimmed());
    connect(m_job, &IssueTokenJob::finished, this, &TokenPage::onSignInFinished);
    setBusy(true);
    showSignInStatus(tr("Signing in…"));
}

void TokenPage::onSignInFinished()
{
    IssueTokenJob *job = m_job; // deletes itself once this signal is delivered
    m_job = nullptr;
    m_client.release()->deleteLater();
    setBusy(false);

    if (job->isOk()) {
        m_issuedToken = job->token();
        m_issuedEmail = m_ui->emailEdit->text().trimmed();
        // The password has done its job; it stays nowhere, not even in the field.
        m_ui->passwordEdit->clear();
        qCInfo(lcUi) << "sign-in: the server issued a token" << ApiClient::maskedToken(m_issuedToken);
        showSignInStatus(tr("Signed in. The server issued a token named “%1” for this computer.")
                             .arg(m_ui->deviceNameEdit->text().trimmed()));
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }

    const ApiError error = job->error();
    QString text = error.userMessage();
    if (error.kind() == ApiError::Kind::Validation) {
        // Wrong credentials are a 422 whose message is the server's own sentence (§2.4).
        text = error.serverMessage();
        if (text.isEmpty() && !error.fieldErrors().isEmpty())
            text = error.fieldErrors().cbegin().value().value(0);
        if (text.isEmpty())
            text = error.userMessage();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
    } else {
        m_ui->emailEdit->setFocus();
    }
    qCInfo(lcUi) << "sign-in failed:" << ApiError::kindName(error.kind()) << error.httpStatus();
    showSignInStatus(text);
}

void TokenPage::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->pasteTokenRadio), static_cast<QWidget *>(m_ui->signInRadio),
             static_cast<QWidget *>(m_ui->emailEdit), static_cast<QWidget *>(m_ui->passwordEdit),
             static_cast<QWidget *>(m_ui->deviceNameEdit)})
        widget->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void TokenPage::showSignInStatus(const QString &text)
{
    m_ui->signInStatusLabel->setText(text);
    m_ui->signInStatusLabel->setVisible(!text.isEmpty());
}

} // namespace Concord
