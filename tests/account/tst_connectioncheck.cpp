// The setup wizard's calls against real servers on loopback: ConnectionCheck (GET /api/me read
// as "right server? working token?") against the emulator, a closed port and two small servers
// that are not Concord; IssueTokenJob (POST /api/token); and the ApiClient rules those calls
// rely on — a client that does not park ends a rejected call at once, and a guest call carries
// no Authorization header.

#include "account/connectioncheck.h"

#include "api/apiclient.h"
#include "api/currentuserjob.h"
#include "api/issuetokenjob.h"
#include "api/lookupservice.h"

#include <emulatorfixture.h>
#include <freeport.h>
#include <joboutcome.h>
#include <seededtokens.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Concord;
using Concord::Test::EmulatorFixture;
namespace SeededTokens = Concord::Emulator::SeededTokens;

Q_DECLARE_METATYPE(Concord::ApiError::Kind)

namespace {

/// Answers every request with one canned HTTP response and closes: a web server, a proxy or a
/// login portal where the user thought Concord was.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    [[nodiscard]] QByteArray received() const { return m_received; }

    static QByteArray response(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body)
    {
        return statusLine + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    QByteArray m_response;
    QByteArray m_received;
};

/// What a ConnectionCheck said, copied at finished().
struct CheckResult
{
    bool finished = false;
    ConnectionCheck::Outcome outcome = ConnectionCheck::Outcome::Running;
    CurrentUser user;
    ApiError error;
    QString message;
};

/// A client as the wizard makes one: no parking, quick retries (the defaults wait seconds).
std::unique_ptr<ApiClient> wizardClient(const QUrl &baseUrl, const QString &token)
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(baseUrl);
    client->setToken(token);
    client->setParksRejectedCalls(false);
    client->setRetryPolicy({3, 20, 50});
    client->setTransferTimeout(5000);
    return client;
}

CheckResult runCheck(ApiClient *client, int timeoutMs = 10000)
{
    CheckResult result;
    ConnectionCheck check(client);
    QSignalSpy finished(&check, &ConnectionCheck::finished);
    if (!finished.wait(timeoutMs))
        return result;
    result.finished = check.isFinished() && finished.size() == 1;
    result.outcome = check.outcome();
    result.user = check.user();
    result.error = check.error();
    result.message = check.message();
    return result;
}

QString describe(const CheckResult &r)
{
    if (!r.finished)
        return QStringLiteral("the check did not finish");
    return QStringLiteral("%1: %2 [%3 %4]")
        .arg(QString::fromLatin1(QMetaEnum::fromType<ConnectionCheck::Outcome>().valueToKey(int(r.outcome))), r.message,
            ApiError::kindName(r.error.kind()))
        .arg(r.error.httpStatus());
}

QJsonObject headersOf(const QJsonValue &logEntry)
{
    return logEntry.toObject().value(QLatin1String("headers")).toObject();
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void outcomes_data();
    void outcomes();
    void tokenlessCheckSendsNoAuthorization();
    void checkWithTokenSendsIt();
    void classify_data();
    void classify();

    void issueToken_data();
    void issueToken();
    void issueTokenWrongPassword();

    void rejectedCallsEndWhenNotParked_data();
    void rejectedCallsEndWhenNotParked();
    void parkingClientHoldsTokenlessCalls();

private:
    EmulatorFixture m_emulator;
    std::unique_ptr<CannedHttpServer> m_html200;
    std::unique_ptr<CannedHttpServer> m_html401;
};

void TestConnectionCheck::initTestCase()
{
    QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    m_html200 = std::make_unique<CannedHttpServer>(CannedHttpServer::response(
        "HTTP/1.1 200 OK", "text/html; charset=utf-8", "<!DOCTYPE html><html><body><h1>It works!</h1></body></html>"));
    m_html401 = std::make_unique<CannedHttpServer>(CannedHttpServer::response("HTTP/1.1 401 Unauthorized", "text/html",
        "<html><head><title>401 Authorization Required</title></head><body>nginx</body></html>"));
    QVERIFY(m_html200->listen(QHostAddress::LocalHost));
    QVERIFY(m_html401->listen(QHostAddress::LocalHost));
}

