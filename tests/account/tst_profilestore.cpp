// ProfileStore on real INI files: every field survives a round trip, the list is sorted and
// found by name the way people type names, hand-edited entries are skipped but kept, two stores
// on one file (the app and concordctl) agree, and nothing secret ever lands in the file.

#include "account/profile.h"
#include "account/profilestore.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Concord;

Q_DECLARE_METATYPE(Concord::Profile)

namespace {

Profile makeProfile(const QString &name, const QString &server = QStringLiteral("https://crm.example.com"))
{
    Profile p;
    p.id = Profile::newId();
    p.name = name;
    p.serverUrl = QUrl(server);
    return p;
}

QByteArray fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QStringList namesOf(const QList<Profile> &profiles)
{
    QStringList names;
    for (const Profile &p : profiles)
        names << p.name;
    return names;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTrip_data();
    void roundTrip();
    void saveReplacesSameId();
    void sortedByNameCaseInsensitively();
    void profileByName_data();
    void profileByName();
    void removeKeepsOthers();
    void removeCurrentClearsCurrent();
    void invalidProfilesAreNotSaved_data();
    void invalidProfilesAreNotSaved();
    void damagedEntriesSkippedAndKept();
    void twoStoresOnOneFile();
    void survivesReopening();
    void fileHoldsNothingSecret();
    void defaultSettingsPath();

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(QStringLiteral("profiles.conf")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    // A fresh folder per test: QSettings shares one cache per file name inside a process.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<Profile>("profile");

    Profile plain = makeProfile(QStringLiteral("Work"));
    QTest::newRow("defaults") << plain;

    Profile full;
    full.id = Profile::newId();
    full.name = QStringLiteral("Büro — Zürich");
    full.serverUrl = QUrl(QStringLiteral("http://crm.example.org:8080/concord"));
    full.allowInsecureHttp = true;
    full.pinnedSha256 = QByteArrayLiteral("3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a");
    full.secretBackend = Profile::SecretBackend::File;
    full.userId = 9007199254740993LL; // beyond a double's exact integers
    full.userName = QStringLiteral("Sofia García");
    full.userEmail = QStringLiteral("sofia@example.com");
    QTest::newRow("every field set") << full;

    Profile odd = makeProfile(QStringLiteral("a=b; c, \"d\" [e] #f"), QStringLiteral("https://[::1]:8443"));
    odd.userName = QStringLiteral("O'Connor, Liam");
    QTest::newRow("INI-special characters") << odd;
}

void TestProfileStore::roundTrip()
{
    QFETCH(Profile, profile);
    {
        ProfileStore store(path());
        QVERIFY(store.save(profile));
    }
    // A second store on the file. QSettings shares one parse per file inside a process, so the
    // file's text is checked below as well.
    ProfileStore store(path());
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 1);
    for (const Profile &loaded : {all.constFirst(), store.profile(profile.id)}) {
        QCOMPARE(loaded.id, profile.id);
        QCOMPARE(loaded.name, profile.name);
        QCOMPARE(loaded.serverUrl, profile.serverUrl);
        QCOMPARE(loaded.allowInsecureHttp, profile.allowInsecureHttp);
        QCOMPARE(loaded.pinnedSha256, profile.pinnedSha256);
        QCOMPARE(loaded.secretBackend, profile.secretBackend);
        QCOMPARE(loaded.userId, profile.userId);
        QCOMPARE(loaded.userName, profile.userName);
        QCOMPARE(loaded.userEmail, profile.userEmail);
        QCOMPARE(loaded.secretKey(), profile.secretKey());
        QCOMPARE(loaded.tlsTrust().allowInsecureHttp, profile.allowInsecureHttp);
        QCOMPARE(loaded.tlsTrust().pinnedSha256, profile.pinnedSha256);
    }
    // And independently of QSettings' cache: the values are in the file's text.
    const QByteArray text = fileText(path());
    QVERIFY2(text.contains(profile.id.toLatin1()), text.constData());
    if (!profile.pinnedSha256.isEmpty())
        QVERIFY2(text.contains(profile.pinnedSha256), text.constData());
}

void TestProfileStore::saveReplacesSameId()
{
    ProfileStore store(path());
    Profile p = makeProfile(QStringLiteral("Work"));
    QVERIFY(store.save(p));
    p.name = QStringLiteral("Office");
    p.userName = QStringLiteral("Jane Admin");
    QVERIFY(store.save(p));
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, QStringLiteral("Office"));
    QCOMPARE(all.constFirst().userName, QStringLiteral("Jane Admin"));
    QVERIFY(!store.profileByName(QStringLiteral("Work")).isValid());
}

