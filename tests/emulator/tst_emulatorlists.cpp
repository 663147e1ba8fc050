// Lists of the emulator (spec §4, §5, §9, §10, §12 "Lists"): the paginated envelope, page sizes,
// sorting, searching and filtering, the bare-array lookups, the error bodies of a list API, and
// the rate limit headers.

#include <emulatorfixture.h>
#include <emulatorserver.h>
#include <httpasserts.h>
#include <jsontools.h>
#include <seededtokens.h>

#include <QHash>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Concord;
using Concord::Test::EmulatorFixture;
using Concord::Test::HttpProbe;

namespace {

// §4.2: the emulator's searchable columns of contacts.
const QStringList contactSearchColumns {"first_name", "last_name", "email", "job_title"};

// What the emulator should match for `q` on a contact: case-insensitive "contains" on the
// searchable columns, OR-ed, phone numbers included.
bool contactContains(const QJsonObject &contact, const QString &needle)
{
    for (const auto &column : contactSearchColumns) {
        if (contact.value(column).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const auto &phone : contact.value("phones").toArray()) {
        if (phone.toObject().value("number").toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int countMatching(const QJsonArray &records, const std::function<bool(const QJsonObject &)> &predicate)
{
    return int(
        std::count_if(records.begin(), records.end(), [&](const QJsonValue &v) { return predicate(v.toObject()); }));
}

QJsonObject meta(const Test::HttpResponse &response)
{
    return response.value("meta").toObject();
}

// -1, 0, 1 like a comparator; strings compare case-insensitively (as a database collation does),
// numbers numerically.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

// Empty when `items` are ordered by `key` in the direction asked, else the first offending pair.
QString orderViolation(const QJsonArray &items, const QString &key, bool descending)
{
    for (int i = 1; i < items.size(); ++i) {
        const QJsonValue previous = items.at(i - 1).toObject().value(key);
        const QJsonValue current = items.at(i).toObject().value(key);
        const int c = compareValues(previous, current);
        if (descending ? c < 0 : c > 0) {
            return QStringLiteral("%1: %2 before %3 at %4")
                .arg(key, previous.toVariant().toString(), current.toVariant().toString())
                .arg(i);
        }
    }
    return {};
}

} // namespace

class TestEmulatorLists : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void envelopeShape();
    void firstAndLastPageLinks();
    void pagePastTheEnd();
    void emptyResult();
    void perPage_data();
    void perPage();
    void perPageCap_data();
    void perPageCap();
    void lookupsIgnorePerPage_data();
    void lookupsIgnorePerPage();
    void defaultSort_data();
    void defaultSort();
    void order_data();
    void order();
    void textSearch_data();
    void textSearch();
    void numericIdSearch();
    void digitsThatAreText_data();
    void digitsThatAreText();
    void searchFields();
    void searchMatchAnd();
    void searchFieldsRejected();
    void searchRoute();
    void pipelinesWithStages();
    void rules();
    void filters_data();
    void filters();
    void filterUnknownRule();
    void selectRules();
    void selectFilters_data();
    void selectFilters();
    void pagingCoversEveryId();
    void associatedList();
    void users();
    void countries();
    void timezones();
    void currencies();
    void patchNotAllowed();
    void notFoundBodies_data();
    void notFoundBodies();
    void rateLimit();
    void rateLimitIsPerUser();
    void rateLimitOff();
    void defaultRateLimitHeaders();
    void appVersionHeader_data();
    void appVersionHeader();
    void jsonContentType_data();
    void jsonContentType();

private:
    // Starts a second emulator with a changed config for the tests that need one.
    std::unique_ptr<EmulatorFixture> startWith(const std::function<void(Emulator::EmulatorConfig &)> &change);
    QString pageUrl(const QString &resource, int page) const;

    std::unique_ptr<EmulatorFixture> m_emulator;
};

void TestEmulatorLists::init()
{
    m_emulator = EmulatorFixture::started();
    QVERIFY2(m_emulator->isStarted(), qPrintable(m_emulator->errorString()));
}

void TestEmulatorLists::cleanup()
{
    m_emulator.reset();
}

std::unique_ptr<EmulatorFixture> TestEmulatorLists::startWith(
    const std::function<void(Emulator::EmulatorConfig &)> &change)
{
    auto config = EmulatorFixture::defaultConfig();
    change(config);
    return EmulatorFixture::started(config);
}

QString TestEmulatorLists::pageUrl(const QString &resource, int page) const
{
    return m_emulator->baseUrl().toString(QUrl::StripTrailingSlash)
        + QStringLiteral("/api/%1?page=%2").arg(resource).arg(page);
}

void TestEmulatorLists::envelopeShape()
{
    const auto response = m_emulator->http().get(QStringLiteral("/api/contacts?page=2&per_page=2&q=a&order=id"));
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(response.object().keys(), (QStringList {"data", "links", "meta"}));
    QCOMPARE(response.data().size(), 2);

    const QJsonObject m = meta(response);
    for (const char *key : {"current_page", "from", "last_page", "links", "path", "per_page", "to", "total"})
        QVERIFY2(m.contains(QLatin1String(key)), key);
    const int total = m.value("total").toInt();
    QVERIFY2(total > 4, "q=a should match many seeded contacts");
    const int lastPage = (total + 1) / 2;
    QCOMPARE(m.value("current_page"), QJsonValue(2));
    QCOMPARE(m.value("from"), QJsonValue(3));
    QCOMPARE(m.value("to"), QJsonValue(4));
    QCOMPARE(m.value("per_page"), QJsonValue(2));
    QCOMPARE(m.value("last_page"), QJsonValue(lastPage));
    QCOMPARE(m.value("path"), QJsonValue(m_emulator->baseUrl().toString(QUrl::StripTrailingSlash) + "/api/contacts"));

    // links drop every query parameter except `page`: per_page, q and order are lost.
    const QJsonObject links = response.value("links").toObject();
    QCOMPARE(links.keys(), (QStringList {"first", "last", "next", "prev"}));
    QCOMPARE(links.value("first"), QJsonValue(pageUrl("contacts", 1)));
    QCOMPARE(links.value("last"), QJsonValue(pageUrl("contacts", lastPage)));
    QCOMPARE(links.value("prev"), QJsonValue(pageUrl("contacts", 1)));
    QCOMPARE(links.value("next"), QJsonValue(pageUrl("contacts", 3)));

    const QJsonArray pager = m.value("links").toArray();
    QVERIFY(pager.size() >= 3);
    QCOMPARE(pager.first().toObject().value("label"), QJsonValue("&laquo; Previous"));
    QCOMPARE(pager.last().toObject().value("label"), QJsonValue("Next &raquo;"));
    QCOMPARE(pager.last().toObject().value("url"), QJsonValue(pageUrl("contacts", 3)));
    bool sawActive = false;
    for (const auto &entry : pager) {
        const QJsonObject e = entry.toObject();
        QVERIFY(e.contains("label") && e.value("active").isBool());
        if (e.value("url").isNull())
            continue;
        const QUrl url(e.value("url").toString());
        QCOMPARE(QUrlQuery(url).queryItems().size(), 1);
        QVERIFY2(QUrlQuery(url).hasQueryItem("page"), qPrintable(url.toString()));
        if (e.value("active").toBool()) {
            sawActive = true;
            QCOMPARE(QUrlQuery(url).queryItemValue("page"), QStringLiteral("2"));
        }
    }
    QVERIFY(sawActive);
}

void TestEmulatorLists::firstAndLastPageLinks()
{
    const auto first = m_emulator->http().get(QStringLiteral("/api/contacts?per_page=50"));
    CONCORD_VERIFY_STATUS(first, 200);
    QVERIFY(first.value("links").toObject().value("prev").isNull());
    QCOMPARE(first.value("links").toObject().value("next"), QJsonValue(pageUrl("contacts", 2)));
    QCOMPARE(meta(first).value("from"), QJsonValue(1));
    QCOMPARE(meta(first).value("to"), QJsonValue(50));

    const int lastPage = meta(first).value("last_page").toInt();
    QCOMPARE(lastPage, 4); // 200 seeded contacts
    const auto last = m_emulator->http().get(QStringLiteral("/api/contacts?per_page=50&page=%1").arg(lastPage));
    CONCORD_VERIFY_STATUS(last, 200);
    QVERIFY(last.value("links").toObject().value("next").isNull());
    QCOMPARE(last.value("links").toObject().value("prev"), QJsonValue(pageUrl("contacts", lastPage - 1)));
    QCOMPARE(meta(last).value("to"), QJsonValue(200));
}

void TestEmulatorLists::pagePastTheEnd()
{
    const auto response = m_emulator->http().get(QStringLiteral("/api/contacts?page=999"));
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(response.data(), QJsonArray());
    QVERIFY(meta(response).value("from").isNull());
    QVERIFY(meta(response).value("to").isNull());
    QCOMPARE(meta(response).value("current_page"), QJsonValue(999));
    QCOMPARE(meta(response).value("total"), QJsonValue(200));
    QCOMPARE(meta(response).value("last_page"), QJsonValue(14));
}

void TestEmulatorLists::emptyResult()
{
    const auto response = m_emulator->http().get(QStringLiteral("/api/contacts?q=zzqqxxnomatch"));
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(response.data(), QJsonArray());
    QVERIFY(meta(response).value("from").isNull());
    QVERIFY(meta(response).value("to").isNull());
    QCOMPARE(meta(response).value("total"), QJsonValue(0));
    QCOMPARE(meta(response).value("current_page"), QJsonValue(1));
    QCOMPARE(meta(response).value("last_page"), QJsonValue(1));
    QVERIFY(response.value("links").toObject().value("next").isNull());
}

void TestEmulatorLists::perPage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << QString() << 15;
    QTest::newRow("0 means 15") << QStringLiteral("per_page=0") << 15;
    QTest::newRow("empty means 15") << QStringLiteral("per_page=") << 15;
    QTest::newRow("5") << QStringLiteral("per_page=5") << 5;
    QTest::newRow("100") << QStringLiteral("per_page=100") << 100;
    QTest::newRow("150, no cap by default") << QStringLiteral("per_page=150") << 150;
}

void TestEmulatorLists::perPage()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    const auto response = m_emulator->http().get(QStringLiteral("/api/contacts?") + query);
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(meta(response).value("per_page"), QJsonValue(expected));
    QCOMPARE(response.data().size(), expected);
}

void TestEmulatorLists::perPageCap_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected");
    QTest::newRow("above the cap") << 100 << 20;
    QTest::newRow("below the cap") << 10 << 10;
    QTest::newRow("default") << 0 << 15;
}

