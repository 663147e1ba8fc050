// The setup wizard against the in-process emulator: every way the server and the token can be
// wrong, signing in, and what Finish leaves behind (token stored and read back, profile saved,
// nothing secret in the profiles file), including a machine without a keychain.

#include "emulatorfixture.h"
#include "freeport.h"
#include "widgettools.h"

#include "setup/setupwizard.h"

#include "account/filesecretstore.h"
#include "account/memorysecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "account/secretstores.h"

#include <seededtokens.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Emulator::SeededTokens::noApiUser;
using Concord::Emulator::SeededTokens::regularUser;
using Concord::Emulator::SeededTokens::revoked;
using Concord::Test::child;
using Concord::Test::EmulatorFixture;

namespace {

// Long enough for a loaded CI machine; every wait ends as soon as its condition holds.
constexpr int WaitMs = 10000;

/// A keychain that counts writes, so a test can tell that "keep the stored token" wrote nothing.
class CountingStore : public MemorySecretStore
{
    Q_OBJECT
public:
    using MemorySecretStore::MemorySecretStore;
    SecretJob *writeSecret(const QString &key, const QString &secret) override
    {
        ++writes;
        return MemorySecretStore::writeSecret(key, secret);
    }
    int writes = 0;
};

/// What a machine without a keychain service has: every call fails with Unavailable.
class NoKeychainStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    SecretJob *readSecret(const QString &key) override { return failed(key); }
    SecretJob *writeSecret(const QString &key, const QString &) override { return failed(key); }
    SecretJob *deleteSecret(const QString &key) override { return failed(key); }
    [[nodiscard]] QString describe() const override { return QStringLiteral("No keychain"); }

private:
    SecretJob *failed(const QString &key)
    {
        auto *job = new SecretJob(key, this);
        job->fail(SecretJob::Error::Unavailable);
        return job;
    }
};

