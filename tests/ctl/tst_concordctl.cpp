// concordctl as a script sees it: the real executable, run with QProcess against a
// concord-emulator child process, judged by its stdout, stderr and exit status only.

#include <emulatorprocess.h>
#include <httpasserts.h>
#include <httpprobe.h>
#include <jsontools.h>
#include <seededtokens.h>

#include <account/filesecretstore.h>
#include <account/profilestore.h>
#include <account/secretjob.h>
#include <account/secretstores.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

#include <freeport.h>

using Concord::Test::EmulatorProcess;
using Concord::Test::HttpProbe;

namespace {

const QString adminToken = QStringLiteral("1|ConcordCtlTestTokenConcordCtlTestTokenCo1a2b3c4d");
const QString noApiToken = QStringLiteral("6|ConcordCtlNoApiTokenConcordCtlNoApiToken5e6f7a8b");
const QString tokenVariable = QStringLiteral("CONCORD_TEST_TOKEN");

/// What one run of concordctl left behind.
struct CtlRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("finished %1, exit %2\nstdout: %3\nstderr: %4")
            .arg(finished)
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(600)), QString::fromUtf8(err));
    }
    /// Neither the token nor its secret part (after `|`) appears anywhere in the output.
    [[nodiscard]] bool leaks(const QString &token) const
    {
        const QByteArray secret = token.section(QLatin1Char('|'), 1).toUtf8();
        return !secret.isEmpty() && (out.contains(secret) || err.contains(secret));
    }
};

/// The exit status is `expected`, and the token stayed secret.
#define CTL_VERIFY_EXIT(run, token, expected)                                                                          \
    do {                                                                                                               \
        const CtlRun &r_ = (run);                                                                                      \
        QVERIFY2(r_.finished &&r_.exitCode == (expected),                                                              \
            qPrintable(QStringLiteral("expected exit %1, got ").arg(expected) + r_.describe()));                       \
        QVERIFY2(!r_.leaks(token), qPrintable(QStringLiteral("the token leaked: ") + r_.describe()));                  \
    } while (false)

/// The XDG folders every concordctl run gets: its profiles and token file are the test's own,
/// never the developer's.
const QTemporaryDir &isolatedHome()
{
    static const QTemporaryDir home;
    return home;
}

QString configHome()
{
    return isolatedHome().filePath(QStringLiteral("config"));
}

QString dataHome()
{
    return isolatedHome().filePath(QStringLiteral("data"));
}

/// concordctl beside the running test executable (both land in build/bin).
QString ctlProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("concordctl"));
}

/// RFC 4180 records; a quoted cell may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestConcordCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void me();
    void listPrintsOnePage();
    void listCsv();
    void listAll_data();
    void listAll();
    void queryAndOrderPassThrough();
    void rateLimitPausesAndResumes();
    void get();
    void createThenGet();
    void updateSendsOnlyTheGivenKeys();
    void deleteThenGet();
    void fields();
    void validationErrorsOnePerLine();
    void exitCodes_data();
    void exitCodes();
    void profileSuppliesServerAndToken();
    void profileErrors_data();
    void profileErrors();

private:
    /// Runs concordctl with exactly `arguments`; `token`, when not empty, is in $CONCORD_TEST_TOKEN.
    static CtlRun run(const QStringList &arguments, const QString &token, int timeoutMs = 30000);
    /// Runs `concordctl --server <emulator> --token-env CONCORD_TEST_TOKEN arguments...`.
    [[nodiscard]] CtlRun ctl(const QStringList &arguments, const QString &token = adminToken) const;
    /// The emulator's request log, only requests to `path`.
    [[nodiscard]] static QJsonArray requestsTo(HttpProbe &control, const QString &method, const QString &path);
    /// A started emulator with the control routes, and no rate limit unless `extraArguments` set one.
    [[nodiscard]] static std::unique_ptr<EmulatorProcess> startEmulator(const QStringList &extraArguments);

    std::unique_ptr<EmulatorProcess> m_emulator;
    HttpProbe m_control;
};