void TestEmulatorLists::perPageCap()
{
    QFETCH(int, asked);
    QFETCH(int, expected);
    const auto capped = startWith([](Emulator::EmulatorConfig &c) { c.perPageCap = 20; });
    const auto response = capped->http().get(QStringLiteral("/api/contacts?per_page=%1").arg(asked));
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(meta(response).value("per_page"), QJsonValue(expected));
    QCOMPARE(response.data().size(), expected);
    QCOMPARE(meta(response).value("last_page"), QJsonValue((200 + expected - 1) / expected));
}

void TestEmulatorLists::lookupsIgnorePerPage_data()
{
    QTest::addColumn<QString>("path");
    for (const char *resource :
        {"sources", "industries", "lost-reasons", "call-outcomes", "activity-types", "pipelines", "pipeline-stages"})
        QTest::newRow(resource) << QStringLiteral("/api/%1").arg(QLatin1String(resource));
    QTest::newRow("pipelines/{id}/stages") << QStringLiteral("/api/pipelines/FIRST/stages");
}

void TestEmulatorLists::lookupsIgnorePerPage()
{
    QFETCH(QString, path);
    path.replace("FIRST", QString::number(m_emulator->firstRecord("pipelines").value("id").toInt()));
    const auto small = m_emulator->http().get(path + "?per_page=2");
    CONCORD_VERIFY_STATUS(small, 200);
    QCOMPARE(meta(small).value("per_page"), QJsonValue(15));
    const int total = meta(small).value("total").toInt();
    QVERIFY2(total > 0, "every lookup is seeded");
    QCOMPARE(small.data().size(), qMin(total, 15));
    const auto large = m_emulator->http().get(path + "?per_page=100");
    QCOMPARE(meta(large).value("per_page"), QJsonValue(15));
}

