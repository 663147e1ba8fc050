#include "emulatorclient.h"
#include "globalsearchdialog.h"
#include "widgettools.h"

#include "api/apierror.h"
#include "api/globalsearchjob.h"
#include "api/searchservice.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Concord;
using Concord::Test::child;

namespace {

QString currentPage(const GlobalSearchDialog &dialog)
{
    return child<QStackedWidget>(dialog, QStringLiteral("stack"))->currentWidget()->objectName();
}

QString statusText(const GlobalSearchDialog &dialog)
{
    return child<QLabel>(dialog, QStringLiteral("statusLabel"))->text();
}

QLineEdit *searchEdit(const GlobalSearchDialog &dialog)
{
    return child<QLineEdit>(dialog, QStringLiteral("searchEdit"));
}

/// The list as a person reads it: each group title, then its hits indented.
QStringList shownLines(const GlobalSearchDialog &dialog)
{
    QStringList lines;
    const auto *tree = child<QTreeWidget>(dialog, QStringLiteral("resultsTree"));
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *header = tree->topLevelItem(g);
        lines << header->text(0);
        for (int h = 0; h < header->childCount(); ++h) {
            lines << QStringLiteral("  ") + header->child(h)->text(0);
        }
    }
    return lines;
}

/// The same lines from the server's own answer.
QStringList expectedLines(const QJsonArray &answer)
{
    QStringList lines;
    for (const QJsonValue &group : answer) {
        lines << group[QLatin1String("title")].toString();
        const QJsonArray hits = group[QLatin1String("data")].toArray();
        for (const QJsonValue &hit : hits) {
            lines << QStringLiteral("  ") + hit[QLatin1String("display_name")].toString();
        }
    }
    return lines;
}

/// The (resource, id) of every hit of a server answer, in order.
QList<QPair<QString, qint64>> answerHits(const QJsonArray &answer)
{
    QList<QPair<QString, qint64>> hits;
    for (const QJsonValue &group : answer) {
        const QJsonArray data = group[QLatin1String("data")].toArray();
        for (const QJsonValue &hit : data) {
            hits.append({hit[QLatin1String("resourceName")].toString(), hit[QLatin1String("id")].toInteger()});
        }
    }
    return hits;
}

/// What a GlobalSearchJob said, copied at finished(): the job deletes itself right after.
struct SearchOutcome
{
    bool finished = false;
    ApiError error;
    QList<GlobalSearchGroup> groups;
};

SearchOutcome awaitSearch(GlobalSearchJob *job)
{
    SearchOutcome outcome;
    QObject::connect(job, &GlobalSearchJob::finished, job, [job, &outcome] {
        outcome.finished = true;
        outcome.error = job->error();
        outcome.groups = job->groups();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 10000)) {
        job->abort();
    }
    return outcome;
}

/// A dialog on an in-process emulator, shown and active so that keyboard focus works.
class DialogOnEmulator
{
public:
    DialogOnEmulator()
        : m_server(Test::EmulatorClient::withContacts(60))
    {
    }

    [[nodiscard]] bool start()
    {
        if (!m_server.start()) {
            return false;
        }
        m_dialog = std::make_unique<GlobalSearchDialog>(&m_server.client());
        m_dialog->show();
        QApplication::setActiveWindow(m_dialog.get());
        return QTest::qWaitForWindowActive(m_dialog.get());
    }

    Test::EmulatorClient &server() { return m_server; }
    Test::EmulatorFixture &emulator() { return m_server.emulator(); }
    GlobalSearchDialog &dialog() { return *m_dialog; }
    QLineEdit *edit() { return searchEdit(*m_dialog); }

