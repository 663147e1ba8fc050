// Authentication and authorisation of the emulator (spec §1.2, §2, §9): every refusal with its
// exact status and body, and the token routes.

#include <emulatorfixture.h>
#include <emulatorserver.h>
#include <httpasserts.h>
#include <jsontools.h>
#include <seededtokens.h>

#include <QRegularExpression>
#include <QTest>

using namespace Concord;
using Concord::Emulator::SeededTokens::noApiUser;
using Concord::Emulator::SeededTokens::regularUser;
using Concord::Emulator::SeededTokens::revoked;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpProbe;

namespace {

// A --token-no-api token, on top of the seeded one.
const QString configuredNoApiToken = QStringLiteral("9|ConfiguredNoApiTokenConfiguredNoApiToken1a2b3c4d");
const QByteArray unauthenticatedBody = R"({"message":"Unauthenticated."})";
const QByteArray adminOnly = R"({"message":"Your account is not authorized to perform this action."})";
const QByteArray csrfMismatch = R"({"message":"CSRF token mismatch."})";

// §2.1: `<id>|` then 40 alphanumerics, and in 1.5 eight lowercase hex digits of checksum.
const QRegularExpression token15(QStringLiteral("^(\\d+)\\|[A-Za-z0-9]{40}[0-9a-f]{8}$"));
const QRegularExpression token12(QStringLiteral("^(\\d+)\\|[A-Za-z0-9]{40}$"));

} // namespace

class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unauthenticated_data();
    void unauthenticated();
    void missingAcceptRedirectsToLogin_data();
    void missingAcceptRedirectsToLogin();
    void noApiAccess_data();
    void noApiAccess();
    void adminOnlyRoutes_data();
    void adminOnlyRoutes();
    void adminMayUseAdminRoutes();
    void policyDeniesDeletingAnotherOwnersRecord();
    void policyAllowsDeletingOwnRecord();
    void csrfOnStatefulWrites_data();
    void csrfOnStatefulWrites();
    void csrfDoesNotAffectGet_data();
    void csrfDoesNotAffectGet();
    void foreignOriginIsNotCsrf();
    void configuredStatefulDomain();
    void meShape();
    void meOfRegularUser();
    void issueTokenWithPassword();
    void issueTokenWrongPassword();
    void issueTokenMissingDeviceName();
    void personalAccessTokens_data();
    void personalAccessTokens();
    void personalAccessTokenNameRequired();
    void deleteUnknownPersonalAccessToken();
    void generatedTokenWhenNoneConfigured();
    void bothSecretLengthsAccepted_data();
    void bothSecretLengthsAccepted();

private:
    // The admin-token request `method path` as a stateful browser would send it.
    Test::HttpResponse writeWithHeader(const QByteArray &method, const QByteArray &header, const QByteArray &value);

    std::unique_ptr<EmulatorFixture> m_emulator;
};

void TestEmulatorAuth::init()
{
    auto config = EmulatorFixture::defaultConfig();
    config.noApiTokens = QStringList {configuredNoApiToken};
    m_emulator = EmulatorFixture::started(config);
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestEmulatorAuth::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorAuth::unauthenticated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // null: no header at all

    for (const char *p : {"/api/me", "/api/contacts"}) {
        const QString path = QString::fromLatin1(p);
        QTest::addRow("%s missing", p) << path << QByteArray();
        QTest::addRow("%s unknown", p) << path
                                       << QByteArray("Bearer 77|UnknownTokenUnknownTokenUnknownTokenUnkn00000000");
        QTest::addRow("%s revoked", p) << path << QByteArray("Bearer " + revoked().toUtf8());
        QTest::addRow("%s garbage", p) << path << QByteArray("Bearer nonsense");
        QTest::addRow("%s right id, wrong secret", p)
            << path << QByteArray("Bearer 1|WrongSecretWrongSecretWrongSecretWrongSe0a1b2c3d");
        QTest::addRow("%s not bearer", p) << path << QByteArray("Basic " + EmulatorFixture::defaultToken().toUtf8());
    }
}