std::unique_ptr<EmulatorProcess> TestConcordCtl::startEmulator(const QStringList &extraArguments)
{
    QStringList arguments {"--port", "0", "--token", adminToken, "--token-no-api", noApiToken, "--control"};
    if (!extraArguments.contains("--rate-limit"))
        arguments << "--rate-limit"
                  << "0";
    auto emulator = std::make_unique<EmulatorProcess>(arguments + extraArguments);
    if (!emulator->start()) {
        qWarning("%s", qPrintable(emulator->describe()));
        return nullptr;
    }
    return emulator;
}

void TestConcordCtl::initTestCase()
{
    QVERIFY2(QFileInfo(ctlProgram()).isExecutable(), qPrintable(ctlProgram() + " is not built"));
    QVERIFY2(
        QFileInfo(EmulatorProcess::program()).isExecutable(), qPrintable(EmulatorProcess::program() + " is not built"));
    m_emulator = startEmulator({"--contacts", "300"});
    QVERIFY(m_emulator);
    m_control.setBaseUrl(m_emulator->baseUrl());
}

void TestConcordCtl::init()
{
    // Each case counts only its own requests.
    CONCORD_VERIFY_STATUS(m_control.del("/__emulator/requests"), 204);
}

CtlRun TestConcordCtl::run(const QStringList &arguments, const QString &token, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(tokenVariable);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    if (!token.isEmpty())
        environment.insert(tokenVariable, token);
    process.setProcessEnvironment(environment);
    process.start(ctlProgram(), arguments);
    CtlRun result;
    result.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CtlRun TestConcordCtl::ctl(const QStringList &arguments, const QString &token) const
{
    return run(
        QStringList {"--server", m_emulator->baseUrl().toString(), "--token-env", tokenVariable} + arguments, token);
}

QJsonArray TestConcordCtl::requestsTo(HttpProbe &control, const QString &method, const QString &path)
{
    QJsonArray matching;
    const auto log = control.get("/__emulator/requests");
    for (const QJsonValue &entry : log.array()) {
        const QJsonObject request = entry.toObject();
        if (request.value("method").toString() == method && request.value("path").toString() == path)
            matching.append(request);
    }
    return matching;
}

void TestConcordCtl::me()
{
    const CtlRun me = ctl({"me"});
    CTL_VERIFY_EXIT(me, adminToken, 0);
    QVERIFY2(me.json().isObject(), qPrintable(me.describe()));
    QCOMPARE(me.json().object().value("id"), QJsonValue(1));
    QCOMPARE(me.json().object().value("name"), QJsonValue("Jane Admin"));
    QCOMPARE(me.json().object().value("super_admin"), QJsonValue(true));
    // The whole answer, not only the keys the client itself reads.
    QVERIFY(me.json().object().contains("permissions"));
    QVERIFY(me.err.isEmpty());
}

void TestConcordCtl::listPrintsOnePage()
{
    const CtlRun five = ctl({"list", "contacts", "--per-page", "5"});
    CTL_VERIFY_EXIT(five, adminToken, 0);
    QVERIFY2(five.json().isArray(), qPrintable(five.describe()));
    QCOMPARE(five.json().array().size(), 5);
    QVERIFY(five.json().array().first().toObject().contains("first_name"));

    // Without --per-page: page 1 of 100, one request only.
    const CtlRun byDefault = ctl({"list", "contacts"});
    CTL_VERIFY_EXIT(byDefault, adminToken, 0);
    QCOMPARE(byDefault.json().array().size(), 100);
    const QJsonArray requests = requestsTo(m_control, "GET", "/api/contacts");
    QCOMPARE(requests.size(), 2);
    const QUrlQuery query(requests.last().toObject().value("query").toString());
    QCOMPARE(query.queryItemValue("page"), QStringLiteral("1"));
    QCOMPARE(query.queryItemValue("per_page"), QStringLiteral("100"));
}

void TestConcordCtl::listCsv()
{
    const CtlRun json = ctl({"list", "contacts", "--per-page", "4"});
    CTL_VERIFY_EXIT(json, adminToken, 0);
    const CtlRun csv = ctl({"list", "contacts", "--per-page", "4", "--format", "csv"});
    CTL_VERIFY_EXIT(csv, adminToken, 0);
    QVERIFY2(csv.out.endsWith("\r\n"), qPrintable(csv.describe()));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.out));
    QCOMPARE(rows.size(), 1 + 4);
    const QStringList header = rows.first();
    QCOMPARE(header.first(), QStringLiteral("id"));
    QCOMPARE(QSet<QString>(header.cbegin(), header.cend()).size(), header.size());
    QVERIFY(header.contains("first_name"));
    QVERIFY(header.contains("phones"));
    const QJsonArray records = json.json().array();
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const QStringList row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(0), QString::number(record.value("id").toInt()));
        QCOMPARE(row.at(header.indexOf("first_name")), record.value("first_name").toString());
        // Nested values are compact JSON that reads back to what the server sent.
        const QJsonDocument phones = QJsonDocument::fromJson(row.at(header.indexOf("phones")).toUtf8());
        QCOMPARE(phones.array(), record.value("phones").toArray());
    }
}