/// A web server that is not Concord: every request gets the same canned HTML page.
class CannedServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit CannedServer(const QByteArray &statusLine)
    {
        connect(this, &QTcpServer::newConnection, this, [this, statusLine] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, request, statusLine] {
                    *request += socket->readAll();
                    if (!request->contains("\r\n\r\n"))
                        return;
                    const QByteArray body = "<!DOCTYPE html><html><body><h1>" + statusLine + "</h1></body></html>";
                    socket->write("HTTP/1.1 " + statusLine
                        + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                          "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

/// The result of one SecretStore read, waited for; empty when the read failed or hung.
QString readSecret(SecretStore *store, const QString &key)
{
    SecretJob *job = store->readSecret(key);
    QObject context; // ends the connection when we return, finished or not
    bool finished = false;
    QString secret;
    QObject::connect(job, &SecretJob::finished, &context, [&] {
        finished = true;
        secret = job->secret();
    });
    if (!QTest::qWaitFor([&finished] { return finished; }, WaitMs))
        qWarning("the secret store did not answer");
    return secret;
}

void writeSecret(SecretStore *store, const QString &key, const QString &secret)
{
    SecretJob *job = store->writeSecret(key, secret);
    QObject context;
    bool finished = false;
    QObject::connect(job, &SecretJob::finished, &context, [&finished] { finished = true; });
    if (!QTest::qWaitFor([&finished] { return finished; }, WaitMs))
        qWarning("the secret store did not answer");
}

QString labelText(const QWidget &wizard, const char *name)
{
    return child<QLabel>(wizard, QLatin1String(name))->text();
}

bool shown(const QWidget &wizard, const char *name)
{
    const auto *widget = child<QWidget>(wizard, QLatin1String(name));
    return widget->isVisibleTo(widget->window());
}

QJsonObject headersOf(const QJsonValue &entry)
{
    return entry.toObject().value(QLatin1String("headers")).toObject();
}

bool hasHeader(const QJsonObject &headers, const QString &name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void garbageUrlIsRefusedWithoutRequest();
    void plainHttpToAnotherHostNeedsConsent();
    void serverProblems_data();
    void serverProblems();
    void serverAddressIsNormalized();
    void tokenCheck_data();
    void tokenCheck();
    void oddTokenIsWarnedAboutNotRefused();
    void signInWithWrongPassword();
    void signInIssuesToken();
    void finishStoresReadsBackAndSaves();
    void noKeychainSavesNothingUntilFileStoreChosen();
    void noKeychainAndNoFileStore();
    void duplicateNameIsRefused();
    void editProfileKeepsIdAndStoredToken();
    void replaceTokenRefusesAnotherUsersToken();
    void replaceTokenAcceptsSameUser();

private:
    /// A wizard on the current stores, shown (so focus and visibility are real).
    std::unique_ptr<SetupWizard> makeWizard(SecretStore *keychain = nullptr, bool withFileStore = true);
    /// Server page → token page with the emulator's address.
    [[nodiscard]] bool passServerPage(SetupWizard &wizard);
    /// Token page → check page with `token` pasted.
    [[nodiscard]] static bool pasteToken(SetupWizard &wizard, const QString &token);
    /// Through the check (which must pass) to the finish page.
    [[nodiscard]] bool reachFinish(SetupWizard &wizard, const QString &token);
    [[nodiscard]] Profile savedWorkProfile(const QString &token);

    std::unique_ptr<EmulatorFixture> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CountingStore> m_keychain;
    std::unique_ptr<FileSecretStore> m_file;
};

void TestSetupWizard::initTestCase()
{
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestSetupWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.conf")));
    m_keychain = std::make_unique<CountingStore>();
    m_file = std::make_unique<FileSecretStore>(m_dir->filePath(QStringLiteral("secrets/tokens.json")));
    m_emulator->clearRequestLog();
}

void TestSetupWizard::cleanup()
{
    m_profiles.reset();
    m_keychain.reset();
    m_file.reset();
    m_dir.reset();
}

std::unique_ptr<SetupWizard> TestSetupWizard::makeWizard(SecretStore *keychain, bool withFileStore)
{
    auto wizard = std::make_unique<SetupWizard>(
        m_profiles.get(), SecretStores(keychain ? keychain : m_keychain.get(), withFileStore ? m_file.get() : nullptr));
    wizard->setTransferTimeout(5000);
    return wizard;
}

bool TestSetupWizard::passServerPage(SetupWizard &wizard)
{
    child<QLineEdit>(wizard, QStringLiteral("serverEdit"))->setText(m_emulator->baseUrl().toString());
    wizard.next();
    return QTest::qWaitFor([&wizard] { return wizard.currentId() == SetupWizard::TokenPageId; }, WaitMs);
}

bool TestSetupWizard::pasteToken(SetupWizard &wizard, const QString &token)
{
    if (wizard.currentId() != SetupWizard::TokenPageId)
        return false;
    child<QRadioButton>(wizard, QStringLiteral("pasteTokenRadio"))->setChecked(true);
    child<QLineEdit>(wizard, QStringLiteral("tokenEdit"))->setText(token);
    wizard.next();
    return wizard.currentId() == SetupWizard::CheckPageId;
}

bool TestSetupWizard::reachFinish(SetupWizard &wizard, const QString &token)
{
    if (!passServerPage(wizard) || !pasteToken(wizard, token))
        return false;
    if (!QTest::qWaitFor([&wizard] { return wizard.currentPage()->isComplete(); }, WaitMs))
        return false;
    wizard.next();
    return wizard.currentId() == SetupWizard::FinishPageId;
}

Profile TestSetupWizard::savedWorkProfile(const QString &token)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Work");
    profile.serverUrl = m_emulator->baseUrl();
    profile.userId = 2;
    profile.userName = QStringLiteral("Marco Rossi");
    profile.userEmail = QStringLiteral("marco@example.com");
    m_profiles->save(profile);
    writeSecret(m_keychain.get(), profile.secretKey(), token);
    return profile;
}

void TestSetupWizard::garbageUrlIsRefusedWithoutRequest()
{
    auto wizard = makeWizard();
    wizard->show();
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Set Up an Account"));
    QCOMPARE(wizard->currentId(), int(SetupWizard::ServerPageId));
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("serverEdit"));
    QCOMPARE(edit->placeholderText(), QStringLiteral("https://crm.example.com"));
    edit->setText(QStringLiteral("not a url at all"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ServerPageId));
    QVERIFY(shown(*wizard, "serverStatusLabel"));
    QVERIFY2(labelText(*wizard, "serverStatusLabel").contains(QStringLiteral("is not a web address")),
        qPrintable(labelText(*wizard, "serverStatusLabel")));
    QVERIFY2(edit->isEnabled(), "no check was started");
    QVERIFY(m_emulator->requestLog().isEmpty());
}

void TestSetupWizard::plainHttpToAnotherHostNeedsConsent()
{
    auto wizard = makeWizard();
    wizard->show();
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("serverEdit"));
    auto *consent = child<QCheckBox>(*wizard, QStringLiteral("allowInsecureCheck"));

    // Loopback over http is fine without asking.
    edit->setText(m_emulator->baseUrl().toString());
    QVERIFY(!shown(*wizard, "allowInsecureCheck"));

    // 192.0.2.1 is TEST-NET-1: never a real server, and no name lookup.
    edit->setText(QStringLiteral("http://192.0.2.1"));
    QVERIFY(shown(*wizard, "allowInsecureCheck"));
    QVERIFY(!consent->isChecked());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::ServerPageId));
    QVERIFY2(labelText(*wizard, "serverStatusLabel").contains(QStringLiteral("unencrypted")),
        qPrintable(labelText(*wizard, "serverStatusLabel")));
    QVERIFY2(edit->isEnabled(), "refused before any request");

    // https:// needs no consent: the box goes away and forgets its tick.
    consent->setChecked(true);
    edit->setText(QStringLiteral("https://192.0.2.1"));
    QVERIFY(!shown(*wizard, "allowInsecureCheck"));
    QVERIFY(!consent->isChecked());

    // With the tick, the check goes out (and the field is busy while it runs).
    edit->setText(QStringLiteral("http://192.0.2.1"));
    consent->setChecked(true);
    wizard->next();
    QVERIFY(!edit->isEnabled());
    QCOMPARE(labelText(*wizard, "serverStatusLabel"), QStringLiteral("Checking…"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Closing the wizard stops the check: nothing stays busy, nothing moves on afterwards.
    wizard->reject();
    QVERIFY(edit->isEnabled());
    QTest::qWait(50);
    QCOMPARE(wizard->currentId(), -1);
}

void TestSetupWizard::serverProblems_data()
{
    QTest::addColumn<QString>("address"); // empty: the canned server's
    QTest::addColumn<QByteArray>("cannedStatus");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:%1").arg(Test::freeLoopbackPort()) << QByteArray()
                                 << QStringLiteral("cannot be reached");
    // The emulator answers paths outside /api/ with its web UI's HTML page, as Concord does.
    QTest::newRow("web UI, not the API") << m_emulator->baseUrl().toString() + QStringLiteral("/nothing")
                                         << QByteArray() << QStringLiteral("does not answer like Concord");
    QTest::newRow("no API here (404)") << QString() << QByteArray("404 Not Found")
                                       << QStringLiteral("has no Concord API");
    QTest::newRow("another web site (HTML 200)")
        << QString() << QByteArray("200 OK") << QStringLiteral("does not answer like Concord");
}

void TestSetupWizard::serverProblems()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, cannedStatus);
    QFETCH(QString, expected);
    CannedServer canned(cannedStatus);
    if (address.isEmpty()) {
        QVERIFY(canned.listen(QHostAddress::LocalHost));
        address = QStringLiteral("http://127.0.0.1:%1").arg(canned.serverPort());
    }
    auto wizard = makeWizard();
    wizard->show();
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("serverEdit"));
    edit->setText(address);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), WaitMs);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ServerPageId));
    QVERIFY2(labelText(*wizard, "serverStatusLabel").contains(expected),
        qPrintable(labelText(*wizard, "serverStatusLabel")));
    QVERIFY(!shown(*wizard, "certificateBox"));
    // The user may try again at once.
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::serverAddressIsNormalized()
{
    auto wizard = makeWizard();
    wizard->show();
    const QUrl base = m_emulator->baseUrl();
    // What people paste: the API address with a trailing slash, without a scheme.
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("serverEdit"));
    edit->setText(QStringLiteral("  http://%1:%2/api/  ").arg(base.host()).arg(base.port()));
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::TokenPageId), WaitMs);
    QCOMPARE(edit->text(), base.toString());
    // The token page links to the server's own address, to create a token there.
    auto *link = child<QLabel>(*wizard, QStringLiteral("openServerLink"));
    QVERIFY(link->openExternalLinks());
    QVERIFY2(link->text().contains(QStringLiteral("href=\"%1\"").arg(base.toString())), qPrintable(link->text()));
    // The check asked GET /api/me without a token.
    const QJsonArray log = m_emulator->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/me"));
    QVERIFY(!hasHeader(headersOf(log.first()), QStringLiteral("Authorization")));
}