void TestProfileStore::sortedByNameCaseInsensitively()
{
    ProfileStore store(path());
    // Saved out of order, and in an order where a case-sensitive sort would differ ('b' > 'C').
    QVERIFY(store.save(makeProfile(QStringLiteral("charlie"))));
    QVERIFY(store.save(makeProfile(QStringLiteral("Bravo"))));
    QVERIFY(store.save(makeProfile(QStringLiteral("alpha"))));
    QVERIFY(store.save(makeProfile(QStringLiteral("Delta"))));
    QCOMPARE(namesOf(store.profiles()),
        (QStringList {
            QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("charlie"), QStringLiteral("Delta")}));
}

void TestProfileStore::profileByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedName"); // empty: none

    QTest::newRow("exact") << "Acme Work"
                           << "Acme Work";
    QTest::newRow("lower case") << "acme work"
                                << "Acme Work";
    QTest::newRow("upper case") << "ACME WORK"
                                << "Acme Work";
    QTest::newRow("surrounding spaces") << "  acme work\t"
                                        << "Acme Work";
    QTest::newRow("other profile") << "home"
                                   << "Home";
    QTest::newRow("prefix only") << "Acme"
                                 << "";
    QTest::newRow("unknown") << "Nowhere"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestProfileStore::profileByName()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedName);

    ProfileStore store(path());
    const Profile work = makeProfile(QStringLiteral("Acme Work"));
    const Profile home = makeProfile(QStringLiteral("Home"), QStringLiteral("https://home.example.net"));
    QVERIFY(store.save(work));
    QVERIFY(store.save(home));

    const Profile found = store.profileByName(query);
    if (expectedName.isEmpty()) {
        QVERIFY2(!found.isValid(), qPrintable(found.name));
        return;
    }
    QVERIFY(found.isValid());
    QCOMPARE(found.name, expectedName);
    QCOMPARE(found.id, expectedName == work.name ? work.id : home.id);
}

