// The setup wizard's certificate trust flow against a real TLS deployment: nginx with a
// certificate this computer does not trust, in front of the in-process emulator. The person sees
// the certificate and its fingerprint, trusts it only by ticking, and the profile keeps the pin;
// an account whose pinned certificate was replaced is not let through quietly.

#include "nginxproxy.h"
#include "testcertificates.h"

#include <emulatorfixture.h>
#include <freeport.h>
#include <widgettools.h>

#include "setup/setupwizard.h"

#include "account/memorysecretstore.h"
#include "account/profilestore.h"
#include "account/secretjob.h"
#include "account/secretstores.h"
#include "api/tlstrust.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::child;
using Concord::Test::EmulatorFixture;
using Concord::Test::freeLoopbackPort;
using Concord::Test::NginxProxy;
using Concord::Test::TestCertificates;

namespace {

constexpr int WaitMs = 15000;

/// The fingerprint as an administrator reads it out: upper-case pairs joined by colons.
QString readableFingerprint(const QSslCertificate &certificate)
{
    const QString hex = QString::fromLatin1(TlsTrust::fingerprint(certificate)).toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

bool shown(const QWidget &wizard, const char *name)
{
    const auto *widget = child<QWidget>(wizard, QLatin1String(name));
    return widget->isVisibleTo(widget->window());
}

QString labelText(const QWidget &wizard, const char *name)
{
    return child<QLabel>(wizard, QLatin1String(name))->text();
}

} // namespace

class TestWizardTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void untrustedCertificateIsPinnedOnlyWhenTicked();
    void replacedCertificateIsShownAgain();

private:
    [[nodiscard]] QUrl proxyUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)); }
    [[nodiscard]] std::unique_ptr<SetupWizard> makeWizard();
    /// Next on the server page until the certificate box shows.
    [[nodiscard]] static bool nextShowsCertificate(SetupWizard &wizard);

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    std::unique_ptr<EmulatorFixture> m_emulator;
    std::unique_ptr<NginxProxy> m_nginx;
    quint16 m_proxyPort = 0;
    std::unique_ptr<QTemporaryDir> m_profilesDir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_keychain;
};

void TestWizardTls::initTestCase()
{
    if (TestCertificates::program().isEmpty())
        QFAIL("openssl is not installed: run ./dev.sh (it installs the Debian package openssl)");
    if (NginxProxy::program().isEmpty())
        QFAIL("nginx is not installed: run ./dev.sh (it installs the Debian package nginx-light)");
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(m_certificates.generate(m_dir.path()), qPrintable(m_certificates.errorString()));
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), "the in-process emulator did not start");
    m_proxyPort = freeLoopbackPort();
    m_nginx = std::make_unique<NginxProxy>(
        m_dir.path(), m_certificates.serverCertificatePath(), m_certificates.serverKeyPath());
    m_nginx->addSite({m_proxyPort, m_emulator->baseUrl(), {}});
    QVERIFY2(m_nginx->start(), qPrintable(m_nginx->errorString()));
}

void TestWizardTls::init()
{
    m_profilesDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profilesDir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_profilesDir->filePath(QStringLiteral("profiles.conf")));
    m_keychain = std::make_unique<MemorySecretStore>();
}

void TestWizardTls::cleanupTestCase()
{
    m_nginx.reset();
}

std::unique_ptr<SetupWizard> TestWizardTls::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>(m_profiles.get(), SecretStores(m_keychain.get(), nullptr));
    wizard->setTransferTimeout(WaitMs - 5000);
    return wizard;
}

bool TestWizardTls::nextShowsCertificate(SetupWizard &wizard)
{
    wizard.next();
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("serverEdit"));
    return QTest::qWaitFor([&] { return edit->isEnabled(); }, WaitMs) && shown(wizard, "certificateBox")
        && wizard.currentId() == SetupWizard::ServerPageId;
}