void TestConnectionCheck::init()
{
    QCOMPARE(m_emulator.reset().status, 204);
}

void TestConnectionCheck::outcomes_data()
{
    using Outcome = ConnectionCheck::Outcome;
    QTest::addColumn<QString>("server"); // emulator, closed, insecure, html200, html401
    QTest::addColumn<QString>("path"); // appended to the server's base URL
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<ConnectionCheck::Outcome>("expected");
    QTest::addColumn<QString>("userName"); // with Ok and a token

    const QString admin = EmulatorFixture::defaultToken();
    const QString unknown = QStringLiteral("77|UnknownTokenUnknownTokenUnknownTokenUnkn0a1b2c3d");
    const QJsonObject none;
    const QJsonObject error500 {{QStringLiteral("error_rate"), 1.0},
        {QStringLiteral("error_statuses"), QJsonArray {500}}, {QStringLiteral("path_prefix"), QStringLiteral("/api/")}};

    QTest::newRow("no token: a JSON 401 means Concord") << "emulator"
                                                        << ""
                                                        << "" << none << Outcome::Ok << "";
    QTest::newRow("admin token") << "emulator"
                                 << "" << admin << none << Outcome::Ok << "Jane Admin";
    QTest::newRow("token with spaces around")
        << "emulator"
        << "" << (QStringLiteral("  ") + admin + QStringLiteral("\n")) << none << Outcome::Ok << "Jane Admin";
    QTest::newRow("regular user") << "emulator"
                                  << "" << SeededTokens::regularUser() << none << Outcome::Ok << "Marco Rossi";
    QTest::newRow("user without API access") << "emulator"
                                             << "" << SeededTokens::noApiUser() << none << Outcome::NoApiAccess << "";
    QTest::newRow("revoked token") << "emulator"
                                   << "" << SeededTokens::revoked() << none << Outcome::InvalidToken << "";
    QTest::newRow("unknown token") << "emulator"
                                   << "" << unknown << none << Outcome::InvalidToken << "";
    // The emulator, like Concord's web UI, answers a path outside /api with its HTML page (200):
    // something is there, but not an API (§9: "a 2xx that is not JSON ... not a Concord API").
    QTest::newRow("wrong path, no token") << "emulator"
                                          << "/nothing"
                                          << "" << none << Outcome::NotConcord << "";
    QTest::newRow("wrong path, token") << "emulator"
                                       << "/nothing" << admin << none << Outcome::NotConcord << "";
    // A JSON 404 "route could not be found": Concord is there, the address is not its base.
    QTest::newRow("no such API route, no token") << "emulator"
                                                 << "/api/v2"
                                                 << "" << none << Outcome::WrongUrl << "";
    QTest::newRow("no such API route, token") << "emulator"
                                              << "/api/v2" << admin << none << Outcome::WrongUrl << "";
    QTest::newRow("closed port, no token") << "closed"
                                           << ""
                                           << "" << none << Outcome::Unreachable << "";
    QTest::newRow("closed port, token") << "closed"
                                        << "" << admin << none << Outcome::Unreachable << "";
    QTest::newRow("plain http elsewhere, no token") << "insecure"
                                                    << ""
                                                    << "" << none << Outcome::InsecureRefused << "";
    QTest::newRow("plain http elsewhere, token") << "insecure"
                                                 << "" << admin << none << Outcome::InsecureRefused << "";
    QTest::newRow("HTML 200, no token") << "html200"
                                        << ""
                                        << "" << none << Outcome::NotConcord << "";
    QTest::newRow("HTML 200, token") << "html200"
                                     << "" << admin << none << Outcome::NotConcord << "";
    QTest::newRow("HTML 401, no token") << "html401"
                                        << ""
                                        << "" << none << Outcome::NotConcord << "";
    QTest::newRow("HTML 401, token") << "html401"
                                     << "" << admin << none << Outcome::NotConcord << "";
    QTest::newRow("server error, no token") << "emulator"
                                            << ""
                                            << "" << error500 << Outcome::ServerError << "";
    QTest::newRow("server error, token") << "emulator"
                                         << "" << admin << error500 << Outcome::ServerError << "";
}