void TestEmulatorAuth::unauthenticated()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    const auto response = m_emulator->http().get(path, {{"Authorization", authorization}});
    CONCORD_VERIFY_JSON(response, 401, unauthenticatedBody);
    QVERIFY(response.header("Content-Type").startsWith("application/json"));
}

void TestEmulatorAuth::missingAcceptRedirectsToLogin_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no token") << QByteArray();
    QTest::newRow("revoked token") << ("Bearer " + revoked().toUtf8());
}

void TestEmulatorAuth::missingAcceptRedirectsToLogin()
{
    QFETCH(QByteArray, authorization);
    const auto response = m_emulator->http().get(
        QStringLiteral("/api/me"), {HttpProbe::without("Accept"), {"Authorization", authorization}});
    CONCORD_VERIFY_STATUS(response, 302);
    const QString base = m_emulator->baseUrl().toString(QUrl::StripTrailingSlash);
    QCOMPARE(QString::fromUtf8(response.header("Location")), base + QStringLiteral("/login"));
    QVERIFY2(!response.isJson, response.body.constData());
    QVERIFY2(response.body.toLower().contains("<html"), response.body.constData());
}

void TestEmulatorAuth::noApiAccess_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("seeded /api/me") << noApiUser() << QStringLiteral("/api/me");
    QTest::newRow("seeded /api/contacts") << noApiUser() << QStringLiteral("/api/contacts");
    QTest::newRow("configured /api/me") << configuredNoApiToken << QStringLiteral("/api/me");
    QTest::newRow("configured /api/deals/1") << configuredNoApiToken << QStringLiteral("/api/deals/1");
}

void TestEmulatorAuth::noApiAccess()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    const auto response = m_emulator->http().get(path, {HttpProbe::bearer(token)});
    CONCORD_VERIFY_JSON(response, 403, R"({"error":"Your account is not authorized to perform API requests."})");
}

void TestEmulatorAuth::adminOnlyRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");

    const QJsonObject user {{"name", "New Rep"}, {"email", "new.rep@example.com"}, {"password", "password123"},
        {"password_confirmation", "password123"}, {"timezone", "UTC"}};
    const QJsonObject field {{"resource_name", "contacts"}, {"field_type", "Text"}, {"field_id", "cf_regular_attempt"},
        {"label", "Regular Attempt"}};
    QTest::newRow("POST /api/users") << QByteArray("POST") << QStringLiteral("/api/users") << user;
    QTest::newRow("DELETE /api/users/4") << QByteArray("DELETE") << QStringLiteral("/api/users/4") << QJsonObject();
    QTest::newRow("GET /api/custom-fields")
        << QByteArray("GET") << QStringLiteral("/api/custom-fields") << QJsonObject();
    QTest::newRow("POST /api/custom-fields") << QByteArray("POST") << QStringLiteral("/api/custom-fields") << field;
}

void TestEmulatorAuth::adminOnlyRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const QJsonValue sent = body.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(body);
    const auto response = m_emulator->http().request(method, path, sent, {HttpProbe::bearer(regularUser())});
    CONCORD_VERIFY_JSON(response, 403, adminOnly);
}

void TestEmulatorAuth::adminMayUseAdminRoutes()
{
    CONCORD_VERIFY_STATUS(m_emulator->http().get(QStringLiteral("/api/custom-fields")), 200);
    // Every user may read the user list (owner pickers), admin or not.
    CONCORD_VERIFY_STATUS(
        m_emulator->http().get(QStringLiteral("/api/users"), {HttpProbe::bearer(regularUser())}), 200);
}