    /// The server's own answer to `q`, read past the client.
    QJsonArray serverAnswer(const QString &q)
    {
        return emulator()
            .http()
            .get(QStringLiteral("/api/search?q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)))
            .array();
    }

    /// Types `text` as a person does (`delayMs` between keys) and waits until an answer is shown.
    [[nodiscard]] bool typeAndWait(const QString &text, int delayMs = -1)
    {
        QTest::keyClicks(edit(), text, Qt::NoModifier, delayMs);
        return QTest::qWaitFor([this] {
            const QString status = statusText(*m_dialog);
            return currentPage(*m_dialog) == QLatin1String("resultsPage")
                || (status != QStringLiteral("Searching…") && status != QStringLiteral("Type a name, company or deal"));
        });
    }

    /// The emulator's faults (latency_ms, malformed_rate, ...) on the search route only, so
    /// that the test's own probes stay fast and well-formed.
    [[nodiscard]] bool setSearchFaults(QJsonObject faults)
    {
        faults.insert(QStringLiteral("path_prefix"), QStringLiteral("/api/search"));
        return emulator().setFaults(faults).status == 200;
    }

    /// A word that the emulator's companies and deals both contain: the first company's first word.
    QString companyWord()
    {
        return emulator()
            .firstRecord(QStringLiteral("companies"))
            .value(QStringLiteral("name"))
            .toString()
            .section(QLatin1Char(' '), 0, 0);
    }

private:
    Test::EmulatorClient m_server;
    std::unique_ptr<GlobalSearchDialog> m_dialog;
};

} // namespace

class TestGlobalSearchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void jobReadsGroupsAndHits();
    void blankQueryAsksNothing();
    void groupsFromJson_data();
    void groupsFromJson();
    void startsWithAHint();
    void typingFindsHitsGroupedByResource();
    void aWordTypedQuicklyIsOneRequest();
    void slowOlderSearchNeverReplacesTheNewerOne();
    void enterOpensTheFirstHit();
    void downEnterOpensTheSecondHit();
    void enterBeforeTheAnswerOpensItsFirstHit();
    void nothingFound();
    void malformedAnswerShowsTheError();
    void clearingGoesBackToTheHint();
    void escapeCloses();
};

void TestGlobalSearchDialog::jobReadsGroupsAndHits()
{
    Test::EmulatorClient server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QJsonObject company = server.emulator().firstRecord(QStringLiteral("companies"));
    const QString q = company.value(QStringLiteral("name")).toString();
    const QJsonArray answer
        = server.emulator().http().get(QStringLiteral("/api/search?q=") + QUrl::toPercentEncoding(q)).array();
    QVERIFY(!answer.isEmpty());

    const SearchOutcome all = awaitSearch(SearchService(&server.client()).search(q));
    QVERIFY2(all.finished && !all.error.isError(), qPrintable(all.error.userMessage()));
    QCOMPARE(all.groups.size(), answer.size());
    QList<QPair<QString, qint64>> hits;
    for (const GlobalSearchGroup &group : all.groups) {
        for (const GlobalSearchHit &hit : group.hits) {
            QCOMPARE(hit.resource, group.resource);
            hits.append({hit.resource, hit.id});
        }
    }
    QCOMPARE(hits, answerHits(answer));
    QCOMPARE(all.groups.first().hits.first().displayName,
        answer.first()[QLatin1String("data")][0][QLatin1String("display_name")].toString());
    QVERIFY(std::any_of(all.groups.cbegin(), all.groups.cend(), [&company](const GlobalSearchGroup &group) {
        return group.resource == QLatin1String("companies")
            && std::any_of(group.hits.cbegin(), group.hits.cend(), [&company](const GlobalSearchHit &hit) {
                   return hit.id == company.value(QStringLiteral("id")).toInteger();
               });
    }));

    // `only` narrows the search to the named resources, as only[]=... on the wire.
    server.emulator().clearRequestLog();
    const SearchOutcome deals = awaitSearch(SearchService(&server.client()).search(q, {QStringLiteral("deals")}));
    QVERIFY(deals.finished && !deals.error.isError());
    for (const GlobalSearchGroup &group : deals.groups) {
        QCOMPARE(group.resource, QStringLiteral("deals"));
    }
    const QList<QUrlQuery> queries = server.emulator().getQueries(QStringLiteral("/api/search"));
    QCOMPARE(queries.size(), 1);
    QCOMPARE(queries.first().allQueryItemValues(QStringLiteral("only[]"), QUrl::FullyDecoded),
        QStringList {QStringLiteral("deals")});
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), q);
}