void TestConcordCtl::listAll_data()
{
    QTest::addColumn<QStringList>("emulatorArguments");
    QTest::addColumn<int>("contacts");
    QTest::addColumn<int>("requests");

    QTest::newRow("per_page honoured") << QStringList {"--contacts", "10000"} << 10000 << 100;
    // The server pages by 15 whatever is asked: ceil(10000 / 15) requests.
    QTest::newRow("per_page ignored") << QStringList {"--contacts", "10000", "--ignore-per-page", "contacts"} << 10000
                                      << 667;
}

void TestConcordCtl::listAll()
{
    QFETCH(QStringList, emulatorArguments);
    QFETCH(int, contacts);
    QFETCH(int, requests);

    const auto emulator = startEmulator(emulatorArguments);
    QVERIFY(emulator);
    const CtlRun all
        = run({"--server", emulator->baseUrl().toString(), "--token-env", tokenVariable, "list", "contacts", "--all"},
            adminToken, 150000);
    CTL_VERIFY_EXIT(all, adminToken, 0);

    QVERIFY2(all.json().isArray(), qPrintable(all.describe()));
    const QJsonArray records = all.json().array();
    QCOMPARE(records.size(), contacts);
    const QSet<int> ids = Concord::Test::idsOf(records);
    QCOMPARE(ids.size(), contacts);
    QVERIFY(!ids.contains(0));

    HttpProbe control(emulator->baseUrl());
    const QJsonArray listRequests = requestsTo(control, "GET", "/api/contacts");
    QCOMPARE(listRequests.size(), requests);
    QSet<int> pages;
    for (const QJsonValue &request : listRequests)
        pages.insert(QUrlQuery(request.toObject().value("query").toString()).queryItemValue("page").toInt());
    QCOMPARE(pages.size(), requests);
    QCOMPARE(*std::max_element(pages.cbegin(), pages.cend()), requests);
}

void TestConcordCtl::queryAndOrderPassThrough()
{
    const CtlRun descending = ctl({"list", "contacts", "--q", "anna", "--order", "first_name|desc", "--per-page", "7"});
    CTL_VERIFY_EXIT(descending, adminToken, 0);
    const CtlRun ascending = ctl({"list", "contacts", "--order", "last_name"});
    CTL_VERIFY_EXIT(ascending, adminToken, 0);

    const QJsonArray requests = requestsTo(m_control, "GET", "/api/contacts");
    QCOMPARE(requests.size(), 2);
    const QUrlQuery first(requests.at(0).toObject().value("query").toString());
    QCOMPARE(first.queryItemValue("q"), QStringLiteral("anna"));
    QCOMPARE(first.queryItemValue("order"), QStringLiteral("first_name|desc"));
    QCOMPARE(first.queryItemValue("per_page"), QStringLiteral("7"));
    const QUrlQuery second(requests.at(1).toObject().value("query").toString());
    QCOMPARE(second.queryItemValue("order"), QStringLiteral("last_name"));
    QVERIFY(!second.hasQueryItem("q"));

    // The server really searched and sorted: every hit matches, and the names descend.
    const QJsonArray hits = descending.json().array();
    QVERIFY(!hits.isEmpty());
    for (int i = 1; i < hits.size(); ++i) {
        QVERIFY(hits.at(i - 1)
                    .toObject()
                    .value("first_name")
                    .toString()
                    .compare(hits.at(i).toObject().value("first_name").toString(), Qt::CaseInsensitive)
            >= 0);
    }
}