void TestEmulatorAuth::policyDeniesDeletingAnotherOwnersRecord()
{
    // Found through the regular user's own list, whose `authorizations` must agree with the refusal.
    const HttpProbe::Headers asRegular {HttpProbe::bearer(regularUser())};
    const QJsonObject foreign = Test::findFirst(m_emulator->fetchAll(QStringLiteral("/api/contacts"), asRegular),
        [](const QJsonObject &c) { return c.value("user_id").toInt() != 0 && c.value("user_id").toInt() != 2; });
    QVERIFY2(!foreign.isEmpty(), "the regular user should see contacts of other owners");
    QCOMPARE(foreign.value("authorizations").toObject().value("delete"), QJsonValue(false));
    const QString path = QStringLiteral("/api/contacts/%1").arg(foreign.value("id").toInt());

    const auto refused = m_emulator->http().del(path, QJsonValue::Undefined, asRegular);
    CONCORD_VERIFY_JSON(refused, 403, R"({"message":"This action is unauthorized."})");
    // Nothing was deleted.
    CONCORD_VERIFY_STATUS(m_emulator->http().get(path), 200);
}

void TestEmulatorAuth::policyAllowsDeletingOwnRecord()
{
    const auto created = m_emulator->http().post(QStringLiteral("/api/contacts"),
        QJsonObject {{"first_name", "Own"}, {"user_id", 2}}, {HttpProbe::bearer(regularUser())});
    CONCORD_VERIFY_STATUS(created, 201);
    QCOMPARE(created.value("authorizations").toObject().value("delete"), QJsonValue(true));
    const QString path = QStringLiteral("/api/contacts/%1").arg(created.value("id").toInt());
    CONCORD_VERIFY_STATUS(m_emulator->http().del(path, QJsonValue::Undefined, {HttpProbe::bearer(regularUser())}), 204);
}

Test::HttpResponse TestEmulatorAuth::writeWithHeader(
    const QByteArray &method, const QByteArray &header, const QByteArray &value)
{
    const int id = m_emulator->firstRecord(QStringLiteral("contacts")).value("id").toInt();
    const QString path
        = method == "POST" ? QStringLiteral("/api/contacts") : QStringLiteral("/api/contacts/%1").arg(id);
    const QJsonValue body
        = method == "DELETE" ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonObject {{"first_name", "Browser"}});
    return m_emulator->http().request(method, path, body, {{header, value}});
}

void TestEmulatorAuth::csrfOnStatefulWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value"); // "SELF" stands for the emulator's own scheme://host:port

    QTest::newRow("POST Origin localhost")
        << QByteArray("POST") << QByteArray("Origin") << QByteArray("http://localhost");
    QTest::newRow("PUT Origin localhost")
        << QByteArray("PUT") << QByteArray("Origin") << QByteArray("http://localhost");
    QTest::newRow("DELETE Origin localhost")
        << QByteArray("DELETE") << QByteArray("Origin") << QByteArray("http://localhost");
    QTest::newRow("POST Origin localhost:3000")
        << QByteArray("POST") << QByteArray("Origin") << QByteArray("http://localhost:3000");
    QTest::newRow("POST Referer 127.0.0.1:8000")
        << QByteArray("POST") << QByteArray("Referer") << QByteArray("http://127.0.0.1:8000/x");
    QTest::newRow("PUT Referer 127.0.0.1:8000")
        << QByteArray("PUT") << QByteArray("Referer") << QByteArray("http://127.0.0.1:8000/x");
    QTest::newRow("DELETE Referer 127.0.0.1:8000")
        << QByteArray("DELETE") << QByteArray("Referer") << QByteArray("http://127.0.0.1:8000/x");
    QTest::newRow("POST Origin self") << QByteArray("POST") << QByteArray("Origin") << QByteArray("SELF");
    QTest::newRow("PUT Origin self") << QByteArray("PUT") << QByteArray("Origin") << QByteArray("SELF");
    QTest::newRow("DELETE Origin self") << QByteArray("DELETE") << QByteArray("Origin") << QByteArray("SELF");
    QTest::newRow("DELETE Referer self") << QByteArray("DELETE") << QByteArray("Referer")
                                         << QByteArray("SELF/contacts");
}