void TestGlobalSearchDialog::blankQueryAsksNothing()
{
    Test::EmulatorClient server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.emulator().clearRequestLog();
    GlobalSearchJob *job = SearchService(&server.client()).search(QStringLiteral("  "));
    // Not before the caller has had the chance to connect.
    QVERIFY(!job->isFinished());
    const SearchOutcome outcome = awaitSearch(job);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error.isError());
    QVERIFY(outcome.groups.isEmpty());
    QVERIFY(server.emulator().getQueries(QStringLiteral("/api/search")).isEmpty());
}

void TestGlobalSearchDialog::groupsFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("hits"); // "resource/id/name"

    QTest::newRow("documented") << QByteArray(R"([{"title":"Contacts","resource_name":"contacts","icon":"User",
        "action":null,"data":[{"id":12,"path":"/contacts/12","display_name":"John Doe","created_at":"x",
        "resourceName":"contacts"}]}])")
                                << true << QStringList {QStringLiteral("contacts/12/John Doe")};
    QTest::newRow("empty") << QByteArray("[]") << true << QStringList();
    QTest::newRow("group without hits left out") << QByteArray(R"([{"title":"Deals","resource_name":"deals","data":[]},
            {"title":"Companies","resource_name":"companies","data":[{"id":5,"display_name":"Acme"}]}])")
                                                 << true << QStringList {QStringLiteral("companies/5/Acme")};
    QTest::newRow("object, not array") << QByteArray(R"({"data":[]})") << false << QStringList();
    QTest::newRow("group without data") << QByteArray(R"([{"title":"Contacts","resource_name":"contacts"}])") << false
                                        << QStringList();
    QTest::newRow("group without resource")
        << QByteArray(R"([{"title":"Contacts","data":[{"id":1,"display_name":"A"}]}])") << false << QStringList();
    QTest::newRow("id as text") << QByteArray(R"([{"resource_name":"contacts","data":[{"id":"1"}]}])") << false
                                << QStringList();
    QTest::newRow("hit not an object") << QByteArray(R"([{"resource_name":"contacts","data":[1]}])") << false
                                       << QStringList();
}

void TestGlobalSearchDialog::groupsFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QStringList, hits);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!document.isNull());
    QList<GlobalSearchGroup> groups;
    const QJsonValue answer = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QCOMPARE(GlobalSearchJob::groupsFromJson(answer, &groups), ok);
    if (!ok) {
        return;
    }
    QStringList read;
    for (const GlobalSearchGroup &group : std::as_const(groups)) {
        QVERIFY(!group.hits.isEmpty());
        for (const GlobalSearchHit &hit : group.hits) {
            read << QStringLiteral("%1/%2/%3").arg(hit.resource).arg(hit.id).arg(hit.displayName);
        }
    }
    QCOMPARE(read, hits);
}

void TestGlobalSearchDialog::startsWithAHint()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("statusPage"));
    QCOMPARE(statusText(shown.dialog()), QStringLiteral("Type a name, company or deal"));
    QVERIFY(shown.edit()->hasFocus());
}

void TestGlobalSearchDialog::typingFindsHitsGroupedByResource()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    const QJsonArray answer = shown.serverAnswer(word);
    QVERIFY2(answer.size() >= 2, "the word should find companies and their deals");
    // A slow server, so that "Searching…" stays long enough to be seen.
    QVERIFY(shown.setSearchFaults({{QStringLiteral("latency_ms"), 300}}));

    QTest::keyClicks(shown.edit(), word);
    QCOMPARE(statusText(shown.dialog()), QStringLiteral("Type a name, company or deal")); // not yet: typing
    QTRY_COMPARE(statusText(shown.dialog()), QStringLiteral("Searching…"));
    QTRY_COMPARE(currentPage(shown.dialog()), QStringLiteral("resultsPage"));
    QCOMPARE(shownLines(shown.dialog()), expectedLines(answer));
    // Group titles are titles, not targets.
    const auto *tree = child<QTreeWidget>(shown.dialog(), QStringLiteral("resultsTree"));
    QVERIFY(!(tree->topLevelItem(0)->flags() & Qt::ItemIsSelectable));
    QVERIFY(tree->topLevelItem(0)->child(0)->flags() & Qt::ItemIsSelectable);
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(0));
}