void TestSetupWizard::tokenCheck_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("passes");

    QTest::newRow("revoked (401)") << revoked() << QStringLiteral("rejected this access token") << false;
    QTest::newRow("unknown (401)") << QStringLiteral("99|nonsense") << QStringLiteral("rejected this access token")
                                   << false;
    QTest::newRow("no API access (403)") << noApiUser() << QStringLiteral("\"API access\" permission") << false;
    QTest::newRow("works") << regularUser() << QStringLiteral("Marco Rossi (marco@example.com)") << true;
}

void TestSetupWizard::tokenCheck()
{
    QFETCH(QString, token);
    QFETCH(QString, expected);
    QFETCH(bool, passes);

    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(passServerPage(*wizard));
    QVERIFY(pasteToken(*wizard, token));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(*wizard, QStringLiteral("checkAgainButton"))->isEnabled(), WaitMs);
    QVERIFY2(
        labelText(*wizard, "checkResultLabel").contains(expected), qPrintable(labelText(*wizard, "checkResultLabel")));
    QCOMPARE(wizard->currentPage()->isComplete(), passes);
    QCOMPARE(wizard->button(QWizard::NextButton)->isEnabled(), passes);

    // Check again asks again (and says the same).
    m_emulator->clearRequestLog();
    child<QPushButton>(*wizard, QStringLiteral("checkAgainButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(*wizard, QStringLiteral("checkAgainButton"))->isEnabled(), WaitMs);
    QCOMPARE(m_emulator->requestLog().size(), 1);
    QVERIFY(labelText(*wizard, "checkResultLabel").contains(expected));
}

void TestSetupWizard::oddTokenIsWarnedAboutNotRefused()
{
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(passServerPage(*wizard));
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("tokenEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    // Both token formats of §2.1, with whitespace around, are fine.
    for (const QString &fine : {regularUser(), QStringLiteral(" 3|pV7c0Hq2kLw9ZrT4mXbN8sJd1yFgA6uEeC5oRi0V\n")}) {
        edit->setText(fine);
        QVERIFY2(!shown(*wizard, "tokenFormatLabel"), qPrintable(fine));
    }
    edit->setText(QStringLiteral("Bearer 2|abc"));
    QVERIFY(shown(*wizard, "tokenFormatLabel"));
    QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "a warning, not a refusal");
    // The show/hide button reveals the token and hides it again.
    auto *reveal = child<QAbstractButton>(*wizard, QStringLiteral("showTokenButton"));
    reveal->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    reveal->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    QTRY_VERIFY_WITH_TIMEOUT(labelText(*wizard, "checkResultLabel").contains(QStringLiteral("rejected")), WaitMs);
}

void TestSetupWizard::signInWithWrongPassword()
{
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(passServerPage(*wizard));
    child<QRadioButton>(*wizard, QStringLiteral("signInRadio"))->setChecked(true);
    auto *password = child<QLineEdit>(*wizard, QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QLineEdit>(*wizard, QStringLiteral("deviceNameEdit"))->text().isEmpty());
    QVERIFY2(!wizard->button(QWizard::NextButton)->isEnabled(), "nothing entered yet");
    child<QLineEdit>(*wizard, QStringLiteral("emailEdit"))->setText(QStringLiteral("marco@example.com"));
    password->setText(QStringLiteral("not-the-password"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(*wizard, "signInStatusLabel").contains(QStringLiteral("do not match our records")), WaitMs);
    QCOMPARE(wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY(shown(*wizard, "signInStatusLabel"));
    QVERIFY2(password->text().isEmpty(), "the password is not kept");
    QVERIFY(child<QLineEdit>(*wizard, QStringLiteral("emailEdit"))->isEnabled());
}

void TestSetupWizard::signInIssuesToken()
{
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(passServerPage(*wizard));
    m_emulator->clearRequestLog();
    child<QRadioButton>(*wizard, QStringLiteral("signInRadio"))->setChecked(true);
    child<QLineEdit>(*wizard, QStringLiteral("emailEdit"))->setText(QStringLiteral("marco@example.com"));
    auto *password = child<QLineEdit>(*wizard, QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("password"));
    child<QLineEdit>(*wizard, QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("Test laptop"));
    wizard->next();
    QVERIFY2(!password->isEnabled(), "busy while signing in");
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::CheckPageId), WaitMs);
    QVERIFY2(password->text().isEmpty(), "the password is gone from the field");
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), WaitMs);
    QVERIFY(labelText(*wizard, "checkResultLabel").contains(QStringLiteral("Marco Rossi")));

    // One POST /api/token, as a guest, with the device name; then the check with the new token.
    const QJsonArray log = m_emulator->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(log.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/token"));
    QVERIFY(!hasHeader(headersOf(log.at(0)), QStringLiteral("Authorization")));
    QCOMPARE(log.at(1).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/me"));
    QVERIFY(hasHeader(headersOf(log.at(1)), QStringLiteral("Authorization")));

    // Finish keeps the issued token; the password is nowhere.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const QString token = wizard->token();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != regularUser());
    QCOMPARE(wizard->savedProfile().userId, qint64(2));
    QCOMPARE(readSecret(m_keychain.get(), wizard->savedProfile().secretKey()), token);
    QFile settings(m_profiles->settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("password"));
}

void TestSetupWizard::finishStoresReadsBackAndSaves()
{
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(reachFinish(*wizard, regularUser()));
    const QUrl base = m_emulator->baseUrl();
    auto *name = child<QLineEdit>(*wizard, QStringLiteral("profileNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Marco Rossi @ %1:%2").arg(base.host()).arg(base.port()));
    QVERIFY(!shown(*wizard, "keychainHelpLabel"));
    QVERIFY(!shown(*wizard, "useFileStoreCheck"));
    QVERIFY(labelText(*wizard, "summaryLabel").contains(base.toDisplayString()));

    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    const QList<Profile> profiles = m_profiles->profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile saved = profiles.first();
    QCOMPARE(saved.id, wizard->savedProfile().id);
    QCOMPARE(saved.name, name->text());
    QCOMPARE(saved.serverUrl, base);
    QCOMPARE(saved.secretBackend, Profile::SecretBackend::Keychain);
    QCOMPARE(saved.userId, qint64(2));
    QCOMPARE(saved.userName, QStringLiteral("Marco Rossi"));
    QCOMPARE(saved.userEmail, QStringLiteral("marco@example.com"));
    QVERIFY(!saved.allowInsecureHttp);
    QVERIFY(saved.pinnedSha256.isEmpty());
    QCOMPARE(m_profiles->currentProfileId(), saved.id);
    QCOMPARE(wizard->token(), regularUser());
    QCOMPARE(m_keychain->writes, 1);
    QCOMPARE(readSecret(m_keychain.get(), saved.secretKey()), regularUser());

    // Nothing secret in the profiles file, not even the secret half of the token.
    QFile settings(m_profiles->settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains(saved.id.toUtf8()));
    QVERIFY(!content.contains(regularUser().section(QLatin1Char('|'), 1).toUtf8()));
}

void TestSetupWizard::noKeychainSavesNothingUntilFileStoreChosen()
{
    NoKeychainStore noKeychain;
    auto wizard = makeWizard(&noKeychain);
    wizard->show();
    QVERIFY(reachFinish(*wizard, regularUser()));
    QVERIFY(!shown(*wizard, "useFileStoreCheck"));

    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(*wizard, "keychainHelpLabel"), WaitMs);
    const QString help = labelText(*wizard, "keychainHelpLabel");
    QVERIFY2(
        help.contains(QStringLiteral("gnome-keyring")) && help.contains(QStringLiteral("KWallet")), qPrintable(help));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
    QVERIFY2(m_profiles->profiles().isEmpty(), "nothing is saved while the token has no home");
    QVERIFY(m_profiles->currentProfileId().isEmpty());
    QVERIFY(!QFile::exists(m_file->filePath()));

    // Offered, with the warning naming the file; not chosen for the user.
    auto *useFile = child<QCheckBox>(*wizard, QStringLiteral("useFileStoreCheck"));
    QVERIFY(shown(*wizard, "useFileStoreCheck"));
    QVERIFY(!useFile->isChecked());
    QVERIFY(labelText(*wizard, "fileStoreWarningLabel").contains(QDir::toNativeSeparators(m_file->filePath())));
    useFile->setChecked(true);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));

    const Profile saved = m_profiles->profile(wizard->savedProfile().id);
    QVERIFY(saved.isValid());
    QCOMPARE(saved.secretBackend, Profile::SecretBackend::File);
    QCOMPARE(m_profiles->currentProfileId(), saved.id);
    QCOMPARE(readSecret(m_file.get(), saved.secretKey()), regularUser());
    const QFile::Permissions permissions = QFile::permissions(m_file->filePath());
    QCOMPARE(permissions & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
        QFile::Permissions());
}

