#include "api/apijob.h"
#include "appinfo.h"
#include "emulatorclient.h"

#include <seededtokens.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QUrlQuery>

using namespace Concord;

namespace {

/// What a finished job said, kept after the job has deleted itself.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    int status = 0;
    QString errorString;
};

/// Waits for `job` and returns what it said (the job deletes itself after finished()).
Outcome finish(ApiJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [job, &outcome] {
        outcome = {true, job->isOk(), job->httpStatus(), job->errorString()};
    });
    const QPointer<ApiJob> guard(job);
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 10000) && guard) {
        guard->abort(); // so that a late answer cannot write to `outcome` after we returned
    }
    return outcome;
}

QStringList s_httpTrace;

void captureHttpTrace(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "concord.http") == 0) {
        s_httpTrace.append(message);
    }
}

} // namespace

class TestApiClientHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsApiUrls_data();
    void buildsApiUrls();
    void sendsTheHeadersTheApiDemands();
    void neverTracesTheToken();
    void reportsWhatWentWrong_data();
    void reportsWhatWentWrong();
};

void TestApiClientHeaders::buildsApiUrls_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << QStringLiteral("https://crm.example.com")
                          << QStringLiteral("https://crm.example.com/api/contacts?page=2");
    QTest::newRow("trailing slash") << QStringLiteral("https://crm.example.com/")
                                    << QStringLiteral("https://crm.example.com/api/contacts?page=2");
    QTest::newRow("installed in a folder") << QStringLiteral("http://example.com:8080/crm/")
                                           << QStringLiteral("http://example.com:8080/crm/api/contacts?page=2");
}

void TestApiClientHeaders::buildsApiUrls()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, expected);
    ApiClient client;
    client.setBaseUrl(QUrl(baseUrl));
    QCOMPARE(client.apiUrl(QStringLiteral("contacts"), QUrlQuery(QStringLiteral("page=2"))), QUrl(expected));
}

void TestApiClientHeaders::sendsTheHeadersTheApiDemands()
{
    Test::EmulatorClient server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();

    // Two calls: a cookie the first answer set must not come back on the second.
    for (const QString &path : {QStringLiteral("me"), QStringLiteral("contacts")}) {
        const Outcome outcome = finish(server.client().get(path, QUrlQuery()));
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.errorString));
    }

    const QJsonArray log = server.emulator().requestLog();
    QCOMPARE(log.size(), 2);
    for (const QJsonValue &entry : log) {
        const QJsonObject headers = entry.toObject().value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("accept")).toString(), QStringLiteral("application/json"));
        QCOMPARE(headers.value(QLatin1String("content-type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(headers.value(QLatin1String("authorization")).toString(),
            QStringLiteral("Bearer ") + server.emulator().token());
        QCOMPARE(headers.value(QLatin1String("user-agent")).toString(), AppInfo::userAgent());
        QVERIFY(AppInfo::userAgent().startsWith(QLatin1String("ConcordDesktop/")));
        QVERIFY(!headers.contains(QLatin1String("origin")));
        QVERIFY(!headers.contains(QLatin1String("referer")));
        QVERIFY(!headers.contains(QLatin1String("cookie")));
    }
}

void TestApiClientHeaders::neverTracesTheToken()
{
    Test::EmulatorClient server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    s_httpTrace.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("concord.http.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureHttpTrace);
    const Outcome outcome = finish(server.client().get(QStringLiteral("contacts"), QUrlQuery()));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.errorString));
    // One line for the request, one for the answer, and neither holds the secret.
    QCOMPARE(s_httpTrace.size(), 2);
    const QString secret = server.emulator().token().section(QLatin1Char('|'), 1);
    for (const QString &line : std::as_const(s_httpTrace)) {
        QVERIFY2(!line.contains(secret), qPrintable(line));
    }
    QVERIFY(s_httpTrace.first().contains(QLatin1String("****")));
}

void TestApiClientHeaders::reportsWhatWentWrong_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("no API access") << Emulator::SeededTokens::noApiUser() << QJsonObject() << 403
                                   << QStringLiteral("not authorized to perform API requests");
    QTest::newRow("server error") << QString()
                                  << QJsonObject {{QStringLiteral("error_rate"), 1.0},
                                         {QStringLiteral("error_statuses"), QJsonArray {503}}}
                                  << 503 << QStringLiteral("503");
    QTest::newRow("not JSON") << QString() << QJsonObject {{QStringLiteral("malformed_rate"), 1.0}} << 200
                              << QStringLiteral("JSON");
}

void TestApiClientHeaders::reportsWhatWentWrong()
{
    QFETCH(QString, token);
    QFETCH(QJsonObject, faults);
    QFETCH(int, status);
    QFETCH(QString, inMessage);

    Test::EmulatorClient server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    if (!token.isEmpty()) {
        server.client().setToken(token);
    }
    if (!faults.isEmpty()) {
        QCOMPARE(server.emulator().setFaults(faults).status, 200);
    }
    const Outcome outcome = finish(server.client().get(QStringLiteral("contacts"), QUrlQuery()));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.status, status);
    QVERIFY2(outcome.errorString.contains(inMessage), qPrintable(outcome.errorString));
}

QTEST_GUILESS_MAIN(TestApiClientHeaders)
#include "tst_apiclient_headers.moc"
