#include "serverpage.h"
#include "ui_setupserverpage.h"

#include "setupcontext.h"

#include "account/connectioncheck.h"
#include "account/serverurl.h"
#include "api/apiclient.h"
#include "logging.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QSignalBlocker>

namespace Concord {

namespace {

// An administrator reads a fingerprint out in pairs; sixteen pairs a line keep it readable.
constexpr int BytesPerLine = 16;

/// The same server for trust purposes: scheme, host and port. A pin is for one server only.
bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString displayName(const QSslCertificate &certificate, bool issuer)
{
    QString name = issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    if (name.isEmpty())
        name = QCoreApplication::translate("Concord::ServerPage", "(no name)");
    return name;
}

} // namespace

ServerPage::ServerPage(SetupContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ServerPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->certificateFingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->insecureBox->hide();
    m_ui->certificateBox->hide();
    m_ui->serverStatusLabel->hide();
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ServerPage::onServerEdited);
}

ServerPage::~ServerPage()
{
    abortWork();
}

QString ServerPage::formatFingerprint(const QByteArray &hexSha256)
{
    const QString hex = QString::fromLatin1(hexSha256).toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    QString text;
    for (int i = 0; i < pairs.size(); ++i) {
        text += pairs.at(i);
        if (i + 1 < pairs.size())
            text += (i + 1) % BytesPerLine == 0 ? QStringLiteral(":\n") : QStringLiteral(":");
    }
    return text;
}

void ServerPage::initializePage()
{
    if (m_context->mode == SetupWizard::Mode::EditProfile) {
        const Profile &profile = m_context->original;
        m_ui->serverEdit->setText(profile.serverUrl.toString());
        m_ui->allowInsecureCheck->setChecked(profile.allowInsecureHttp);
        // Checked with the pin the profile has, so a self-signed server the user trusted before
        // passes without the trust dialogue again.
        m_inheritedPin = profile.pinnedSha256;
    }
    m_ui->serverEdit->setFocus();
}

bool ServerPage::isComplete() const
{
    return !m_check && !m_ui->serverEdit->text().trimmed().isEmpty();
}

bool ServerPage::validatePage()
{
    QString error;
    const QUrl url = ServerUrl::normalize(m_ui->serverEdit->text(), &error);
    if (!url.isValid()) {
        showStatus(error);
        m_ui->serverEdit->setFocus();
        return false;
    }
    const bool insecure = ServerUrl::needsInsecureConsent(url);
    if (insecure && !m_ui->allowInsecureCheck->isChecked()) {
        // Refused here, before a single byte goes out: the check must not leave unencrypted.
        showStatus(tr("This address uses unencrypted http:// to another computer. Use https:// if the server "
                      "offers it, or tick “%1” if you accept the risk.")
                       .arg(m_ui->allowInsecureCheck->text().remove(QLatin1Char('&'))));
        m_ui->allowInsecureCheck->setFocus();
        return false;
    }
    TlsTrust trust;
    trust.allowInsecureHttp = insecure;
    if (url.scheme() == QLatin1String("https"))
        trust.pinnedSha256 = pinFor(url);

    if (m_passed && m_passedUrl == url && m_passedTrust.pinnedSha256 == trust.pinnedSha256
        && m_passedTrust.allowInsecureHttp == trust.allowInsecureHttp) {
        m_context->serverUrl = url;
        m_context->allowInsecureHttp = insecure;
        m_context->pinnedSha256 = trust.pinnedSha256;
        return true;
    }
    startCheck(url, trust);
    return false;
}

void ServerPage::abortWork()
{
    if (!m_check && !m_client)
        return;
    const bool wasBusy = bool(m_check);
    if (m_check) {
        // The check first: deleting the client under a running check would end it with a
        // "cancelled" answer that nobody wants.
        m_check->disconnect(this);
        m_check.reset();
    }
    m_client.reset();
    if (wasBusy)
        setBusy(false);
}

void ServerPage::onServerEdited()
{
    // A newer address makes the answer for the older one worthless.
    abortWork();
    QString error;
    const QUrl url = ServerUrl::normalize(m_ui->serverEdit->text(), &error);
    const bool insecure = url.isValid() && ServerUrl::needsInsecureConsent(url);
    if (!insecure)
        m_ui->allowInsecureCheck->setChecked(false); // consent is for the server it was given for
    m_ui->insecureBox->setVisible(insecure);
    if (!m_certificate.isNull() && !sameServer(url, m_certificateUrl))
        hideCertificate();
    showStatus({});
    Q_EMIT completeChanged();
}