void TestWizardTls::untrustedCertificateIsPinnedOnlyWhenTicked()
{
    auto wizard = makeWizard();
    wizard->show();
    child<QLineEdit>(*wizard, QStringLiteral("serverEdit"))->setText(proxyUrl().toString());
    QVERIFY(!shown(*wizard, "certificateBox"));
    QVERIFY2(nextShowsCertificate(*wizard), qPrintable(labelText(*wizard, "serverStatusLabel")));
    QVERIFY2(labelText(*wizard, "serverStatusLabel").contains(QStringLiteral("not trusted")),
        qPrintable(labelText(*wizard, "serverStatusLabel")));
    const QSslCertificate server = m_certificates.serverCertificate();
    QCOMPARE(labelText(*wizard, "certificateFingerprintLabel").remove(QLatin1Char('\n')), readableFingerprint(server));
    QVERIFY(!labelText(*wizard, "certificateSubjectLabel").isEmpty());
    QVERIFY(!labelText(*wizard, "certificateIssuerLabel").isEmpty());
    QVERIFY(!labelText(*wizard, "certificateValidityLabel").isEmpty());
    auto *trust = child<QCheckBox>(*wizard, QStringLiteral("trustCertificateCheck"));
    QVERIFY(!trust->isChecked());

    // Next again without the tick: still refused, still on this page.
    QVERIFY(nextShowsCertificate(*wizard));
    QVERIFY(!trust->isChecked());

    // Ticked: the check is made with the pin, passes, and the pin ends up in the profile.
    trust->setChecked(true);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::TokenPageId), WaitMs);
    child<QLineEdit>(*wizard, QStringLiteral("tokenEdit"))->setText(EmulatorFixture::defaultToken());
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), WaitMs);
    QVERIFY(labelText(*wizard, "checkResultLabel").contains(QStringLiteral("Jane Admin")));
    wizard->next();
    QVERIFY(labelText(*wizard, "summaryLabel").contains(readableFingerprint(server)));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WaitMs);
    const Profile saved = m_profiles->profile(wizard->savedProfile().id);
    QVERIFY(saved.isValid());
    QCOMPARE(saved.serverUrl, proxyUrl());
    QCOMPARE(saved.pinnedSha256, TlsTrust::fingerprint(server));

    // Editing that account later checks with its pin: no certificate question again.
    auto editing = makeWizard();
    editing->editProfile(saved);
    editing->show();
    editing->next();
    QTRY_COMPARE_WITH_TIMEOUT(editing->currentId(), int(SetupWizard::TokenPageId), WaitMs);
    QVERIFY(!shown(*editing, "certificateBox"));
}

void TestWizardTls::replacedCertificateIsShownAgain()
{
    // The profile trusts another certificate than the one the server now presents.
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Pinned");
    profile.serverUrl = proxyUrl();
    profile.pinnedSha256 = TlsTrust::fingerprint(m_certificates.otherCertificate());
    QVERIFY(m_profiles->save(profile));

    auto wizard = makeWizard();
    wizard->editProfile(profile);
    wizard->show();
    auto *edit = child<QLineEdit>(*wizard, QStringLiteral("serverEdit"));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), WaitMs);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ServerPageId));
    QVERIFY2(labelText(*wizard, "serverStatusLabel").contains(QStringLiteral("changed")),
        qPrintable(labelText(*wizard, "serverStatusLabel")));
    QVERIFY2(!shown(*wizard, "certificateBox"), "a changed certificate is not offered in passing");

    // The next check forgets the old pin and shows the new certificate, to be compared afresh.
    QVERIFY(nextShowsCertificate(*wizard));
    QCOMPARE(labelText(*wizard, "certificateFingerprintLabel").remove(QLatin1Char('\n')),
        readableFingerprint(m_certificates.serverCertificate()));
    QVERIFY(!child<QCheckBox>(*wizard, QStringLiteral("trustCertificateCheck"))->isChecked());
}

QTEST_MAIN(TestWizardTls)
#include "tst_wizardtls.moc"