void TestGlobalSearchDialog::aWordTypedQuicklyIsOneRequest()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    shown.emulator().clearRequestLog();

    // A brisk typist: well under the pause between keys.
    QVERIFY(shown.typeAndWait(word, 40));
    QTest::qWait(GlobalSearchDialog::TypingPauseMs * 2); // time for a stray later request
    const QList<QUrlQuery> queries = shown.emulator().getQueries(QStringLiteral("/api/search"));
    QCOMPARE(queries.size(), 1);
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), word);
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("resultsPage"));
}

void TestGlobalSearchDialog::slowOlderSearchNeverReplacesTheNewerOne()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString older = shown.companyWord();
    const QString newer
        = shown.emulator().firstRecord(QStringLiteral("contacts")).value(QStringLiteral("last_name")).toString();
    QVERIFY(!newer.isEmpty());
    const QJsonArray newerAnswer = shown.serverAnswer(newer);
    QVERIFY(expectedLines(newerAnswer) != expectedLines(shown.serverAnswer(older)));
    // The client sends one call at a time until it has seen the server's rate limit; after a first
    // answer the two searches overlap, as they do in a program that has been running a while.
    QVERIFY(awaitSearch(SearchService(&shown.server().client()).search(newer)).finished);
    shown.emulator().clearRequestLog();

    // The first search is slow to answer; the second overtakes it.
    QVERIFY(shown.setSearchFaults({{QStringLiteral("latency_ms"), 700}}));
    QTest::keyClicks(shown.edit(), older);
    QTRY_COMPARE(shown.emulator().getQueries(QStringLiteral("/api/search")).size(), 1);
    QCOMPARE(shown.emulator().setFaults({}).status, 200);
    shown.edit()->selectAll();
    QTest::keyClicks(shown.edit(), newer);
    QTRY_COMPARE(currentPage(shown.dialog()), QStringLiteral("resultsPage"));
    QCOMPARE(shownLines(shown.dialog()), expectedLines(newerAnswer));
    QTest::qWait(900); // long enough for the slow answer to arrive, were it still wanted
    QCOMPARE(shownLines(shown.dialog()), expectedLines(newerAnswer));
    const QList<QUrlQuery> queries = shown.emulator().getQueries(QStringLiteral("/api/search"));
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), older);
}

void TestGlobalSearchDialog::enterOpensTheFirstHit()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    const auto hits = answerHits(shown.serverAnswer(word));
    QVERIFY(!hits.isEmpty());
    QVERIFY(shown.typeAndWait(word));
    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);

    QTest::keyClick(shown.edit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), hits.at(0).first);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), hits.at(0).second);
    QCOMPARE(shown.dialog().result(), int(QDialog::Accepted));
    QVERIFY(!shown.dialog().isVisible());
}

void TestGlobalSearchDialog::downEnterOpensTheSecondHit()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    const auto hits = answerHits(shown.serverAnswer(word));
    QVERIFY(hits.size() >= 2);
    QVERIFY(shown.typeAndWait(word));
    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);

    // Up at the top stays there; Down, Down, Up lands on the second.
    QTest::keyClick(shown.edit(), Qt::Key_Up);
    QTest::keyClick(shown.edit(), Qt::Key_Down);
    QTest::keyClick(shown.edit(), Qt::Key_Down);
    QTest::keyClick(shown.edit(), Qt::Key_Up);
    QCOMPARE(chosen.size(), 0);
    QTest::keyClick(shown.edit(), Qt::Key_Enter); // the keypad's Enter works as Return does
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), hits.at(1).first);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), hits.at(1).second);

    // Down past the end stays on the last hit, across the group titles.
    shown.dialog().show();
    for (int i = 0; i < hits.size() + 3; ++i) {
        QTest::keyClick(shown.edit(), Qt::Key_Down);
    }
    QTest::keyClick(shown.edit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).toString(), hits.last().first);
    QCOMPARE(chosen.at(1).at(1).toLongLong(), hits.last().second);
}