void TestEmulatorLists::defaultSort_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("key");
    const QList<QPair<const char *, const char *>> sorts {
        {"contacts", "first_name"},
        {"companies", "name"},
        {"deals", "name"},
        {"activities", "title"},
        {"notes", "id"},
        {"calls", "id"},
        {"products", "name"},
        {"users", "name"},
        {"pipeline-stages", "name"},
        {"sources", "name"},
        {"industries", "name"},
        {"lost-reasons", "name"},
        {"call-outcomes", "name"},
        {"activity-types", "name"},
    };
    for (const auto &[resource, key] : sorts)
        QTest::newRow(resource) << QString::fromLatin1(resource) << QString::fromLatin1(key);
}

void TestEmulatorLists::defaultSort()
{
    QFETCH(QString, resource);
    QFETCH(QString, key);
    const QJsonArray all = m_emulator->fetchAll("/api/" + resource);
    QVERIFY2(all.size() > 1, qPrintable(resource + " should be seeded"));
    const QString violation = orderViolation(all, key, false);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestEmulatorLists::order_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("descending");
    QTest::newRow("field") << "order=last_name"
                           << "last_name" << false;
    QTest::newRow("field|asc") << "order=last_name|asc"
                               << "last_name" << false;
    QTest::newRow("field|desc") << "order=last_name|desc"
                                << "last_name" << true;
    QTest::newRow("field%7Cdesc") << "order=last_name%7Cdesc"
                                  << "last_name" << true;
    QTest::newRow("id|desc") << "order=id|desc"
                             << "id" << true;
    QTest::newRow("order[field]") << "order[field]=email&order[direction]=desc"
                                  << "email" << true;
    QTest::newRow("order[field] encoded") << "order%5Bfield%5D=email&order%5Bdirection%5D=desc"
                                          << "email" << true;
    QTest::newRow("order[field] asc") << "order[field]=last_name&order[direction]=asc"
                                      << "last_name" << false;
    QTest::newRow("order[0][field]") << "order[0][field]=last_name&order[0][direction]=desc"
                                     << "last_name" << true;
    QTest::newRow("order[0][field] encoded") << "order%5B0%5D%5Bfield%5D=id&order%5B0%5D%5Bdirection%5D=desc"
                                             << "id" << true;
}