void TestConnectionCheck::outcomes()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QJsonObject, faults);
    QFETCH(ConnectionCheck::Outcome, expected);
    QFETCH(QString, userName);

    QUrl base;
    if (server == QLatin1String("emulator"))
        base = m_emulator.baseUrl();
    else if (server == QLatin1String("closed"))
        base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Concord::Test::freeLoopbackPort()));
    else if (server == QLatin1String("insecure"))
        base = QUrl(QStringLiteral("http://crm.example.com")); // refused before any lookup
    else if (server == QLatin1String("html200"))
        base = m_html200->url();
    else
        base = m_html401->url();
    base.setPath(base.path() + path);
    if (!faults.isEmpty())
        QCOMPARE(m_emulator.setFaults(faults).status, 200);

    auto client = wizardClient(base, token);
    QSignalSpy clientState(client.get(), &ApiClient::stateChanged);
    const CheckResult result = runCheck(client.get());
    QVERIFY2(result.finished, qPrintable(describe(result)));
    QVERIFY2(result.outcome == expected, qPrintable(describe(result)));
    QVERIFY2(!result.message.trimmed().isEmpty(), qPrintable(describe(result)));
    if (!userName.isEmpty()) {
        QCOMPARE(result.user.name, userName);
        QVERIFY(result.user.id > 0);
        QVERIFY2(result.message.contains(userName), qPrintable(result.message));
    } else if (expected != ConnectionCheck::Outcome::Ok) {
        QVERIFY(result.error.isError());
    }
    // A one-off check never leaves the client waiting for a token, nor anything queued.
    QCOMPARE(client->state(), ApiClient::State::Ready);
    QVERIFY(clientState.isEmpty());
    QCOMPARE(client->queuedCount(), 0);
}

void TestConnectionCheck::tokenlessCheckSendsNoAuthorization()
{
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    auto client = wizardClient(m_emulator.baseUrl(), QString());
    QVERIFY(!client->hasToken());
    const CheckResult result = runCheck(client.get());
    QVERIFY2(result.outcome == ConnectionCheck::Outcome::Ok, qPrintable(describe(result)));
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized); // the JSON 401 it took as a "yes"

    const QJsonArray log = m_emulator.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/me"));
    const QJsonObject headers = headersOf(log.at(0));
    QCOMPARE(headers.value(QLatin1String("accept")).toString(), QStringLiteral("application/json"));
    QVERIFY2(!headers.contains(QLatin1String("authorization")),
        qPrintable(headers.value(QLatin1String("authorization")).toString()));
}

void TestConnectionCheck::checkWithTokenSendsIt()
{
    // The other side of the test above: the log does show the header when there is a token.
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    auto client = wizardClient(m_emulator.baseUrl(), SeededTokens::regularUser());
    const CheckResult result = runCheck(client.get());
    QVERIFY2(result.outcome == ConnectionCheck::Outcome::Ok, qPrintable(describe(result)));
    QCOMPARE(result.user.email, QStringLiteral("marco@example.com"));
    const QJsonArray log = m_emulator.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(headersOf(log.at(0)).value(QLatin1String("authorization")).toString(),
        QStringLiteral("Bearer ") + SeededTokens::regularUser());
}