void TestConcordCtl::rateLimitPausesAndResumes()
{
    const auto emulator = startEmulator({"--contacts", "30", "--rate-limit", "10", "--rate-limit-window", "5"});
    QVERIFY(emulator);
    // Someone else (the user's browser, say) has spent this window's budget.
    HttpProbe other(emulator->baseUrl(), adminToken);
    for (int i = 0; i < 10; ++i)
        CONCORD_VERIFY_STATUS(other.get("/api/me"), 200);
    CONCORD_VERIFY_STATUS(other.get("/api/me"), 429);

    const CtlRun all = run({"--server", emulator->baseUrl().toString(), "--token-env", tokenVariable, "list",
                               "contacts", "--all", "--per-page", "10"},
        adminToken);
    CTL_VERIFY_EXIT(all, adminToken, 0);
    QCOMPARE(Concord::Test::idsOf(all.json().array()).size(), 30);
    const QStringList notes = QString::fromUtf8(all.err).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains("slow down"), qPrintable(all.describe()));
    // The refused page 1, then pages 1 to 3 once the window has passed.
    HttpProbe control(emulator->baseUrl());
    QCOMPARE(requestsTo(control, "GET", "/api/contacts").size(), 4);
}

void TestConcordCtl::get()
{
    const CtlRun one = ctl({"get", "contacts", "1"});
    CTL_VERIFY_EXIT(one, adminToken, 0);
    QCOMPARE(one.json().object().value("id"), QJsonValue(1));
    QVERIFY(one.json().object().contains("display_name"));
}

void TestConcordCtl::createThenGet()
{
    const CtlRun created = ctl({"create", "contacts", "--data",
        R"({"first_name":"Ada","last_name":"Lovelace","email":"ada.ctl@example.com","cf_score":42})"});
    CTL_VERIFY_EXIT(created, adminToken, 0);
    const QJsonObject record = created.json().object();
    QCOMPARE(record.value("was_recently_created"), QJsonValue(true));
    const int id = record.value("id").toInt();
    QVERIFY(id > 0);

    const CtlRun readBack = ctl({"get", "contacts", QString::number(id)});
    CTL_VERIFY_EXIT(readBack, adminToken, 0);
    QCOMPARE(readBack.json().object().value("first_name"), QJsonValue("Ada"));
    QCOMPARE(readBack.json().object().value("email"), QJsonValue("ada.ctl@example.com"));
    QCOMPARE(readBack.json().object().value("cf_score"), QJsonValue(42));
}

void TestConcordCtl::updateSendsOnlyTheGivenKeys()
{
    const QJsonObject before = ctl({"get", "contacts", "2"}).json().object();
    QVERIFY(!before.isEmpty());
    const QByteArray data = R"({"job_title":"Chief Tester"})";
    const CtlRun updated = ctl({"update", "contacts", "2", "--data", QString::fromUtf8(data)});
    CTL_VERIFY_EXIT(updated, adminToken, 0);
    QCOMPARE(updated.json().object().value("job_title"), QJsonValue("Chief Tester"));

    // The log keeps no bodies, but the PUT's length is that of exactly the given keys.
    const QJsonArray puts = requestsTo(m_control, "PUT", "/api/contacts/2");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().toObject().value("headers").toObject().value("content-length").toString(),
        QString::number(data.size()));

    const QJsonObject after = ctl({"get", "contacts", "2"}).json().object();
    QCOMPARE(after.value("job_title"), QJsonValue("Chief Tester"));
    for (const char *kept : {"first_name", "last_name", "email", "phones", "cf_score"})
        QCOMPARE(after.value(QLatin1String(kept)), before.value(QLatin1String(kept)));
}

void TestConcordCtl::deleteThenGet()
{
    const CtlRun created = ctl({"create", "contacts", "--data", R"({"first_name":"Short-lived"})"});
    CTL_VERIFY_EXIT(created, adminToken, 0);
    const QString id = QString::number(created.json().object().value("id").toInt());

    const CtlRun deleted = ctl({"delete", "contacts", id});
    CTL_VERIFY_EXIT(deleted, adminToken, 0);
    QVERIFY(deleted.out.isEmpty());
    QCOMPARE(requestsTo(m_control, "DELETE", "/api/contacts/" + id).size(), 1);

    const CtlRun gone = ctl({"get", "contacts", id});
    CTL_VERIFY_EXIT(gone, adminToken, 6);
    QVERIFY(gone.out.isEmpty());
    QVERIFY2(gone.err.contains("404"), qPrintable(gone.describe()));
}