void TestProfileStore::removeKeepsOthers()
{
    ProfileStore store(path());
    const Profile a = makeProfile(QStringLiteral("A"));
    const Profile b = makeProfile(QStringLiteral("B"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.setCurrentProfileId(b.id);

    QVERIFY(store.remove(a.id));
    QCOMPARE(namesOf(store.profiles()), QStringList {QStringLiteral("B")});
    QVERIFY(!store.profile(a.id).isValid());
    QCOMPARE(store.currentProfileId(), b.id); // not the removed one: left alone
    QVERIFY(!fileText(path()).contains(a.id.toLatin1()));
    QCOMPARE(ProfileStore(path()).currentProfileId(), b.id);
}

void TestProfileStore::removeCurrentClearsCurrent()
{
    ProfileStore store(path());
    const Profile a = makeProfile(QStringLiteral("A"));
    const Profile b = makeProfile(QStringLiteral("B"));
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.setCurrentProfileId(a.id);
    QCOMPARE(store.currentProfileId(), a.id);

    QVERIFY(store.remove(a.id));
    QVERIFY(store.currentProfileId().isEmpty());
    QCOMPARE(namesOf(store.profiles()), QStringList {QStringLiteral("B")});
    // Nothing of `a` is left on disk, not even as the current id.
    QVERIFY2(!fileText(path()).contains(a.id.toLatin1()), fileText(path()).constData());
}

void TestProfileStore::invalidProfilesAreNotSaved_data()
{
    QTest::addColumn<Profile>("profile");

    Profile noId = makeProfile(QStringLiteral("No id"));
    noId.id.clear();
    QTest::newRow("no id") << noId;
    Profile noName = makeProfile(QString());
    QTest::newRow("no name") << noName;
    Profile noServer = makeProfile(QStringLiteral("No server"), QString());
    QTest::newRow("no server") << noServer;
    Profile slash = makeProfile(QStringLiteral("Slash"));
    slash.id = QStringLiteral("a/b");
    QTest::newRow("id with a slash") << slash;
}

void TestProfileStore::invalidProfilesAreNotSaved()
{
    QFETCH(Profile, profile);
    ProfileStore store(path());
    QVERIFY(!store.save(profile));
    QVERIFY(store.profiles().isEmpty());
    if (!profile.id.isEmpty())
        QVERIFY(!store.profile(profile.id).isValid());
    // A '/' would reach into another group of the file: refused, not "removed".
    if (profile.id.contains(QLatin1Char('/')))
        QVERIFY(!store.remove(profile.id));
    QVERIFY(!store.remove(QString()));
}

void TestProfileStore::damagedEntriesSkippedAndKept()
{
    // As a person (or a newer version) might leave the file: a group without a name, an id with
    // a '/' (which QSettings reads as nested groups), a server that is not a URL.
    const QByteArray damaged = QByteArrayLiteral("[profiles]\n"
                                                 "good\\name=Good\n"
                                                 "good\\server=https://good.example.com\n"
                                                 "noname\\server=https://noname.example.com\n"
                                                 "x%2Fy\\name=Slashed\n"
                                                 "x%2Fy\\server=https://slashed.example.com\n"
                                                 "badurl\\name=Bad URL\n"
                                                 "badurl\\server=not a url\n");
    QVERIFY(writeFile(path(), damaged));

    ProfileStore store(path());
    const QList<Profile> all = store.profiles();
    QCOMPARE(namesOf(all), QStringList {QStringLiteral("Good")});
    QCOMPARE(all.constFirst().id, QStringLiteral("good"));
    QVERIFY(!store.profile(QStringLiteral("noname")).isValid());
    QVERIFY(!store.profile(QStringLiteral("x/y")).isValid());
    QVERIFY(!store.profileByName(QStringLiteral("Slashed")).isValid());
    QVERIFY(!store.profileByName(QStringLiteral("Bad URL")).isValid());

    // Writing other profiles rewrites the file; what could not be read is still there.
    const Profile added = makeProfile(QStringLiteral("Added"));
    QVERIFY(store.save(added));
    QVERIFY(store.remove(QStringLiteral("good")));
    const QByteArray text = fileText(path());
    QVERIFY2(text.contains("noname.example.com"), text.constData());
    QVERIFY2(text.contains("Slashed"), text.constData());
    QVERIFY2(text.contains("slashed.example.com"), text.constData());
    QVERIFY2(text.contains("not a url"), text.constData());
    QVERIFY2(!text.contains("good.example.com"), text.constData());
    QCOMPARE(namesOf(ProfileStore(path()).profiles()), QStringList {QStringLiteral("Added")});
}

void TestProfileStore::twoStoresOnOneFile()
{
    // The app and concordctl each have their own store on the shared file.
    ProfileStore app(path());
    ProfileStore ctl(path());
    const Profile fromApp = makeProfile(QStringLiteral("From app"));
    const Profile fromCtl = makeProfile(QStringLiteral("From ctl"));

    QVERIFY(ctl.profiles().isEmpty()); // read before the other's save
    QVERIFY(app.save(fromApp));
    QCOMPARE(namesOf(ctl.profiles()), QStringList {QStringLiteral("From app")});
    QVERIFY(ctl.save(fromCtl));
    const QStringList both {QStringLiteral("From app"), QStringLiteral("From ctl")};
    QCOMPARE(namesOf(app.profiles()), both);
    QCOMPARE(namesOf(ctl.profiles()), both);

    app.setCurrentProfileId(fromCtl.id);
    QCOMPARE(ctl.currentProfileId(), fromCtl.id);
    QVERIFY(ctl.remove(fromApp.id));
    QCOMPARE(namesOf(app.profiles()), QStringList {QStringLiteral("From ctl")});

    // Neither save lost the other's: the file on disk has both stores' work.
    const QByteArray text = fileText(path());
    QVERIFY(text.contains(fromCtl.id.toLatin1()));
    QVERIFY(!text.contains(fromApp.id.toLatin1()));
}

void TestProfileStore::survivesReopening()
{
    const Profile p = makeProfile(QStringLiteral("Persisted"));
    {
        ProfileStore store(path());
        QVERIFY(store.save(p));
        store.setCurrentProfileId(p.id);
    }
    QVERIFY(QFile::exists(path()));
    ProfileStore reopened(path());
    QCOMPARE(reopened.settingsPath(), path());
    QCOMPARE(reopened.currentProfileId(), p.id);
    QCOMPARE(reopened.profile(reopened.currentProfileId()).name, QStringLiteral("Persisted"));
}

void TestProfileStore::fileHoldsNothingSecret()
{
    ProfileStore store(path());
    Profile p = makeProfile(QStringLiteral("Work"));
    p.pinnedSha256 = QByteArrayLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    p.userId = 1;
    p.userName = QStringLiteral("Jane Admin");
    p.userEmail = QStringLiteral("jane@example.com");
    p.secretBackend = Profile::SecretBackend::File;
    QVERIFY(store.save(p));
    store.setCurrentProfileId(p.id);

    const QString text = QString::fromUtf8(fileText(path()));
    QVERIFY(!text.isEmpty());
    // No key named like a secret (the value of secretBackend, "file", only says where it is) ...
    static const QRegularExpression secretKey(QStringLiteral("(^|[\\\\/\\n])(token|secret|password|accessToken)\\s*="),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QVERIFY2(!secretKey.match(text).hasMatch(), qPrintable(text));
    // ... and nothing shaped like a Sanctum token (§2.1) anywhere.
    static const QRegularExpression tokenShape(QStringLiteral("\\d+\\|[A-Za-z0-9]{40}"));
    QVERIFY2(!tokenShape.match(text).hasMatch(), qPrintable(text));
    // Every key written is one of the known, non-secret ones.
    static const QRegularExpression keyLine(
        QStringLiteral("^[^\\[\\n][^=\\n]*\\\\([A-Za-z0-9]+)="), QRegularExpression::MultilineOption);
    const QStringList allowed {QStringLiteral("name"), QStringLiteral("server"), QStringLiteral("allowInsecureHttp"),
        QStringLiteral("pinnedSha256"), QStringLiteral("secretBackend"), QStringLiteral("userId"),
        QStringLiteral("userName"), QStringLiteral("userEmail")};
    int keys = 0;
    for (auto it = keyLine.globalMatch(text); it.hasNext(); ++keys) {
        const QString key = it.next().captured(1);
        QVERIFY2(allowed.contains(key), qPrintable(key));
    }
    QCOMPARE(keys, allowed.size());
}

void TestProfileStore::defaultSettingsPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Concord/profiles.conf");
    QVERIFY(expected.contains(QLatin1String(".qttest"))); // test mode: never the user's own file
    QCOMPARE(ProfileStore::defaultSettingsPath(), expected);
    // The same for any application name: the app and concordctl must meet in one file.
    const QString oldName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("concordctl"));
    QCOMPARE(ProfileStore::defaultSettingsPath(), expected);
    QCoreApplication::setApplicationName(oldName);
    const ProfileStore store; // only constructed: the test writes nothing there
    QCOMPARE(store.settingsPath(), expected);
    QStandardPaths::setTestModeEnabled(false);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