void TestGlobalSearchDialog::enterBeforeTheAnswerOpensItsFirstHit()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    const auto hits = answerHits(shown.serverAnswer(word));
    QVERIFY(!hits.isEmpty());
    shown.emulator().clearRequestLog();
    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);

    // Typed and entered in one go: no waiting for the pause, and the hit of this query opens.
    QTest::keyClicks(shown.edit(), word);
    QTest::keyClick(shown.edit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 0);
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), hits.at(0).first);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), hits.at(0).second);
    QCOMPARE(shown.emulator().getQueries(QStringLiteral("/api/search")).size(), 1);
}

void TestGlobalSearchDialog::nothingFound()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QVERIFY(shown.typeAndWait(QStringLiteral("zzqx")));
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("statusPage"));
    QCOMPARE(statusText(shown.dialog()), QStringLiteral("Nothing found for “zzqx”"));

    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);
    QTest::keyClick(shown.edit(), Qt::Key_Down);
    QTest::keyClick(shown.edit(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(shown.dialog().isVisible());
}

void TestGlobalSearchDialog::malformedAnswerShowsTheError()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QString word = shown.companyWord();
    QVERIFY(shown.setSearchFaults({{QStringLiteral("malformed_rate"), 1}}));
    // The error the dialog must show, as the job reports it.
    const SearchOutcome failed = awaitSearch(SearchService(&shown.server().client()).search(word));
    QVERIFY(failed.finished);
    QCOMPARE(failed.error.kind(), ApiError::Kind::Malformed);

    QVERIFY(shown.typeAndWait(word));
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("statusPage"));
    QCOMPARE(statusText(shown.dialog()), failed.error.userMessage());
    QVERIFY(shown.dialog().isVisible());

    // Once the server mends, Enter asks again and opens the first hit.
    QCOMPARE(shown.emulator().setFaults({}).status, 200);
    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);
    QTest::keyClick(shown.edit(), Qt::Key_Return);
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(1).toLongLong(), answerHits(shown.serverAnswer(word)).at(0).second);
}

void TestGlobalSearchDialog::clearingGoesBackToTheHint()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QVERIFY(shown.typeAndWait(shown.companyWord()));
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("resultsPage"));
    shown.emulator().clearRequestLog();
    shown.edit()->clear();
    QCOMPARE(currentPage(shown.dialog()), QStringLiteral("statusPage"));
    QCOMPARE(statusText(shown.dialog()), QStringLiteral("Type a name, company or deal"));
    QTest::qWait(GlobalSearchDialog::TypingPauseMs * 2);
    QVERIFY(shown.emulator().getQueries(QStringLiteral("/api/search")).isEmpty());
}

void TestGlobalSearchDialog::escapeCloses()
{
    DialogOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QSignalSpy chosen(&shown.dialog(), &GlobalSearchDialog::recordChosen);
    // Closed while the search is still waiting for the pause: nothing is asked afterwards.
    shown.emulator().clearRequestLog();
    QTest::keyClicks(shown.edit(), shown.companyWord());
    QTest::keyClick(shown.edit(), Qt::Key_Escape);
    QVERIFY(!shown.dialog().isVisible());
    QCOMPARE(shown.dialog().result(), int(QDialog::Rejected));
    QTest::qWait(GlobalSearchDialog::TypingPauseMs * 2);
    QVERIFY(shown.emulator().getQueries(QStringLiteral("/api/search")).isEmpty());
    QCOMPARE(chosen.size(), 0);

    // Shown again, it offers the query selected and looks it up.
    shown.dialog().show();
    QCOMPARE(shown.edit()->selectedText(), shown.companyWord());
    QTRY_COMPARE(currentPage(shown.dialog()), QStringLiteral("resultsPage"));
}

QTEST_MAIN(TestGlobalSearchDialog)
#include "tst_globalsearchdialog.moc"