void TestEmulatorLists::order()
{
    QFETCH(QString, query);
    QFETCH(QString, key);
    QFETCH(bool, descending);
    const auto response = m_emulator->http().get("/api/contacts?per_page=100&" + query);
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(response.data().size(), 100);
    const QString violation = orderViolation(response.data(), key, descending);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // The order replaces the default one, so it must differ from sorting by first_name.
    QVERIFY(!orderViolation(response.data(), "first_name", false).isEmpty());
}

void TestEmulatorLists::textSearch_data()
{
    QTest::addColumn<QString>("q");
    QTest::newRow("an") << "an";
    QTest::newRow("AN (case-insensitive)") << "AN";
    QTest::newRow("example") << "example";
    QTest::newRow("percent-encoded") << "%40";
}

void TestEmulatorLists::textSearch()
{
    QFETCH(QString, q);
    const QString needle = QUrl::fromPercentEncoding(q.toUtf8());
    const QJsonArray everything = m_emulator->fetchAll("/api/contacts");
    const QJsonArray found = m_emulator->fetchAll("/api/contacts?q=" + q);
    for (const auto &contact : found)
        QVERIFY2(contactContains(contact.toObject(), needle), QJsonDocument(contact.toObject()).toJson().constData());
    const int expected = countMatching(everything, [&](const QJsonObject &c) { return contactContains(c, needle); });
    QCOMPARE(found.size(), expected);
    QVERIFY2(expected > 0, "the seed should contain matches");
}

void TestEmulatorLists::numericIdSearch()
{
    auto &http = m_emulator->http();
    // A record whose text holds another record's id: q=<id> must still find only the id.
    const auto target = http.post("/api/contacts", QJsonObject {{"first_name", "Target"}});
    CONCORD_VERIFY_STATUS(target, 201);
    const int id = target.value("id").toInt();
    const auto decoy = http.post(
        "/api/contacts", QJsonObject {{"first_name", "Decoy"}, {"job_title", QStringLiteral("Suite %1").arg(id)}});
    CONCORD_VERIFY_STATUS(decoy, 201);

    const auto response = http.get(QStringLiteral("/api/contacts?q=%1").arg(id));
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(meta(response).value("total"), QJsonValue(1));
    QCOMPARE(response.data().at(0).toObject().value("id"), QJsonValue(id));

    // A seeded id too.
    const auto seeded = http.get("/api/contacts?q=7");
    QCOMPARE(meta(seeded).value("total"), QJsonValue(1));
    QCOMPARE(seeded.data().at(0).toObject().value("id"), QJsonValue(7));
}

void TestEmulatorLists::digitsThatAreText_data()
{
    QTest::addColumn<QString>("digits");
    QTest::newRow("leading zero") << "0123";
    QTest::newRow("looks like a phone number") << "12345678";
}

void TestEmulatorLists::digitsThatAreText()
{
    QFETCH(QString, digits);
    auto &http = m_emulator->http();
    const auto holder = http.post(
        "/api/contacts", QJsonObject {{"first_name", "Digits"}, {"job_title", QString("Room " + digits + " East")}});
    CONCORD_VERIFY_STATUS(holder, 201);
    const QJsonArray found = m_emulator->fetchAll("/api/contacts?q=" + digits);
    QVERIFY2(!found.isEmpty(), "a text search finds the job title");
    bool sawHolder = false;
    for (const auto &contact : found) {
        QVERIFY(contactContains(contact.toObject(), digits));
        sawHolder = sawHolder || contact.toObject().value("id") == holder.value("id");
    }
    QVERIFY(sawHolder);
}

void TestEmulatorLists::searchFields()
{
    const QJsonArray everything = m_emulator->fetchAll("/api/contacts");
    const auto contains
        = [](const QJsonObject &c) { return c.value("first_name").toString().contains("an", Qt::CaseInsensitive); };
    const QJsonArray like = m_emulator->fetchAll("/api/contacts?q=an&search_fields=first_name:like");
    QCOMPARE(like.size(), countMatching(everything, contains));
    QVERIFY(!like.isEmpty());
    for (const auto &c : like)
        QVERIFY(contains(c.toObject()));

    const QString exact = everything.at(0).toObject().value("first_name").toString();
    const QJsonArray equal = m_emulator->fetchAll(
        "/api/contacts?search_fields=first_name:%3D&q=" + QString::fromUtf8(QUrl::toPercentEncoding(exact)));
    QCOMPARE(equal.size(),
        countMatching(everything, [&](const QJsonObject &c) { return c.value("first_name").toString() == exact; }));
    QVERIFY(!equal.isEmpty());
}