void TestSetupWizard::noKeychainAndNoFileStore()
{
    NoKeychainStore noKeychain;
    auto wizard = makeWizard(&noKeychain, false);
    wizard->show();
    QVERIFY(reachFinish(*wizard, regularUser()));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown(*wizard, "keychainHelpLabel"), WaitMs);
    QVERIFY2(!shown(*wizard, "useFileStoreCheck"), "no file store to offer");
    QVERIFY(m_profiles->profiles().isEmpty());
}

void TestSetupWizard::duplicateNameIsRefused()
{
    Profile existing = savedWorkProfile(regularUser());
    auto wizard = makeWizard();
    wizard->show();
    QVERIFY(reachFinish(*wizard, regularUser()));
    auto *name = child<QLineEdit>(*wizard, QStringLiteral("profileNameEdit"));
    name->setText(QStringLiteral("  WORK "));
    QVERIFY(shown(*wizard, "finishStatusLabel"));
    QVERIFY2(labelText(*wizard, "finishStatusLabel").contains(QStringLiteral("already an account named “Work”")),
        qPrintable(labelText(*wizard, "finishStatusLabel")));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->accept(); // as a stray Enter would
    QTest::qWait(50);
    QVERIFY(wizard->isVisible());
    QCOMPARE(m_profiles->profiles().size(), 1);

    name->setText(QString());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    name->setText(QStringLiteral("Work 2"));
    QVERIFY(!shown(*wizard, "finishStatusLabel"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(m_profiles->profile(existing.id).name, QStringLiteral("Work"));
}

void TestSetupWizard::editProfileKeepsIdAndStoredToken()
{
    const Profile existing = savedWorkProfile(regularUser());
    const int writesBefore = m_keychain->writes;
    auto wizard = makeWizard();
    wizard->editProfile(existing);
    wizard->show();
    QCOMPARE(wizard->mode(), SetupWizard::Mode::EditProfile);
    QCOMPARE(child<QLineEdit>(*wizard, QStringLiteral("serverEdit"))->text(), existing.serverUrl.toString());
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::TokenPageId), WaitMs);
    auto *token = child<QLineEdit>(*wizard, QStringLiteral("tokenEdit"));
    QVERIFY(token->text().isEmpty());
    QVERIFY2(token->placeholderText().contains(QStringLiteral("keep")), qPrintable(token->placeholderText()));
    QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "an empty token keeps the stored one");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    // The stored token was read and checked.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), WaitMs);
    QVERIFY(labelText(*wizard, "checkResultLabel").contains(QStringLiteral("Marco Rossi")));
    wizard->next();
    auto *name = child<QLineEdit>(*wizard, QStringLiteral("profileNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Work"));
    QVERIFY(!name->isReadOnly());
    name->setText(QStringLiteral("Work (renamed)"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);

    QCOMPARE(m_profiles->profiles().size(), 1);
    const Profile saved = m_profiles->profile(existing.id);
    QCOMPARE(saved.name, QStringLiteral("Work (renamed)"));
    QCOMPARE(wizard->savedProfile().id, existing.id);
    QCOMPARE(m_keychain->writes, writesBefore);
    QCOMPARE(readSecret(m_keychain.get(), existing.secretKey()), regularUser());
    QCOMPARE(wizard->token(), regularUser());
}

