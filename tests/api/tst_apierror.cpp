// Unit tests of ApiError::fromHttp: every status and body shape a Concord server (or something in
// front of it) can answer with, including the ones the emulator never sends.
#include "api/apierror.h"

#include <QTest>

using Concord::ApiError;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(Concord::ApiError)
Q_DECLARE_METATYPE(Concord::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void validationFieldErrors();
    void forbiddenReadsMessageThenError();
    void redirectToHttpsMeansWrongScheme();
    void transientKinds_data();
    void transientKinds();
    void everyKindHasAMessage();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("location");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("inMessage");

    const QByteArray json = "application/json";
    QTest::newRow("200 json") << 200 << json << QByteArray(R"({"id":1})") << QString() << Kind::None << QString();
    QTest::newRow("201 json") << 201 << json << QByteArray(R"({"id":1})") << QString() << Kind::None << QString();
    QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << QString() << Kind::None << QString();
    QTest::newRow("200 web page") << 200 << QByteArray("text/html") << QByteArray("<!DOCTYPE html><html></html>")
                                  << QString() << Kind::Malformed << QStringLiteral("Concord");
    QTest::newRow("200 broken json") << 200 << json << QByteArray(R"({"data":[)") << QString() << Kind::Malformed
                                     << QStringLiteral("Concord");
    QTest::newRow("302 login") << 302 << QByteArray("text/html") << QByteArray("<html>")
                               << QStringLiteral("https://crm.example.com/login") << Kind::Redirect
                               << QStringLiteral("Accept");
    QTest::newRow("301 to https") << 301 << QByteArray("text/html") << QByteArray()
                                  << QStringLiteral("https://crm.example.com/api/me") << Kind::Redirect
                                  << QStringLiteral("https://");
    QTest::newRow("400") << 400 << json << QByteArray(R"({"message":"Cannot associate"})") << QString()
                         << Kind::BadRequest << QStringLiteral("Cannot associate");
    QTest::newRow("401") << 401 << json << QByteArray(R"({"message":"Unauthenticated."})") << QString()
                         << Kind::Unauthorized << QStringLiteral("token");
    QTest::newRow("403 policy") << 403 << json << QByteArray(R"({"message":"This action is unauthorized."})")
                                << QString() << Kind::Forbidden << QStringLiteral("This action is unauthorized.");
    QTest::newRow("404") << 404 << json << QByteArray(R"({"message":""})") << QString() << Kind::NotFound
                         << QStringLiteral("404");
    QTest::newRow("405") << 405 << json << QByteArray(R"({"message":"The PATCH method is not supported"})")
                         << QString() << Kind::BadRequest << QStringLiteral("PATCH");
    QTest::newRow("409") << 409 << json << QByteArray(R"({"message":"This record is already associated"})")
                         << QString() << Kind::Conflict << QStringLiteral("already associated");
    QTest::newRow("419") << 419 << json << QByteArray(R"({"message":"CSRF token mismatch."})") << QString()
                         << Kind::Csrf << QStringLiteral("Origin");
    QTest::newRow("422") << 422 << json
                         << QByteArray(R"({"message":"x","errors":{"email":["The E-Mail field must be valid."]}})")
                         << QString() << Kind::Validation << QStringLiteral("The E-Mail field must be valid.");
    QTest::newRow("429") << 429 << json << QByteArray(R"({"message":"Too Many Attempts."})") << QString()
                         << Kind::RateLimited << QStringLiteral("Too many requests");
    QTest::newRow("500") << 500 << json << QByteArray(R"({"message":"Server Error"})") << QString() << Kind::Server
                         << QStringLiteral("500");
    QTest::newRow("502 proxy html") << 502 << QByteArray("text/html") << QByteArray("<html>Bad Gateway</html>")
                                    << QString() << Kind::Server << QStringLiteral("502");
    QTest::newRow("503 maintenance") << 503 << json << QByteArray(R"({"message":"Service Unavailable"})")
                                     << QString() << Kind::Server << QStringLiteral("maintenance");
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, location);
    QFETCH(Kind, kind);
    QFETCH(QString, inMessage);

    const ApiError error = ApiError::fromHttp(status, contentType, body, QUrl(location), QUrl());
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.isError(), kind != Kind::None);
    if (error.isError())
        QCOMPARE(error.httpStatus(), status);
    QVERIFY2(error.userMessage().contains(inMessage), qPrintable(error.userMessage()));
}