void TestEmulatorLists::searchMatchAnd()
{
    const QJsonArray everything = m_emulator->fetchAll("/api/contacts");
    const auto in = [](const QJsonObject &c, const char *key) {
        return c.value(QLatin1String(key)).toString().contains("e", Qt::CaseInsensitive);
    };
    const QString fields = QStringLiteral("search_fields=first_name:like;last_name:like&q=e");
    const QJsonArray any = m_emulator->fetchAll("/api/contacts?" + fields);
    const QJsonArray both = m_emulator->fetchAll("/api/contacts?" + fields + "&search_match=and");
    QCOMPARE(any.size(),
        countMatching(everything, [&](const QJsonObject &c) { return in(c, "first_name") || in(c, "last_name"); }));
    QCOMPARE(both.size(),
        countMatching(everything, [&](const QJsonObject &c) { return in(c, "first_name") && in(c, "last_name"); }));
    QVERIFY(both.size() < any.size());
}

void TestEmulatorLists::searchFieldsRejected()
{
    const auto response = m_emulator->http().get("/api/contacts?q=a&search_fields=shoe_size:like");
    CONCORD_VERIFY_JSON(response, 403,
        R"({"message":"None of the search fields were accepted. Acceptable search fields are: )"
        R"(first_name,last_name,email,job_title,phones.number"})");
}

void TestEmulatorLists::searchRoute()
{
    auto &http = m_emulator->http();
    const auto found = http.get("/api/contacts/search?q=an");
    CONCORD_VERIFY_STATUS(found, 200);
    QVERIFY2(found.json.isArray(), "search answers a bare array");
    QVERIFY(!found.array().isEmpty());
    for (const auto &c : found.array())
        QVERIFY(contactContains(c.toObject(), "an"));

    const auto empty = http.get("/api/contacts/search?q=");
    CONCORD_VERIFY_JSON(empty, 200, "[]");
    CONCORD_VERIFY_JSON(http.get("/api/contacts/search"), 200, "[]");

    const auto taken = http.get("/api/contacts/search?q=an&take=3");
    CONCORD_VERIFY_STATUS(taken, 200);
    QCOMPARE(taken.array().size(), qMin(3, int(found.array().size())));
}

void TestEmulatorLists::pipelinesWithStages()
{
    const auto plain = m_emulator->http().get("/api/pipelines");
    CONCORD_VERIFY_STATUS(plain, 200);
    QVERIFY(!plain.data().isEmpty());
    for (const auto &p : plain.data())
        QVERIFY2(!p.toObject().contains("stages"), "stages only with ?with=stages");

    const auto withStages = m_emulator->http().get("/api/pipelines?with=stages");
    CONCORD_VERIFY_STATUS(withStages, 200);
    for (const auto &p : withStages.data()) {
        const QJsonObject pipeline = p.toObject();
        const QJsonArray stages = pipeline.value("stages").toArray();
        QVERIFY2(!stages.isEmpty(), qPrintable(pipeline.value("name").toString()));
        for (const auto &s : stages)
            QCOMPARE(s.toObject().value("pipeline_id"), pipeline.value("id"));
    }
}

void TestEmulatorLists::rules()
{
    const auto response = m_emulator->http().get("/api/contacts/rules");
    CONCORD_VERIFY_STATUS(response, 200);
    QJsonObject firstName;
    for (const auto &r : response.array()) {
        if (r.toObject().value("id") == QJsonValue("first_name"))
            firstName = r.toObject();
    }
    QCOMPARE(firstName.value("type"), QJsonValue("text"));
    QCOMPARE(firstName.value("label"), QJsonValue("First Name"));
    const QJsonArray operators = firstName.value("operators").toArray();
    for (const char *op : {"equal", "not_equal", "contains", "begins_with"})
        QVERIFY2(operators.contains(QJsonValue(QLatin1String(op))), op);
}

void TestEmulatorLists::filters_data()
{
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<bool>("encodeBrackets");
    QTest::newRow("equal") << "equal" << false;
    QTest::newRow("equal, encoded brackets") << "equal" << true;
    QTest::newRow("not_equal") << "not_equal" << false;
    QTest::newRow("contains") << "contains" << false;
    QTest::newRow("begins_with") << "begins_with" << true;
}

