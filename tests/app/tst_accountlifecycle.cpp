// A person's first run, as issue 6 describes it, with the real parts: the setup wizard against
// the emulator, the token in a real Secret Service (gnome-keyring, started by with_keyring.sh),
// a restart signed in from the keychain, some work, and then a search of every file the program
// wrote — settings, data, cache, its log with all debug output on — for the token: it must be
// nowhere but in the keychain.
#include "appcontroller.h"
#include "mainwindow.h"
#include "models/recordlistmodel.h"
#include "recorddetailpane.h"
#include "setup/setupwizard.h"
#include "widgettools.h"

#include "account/filesecretstore.h"
#include "account/keychainsecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "logfile.h"

#include <emulatorfixture.h>

#include <QApplication>
#include <QDirIterator>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Concord;
using Concord::Test::child;
using Concord::Test::EmulatorFixture;

namespace {

/// A token no other test uses, so that finding it anywhere can only mean this run leaked it.
QString uniqueToken()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
    return QStringLiteral("1|") + secret + QStringLiteral("0badf00d");
}

} // namespace

class TestAccountLifecycle : public QObject
{
    Q_OBJECT

public:
    explicit TestAccountLifecycle(QString root)
        : m_root(std::move(root))
    {
    }

private slots:
    void initTestCase();
    void setUpWithTheWizard();
    void restartSignsInFromTheKeychain();
    void tokenIsNowhereOnDisk();

private:
    QString m_root;
    QString m_token;
    std::unique_ptr<EmulatorFixture> m_emulator;
    KeychainSecretStore m_keychain;
};

void TestAccountLifecycle::initTestCase()
{
    QVERIFY(LogFile::install(LogFile::defaultPath()));
    QVERIFY2(LogFile::defaultPath().startsWith(m_root), qPrintable(LogFile::defaultPath()));
    m_emulator = EmulatorFixture::started(EmulatorFixture::defaultConfig());
    QVERIFY(m_emulator && m_emulator->isStarted());
    m_token = uniqueToken();
    QCOMPARE(m_emulator->http()
                 .post(QStringLiteral("/__emulator/tokens"),
                       QJsonObject{{QStringLiteral("token"), m_token}, {QStringLiteral("user_id"), 1}})
                 .status,
             201);
}

void TestAccountLifecycle::setUpWithTheWizard()
{
    ProfileStore profiles;
    FileSecretStore file(SecretStores::defaultFilePath());
    AppController controller(&profiles, SecretStores(&m_keychain, &file));
    QVERIFY(controller.start());
    SetupWizard *wizard = controller.wizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());

    child<QLineEdit>(*wizard, QStringLiteral("serverEdit"))->setText(m_emulator->baseUrl().toString() + QStringLiteral("/api/"));
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::TokenPageId));
    child<QRadioButton>(*wizard, QStringLiteral("pasteTokenRadio"))->setChecked(true);
    child<QLineEdit>(*wizard, QStringLiteral("tokenEdit"))->setText(m_token);
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::CheckPageId));
    QTRY_VERIFY(wizard->currentPage()->isComplete());
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::FinishPageId));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.wizard(), 15000);

    QCOMPARE(profiles.profiles().size(), 1);
    const Profile saved = profiles.profiles().constFirst();
    QCOMPARE(saved.serverUrl, m_emulator->baseUrl());
    QCOMPARE(saved.secretBackend, Profile::SecretBackend::Keychain);
    QCOMPARE(profiles.currentProfileId(), saved.id);
    QTRY_VERIFY(controller.account());
    QTRY_COMPARE(controller.account()->state(), Account::State::Online);

    // In the real keychain under the profile's key.
    SecretJob *job = m_keychain.readSecret(saved.secretKey());
    QSignalSpy read(job, &SecretJob::finished);
    QVERIFY(read.wait(10000));
    QCOMPARE(job->secret(), m_token);
}

void TestAccountLifecycle::restartSignsInFromTheKeychain()
{
    ProfileStore profiles;
    FileSecretStore file(SecretStores::defaultFilePath());
    AppController controller(&profiles, SecretStores(&m_keychain, &file));
    QVERIFY(controller.start());
    QVERIFY(!controller.wizard());
    QTRY_COMPARE_WITH_TIMEOUT(controller.account()->state(), Account::State::Online, 10000);
    MainWindow *window = controller.window();
    QTRY_VERIFY(window->model()->rowCount() > 0);

    // Some work: a search, a record opened, another record type.
    QTest::keyClicks(child<QLineEdit>(*window, QStringLiteral("searchField")), QStringLiteral("a"));
    QTRY_COMPARE(window->model()->searchText(), QStringLiteral("a"));
    QTRY_COMPARE(window->model()->state(), RecordListModel::State::Idle);
    window->openRecord(QStringLiteral("contacts"), 1);
    QTRY_VERIFY(!window->detailPane()->isHidden());
    child<QListWidget>(*window, QStringLiteral("navigator"))->setCurrentRow(1);
    QTRY_VERIFY(window->model()->resource() != QStringLiteral("contacts"));
    QTRY_VERIFY(window->model()->rowCount() > 0);
    // The emulator saw the token: it was in use, so its absence on disk below means something.
    bool used = false;
    for (const QJsonValue &entry : m_emulator->requestLog()) {
        used = used
            || entry.toObject().value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization"))
                   == QStringLiteral("Bearer ") + m_token;
    }
    QVERIFY(used);
}

void TestAccountLifecycle::tokenIsNowhereOnDisk()
{
    QSettings().sync();
    const QByteArray secret = m_token.section(QLatin1Char('|'), 1).toUtf8();
    const QByteArray secretUtf16(reinterpret_cast<const char *>(QString::fromUtf8(secret).utf16()), secret.size() * 2);
    int files = 0;
    bool sawLog = false;
    bool sawSettings = false;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = f.readAll();
        ++files;
        QVERIFY2(!content.contains(secret) && !content.contains(secretUtf16), qPrintable("the token is in " + path));
        if (path == LogFile::defaultPath()) {
            sawLog = true;
            // Debug output was on and reached the file: the API client's traces, token masked.
            QVERIFY2(content.contains("concord.http") && content.contains("1|"), content.right(2000).constData());
        }
        sawSettings = sawSettings || path.endsWith(QStringLiteral("profiles.conf"));
    }
    QVERIFY(sawLog);
    QVERIFY(sawSettings);
    QVERIFY2(files >= 3, qPrintable(QString::number(files)));
}

int main(int argc, char *argv[])
{
    // Every folder the program writes to is this run's own, so the scan sees all of it and only it.
    QTemporaryDir root;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable, QDir(root.path()).filePath(QString::fromLatin1(variable)).toUtf8());
    qputenv("QT_LOGGING_RULES", "concord.*.debug=true");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationName(QStringLiteral("concord-desktop"));
    TestAccountLifecycle test(root.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountlifecycle.moc"
