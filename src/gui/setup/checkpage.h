#pragma once

#include <QWizardPage>

#include <memory>

namespace Concord {

class ApiClient;
class ConnectionCheck;
class SecretJob;
struct SetupContext;

namespace Ui {
class CheckPage;
}

/// Asks the server whose token it is (GET /api/me with the token) as soon as the page shows,
/// and says so: the user's name and e-mail, or one sentence per kind of failure. Next is only
/// possible once the token works — and, when replacing a revoked token, once it is a token of
/// the same user. Editing an account with the token left empty checks the stored token.
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    CheckPage(SetupContext *context, QWidget *parent = nullptr);
    ~CheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Gives up a check (or a read of the stored token) in flight.
    void abortWork();

private:
    void startCheck();
    void onStoredTokenRead(SecretJob *job);
    void runCheck(const QString &token);
    void onCheckFinished();
    void setBusy(bool busy);
    void showResult(const QString &text);

    std::unique_ptr<Ui::CheckPage> m_ui;
    SetupContext *m_context; ///< owned by the wizard; never used from the destructor
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionCheck> m_check;
    QString m_token; ///< the token being checked
    /// Counts the checks started: a secret read answering for an older one is ignored (a
    /// SecretJob cannot be aborted).
    int m_generation = 0;
    bool m_busy = false;
    bool m_passed = false;
};

} // namespace Concord