void TestEmulatorLists::filters()
{
    QFETCH(QString, operatorName);
    QFETCH(bool, encodeBrackets);
    const QJsonArray everything = m_emulator->fetchAll("/api/contacts");
    const QString value = everything.at(3)
                              .toObject()
                              .value("first_name")
                              .toString()
                              .left(operatorName == "equal" || operatorName == "not_equal" ? -1 : 2);
    const auto matches = [&](const QJsonObject &c) {
        const QString name = c.value("first_name").toString();
        if (operatorName == "equal")
            return name == value;
        if (operatorName == "not_equal")
            return name != value;
        if (operatorName == "contains")
            return name.contains(value, Qt::CaseInsensitive);
        return name.startsWith(value, Qt::CaseInsensitive);
    };
    QString query
        = QStringLiteral("filters[condition]=and&filters[children][0][type]=rule"
                         "&filters[children][0][query][type]=text&filters[children][0][query][rule]=first_name"
                         "&filters[children][0][query][operator]=%1&filters[children][0][query][operand]="
                         "&filters[children][0][query][value]=%2")
              .arg(operatorName, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    if (encodeBrackets)
        query.replace("[", "%5B").replace("]", "%5D");
    const QJsonArray found = m_emulator->fetchAll("/api/contacts?" + query);
    QCOMPARE(found.size(), countMatching(everything, matches));
    for (const auto &c : found)
        QVERIFY(matches(c.toObject()));
    QVERIFY(!found.isEmpty());
}

void TestEmulatorLists::filterUnknownRule()
{
    const auto response = m_emulator->http().get(
        "/api/contacts?filters[condition]=and&filters[children][0][type]=rule&filters[children][0][query][type]=text"
        "&filters[children][0][query][rule]=shoe_size&filters[children][0][query][operator]=equal"
        "&filters[children][0][query][value]=42");
    CONCORD_VERIFY_STATUS(response, 422);
}

void TestEmulatorLists::selectRules()
{
    const auto response = m_emulator->http().get("/api/deals/rules");
    CONCORD_VERIFY_STATUS(response, 200);
    QHash<QString, QJsonObject> byId;
    for (const auto &r : response.array())
        byId.insert(r.toObject().value("id").toString(), r.toObject());
    for (const char *id : {"user_id", "stage_id", "pipeline_id", "status"}) {
        const QJsonObject rule = byId.value(QLatin1String(id));
        QCOMPARE(rule.value("type"), QJsonValue("select"));
        QCOMPARE(rule.value("operators").toArray(), (QJsonArray{"equal", "not_equal", "in"}));
    }
}

void TestEmulatorLists::selectFilters_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("operatorName");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("contacts owner") << "contacts" << "user_id" << "equal" << QStringList{"2"};
    QTest::newRow("contacts not owner") << "contacts" << "user_id" << "not_equal" << QStringList{"2"};
    QTest::newRow("contacts owners in") << "contacts" << "user_id" << "in" << QStringList{"1", "3"};
    QTest::newRow("companies industry") << "companies" << "industry_id" << "equal" << QStringList{"2"};
    QTest::newRow("deals won") << "deals" << "status" << "equal" << QStringList{"won"};
    QTest::newRow("deals won or lost") << "deals" << "status" << "in" << QStringList{"won", "lost"};
    QTest::newRow("deals stage") << "deals" << "stage_id" << "equal" << QStringList{"6"};
    QTest::newRow("deals pipeline") << "deals" << "pipeline_id" << "not_equal" << QStringList{"1"};
    QTest::newRow("activities type") << "activities" << "activity_type_id" << "equal" << QStringList{"3"};
    // Tags are many per record: a record matches when one of its tags does (an emulator extension).
    QTest::newRow("contacts tag") << "contacts" << "tags" << "equal" << QStringList{"1"};
    QTest::newRow("contacts tags in") << "contacts" << "tags" << "in" << QStringList{"1", "2"};
    QTest::newRow("companies without a tag") << "companies" << "tags" << "not_equal" << QStringList{"3"};
}

void TestEmulatorLists::selectFilters()
{
    QFETCH(QString, resource);
    QFETCH(QString, rule);
    QFETCH(QString, operatorName);
    QFETCH(QStringList, values);
    const QJsonArray everything = m_emulator->fetchAll("/api/" + resource);
    const auto matches = [&](const QJsonObject &record) {
        const QJsonValue v = record.value(rule);
        if (v.isNull())
            return false; // as SQL compares NULL
        bool hit = false;
        if (v.isArray()) {
            for (const QJsonValue &tag : v.toArray())
                hit = hit || values.contains(QString::number(tag.toObject().value("id").toInt()));
        } else {
            hit = values.contains(v.isDouble() ? QString::number(v.toInt()) : v.toString());
        }
        return operatorName == "not_equal" ? !hit : hit;
    };
    QString query = QStringLiteral("filters[condition]=and&filters[children][0][type]=rule"
                                   "&filters[children][0][query][type]=select&filters[children][0][query][rule]=%1"
                                   "&filters[children][0][query][operator]=%2&filters[children][0][query][operand]=")
                        .arg(rule, operatorName);
    if (operatorName == "in") {
        for (int i = 0; i < values.size(); ++i)
            query += QStringLiteral("&filters[children][0][query][value][%1]=%2").arg(i).arg(values.at(i));
    } else {
        query += "&filters[children][0][query][value]=" + values.first();
    }
    const QJsonArray found = m_emulator->fetchAll("/api/" + resource + "?" + query);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < everything.size());
    QCOMPARE(found.size(), countMatching(everything, matches));
    for (const auto &r : found)
        QVERIFY2(matches(r.toObject()), qPrintable(r.toObject().value(rule).toVariant().toString()));
}