void TestSetupWizard::replaceTokenRefusesAnotherUsersToken()
{
    const Profile existing = savedWorkProfile(revoked());
    auto wizard = makeWizard();
    wizard->replaceToken(existing);
    wizard->show();
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Enter a New Access Token"));
    QCOMPARE(wizard->currentId(), int(SetupWizard::TokenPageId));
    QVERIFY2(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled(),
        "the server is not in question");
    QVERIFY(pasteToken(*wizard, EmulatorFixture::defaultToken())); // Jane Admin's
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(*wizard, QStringLiteral("checkAgainButton"))->isEnabled(), WaitMs);
    const QString result = labelText(*wizard, "checkResultLabel");
    QVERIFY2(result.contains(QStringLiteral("Jane Admin")) && result.contains(QStringLiteral("Marco Rossi")),
        qPrintable(result));
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(readSecret(m_keychain.get(), existing.secretKey()), revoked());
}

void TestSetupWizard::replaceTokenAcceptsSameUser()
{
    // A token of Marco's that the server then revokes: the situation this mode is for.
    const QString oldToken = QStringLiteral("2|ReplacedTokenReplacedTokenReplacedToken12345678");
    QCOMPARE(m_emulator->http()
                 .post(QStringLiteral("/__emulator/tokens"),
                     QJsonObject {{QStringLiteral("token"), oldToken}, {QStringLiteral("user_id"), 2}})
                 .status,
        201);
    QCOMPARE(m_emulator->http()
                 .post(QStringLiteral("/__emulator/tokens/revoke"), QJsonObject {{QStringLiteral("token"), oldToken}})
                 .status,
        204);
    const Profile existing = savedWorkProfile(oldToken);
    auto wizard = makeWizard();
    wizard->replaceToken(existing);
    wizard->show();
    QCOMPARE(wizard->mode(), SetupWizard::Mode::ReplaceToken);
    QVERIFY(pasteToken(*wizard, regularUser()));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), WaitMs);
    wizard->next();
    auto *name = child<QLineEdit>(*wizard, QStringLiteral("profileNameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Work"));
    QVERIFY(name->isReadOnly());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QCOMPARE(wizard->savedProfile().id, existing.id);
    QCOMPARE(m_profiles->profiles().size(), 1);
    QCOMPARE(readSecret(m_keychain.get(), existing.secretKey()), regularUser());
    QCOMPARE(wizard->token(), regularUser());
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
