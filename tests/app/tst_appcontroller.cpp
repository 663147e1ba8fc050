// The application around the main window: which account opens, the Account menu, the banner,
// removing an account, and a token revoked in the middle of work (issue 6 §3, §4) — against
// an in-process emulator, with the tokens in a memory store.
#include "appcontroller.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "models/recordlistmodel.h"
#include "setup/setupwizard.h"
#include "widgettools.h"

#include "account/memorysecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "api/apiclient.h"

#include <emulatorfixture.h>
#include <seededtokens.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Concord;
using Concord::Test::answerNextMessageBox;
using Concord::Test::child;
using Concord::Test::EmulatorFixture;

namespace {

/// A store whose every operation fails as a keychain without a Secret Service does.
class UnavailableStore : public SecretStore
{
public:
    SecretJob *readSecret(const QString &key) override { return failed(key); }
    SecretJob *writeSecret(const QString &key, const QString &) override { return failed(key); }
    SecretJob *deleteSecret(const QString &key) override
    {
        ++deletes;
        return failed(key);
    }
    [[nodiscard]] QString describe() const override { return QStringLiteral("Unavailable test store"); }
    int deletes = 0;

private:
    SecretJob *failed(const QString &key)
    {
        auto *job = new SecretJob(key, this);
        job->fail(SecretJob::Error::Unavailable);
        return job;
    }
};

QString readSecret(SecretStore &store, const QString &key)
{
    SecretJob *job = store.readSecret(key);
    QSignalSpy done(job, &SecretJob::finished);
    done.wait(2000);
    return job->secret();
}


} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchOpensTheWizard();
    void opensTheCurrentProfile();
    void unknownProfileName();
    void switchesFromTheMenu();
    void unreadableKeychainKeepsEverything();
    void removeAskedAndCancelled();
    void removeDeletesTokenDataAndProfile();
    void revokedTokenRecoversWithoutLosingWork();

private:
    Profile saveProfile(const QString &name, const QString &token, Profile::SecretBackend backend = Profile::SecretBackend::Keychain);
    [[nodiscard]] QString issueToken(int userId);

    std::unique_ptr<EmulatorFixture> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_file;
    int m_tokenCounter = 0;
};

void TestAppController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_emulator = EmulatorFixture::started(EmulatorFixture::defaultConfig());
    QVERIFY(m_emulator && m_emulator->isStarted());
}

void TestAppController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.conf")));
    m_keychain = std::make_unique<MemorySecretStore>();
    m_file = std::make_unique<MemorySecretStore>();
}

void TestAppController::cleanup()
{
    m_profiles.reset();
    m_dir.reset();
}

QString TestAppController::issueToken(int userId)
{
    // A fresh token per use, so that revoking one never touches another test's.
    const QString token = QString::number(userId) + QLatin1Char('|')
        + QStringLiteral("AppControllerTest%1").arg(++m_tokenCounter).leftJustified(40, QLatin1Char('x'));
    const auto answer = m_emulator->http().post(QStringLiteral("/__emulator/tokens"),
                                                QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("user_id"), userId}});
    if (answer.status != 201)
        qWarning("token not added: %d", answer.status);
    return token;
}

Profile TestAppController::saveProfile(const QString &name, const QString &token, Profile::SecretBackend backend)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.serverUrl = m_emulator->baseUrl();
    profile.secretBackend = backend;
    m_profiles->save(profile);
    if (!token.isEmpty())
        (backend == Profile::SecretBackend::File ? m_file : m_keychain)->writeSecret(profile.secretKey(), token);
    return profile;
}

void TestAppController::firstLaunchOpensTheWizard()
{
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());
    QVERIFY(controller.window() && controller.window()->isVisible());
    QVERIFY(!controller.account());
    QVERIFY(controller.wizard());
    QTRY_VERIFY(controller.wizard()->isVisible());
    QCOMPARE(controller.wizard()->mode(), SetupWizard::Mode::NewProfile);
    // Cancelled, the window stays and says what to do.
    controller.wizard()->reject();
    MessageBanner *banner = controller.window()->banner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("No account")));
    QVERIFY(child<QPushButton>(*banner, QStringLiteral("actionSetUpAccountButton"))->isEnabled());
}