void TestEmulatorLists::pagingCoversEveryId()
{
    const QJsonArray all = m_emulator->fetchAll("/api/contacts");
    QCOMPARE(all.size(), 200);
    QSet<int> ids;
    for (const auto &c : all)
        ids.insert(c.toObject().value("id").toInt());
    QCOMPARE(ids.size(), 200);
    QVERIFY(!ids.contains(0));
}

void TestEmulatorLists::associatedList()
{
    auto &http = m_emulator->http();
    CONCORD_VERIFY_STATUS(http.put("/api/contacts/5", QJsonObject {{"deals", QJsonArray {1, 2, 3}}}), 200);
    const auto page = http.get("/api/contacts/5/deals?per_page=2");
    CONCORD_VERIFY_STATUS(page, 200);
    QCOMPARE(page.object().keys(), (QStringList {"data", "links", "meta"}));
    QCOMPARE(meta(page).value("total"), QJsonValue(3));
    QCOMPARE(meta(page).value("per_page"), QJsonValue(2));
    QCOMPARE(meta(page).value("last_page"), QJsonValue(2));
    QVERIFY(Test::idsOf(page.data()).size() == 2);
    const QJsonArray all = m_emulator->fetchAll("/api/contacts/5/deals");
    QCOMPARE(Test::idsOf(all), (QSet<int> {1, 2, 3}));
}

void TestEmulatorLists::users()
{
    const auto response = m_emulator->http().get("/api/users");
    CONCORD_VERIFY_STATUS(response, 200);
    QCOMPARE(meta(response).value("total"), QJsonValue(8));
    QVERIFY(response.object().contains("links"));
    QSet<int> ids;
    for (const auto &u : response.data()) {
        ids.insert(u.toObject().value("id").toInt());
        QVERIFY(u.toObject().value("email").isString());
    }
    QCOMPARE(ids, (QSet<int> {1, 2, 3, 4, 5, 6, 7, 8}));
}

void TestEmulatorLists::countries()
{
    const auto response = m_emulator->http().get("/api/countries");
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY2(response.json.isArray(), "countries are a bare array");
    QVERIFY(!response.array().isEmpty());
    for (const auto &c : response.array()) {
        QCOMPARE(c.toObject().keys(), (QStringList {"id", "name"}));
        QVERIFY(c.toObject().value("id").toInt() > 0);
    }
}

void TestEmulatorLists::timezones()
{
    const auto response = m_emulator->http().get("/api/timezones");
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY2(response.json.isArray(), "timezones are a bare array");
    for (const auto &t : response.array())
        QVERIFY(t.isString());
    for (const char *zone : {"UTC", "Europe/Berlin", "America/Toronto"})
        QVERIFY2(response.array().contains(QJsonValue(QLatin1String(zone))), zone);
}

void TestEmulatorLists::currencies()
{
    const auto response = m_emulator->http().get("/api/currencies");
    CONCORD_VERIFY_STATUS(response, 200);
    QVERIFY2(response.json.isObject(), "currencies are an object keyed by code");
    const QJsonObject eur = response.value("EUR").toObject();
    QCOMPARE(eur.value("name"), QJsonValue("Euro"));
    QCOMPARE(eur.value("code"), QJsonValue(978));
    QCOMPARE(eur.value("precision"), QJsonValue(2));
    QVERIFY(response.object().contains("USD"));
}

void TestEmulatorLists::patchNotAllowed()
{
    const auto response = m_emulator->http().request("PATCH", "/api/contacts/1", QJsonObject {{"first_name", "P"}});
    CONCORD_VERIFY_JSON(response, 405,
        R"({"message":"The PATCH method is not supported for route api/contacts/1. )"
        R"(Supported methods: GET, HEAD, PUT, DELETE."})");
}

void TestEmulatorLists::notFoundBodies_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("missing contact") << "/api/contacts/999999"
                                     << QByteArray(
                                            R"({"message":"No query results for model [Concord\\Contact] 999999"})");
    QTest::newRow("unknown resource list") << "/api/widgets" << QByteArray(R"({"message":""})");
    QTest::newRow("unknown resource record") << "/api/widgets/1" << QByteArray(R"({"message":""})");
    QTest::newRow("no route") << "/api/foo/bar"
                              << QByteArray(R"({"message":"The route api/foo/bar could not be found."})");
    QTest::newRow("guessed trashed route")
        << "/api/contacts/trashed/x/y"
        << QByteArray(R"({"message":"The route api/contacts/trashed/x/y could not be found."})");
}

void TestEmulatorLists::notFoundBodies()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const auto response = m_emulator->http().get(path);
    CONCORD_VERIFY_JSON(response, 404, body);
    // The class name has one backslash on the wire's decoded string.
    if (path.endsWith("999999"))
        QCOMPARE(response.value("message").toString(),
            QStringLiteral("No query results for model [Concord\\Contact] 999999"));
}

