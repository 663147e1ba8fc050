#include "setupwizard.h"

#include "checkpage.h"
#include "finishpage.h"
#include "serverpage.h"
#include "setupcontext.h"
#include "tokenpage.h"

namespace Concord {

namespace {

// Wide enough for the certificate box and the sign-in form without a squeezed look; long
// texts wrap inside it.
constexpr int MinimumWidth = 640;
constexpr int MinimumHeight = 520;

} // namespace

SetupWizard::SetupWizard(ProfileStore *profiles, const SecretStores &stores, QWidget *parent)
    : QWizard(parent)
    , m_context(std::make_unique<SetupContext>(profiles, stores))
    , m_serverPage(new ServerPage(m_context.get(), this))
    , m_tokenPage(new TokenPage(m_context.get(), this))
    , m_checkPage(new CheckPage(m_context.get(), this))
    , m_finishPage(new FinishPage(m_context.get(), this))
{
    setObjectName(QStringLiteral("SetupWizard"));
    // One look on every platform: the pages are designed for the classic layout (title and
    // subtitle above, no side picture).
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(MinimumWidth, MinimumHeight);
    setPage(ServerPageId, m_serverPage);
    setPage(TokenPageId, m_tokenPage);
    setPage(CheckPageId, m_checkPage);
    setPage(FinishPageId, m_finishPage);
    applyMode();
}

SetupWizard::~SetupWizard()
{
    // The pages are deleted after m_context (they are children, destroyed by ~QWidget): stop
    // their work while the context they report to still exists.
    m_serverPage->abortWork();
    m_tokenPage->abortWork();
    m_checkPage->abortWork();
    m_finishPage->abortWork();
}

void SetupWizard::editProfile(const Profile &profile)
{
    m_context->mode = Mode::EditProfile;
    m_context->original = profile;
    applyMode();
}

void SetupWizard::replaceToken(const Profile &profile)
{
    m_context->mode = Mode::ReplaceToken;
    m_context->original = profile;
    applyMode();
}

SetupWizard::Mode SetupWizard::mode() const
{
    return m_context->mode;
}

Profile SetupWizard::savedProfile() const
{
    return m_context->saved;
}

QString SetupWizard::token() const
{
    return m_context->saved.isValid() ? m_context->checkedToken : QString();
}

void SetupWizard::setTransferTimeout(int ms)
{
    m_context->transferTimeoutMs = ms;
}

void SetupWizard::done(int result)
{
    m_serverPage->abortWork();
    m_tokenPage->abortWork();
    m_checkPage->abortWork();
    m_finishPage->abortWork();
    QWizard::done(result);
}

void SetupWizard::applyMode()
{
    const bool replacing = m_context->mode == Mode::ReplaceToken;
    setWindowTitle(replacing ? tr("Enter a New Access Token") : tr("Set Up an Account"));
    if (replacing) {
        // The server is not in question, only the token: the server page is skipped, and what
        // it would have decided comes from the profile.
        m_context->serverUrl = m_context->original.serverUrl;
        m_context->allowInsecureHttp = m_context->original.allowInsecureHttp;
        m_context->pinnedSha256 = m_context->original.pinnedSha256;
    }
    setStartId(replacing ? TokenPageId : ServerPageId);
    // Called after the wizard was shown: begin again, so every page sees the new mode.
    if (currentId() != -1)
        restart();
}

} // namespace Concord