void TestConnectionCheck::classify_data()
{
    using Kind = ApiError::Kind;
    using Outcome = ConnectionCheck::Outcome;
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("hadToken");
    QTest::addColumn<bool>("hadCertificate");
    QTest::addColumn<ConnectionCheck::Outcome>("expected");

    QTest::newRow("none") << Kind::None << true << false << Outcome::Ok;
    QTest::newRow("401 with token") << Kind::Unauthorized << true << false << Outcome::InvalidToken;
    QTest::newRow("401 without token") << Kind::Unauthorized << false << false << Outcome::Ok;
    QTest::newRow("403") << Kind::Forbidden << true << false << Outcome::NoApiAccess;
    QTest::newRow("network") << Kind::Network << false << false << Outcome::Unreachable;
    QTest::newRow("timeout") << Kind::Timeout << true << false << Outcome::Unreachable;
    QTest::newRow("404") << Kind::NotFound << false << false << Outcome::WrongUrl;
    QTest::newRow("redirect") << Kind::Redirect << false << false << Outcome::NotConcord;
    QTest::newRow("malformed") << Kind::Malformed << true << false << Outcome::NotConcord;
    QTest::newRow("csrf") << Kind::Csrf << true << false << Outcome::NotConcord;
    QTest::newRow("tls, certificate offered") << Kind::Tls << true << true << Outcome::UntrustedCertificate;
    QTest::newRow("tls, no certificate") << Kind::Tls << true << false << Outcome::TlsFailure;
    QTest::newRow("insecure") << Kind::InsecureConnection << false << false << Outcome::InsecureRefused;
    QTest::newRow("server") << Kind::Server << true << false << Outcome::ServerError;
    QTest::newRow("rate limited") << Kind::RateLimited << true << false << Outcome::ServerError;
    QTest::newRow("validation") << Kind::Validation << true << false << Outcome::ServerError;
}

void TestConnectionCheck::classify()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, hadToken);
    QFETCH(bool, hadCertificate);
    QFETCH(ConnectionCheck::Outcome, expected);
    QCOMPARE(ConnectionCheck::classify(ApiError(kind), hadToken, hadCertificate), expected);
}

void TestConnectionCheck::issueToken_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("userEmail");

    QTest::newRow("admin") << "jane@example.com" << qint64(1) << "Jane Admin"
                           << "jane@example.com";
    QTest::newRow("regular user") << "marco@example.com" << qint64(2) << "Marco Rossi"
                                  << "marco@example.com";
    QTest::newRow("typed with spaces") << "  liam@example.com " << qint64(4) << "Liam O'Connor"
                                       << "liam@example.com";
}

void TestConnectionCheck::issueToken()
{
    QFETCH(QString, email);
    QFETCH(qint64, userId);
    QFETCH(QString, userName);
    QFETCH(QString, userEmail);

    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    auto guest = wizardClient(m_emulator.baseUrl(), QString());
    QPointer<IssueTokenJob> job
        = new IssueTokenJob(guest.get(), email, QStringLiteral("password"), QStringLiteral("Test laptop"));
    QSignalSpy finished(job.data(), &ServiceJob::finished);
    QString token;
    QString issuedTo;
    ApiError error;
    connect(job.data(), &ServiceJob::finished, this, [&] {
        token = job->token();
        issuedTo = job->userName();
        error = job->error();
    });
    QVERIFY(finished.wait(10000));
    QVERIFY2(!error.isError(), qPrintable(ApiError::kindName(error.kind()) + QLatin1Char(' ') + error.serverMessage()));
    QVERIFY(!token.isEmpty());
    QCOMPARE(issuedTo, userName);
    QTRY_VERIFY(job.isNull()); // it deletes itself, as every ServiceJob

    // POST /api/token went as a guest: no Authorization header at all (§2.4).
    const QJsonArray log = m_emulator.requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(log.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/api/token"));
    QVERIFY(!headersOf(log.at(0)).contains(QLatin1String("authorization")));

    // The token is real: GET /api/me with it says whose it is.
    auto client = wizardClient(m_emulator.baseUrl(), token);
    const CheckResult me = runCheck(client.get());
    QVERIFY2(me.outcome == ConnectionCheck::Outcome::Ok, qPrintable(describe(me)));
    QCOMPARE(me.user.id, userId);
    QCOMPARE(me.user.name, userName);
    QCOMPARE(me.user.email, userEmail);
}

void TestConnectionCheck::issueTokenWrongPassword()
{
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    auto guest = wizardClient(m_emulator.baseUrl(), QString());
    auto *job = new IssueTokenJob(
        guest.get(), QStringLiteral("jane@example.com"), QStringLiteral("wrong"), IssueTokenJob::defaultDeviceName());
    QSignalSpy finished(job, &ServiceJob::finished);
    ApiError error;
    QString token = QStringLiteral("unset");
    connect(job, &ServiceJob::finished, this, [&] {
        error = job->error();
        token = job->token();
    });
    QVERIFY(finished.wait(10000));
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.fieldErrors().value(QStringLiteral("email")),
        QStringList {QStringLiteral("These credentials do not match our records.")});
    QVERIFY(token.isEmpty());
    QCOMPARE(guest->state(), ApiClient::State::Ready);
    const QJsonArray log = m_emulator.requestLog();
    QCOMPARE(log.size(), 1); // a write is never retried
    QVERIFY(!headersOf(log.at(0)).contains(QLatin1String("authorization")));
    QVERIFY(!IssueTokenJob::defaultDeviceName().trimmed().isEmpty());
}