void TestConcordCtl::fields()
{
    const CtlRun fields = ctl({"fields", "contacts"});
    CTL_VERIFY_EXIT(fields, adminToken, 0);
    QVERIFY2(fields.json().isArray(), qPrintable(fields.describe()));
    QStringList attributes;
    for (const QJsonValue &field : fields.json().array())
        attributes << field.toObject().value("attribute").toString();
    QVERIFY2(attributes.contains("first_name"), qPrintable(attributes.join(' ')));
    QVERIFY2(attributes.contains("cf_score"), qPrintable(attributes.join(' ')));
    QVERIFY(attributes.filter(QRegularExpression("^cf_")).size() >= 14);
}

void TestConcordCtl::validationErrorsOnePerLine()
{
    const CtlRun invalid = ctl({"create", "contacts", "--data", R"({"email":"not an address"})"});
    CTL_VERIFY_EXIT(invalid, adminToken, 5);
    QVERIFY(invalid.out.isEmpty());
    const QStringList lines = QString::fromUtf8(invalid.err).split('\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(invalid.describe()));
    static const QRegularExpression line(QStringLiteral("^[a-z0-9_.]+: \\S.*$"));
    for (const QString &l : lines)
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    QVERIFY(lines.filter(QRegularExpression("^first_name: ")).size() == 1);
    QVERIFY(lines.filter(QRegularExpression("^email: ")).size() == 1);
}

void TestConcordCtl::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {server} stands for the emulator's address
    QTest::addColumn<QString>("token"); // put in $CONCORD_TEST_TOKEN unless empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const QStringList server {"--server", "{server}", "--token-env", tokenVariable};
    const QString revoked = Concord::Emulator::SeededTokens::revoked();

    QTest::newRow("no command") << server << adminToken << 2 << "no command";
    QTest::newRow("unknown command") << server + QStringList {"frob"} << adminToken << 2 << "unknown command";
    QTest::newRow("missing ID") << server + QStringList {"get", "contacts"} << adminToken << 2 << "RESOURCE ID";
    QTest::newRow("ID not a number") << server + QStringList {"get", "contacts", "x1"} << adminToken << 2 << "ID";
    QTest::newRow("extra argument") << server + QStringList {"me", "now"} << adminToken << 2 << "no arguments";
    QTest::newRow("invalid --data") << server + QStringList {"create", "contacts", "--data", "{first_name:"}
                                    << adminToken << 2 << "--data";
    QTest::newRow("--data not an object")
        << server + QStringList {"create", "contacts", "--data", "[1]"} << adminToken << 2 << "--data";
    QTest::newRow("create without --data")
        << server + QStringList {"create", "contacts"} << adminToken << 2 << "--data";
    QTest::newRow("--per-page over 100") << server + QStringList {"list", "contacts", "--per-page", "101"} << adminToken
                                         << 2 << "--per-page";
    QTest::newRow("--all on get") << server + QStringList {"get", "contacts", "1", "--all"} << adminToken << 2
                                  << "--all";
    QTest::newRow("unknown format") << server + QStringList {"list", "contacts", "--format", "xml"} << adminToken << 2
                                    << "--format";
    QTest::newRow("unknown option") << server + QStringList {"me", "--verbose"} << adminToken << 2 << "verbose";
    QTest::newRow("no --server") << QStringList {"--token-env", tokenVariable, "me"} << adminToken << 2 << "--server";
    QTest::newRow("token variable not set") << server + QStringList {"me"} << QString() << 2 << tokenVariable;
    QTest::newRow("--profile and --token-env") << server + QStringList {"--profile", "work", "me"} << adminToken << 2
                                               << "either --token-env or --profile";

    QTest::newRow("unknown resource is a 404") << server + QStringList {"list", "widgets"} << adminToken << 6 << "404";
    QTest::newRow("missing id") << server + QStringList {"get", "contacts", "999999"} << adminToken << 6 << "404";

    QTest::newRow("revoked token (401)") << server + QStringList {"me"} << revoked << 3 << "rejected";
    QTest::newRow("revoked token on a write (401)")
        << server + QStringList {"create", "contacts", "--data", R"({"first_name":"X"})"} << revoked << 3 << "rejected";
    QTest::newRow("no API access (403)") << server + QStringList {"list", "contacts"} << noApiToken << 3
                                         << "not authorized to perform API requests";

    QTest::newRow("closed port") << QStringList {"--server", QStringLiteral("http://127.0.0.1:%1").arg(Concord::Test::freeLoopbackPort()),
        "--token-env", tokenVariable, "me"}
                                 << adminToken << 4 << "Could not reach the server";
    QTest::newRow("plain http to another host") << QStringList {"--server", "http://crm.example.invalid", "--token-env",
        tokenVariable, "me"} << adminToken << 4 << "http://";

    QTest::newRow("validation (422)") << server + QStringList {"create", "contacts", "--data", "{}"} << adminToken << 5
                                      << "first_name: ";
}