void TestApiError::validationFieldErrors()
{
    const ApiError error = ApiError::fromHttp(
        422, "application/json",
        R"json({"message":"The First Name field is required. (and 1 more error)","errors":{"first_name":["The First Name field is required."],"phones.0.number":["A contact with this phone number already exist."]}})json",
        {}, {});
    QCOMPARE(error.fieldErrors().size(), 2);
    QCOMPARE(error.fieldErrors().value(QStringLiteral("first_name")),
             QStringList{QStringLiteral("The First Name field is required.")});
    QCOMPARE(error.fieldErrors().value(QStringLiteral("phones.0.number")).size(), 1);
    QCOMPARE(error.serverMessage(), QStringLiteral("The First Name field is required. (and 1 more error)"));
}

void TestApiError::forbiddenReadsMessageThenError()
{
    // §2.2: users without API access get the `error` key, everything else `message`.
    const ApiError noApi = ApiError::fromHttp(
        403, "application/json", R"({"error":"Your account is not authorized to perform API requests."})", {}, {});
    QCOMPARE(noApi.serverMessage(), QStringLiteral("Your account is not authorized to perform API requests."));
    QVERIFY(noApi.userMessage().contains(noApi.serverMessage()));
    const ApiError bare = ApiError::fromHttp(403, "text/html", "<html>Forbidden</html>", {}, {});
    QCOMPARE(bare.kind(), Kind::Forbidden);
    QVERIFY(bare.serverMessage().isEmpty());
    QVERIFY(!bare.userMessage().isEmpty());
}

void TestApiError::redirectToHttpsMeansWrongScheme()
{
    const QUrl target(QStringLiteral("https://crm.example.com/api/me"));
    const ApiError upgrade = ApiError::fromHttp(301, "text/html", {}, target, QUrl(QStringLiteral("http://crm.example.com/api/me")));
    QVERIFY2(upgrade.userMessage().contains(QLatin1String("start with https://")), qPrintable(upgrade.userMessage()));
    // Already on https: a redirect elsewhere is reported as such, not as a wrong scheme.
    const ApiError elsewhere = ApiError::fromHttp(302, "text/html", {}, target, QUrl(QStringLiteral("https://old.example.com/api/me")));
    QVERIFY2(!elsewhere.userMessage().contains(QLatin1String("start with https://")), qPrintable(elsewhere.userMessage()));
    QVERIFY(elsewhere.userMessage().contains(target.toString()));
}

void TestApiError::transientKinds_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("transient");
    QTest::newRow("network") << ApiError(Kind::Network) << true;
    QTest::newRow("timeout") << ApiError(Kind::Timeout) << true;
    QTest::newRow("502") << ApiError(Kind::Server, 502) << true;
    QTest::newRow("503") << ApiError(Kind::Server, 503) << true;
    QTest::newRow("504") << ApiError(Kind::Server, 504) << true;
    QTest::newRow("500") << ApiError(Kind::Server, 500) << false;
    QTest::newRow("tls") << ApiError(Kind::Tls) << false;
    QTest::newRow("422") << ApiError(Kind::Validation, 422) << false;
    QTest::newRow("malformed") << ApiError(Kind::Malformed, 200) << false;
}

void TestApiError::transientKinds()
{
    QFETCH(ApiError, error);
    QFETCH(bool, transient);
    QCOMPARE(error.isTransient(), transient);
}

void TestApiError::everyKindHasAMessage()
{
    for (int k = int(Kind::Network); k <= int(Kind::Cancelled); ++k) {
        const ApiError error{Kind(k), 400};
        QVERIFY2(!error.userMessage().isEmpty(), qPrintable(ApiError::kindName(Kind(k))));
        QVERIFY(ApiError::kindName(Kind(k)) != QLatin1String("unknown"));
    }
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