void TestEmulatorAuth::csrfOnStatefulWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    value.replace("SELF", m_emulator->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8());
    const int countBefore
        = m_emulator->http().get(QStringLiteral("/api/contacts")).value("meta").toObject().value("total").toInt();
    const auto response = writeWithHeader(method, header, value);
    CONCORD_VERIFY_JSON(response, 419, csrfMismatch);
    // The write was refused, not carried out.
    const auto after = m_emulator->http().get(QStringLiteral("/api/contacts"));
    QCOMPARE(after.value("meta").toObject().value("total").toInt(), countBefore);
    QVERIFY(m_emulator->firstRecord(QStringLiteral("contacts")).value("first_name") != QJsonValue("Browser"));
}

void TestEmulatorAuth::csrfDoesNotAffectGet_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("Origin localhost") << QByteArray("Origin") << QByteArray("http://localhost");
    QTest::newRow("Referer 127.0.0.1:8000") << QByteArray("Referer") << QByteArray("http://127.0.0.1:8000/x");
    QTest::newRow("Origin self") << QByteArray("Origin") << QByteArray("SELF");
}

void TestEmulatorAuth::csrfDoesNotAffectGet()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    value.replace("SELF", m_emulator->baseUrl().toString(QUrl::StripTrailingSlash).toUtf8());
    CONCORD_VERIFY_STATUS(m_emulator->http().get(QStringLiteral("/api/contacts"), {{header, value}}), 200);
    CONCORD_VERIFY_STATUS(m_emulator->http().get(QStringLiteral("/api/me"), {{header, value}}), 200);
}

void TestEmulatorAuth::foreignOriginIsNotCsrf()
{
    const auto created = writeWithHeader("POST", "Origin", "https://elsewhere.example");
    CONCORD_VERIFY_STATUS(created, 201);
    const auto updated = writeWithHeader("PUT", "Referer", "https://elsewhere.example/page");
    CONCORD_VERIFY_STATUS(updated, 200);
}

void TestEmulatorAuth::configuredStatefulDomain()
{
    auto config = EmulatorFixture::defaultConfig();
    config.statefulDomains = QStringList {QStringLiteral("crm.example.com")};
    const auto emulator = EmulatorFixture::started(config);
    const auto refused = emulator->http().post(QStringLiteral("/api/contacts"), QJsonObject {{"first_name", "Browser"}},
        {{"Origin", "https://crm.example.com"}});
    CONCORD_VERIFY_JSON(refused, 419, csrfMismatch);
    const auto other = emulator->http().post(QStringLiteral("/api/contacts"), QJsonObject {{"first_name", "Browser"}},
        {{"Origin", "https://other.example.com"}});
    CONCORD_VERIFY_STATUS(other, 201);
}

void TestEmulatorAuth::meShape()
{
    const auto me = m_emulator->http().get(QStringLiteral("/api/me"));
    CONCORD_VERIFY_STATUS(me, 200);
    QVERIFY2(me.json.isObject() && !me.object().contains("data"), "GET /api/me is not wrapped in data");
    QCOMPARE(me.value("id"), QJsonValue(1));
    QCOMPARE(me.value("name"), QJsonValue("Jane Admin"));
    QCOMPARE(me.value("email"), QJsonValue("jane@example.com"));
    QCOMPARE(me.value("super_admin"), QJsonValue(true));
    for (const char *key : {"timezone", "date_format", "time_format"})
        QVERIFY2(me.value(QLatin1String(key)).isString() && !me.value(QLatin1String(key)).toString().isEmpty(), key);
    QVERIFY(me.header("Content-Type").startsWith("application/json"));
}

void TestEmulatorAuth::meOfRegularUser()
{
    const auto me = m_emulator->http().get(QStringLiteral("/api/me"), {HttpProbe::bearer(regularUser())});
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(2));
    QCOMPARE(me.value("name"), QJsonValue("Marco Rossi"));
    QCOMPARE(me.value("super_admin"), QJsonValue(false));
}