void TestConcordCtl::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, token);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    arguments.replaceInStrings(QStringLiteral("{server}"), m_emulator->baseUrl().toString());
    const CtlRun result = run(arguments, token);
    CTL_VERIFY_EXIT(result, token, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), qPrintable(result.describe()));
}

/// Saves the profiles concordctl is to find where it looks (the isolated XDG folders): "Work"
/// keeps its token in the opt-in file store, "Laptop" in the keychain (there is none here).
static bool saveProfiles(const QUrl &server)
{
    Concord::ProfileStore profiles(QDir(configHome()).filePath(QStringLiteral("Concord/profiles.conf")));
    Concord::Profile work;
    work.id = QStringLiteral("work-id");
    work.name = QStringLiteral("Work");
    work.serverUrl = server;
    work.secretBackend = Concord::Profile::SecretBackend::File;
    Concord::Profile laptop = work;
    laptop.id = QStringLiteral("laptop-id");
    laptop.name = QStringLiteral("Laptop");
    laptop.secretBackend = Concord::Profile::SecretBackend::Keychain;
    if (!profiles.save(work) || !profiles.save(laptop))
        return false;
    Concord::FileSecretStore file(QDir(dataHome()).filePath(QStringLiteral("Concord/tokens.json")));
    Concord::SecretJob *job = file.writeSecret(work.secretKey(), adminToken);
    QSignalSpy written(job, &Concord::SecretJob::finished);
    return written.wait(5000) && job->isOk();
}

void TestConcordCtl::profileSuppliesServerAndToken()
{
    QVERIFY(saveProfiles(m_emulator->baseUrl()));
    // No --server, a name in other case: the profile's server and its token from the file store.
    const CtlRun me = run({"--profile", "work", "me"}, QString());
    CTL_VERIFY_EXIT(me, adminToken, 0);
    QCOMPARE(me.json().object().value("name"), QJsonValue("Jane Admin"));
    // With --server it must be the profile's own, in any spelling the app would accept.
    const CtlRun list = run({"--server", m_emulator->baseUrl().toString() + "/api/", "--profile", "Work", "list",
                                "contacts", "--per-page", "5"},
        QString());
    CTL_VERIFY_EXIT(list, adminToken, 0);
    QCOMPARE(list.json().array().size(), 5);
}

void TestConcordCtl::profileErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("unknown profile") << QStringList {"--profile", "Home", "me"} << 2 << "saved profiles: Laptop, Work";
    QTest::newRow("another server") << QStringList {"--server", "https://crm.example.com", "--profile", "Work", "me"}
                                    << 2 << "is for http://127.0.0.1";
    QTest::newRow("empty name") << QStringList {"--profile", " ", "me"} << 2 << "--profile expects";
    // The keychain is unavailable in this test (no session bus): said, exit 3, nothing deleted.
    QTest::newRow("keychain unavailable") << QStringList {"--profile", "Laptop", "me"} << 3
                                          << "token of profile \"Laptop\" could not be read";
}

void TestConcordCtl::profileErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    QVERIFY(saveProfiles(m_emulator->baseUrl()));
    const CtlRun result = run(arguments, QString());
    CTL_VERIFY_EXIT(result, adminToken, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), qPrintable(result.describe()));
    QVERIFY2(requestsTo(m_control, "GET", "/api/me").isEmpty(), "no request may go out without a usable token");
    QVERIFY(Concord::ProfileStore(QDir(configHome()).filePath(QStringLiteral("Concord/profiles.conf")))
                .profileByName(QStringLiteral("Laptop"))
                .isValid());
}

QTEST_GUILESS_MAIN(TestConcordCtl)
#include "tst_concordctl.moc"