void TestAppController::opensTheCurrentProfile()
{
    const Profile admin = saveProfile(QStringLiteral("Admin"), EmulatorFixture::defaultToken());
    const Profile marco = saveProfile(QStringLiteral("Marco"), Emulator::SeededTokens::regularUser());
    m_profiles->setCurrentProfileId(marco.id);

    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());
    QVERIFY(controller.account());
    QCOMPARE(controller.account()->profile().id, marco.id);
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);
    // The server said who the token belongs to; the profile remembers it for menus.
    QTRY_COMPARE(m_profiles->profile(marco.id).userName, QStringLiteral("Marco Rossi"));
    QTRY_VERIFY(controller.window()->model()->rowCount() > 0);
    QVERIFY(!controller.window()->banner()->isVisible());

    const QList<QAction *> actions = controller.window()->accountMenu()->actions();
    QStringList checked;
    for (QAction *action : actions) {
        if (action->isChecked())
            checked << action->text();
    }
    QCOMPARE(checked.size(), 1);
    QVERIFY(checked.constFirst().startsWith(QStringLiteral("Marco")));
    QVERIFY(admin.isValid());
}

void TestAppController::unknownProfileName()
{
    saveProfile(QStringLiteral("Admin"), EmulatorFixture::defaultToken());
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(!controller.start(QStringLiteral("Nobody")));
    QVERIFY(controller.errorString().contains(QStringLiteral("Nobody")));
    QVERIFY(controller.start(QStringLiteral("admin")));
    QCOMPARE(controller.account()->profile().name, QStringLiteral("Admin"));
}

void TestAppController::switchesFromTheMenu()
{
    const Profile admin = saveProfile(QStringLiteral("Admin"), EmulatorFixture::defaultToken());
    const Profile marco = saveProfile(QStringLiteral("Marco"), Emulator::SeededTokens::regularUser());
    m_profiles->setCurrentProfileId(admin.id);
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);

    QAction *toMarco = nullptr;
    for (QAction *action : controller.window()->accountMenu()->actions()) {
        if (action->text().startsWith(QStringLiteral("Marco")))
            toMarco = action;
    }
    QVERIFY(toMarco);
    toMarco->trigger();
    QCOMPARE(controller.account()->profile().id, marco.id);
    QCOMPARE(m_profiles->currentProfileId(), marco.id);
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);
    QCOMPARE(controller.account()->client()->baseUrl(), m_emulator->baseUrl());
    QVERIFY(controller.window()->isVisible());
}

void TestAppController::unreadableKeychainKeepsEverything()
{
    UnavailableStore broken;
    const Profile admin = saveProfile(QStringLiteral("Admin"), QString());
    AppController controller(m_profiles.get(), SecretStores(&broken, m_file.get()));
    QVERIFY(controller.start());
    QTRY_COMPARE(controller.account()->state(), Account::State::SecretUnavailable);
    MessageBanner *banner = controller.window()->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("Nothing was deleted")), qPrintable(banner->text()));
    QVERIFY(child<QPushButton>(*banner, QStringLiteral("actionRetrySecretButton")));
    QVERIFY(child<QPushButton>(*banner, QStringLiteral("actionEnterNewTokenButton")));
    QVERIFY(m_profiles->profile(admin.id).isValid());
    QCOMPARE(broken.deletes, 0);
}

void TestAppController::removeAskedAndCancelled()
{
    const Profile admin = saveProfile(QStringLiteral("Admin"), EmulatorFixture::defaultToken());
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());
    answerNextMessageBox(QMessageBox::Cancel);
    controller.removeAccount();
    QVERIFY(m_profiles->profile(admin.id).isValid());
    QCOMPARE(readSecret(*m_keychain, admin.secretKey()), EmulatorFixture::defaultToken());
    QCOMPARE(controller.account()->profile().id, admin.id);
}