void ServerPage::startCheck(const QUrl &url, const TlsTrust &trust)
{
    abortWork();
    m_checkingUrl = url;
    m_checkingTrust = trust;
    m_client = m_context->newClient(url, trust);
    m_check = std::make_unique<ConnectionCheck>(m_client.get());
    connect(m_check.get(), &ConnectionCheck::finished, this, &ServerPage::onCheckFinished);
    setBusy(true);
}

void ServerPage::onCheckFinished()
{
    const ConnectionCheck::Outcome outcome = m_check->outcome();
    const QString message = m_check->message();
    const QSslCertificate certificate = m_check->certificate();
    qCInfo(lcUi) << "server check of" << m_checkingUrl.toDisplayString() << "->" << outcome;
    // Not deleted here: we are inside its signal. Later, and the check before its client.
    m_check->disconnect(this);
    m_check.release()->deleteLater();
    m_client.release()->deleteLater();
    setBusy(false);

    switch (outcome) {
    case ConnectionCheck::Outcome::Ok: {
        m_passed = true;
        m_passedUrl = m_checkingUrl;
        m_passedTrust = m_checkingTrust;
        // Show what will be used: people type "crm.example.com/api/" and see the real address.
        const QSignalBlocker blocker(m_ui->serverEdit);
        m_ui->serverEdit->setText(m_checkingUrl.toString());
        showStatus(message);
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }
    case ConnectionCheck::Outcome::UntrustedCertificate:
        showCertificate(certificate, m_checkingUrl);
        showStatus(message);
        m_ui->trustCertificateCheck->setFocus();
        return;
    case ConnectionCheck::Outcome::TlsFailure:
        if (!m_checkingTrust.pinnedSha256.isEmpty() && !certificate.isNull()) {
            // The server presents another certificate than the trusted one. Forget the old pin,
            // so that the next check shows the new certificate to be compared like the first.
            if (m_checkingTrust.pinnedSha256 == m_inheritedPin)
                m_inheritedPin.clear();
            hideCertificate();
            showStatus(message + QLatin1Char(' ')
                + tr("Press Next to see the certificate the server presents now, and trust it only if your "
                     "administrator confirms its fingerprint."));
            m_ui->serverEdit->setFocus();
            return;
        }
        break;
    default:
        break;
    }
    showStatus(message);
    m_ui->serverEdit->setFocus();
}

void ServerPage::showCertificate(const QSslCertificate &certificate, const QUrl &url)
{
    const bool sameCertificate = certificate == m_certificate;
    m_certificate = certificate;
    m_certificateUrl = url;
    QString issuer = displayName(certificate, true);
    if (certificate.isSelfSigned())
        issuer = tr("%1 (self-signed)").arg(issuer);
    const QLocale locale;
    QString validity = tr("%1 to %2")
                           .arg(locale.toString(certificate.effectiveDate().toLocalTime().date(), QLocale::ShortFormat),
                               locale.toString(certificate.expiryDate().toLocalTime().date(), QLocale::ShortFormat));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now)
        validity = tr("%1 (expired)").arg(validity);
    else if (certificate.effectiveDate() > now)
        validity = tr("%1 (not valid yet)").arg(validity);
    m_ui->certificateSubjectLabel->setText(displayName(certificate, false));
    m_ui->certificateIssuerLabel->setText(issuer);
    m_ui->certificateValidityLabel->setText(validity);
    m_ui->certificateFingerprintLabel->setText(formatFingerprint(TlsTrust::fingerprint(certificate)));
    // A different certificate needs a fresh decision.
    if (!sameCertificate)
        m_ui->trustCertificateCheck->setChecked(false);
    m_ui->certificateBox->show();
}

void ServerPage::hideCertificate()
{
    m_certificate = QSslCertificate();
    m_certificateUrl = QUrl();
    m_ui->trustCertificateCheck->setChecked(false);
    m_ui->certificateBox->hide();
}

void ServerPage::setBusy(bool busy)
{
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->insecureBox->setEnabled(!busy);
    m_ui->certificateBox->setEnabled(!busy);
    if (busy)
        showStatus(tr("Checking…"));
    Q_EMIT completeChanged();
}

void ServerPage::showStatus(const QString &text)
{
    m_ui->serverStatusLabel->setText(text);
    m_ui->serverStatusLabel->setVisible(!text.isEmpty());
}

QByteArray ServerPage::pinFor(const QUrl &url) const
{
    if (!m_certificate.isNull() && m_ui->trustCertificateCheck->isChecked() && sameServer(url, m_certificateUrl))
        return TlsTrust::fingerprint(m_certificate);
    if (!m_inheritedPin.isEmpty() && sameServer(url, m_context->original.serverUrl))
        return m_inheritedPin;
    return {};
}

} // namespace Concord