void TestConnectionCheck::rejectedCallsEndWhenNotParked_data()
{
    QTest::addColumn<bool>("parks");
    QTest::addColumn<QString>("token");

    QTest::newRow("parking off, revoked token") << false << SeededTokens::revoked();
    QTest::newRow("parking off, no token") << false << QString();
}

void TestConnectionCheck::rejectedCallsEndWhenNotParked()
{
    QFETCH(bool, parks);
    QFETCH(QString, token);

    ApiClient client;
    client.setBaseUrl(m_emulator.baseUrl());
    client.setToken(token);
    client.setParksRejectedCalls(parks);
    QSignalSpy stateChanged(&client, &ApiClient::stateChanged);
    QSignalSpy tokenRejected(&client, &ApiClient::tokenRejected);

    const auto outcome = Concord::Test::awaitJob(client.get(QStringLiteral("me")), 10000);
    QVERIFY2(outcome.failedWith(ApiError::Kind::Unauthorized), qPrintable(outcome.describe()));
    QCOMPARE(outcome.httpStatus, 401);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(client.state(), ApiClient::State::Ready);
    QCOMPARE(client.queuedCount(), 0);
    QVERIFY(stateChanged.isEmpty());
    QVERIFY(tokenRejected.isEmpty());

    // The client is still usable: the next call with a good token goes straight out.
    client.setToken(EmulatorFixture::defaultToken());
    const auto ok = Concord::Test::awaitJob(client.get(QStringLiteral("me")), 10000);
    QVERIFY2(ok.isOk(), qPrintable(ok.describe()));
    QCOMPARE(ok.json.object().value(QLatin1String("name")).toString(), QStringLiteral("Jane Admin"));
}

void TestConnectionCheck::parkingClientHoldsTokenlessCalls()
{
    // Why the wizard turns parking off: a client that parks (an account's) holds calls made
    // before it has a token, rather than send them as a guest.
    QCOMPARE(m_emulator.clearRequestLog().status, 204);
    ApiClient client;
    client.setBaseUrl(m_emulator.baseUrl());
    Concord::Test::JobOutcome outcome;
    QObject context;
    Concord::Test::recordOutcome(client.get(QStringLiteral("me")), &outcome, &context);
    QVERIFY(m_emulator.requestLog().isEmpty()); // the probe's round trip turned the event loop
    QCOMPARE(client.queuedCount(), 1);
    QVERIFY(!outcome.finished);

    client.setToken(SeededTokens::regularUser());
    QTRY_VERIFY(outcome.finished);
    QVERIFY2(outcome.isOk(), qPrintable(outcome.describe()));
    QCOMPARE(outcome.json.object().value(QLatin1String("name")).toString(), QStringLiteral("Marco Rossi"));
    QCOMPARE(m_emulator.requestLog().size(), 1);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