void TestEmulatorAuth::issueTokenWithPassword()
{
    const QJsonObject credentials {
        {"email", "jane@example.com"}, {"password", "password"}, {"device_name", "Jane's laptop"}};
    const auto issued
        = m_emulator->http().post(QStringLiteral("/api/token"), credentials, {HttpProbe::without("Authorization")});
    CONCORD_VERIFY_SUCCESS(issued);
    const QString token = issued.value("accessToken").toString();
    QVERIFY2(token15.match(token).hasMatch(), qPrintable(token));
    QCOMPARE(issued.value("userId"), QJsonValue(1));
    QCOMPARE(issued.value("email"), QJsonValue("jane@example.com"));
    QCOMPARE(issued.value("name"), QJsonValue("Jane Admin"));

    const auto me = m_emulator->http().get(QStringLiteral("/api/me"), {HttpProbe::bearer(token)});
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(1));
    // device_name became the token's name.
    const auto tokens
        = m_emulator->http().get(QStringLiteral("/api/personal-access-tokens"), {HttpProbe::bearer(token)});
    bool named = false;
    for (const auto &item : tokens.array())
        named = named || item.toObject().value("name") == QJsonValue("Jane's laptop");
    QVERIFY2(named, tokens.body.constData());
}

void TestEmulatorAuth::issueTokenWrongPassword()
{
    const QJsonObject credentials {{"email", "jane@example.com"}, {"password", "wrong"}, {"device_name", "x"}};
    const auto refused
        = m_emulator->http().post(QStringLiteral("/api/token"), credentials, {HttpProbe::without("Authorization")});
    CONCORD_VERIFY_JSON(refused, 422,
        R"({"message":"These credentials do not match our records.",)"
        R"("errors":{"email":["These credentials do not match our records."]}})");
}

void TestEmulatorAuth::issueTokenMissingDeviceName()
{
    const QJsonObject credentials {{"email", "jane@example.com"}, {"password", "password"}};
    const auto refused
        = m_emulator->http().post(QStringLiteral("/api/token"), credentials, {HttpProbe::without("Authorization")});
    CONCORD_VERIFY_STATUS(refused, 422);
    QVERIFY2(refused.value("errors").toObject().contains("device_name"), refused.body.constData());
}

void TestEmulatorAuth::personalAccessTokens_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QRegularExpression>("format");
    QTest::newRow("1.5.1: 48-char secret") << QStringLiteral("1.5.1") << token15;
    QTest::newRow("1.2.5: 40-char secret") << QStringLiteral("1.2.5") << token12;
}

void TestEmulatorAuth::personalAccessTokens()
{
    QFETCH(QString, appVersion);
    QFETCH(QRegularExpression, format);
    const auto emulator = EmulatorFixture::started(EmulatorFixture::versionConfig(appVersion));
    auto &http = emulator->http();

    const auto before = http.get(QStringLiteral("/api/personal-access-tokens"));
    CONCORD_VERIFY_STATUS(before, 200);
    QVERIFY2(before.json.isArray(), "the token list is a bare array");

    const auto created = http.post(QStringLiteral("/api/personal-access-tokens"), QJsonObject {{"name", "My desktop"}});
    CONCORD_VERIFY_STATUS(created, 201);
    const QString plain = created.value("plainTextToken").toString();
    const auto match = format.match(plain);
    QVERIFY2(match.hasMatch(), qPrintable(plain));
    const QJsonObject accessToken = created.value("accessToken").toObject();
    const int id = accessToken.value("id").toInt();
    QCOMPARE(match.captured(1).toInt(), id);
    QCOMPARE(accessToken.value("name"), QJsonValue("My desktop"));
    QCOMPARE(accessToken.value("tokenable_id"), QJsonValue(1));

    const auto listed = http.get(QStringLiteral("/api/personal-access-tokens"));
    QCOMPARE(listed.array().size(), before.array().size() + 1);
    QJsonObject item;
    for (const auto &v : listed.array()) {
        if (v.toObject().value("id").toInt() == id)
            item = v.toObject();
    }
    QCOMPARE(item.value("name"), QJsonValue("My desktop"));
    for (const char *key :
        {"id", "name", "abilities", "last_used_at", "expires_at", "tokenable_id", "created_at", "updated_at"})
        QVERIFY2(item.contains(QLatin1String(key)), key);
    QVERIFY(!item.contains("token") && !item.contains("plainTextToken"));
    QVERIFY2(!listed.body.contains(plain.section(QLatin1Char('|'), 1).toUtf8()), "the secret is never listed");

    CONCORD_VERIFY_STATUS(http.get(QStringLiteral("/api/me"), {HttpProbe::bearer(plain)}), 200);
    const auto deleted = http.del(QStringLiteral("/api/personal-access-tokens/%1").arg(id));
    CONCORD_VERIFY_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    // Revoked at once.
    CONCORD_VERIFY_JSON(http.get(QStringLiteral("/api/me"), {HttpProbe::bearer(plain)}), 401, unauthenticatedBody);
    QCOMPARE(http.get(QStringLiteral("/api/personal-access-tokens")).array().size(), before.array().size());
}

