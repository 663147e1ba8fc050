#pragma once

#include "api/tlstrust.h"

#include <QSslCertificate>
#include <QUrl>
#include <QWizardPage>

#include <memory>

namespace Concord {

class ApiClient;
class ConnectionCheck;
struct SetupContext;

namespace Ui {
class ServerPage;
}

/// The first page: where the server is. Next asks the server (GET /api/me without a token)
/// whether a Concord API answers there, and moves on only when it does. Plain http:// to
/// another computer needs an explicit tick, and a certificate this computer does not trust is
/// shown with its fingerprint, to be trusted (pinned) only by a second, deliberate tick.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    ServerPage(SetupContext *context, QWidget *parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// Starts a check and returns false; the page moves on by itself when the check passes.
    bool validatePage() override;

    /// Gives up a check in flight, without a word on the page.
    void abortWork();

    /// `AA:BB:…` in two lines of sixteen bytes, as administrators read fingerprints out.
    [[nodiscard]] static QString formatFingerprint(const QByteArray &hexSha256);

private:
    void onServerEdited();
    void startCheck(const QUrl &url, const TlsTrust &trust);
    void onCheckFinished();
    void showCertificate(const QSslCertificate &certificate, const QUrl &url);
    void hideCertificate();
    void setBusy(bool busy);
    void showStatus(const QString &text);
    /// The pin a check of `url` uses: the certificate the user just ticked, else (when editing)
    /// the one the profile trusts already, for the same server.
    [[nodiscard]] QByteArray pinFor(const QUrl &url) const;

    std::unique_ptr<Ui::ServerPage> m_ui;
    SetupContext *m_context; ///< owned by the wizard; never used from the destructor
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionCheck> m_check;
    QUrl m_checkingUrl;
    TlsTrust m_checkingTrust;
    /// The last check that passed: Next with the same input goes on without asking again.
    QUrl m_passedUrl;
    TlsTrust m_passedTrust;
    bool m_passed = false;
    /// The untrusted certificate on show, and the server that presented it.
    QSslCertificate m_certificate;
    QUrl m_certificateUrl;
    /// EditProfile: the pin the profile has; dropped once the server shows another certificate.
    QByteArray m_inheritedPin;
};

} // namespace Concord