void TestAppController::removeDeletesTokenDataAndProfile()
{
    const Profile admin = saveProfile(QStringLiteral("Admin"), EmulatorFixture::defaultToken());
    const Profile marco = saveProfile(QStringLiteral("Marco"), Emulator::SeededTokens::regularUser());
    m_profiles->setCurrentProfileId(admin.id);
    QVERIFY(QDir().mkpath(admin.localDataPath()));
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());

    answerNextMessageBox(QMessageBox::Yes);
    controller.removeAccount();
    QTRY_VERIFY(!m_profiles->profile(admin.id).isValid());
    QVERIFY(readSecret(*m_keychain, admin.secretKey()).isEmpty());
    QVERIFY(!QDir(admin.localDataPath()).exists());
    // The other account is untouched and takes over.
    QCOMPARE(readSecret(*m_keychain, marco.secretKey()), Emulator::SeededTokens::regularUser());
    QTRY_COMPARE(controller.account()->profile().id, marco.id);
    QVERIFY(controller.window()->isVisible());

    // The last one removed: the welcome state, no account.
    answerNextMessageBox(QMessageBox::Yes);
    controller.removeAccount();
    QTRY_VERIFY(!controller.account());
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(controller.window()->isVisible());
    QVERIFY(controller.window()->banner()->text().contains(QStringLiteral("No account")));
}

void TestAppController::revokedTokenRecoversWithoutLosingWork()
{
    const QString first = issueToken(1);
    const Profile admin = saveProfile(QStringLiteral("Admin"), first);
    AppController controller(m_profiles.get(), SecretStores(m_keychain.get(), m_file.get()));
    QVERIFY(controller.start());
    MainWindow *window = controller.window();
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);
    QTRY_VERIFY(window->model()->rowCount() > 0);

    // Revoked on the server while the person works: the search they type goes out, is rejected
    // and parked.
    QCOMPARE(m_emulator->http().post(QStringLiteral("/__emulator/tokens/revoke"), QJsonObject{{QStringLiteral("token"), first}}).status, 204);
    auto *search = child<QLineEdit>(*window, QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("Ber"));
    QTRY_COMPARE(controller.account()->state(), Account::State::NeedsToken);
    MessageBanner *banner = window->banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("rejected")), qPrintable(banner->text()));
    QVERIFY(controller.account()->client()->queuedCount() > 0);

    // The banner's button opens the wizard on its token page.
    child<QPushButton>(*banner, QStringLiteral("actionEnterNewTokenButton"))->click();
    SetupWizard *wizard = controller.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->mode(), SetupWizard::Mode::ReplaceToken);
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::TokenPageId));
    const QString second = issueToken(1);
    child<QRadioButton>(*wizard, QStringLiteral("pasteTokenRadio"))->setChecked(true);
    child<QLineEdit>(*wizard, QStringLiteral("tokenEdit"))->setText(QStringLiteral("  ") + second + QStringLiteral("\n"));
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!controller.wizard());

    // The parked search went out with the new token; what was typed is still there.
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(search->text(), QStringLiteral("Ber"));
    QTRY_COMPARE(window->model()->searchText(), QStringLiteral("Ber"));
    QTRY_COMPARE(window->model()->state(), RecordListModel::State::Idle);
    bool searchedWithNewToken = false;
    for (const QJsonValue &entry : m_emulator->requestLog()) {
        const QJsonObject request = entry.toObject();
        const QString authorization = request.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString();
        if (request.value(QStringLiteral("path")).toString() == QStringLiteral("/api/contacts")
            && request.value(QStringLiteral("query")).toString().contains(QStringLiteral("q=Ber"))
            && authorization.endsWith(second))
            searchedWithNewToken = true;
    }
    QVERIFY2(searchedWithNewToken, "the parked search did not go out with the new token");
    QCOMPARE(controller.account()->client()->queuedCount(), 0);
    QCOMPARE(readSecret(*m_keychain, admin.secretKey()), second);
    // The same account went on: not a new window.
    QCOMPARE(controller.window(), window);
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