void TestEmulatorAuth::personalAccessTokenNameRequired()
{
    const auto refused = m_emulator->http().post(QStringLiteral("/api/personal-access-tokens"), QJsonObject {});
    CONCORD_VERIFY_STATUS(refused, 422);
    QVERIFY2(refused.value("errors").toObject().contains("name"), refused.body.constData());
    const auto tooLong = m_emulator->http().post(
        QStringLiteral("/api/personal-access-tokens"), QJsonObject {{"name", QString(192, QLatin1Char('n'))}});
    CONCORD_VERIFY_STATUS(tooLong, 422);
}

void TestEmulatorAuth::deleteUnknownPersonalAccessToken()
{
    CONCORD_VERIFY_STATUS(m_emulator->http().del(QStringLiteral("/api/personal-access-tokens/987654")), 404);
    // Another user's token: the regular user's token id (2) is not the admin's to delete.
    CONCORD_VERIFY_STATUS(m_emulator->http().del(QStringLiteral("/api/personal-access-tokens/2")), 404);
    CONCORD_VERIFY_STATUS(m_emulator->http().get(QStringLiteral("/api/me"), {HttpProbe::bearer(regularUser())}), 200);
}

void TestEmulatorAuth::generatedTokenWhenNoneConfigured()
{
    auto config = EmulatorFixture::defaultConfig();
    config.tokens.clear();
    const auto emulator = EmulatorFixture::started(config);
    QCOMPARE(emulator->server().adminTokens().size(), 1);
    const QString token = emulator->token();
    QVERIFY2(token15.match(token).hasMatch(), qPrintable(token));
    const auto me = emulator->http().get(QStringLiteral("/api/me"));
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(1));
    // The fixture's token is a configured token too.
    QVERIFY(token15.match(EmulatorFixture::defaultToken()).hasMatch());
}

void TestEmulatorAuth::bothSecretLengthsAccepted_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QString>("token");
    const QString short40 = QStringLiteral("11|FortyCharacterSecretFortyCharacterSecret");
    const QString long48 = QStringLiteral("12|FortyCharacterSecretFortyCharacterSecret0f1e2d3c");
    QTest::newRow("1.5 server, 40-char secret") << "1.5.1" << short40;
    QTest::newRow("1.5 server, 48-char secret") << "1.5.1" << long48;
    QTest::newRow("1.2 server, 40-char secret") << "1.2.5" << short40;
    QTest::newRow("1.2 server, 48-char secret") << "1.2.5" << long48;
}

void TestEmulatorAuth::bothSecretLengthsAccepted()
{
    QFETCH(QString, appVersion);
    QFETCH(QString, token);
    auto config = EmulatorFixture::versionConfig(appVersion);
    config.tokens = QStringList {token};
    const auto emulator = EmulatorFixture::started(config);
    QCOMPARE(emulator->token(), token);
    const auto me = emulator->http().get(QStringLiteral("/api/me"));
    CONCORD_VERIFY_STATUS(me, 200);
    QCOMPARE(me.value("id"), QJsonValue(1));
}

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulatorauth.moc"