void TestEmulatorLists::rateLimit()
{
    const auto limited = startWith([](Emulator::EmulatorConfig &c) { c.rateLimit = 3; });
    for (int i = 1; i <= 3; ++i) {
        const auto response = limited->http().get("/api/contacts?per_page=1");
        CONCORD_VERIFY_STATUS(response, 200);
        QCOMPARE(response.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(response.header("X-RateLimit-Remaining"), QByteArray::number(3 - i));
    }
    const auto refused = limited->http().get("/api/contacts?per_page=1");
    CONCORD_VERIFY_JSON(refused, 429, R"({"message":"Too Many Attempts."})");
    bool ok = false;
    const int retryAfter = refused.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    const qint64 reset = refused.header("X-RateLimit-Reset").toLongLong(&ok);
    QVERIFY2(ok && reset > 1'000'000'000, refused.header("X-RateLimit-Reset").constData());
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("3"));
}

void TestEmulatorLists::rateLimitIsPerUser()
{
    const auto limited = startWith([](Emulator::EmulatorConfig &c) { c.rateLimit = 2; });
    for (int i = 0; i < 2; ++i)
        CONCORD_VERIFY_STATUS(limited->http().get("/api/me"), 200);
    CONCORD_VERIFY_STATUS(limited->http().get("/api/me"), 429);
    const auto other = limited->http().get("/api/me", {HttpProbe::bearer(Emulator::SeededTokens::regularUser())});
    CONCORD_VERIFY_STATUS(other, 200);
    QCOMPARE(other.header("X-RateLimit-Remaining"), QByteArray("1"));
}

void TestEmulatorLists::rateLimitOff()
{
    for (int i = 0; i < 120; ++i) {
        const auto response = m_emulator->http().get("/api/me");
        CONCORD_VERIFY_STATUS(response, 200);
    }
}

void TestEmulatorLists::defaultRateLimitHeaders()
{
    const auto throttled
        = startWith([](Emulator::EmulatorConfig &c) { c.rateLimit = Emulator::EmulatorConfig().rateLimit; });
    const auto first = throttled->http().get("/api/contacts");
    CONCORD_VERIFY_STATUS(first, 200);
    QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("90"));
    QCOMPARE(first.header("X-RateLimit-Remaining"), QByteArray("89"));
    const auto second = throttled->http().get("/api/contacts/1");
    QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("88"));
}

void TestEmulatorLists::appVersionHeader_data()
{
    QTest::addColumn<QString>("appVersion");
    QTest::addColumn<QByteArray>("expected"); // null: absent
    QTest::newRow("default 1.5.1") << QString() << QByteArray("1.5.1");
    QTest::newRow("1.6.0") << "1.6.0" << QByteArray("1.6.0");
    QTest::newRow("1.2.5") << "1.2.5" << QByteArray();
}

void TestEmulatorLists::appVersionHeader()
{
    QFETCH(QString, appVersion);
    QFETCH(QByteArray, expected);
    const auto emulator = startWith([&](Emulator::EmulatorConfig &c) {
        if (!appVersion.isEmpty())
            c.appVersion = appVersion;
    });
    // On every response: success, list, and error alike.
    const auto ok = emulator->http().get("/api/me");
    const auto list = emulator->http().get("/api/contacts");
    const auto missing = emulator->http().get("/api/contacts/999999");
    const auto refused = emulator->http().get("/api/me", {HttpProbe::without("Authorization")});
    for (const auto *r : {&ok, &list, &missing, &refused}) {
        QCOMPARE(r->header("X-App-Version"), expected);
        QCOMPARE(r->hasHeader("X-App-Version"), !expected.isNull());
    }
}

void TestEmulatorLists::jsonContentType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << "/api/contacts" << 200;
    QTest::newRow("record") << "/api/contacts/1" << 200;
    QTest::newRow("bare array") << "/api/timezones" << 200;
    QTest::newRow("missing record") << "/api/contacts/999999" << 404;
    QTest::newRow("no route") << "/api/foo/bar" << 404;
    QTest::newRow("bad search fields") << "/api/contacts?q=a&search_fields=x:like" << 403;
}

void TestEmulatorLists::jsonContentType()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const auto response = m_emulator->http().get(path);
    CONCORD_VERIFY_STATUS(response, status);
    QVERIFY2(
        response.header("Content-Type").startsWith("application/json"), response.header("Content-Type").constData());
    QVERIFY(response.isJson);
    // §1.3 and §11: never cacheable, no validators (updates are last-write-wins).
    QVERIFY2(response.header("Cache-Control").contains("no-cache"), response.header("Cache-Control").constData());
    QVERIFY(!response.hasHeader("ETag"));
    QVERIFY(!response.hasHeader("Last-Modified"));
}

QTEST_GUILESS_MAIN(TestEmulatorLists)
#include "tst_emulatorlists.moc"
