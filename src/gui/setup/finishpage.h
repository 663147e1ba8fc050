#pragma once

#include "account/profile.h"
#include "account/secretjob.h"

#include <QWizardPage>

#include <memory>

namespace Concord {

class SecretStore;
struct SetupContext;

namespace Ui {
class FinishPage;
}

/// Names the account and keeps it. Finish writes the token to its store, reads it back and
/// compares, and only then saves the profile and makes it current: a keychain that takes a
/// write and loses it must not leave an account that cannot sign in. When no keychain service
/// answers, the page says what to install and offers — only as the user's explicit choice — the
/// unencrypted file store. A failure saves nothing and deletes nothing.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    FinishPage(SetupContext *context, QWidget *parent = nullptr);
    ~FinishPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    /// Starts storing and returns false; accepts the wizard by itself once all is saved.
    bool validatePage() override;

    /// Forgets a store operation in flight (it cannot be stopped, only ignored).
    void abortWork();

private:
    /// Why the name cannot be used; empty when it can.
    [[nodiscard]] QString nameProblem() const;
    [[nodiscard]] QString defaultName() const;
    [[nodiscard]] Profile profileToSave() const;
    [[nodiscard]] SecretStore *storeFor(const Profile &profile) const;
    void onNameEdited();
    void updateSummary();
    void startSaving();
    void onWritten(SecretJob *job);
    void onReadBack(SecretJob *job);
    void finishSaving();
    /// A store failure: for the keychain, what to install and the offer of the file store.
    void fail(const QString &error, SecretJob::Error kind);
    void setBusy(bool busy);
    void showStatus(const QString &text);

    std::unique_ptr<Ui::FinishPage> m_ui;
    SetupContext *m_context; ///< owned by the wizard; never used from the destructor
    /// A new profile's id, made once so that a retry (file store) does not leave a second entry.
    QString m_newId;
    Profile m_saving; ///< the profile whose token is being stored
    int m_generation = 0; ///< see CheckPage: SecretJobs cannot be aborted, old answers are ignored
    bool m_busy = false;
    bool m_nameEdited = false;
    bool m_done = false;
};

} // namespace Concord
