#include "emulatorclient.h"
#include "recorddetailpane.h"
#include "widgettools.h"

#include "api/apierror.h"

#include <QApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Concord;
using Concord::Test::child;

namespace {

QString currentPage(const RecordDetailPane &pane)
{
    return child<QStackedWidget>(pane, QStringLiteral("stack"))->currentWidget()->objectName();
}

QString title(const RecordDetailPane &pane)
{
    return child<QLabel>(pane, QStringLiteral("titleLabel"))->text();
}

/// The value beside the fact labelled `name`; empty when the pane does not show that fact.
QString fact(const RecordDetailPane &pane, const QString &name)
{
    auto *form = pane.findChild<QFormLayout *>(QStringLiteral("factsForm"));
    for (int row = 0; form && row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && field && label->text() == name) {
            // A long one-word value is elided on screen; the tooltip holds it whole.
            return field->toolTip().isEmpty() ? field->text() : field->toolTip();
        }
    }
    return {};
}

/// Every line of a section (`notesSection`), title first.
QStringList sectionLines(const RecordDetailPane &pane, const QString &resource)
{
    QStringList lines;
    const auto labels = child<QWidget>(pane, resource + QStringLiteral("Section"))->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        lines << label->text();
    }
    return lines;
}

/// A pane on an in-process emulator, shown and active so that keyboard focus works.
class PaneOnEmulator
{
public:
    PaneOnEmulator()
        : m_server(Test::EmulatorClient::withContacts(60))
    {
    }

    [[nodiscard]] bool start()
    {
        if (!m_server.start()) {
            return false;
        }
        m_pane = std::make_unique<RecordDetailPane>(&m_server.client());
        m_pane->resize(420, 700);
        m_pane->show();
        QApplication::setActiveWindow(m_pane.get());
        return QTest::qWaitForWindowActive(m_pane.get());
    }

    Test::EmulatorClient &server() { return m_server; }
    Test::EmulatorFixture &emulator() { return m_server.emulator(); }
    RecordDetailPane &pane() { return *m_pane; }

    /// The first record of `resource` for which `accept` is true; empty when there is none.
    template<typename Predicate> QJsonObject find(const QString &resource, Predicate accept)
    {
        const QJsonArray all = emulator().fetchAll(QStringLiteral("/api/") + resource);
        for (const QJsonValue &value : all) {
            if (accept(value.toObject())) {
                return value.toObject();
            }
        }
        return {};
    }

    /// Shows `resource`/`id` and waits until its record is on screen.
    [[nodiscard]] bool showAndWait(const QString &resource, qint64 id)
    {
        m_pane->showRecord(resource, id);
        return QTest::qWaitFor([this] { return currentPage(*m_pane) != QLatin1String("loadingPage"); })
            && currentPage(*m_pane) == QLatin1String("recordPage");
    }

private:
    Test::EmulatorClient m_server;
    std::unique_ptr<RecordDetailPane> m_pane;
};

QJsonObject contactWithCompany(PaneOnEmulator &shown)
{
    return shown.find(QStringLiteral("contacts"),
        [](const QJsonObject &c) { return !c.value(QStringLiteral("companies")).toArray().isEmpty(); });
}

} // namespace

class TestRecordDetailPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void startsEmpty();
    void showsAContact();
    void companyLinkOpensTheCompany();
    void showsADeal();
    void newerRecordWinsOverASlowOlderOne();
    void missingRecordSaysNotFoundAndRetries();
    void showsTheNotesOfAContact();
    void clearGoesBackToTheEmptyState();
    void longValuesNeverWidenThePane();
};

void TestRecordDetailPane::startsEmpty()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QCOMPARE(currentPage(shown.pane()), QStringLiteral("emptyPage"));
    QCOMPARE(child<QLabel>(shown.pane(), QStringLiteral("emptyLabel"))->text(),
        QStringLiteral("Select a record to see its details"));
}

void TestRecordDetailPane::showsAContact()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QJsonObject contact = contactWithCompany(shown);
    QVERIFY(!contact.isEmpty());
    const qint64 id = contact.value(QStringLiteral("id")).toInteger();

    shown.pane().showRecord(QStringLiteral("contacts"), id);
    QCOMPARE(currentPage(shown.pane()), QStringLiteral("loadingPage"));
    QTRY_COMPARE(currentPage(shown.pane()), QStringLiteral("recordPage"));
    QCOMPARE(title(shown.pane()), contact.value(QStringLiteral("display_name")).toString());
    QCOMPARE(fact(shown.pane(), QStringLiteral("Email")), contact.value(QStringLiteral("email")).toString());
    QCOMPARE(fact(shown.pane(), QStringLiteral("Owner")),
        contact.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString());

    const QJsonObject company = contact.value(QStringLiteral("companies")).toArray().first().toObject();
    const auto *link = child<QLabel>(
        shown.pane(), QStringLiteral("link_companies_%1").arg(company.value(QStringLiteral("id")).toInteger()));
    QVERIFY(link->text().contains(company.value(QStringLiteral("display_name")).toString().toHtmlEscaped()));
    QVERIFY(link->isVisible());
    QVERIFY(sectionLines(shown.pane(), QStringLiteral("companies"))
                .contains(
                    QStringLiteral("Companies (%1)").arg(contact.value(QStringLiteral("companies")).toArray().size())));
}

void TestRecordDetailPane::companyLinkOpensTheCompany()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QJsonObject contact = contactWithCompany(shown);
    QVERIFY(shown.showAndWait(QStringLiteral("contacts"), contact.value(QStringLiteral("id")).toInteger()));
    const qint64 companyId = contact.value(QStringLiteral("companies"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    auto *link = child<QLabel>(shown.pane(), QStringLiteral("link_companies_%1").arg(companyId));
    QSignalSpy opened(&shown.pane(), &RecordDetailPane::openRecordRequested);

    // By mouse: the link text starts at the label's left edge.
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(3, link->height() / 2));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("companies"));
    QCOMPARE(opened.at(0).at(1).toLongLong(), companyId);

    // By keyboard: tab onto the link, Enter opens it.
    link->setFocus(Qt::TabFocusReason);
    QVERIFY(link->hasFocus());
    QTest::keyClick(link, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), QStringLiteral("companies"));
    QCOMPARE(opened.at(1).at(1).toLongLong(), companyId);
}

void TestRecordDetailPane::showsADeal()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QJsonObject deal = shown.find(QStringLiteral("deals"), [](const QJsonObject &d) {
        return d.value(QStringLiteral("amount")).toDouble() >= 1000 && !d.value(QStringLiteral("stage")).isNull();
    });
    QVERIFY(!deal.isEmpty());
    QVERIFY(shown.showAndWait(QStringLiteral("deals"), deal.value(QStringLiteral("id")).toInteger()));

    QCOMPARE(title(shown.pane()), deal.value(QStringLiteral("display_name")).toString());
    const double amount = deal.value(QStringLiteral("amount")).toDouble();
    QCOMPARE(fact(shown.pane(), QStringLiteral("Amount")),
        QLocale().toString(amount, 'f', amount == std::floor(amount) ? 0 : 2));
    QVERIFY(fact(shown.pane(), QStringLiteral("Amount")).contains(QLatin1Char(',')));
    const QString stage = deal.value(QStringLiteral("stage")).toObject().value(QStringLiteral("name")).toString();
    QVERIFY(!stage.isEmpty());
    QVERIFY2(fact(shown.pane(), QStringLiteral("Stage")).endsWith(QStringLiteral(" / ") + stage),
        qPrintable(fact(shown.pane(), QStringLiteral("Stage"))));
    // Date-only: the calendar date the server holds, whatever the local time zone.
    const QString close = deal.value(QStringLiteral("expected_close_date")).toString();
    if (!close.isEmpty()) {
        QCOMPARE(fact(shown.pane(), QStringLiteral("Expected close")),
            QLocale().toString(QDate::fromString(close.left(10), Qt::ISODate), QLocale::ShortFormat));
    }
}

void TestRecordDetailPane::newerRecordWinsOverASlowOlderOne()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const QJsonArray contacts = shown.emulator().fetchAll(QStringLiteral("/api/contacts"));
    QVERIFY(contacts.size() >= 2);
    const QJsonObject slow = contacts.at(0).toObject();
    const QJsonObject fast = contacts.at(1).toObject();

    // The first record is slow to answer; the second overtakes it.
    QCOMPARE(shown.emulator().setFaults({{QStringLiteral("latency_ms"), 400}}).status, 200);
    shown.pane().showRecord(QStringLiteral("contacts"), slow.value(QStringLiteral("id")).toInteger());
    QTest::qWait(50);
    QCOMPARE(shown.emulator().setFaults({}).status, 200);
    shown.pane().showRecord(QStringLiteral("contacts"), fast.value(QStringLiteral("id")).toInteger());
    QTRY_COMPARE(currentPage(shown.pane()), QStringLiteral("recordPage"));
    QCOMPARE(title(shown.pane()), fast.value(QStringLiteral("display_name")).toString());
    QTest::qWait(600); // long enough for the slow answer to arrive, were it still wanted
    QCOMPARE(title(shown.pane()), fast.value(QStringLiteral("display_name")).toString());
    QCOMPARE(shown.pane().recordId(), fast.value(QStringLiteral("id")).toInteger());
}

void TestRecordDetailPane::missingRecordSaysNotFoundAndRetries()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    shown.pane().showRecord(QStringLiteral("contacts"), 999999);
    QTRY_COMPARE(currentPage(shown.pane()), QStringLiteral("errorPage"));
    QCOMPARE(child<QLabel>(shown.pane(), QStringLiteral("errorLabel"))->text(),
        ApiError(ApiError::Kind::NotFound, 404).userMessage());
    auto *retry = child<QPushButton>(shown.pane(), QStringLiteral("detailRetryButton"));
    QVERIFY(retry->isVisible());

    shown.emulator().clearRequestLog();
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(currentPage(shown.pane()), QStringLiteral("loadingPage"));
    QTRY_COMPARE(currentPage(shown.pane()), QStringLiteral("errorPage"));
    QCOMPARE(shown.emulator().getQueries(QStringLiteral("/api/contacts/999999")).size(), 1);
}

void TestRecordDetailPane::showsTheNotesOfAContact()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const qint64 id = contactWithCompany(shown).value(QStringLiteral("id")).toInteger();
    const auto created = shown.emulator().http().post(QStringLiteral("/api/notes"),
        QJsonObject {{QStringLiteral("body"), QStringLiteral("<p>Hello <b>there</b></p><p>Second line</p>")},
            {QStringLiteral("via_resource"), QStringLiteral("contacts")}, {QStringLiteral("via_resource_id"), id},
            {QStringLiteral("contacts"), QJsonArray {id}}});
    QCOMPARE(created.status, 201);
    const int notes = shown.emulator()
                          .http()
                          .get(QStringLiteral("/api/contacts/%1/notes").arg(id))
                          .value(QStringLiteral("meta"))
                          .toObject()
                          .value(QStringLiteral("total"))
                          .toInt();
    QVERIFY(notes >= 1);

    QVERIFY(shown.showAndWait(QStringLiteral("contacts"), id));
    QTRY_VERIFY(sectionLines(shown.pane(), QStringLiteral("notes")).contains(QStringLiteral("Notes (%1)").arg(notes)));
    // The HTML body is shown as plain text.
    QVERIFY2(sectionLines(shown.pane(), QStringLiteral("notes")).contains(QStringLiteral("Hello there\nSecond line")),
        qPrintable(sectionLines(shown.pane(), QStringLiteral("notes")).join(QLatin1Char('|'))));
    QTRY_VERIFY(
        sectionLines(shown.pane(), QStringLiteral("activities")).first().startsWith(QStringLiteral("Activities (")));
    QTRY_VERIFY(sectionLines(shown.pane(), QStringLiteral("calls")).first().startsWith(QStringLiteral("Calls (")));
}

void TestRecordDetailPane::clearGoesBackToTheEmptyState()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    QVERIFY(shown.showAndWait(
        QStringLiteral("contacts"), contactWithCompany(shown).value(QStringLiteral("id")).toInteger()));
    shown.pane().clear();
    QCOMPARE(currentPage(shown.pane()), QStringLiteral("emptyPage"));
    QCOMPARE(shown.pane().recordId(), 0);
    QVERIFY(shown.pane().findChildren<QLabel *>(QRegularExpression(QStringLiteral("^link_"))).isEmpty());
    QVERIFY(child<QLabel>(shown.pane(), QStringLiteral("titleLabel"))->text().isEmpty());
}

void TestRecordDetailPane::longValuesNeverWidenThePane()
{
    PaneOnEmulator shown;
    QVERIFY2(shown.start(), qPrintable(shown.server().errorString()));
    const qint64 id = contactWithCompany(shown).value(QStringLiteral("id")).toInteger();
    const QString email
        = QStringLiteral("procurement.department.and.vendor.relations@falconfoodsinternational.example");
    const QString jobTitle = QStringLiteral("Head of Procurement and Strategic Vendor Relationships, Europe and Asia");
    QCOMPARE(shown.emulator()
                 .http()
                 .put(QStringLiteral("/api/contacts/%1").arg(id),
                     QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("job_title"), jobTitle}})
                 .status,
        200);
    shown.pane().resize(300, 600);
    QVERIFY(shown.showAndWait(QStringLiteral("contacts"), id));
    QTest::qWait(50); // a turn of layout

    auto *contents = child<QWidget>(shown.pane(), QStringLiteral("recordContents"));
    auto *scrollArea = child<QWidget>(shown.pane(), QStringLiteral("scrollArea"));
    QVERIFY2(contents->width() <= scrollArea->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(contents->width()).arg(scrollArea->width())));
    QCOMPARE(fact(shown.pane(), QStringLiteral("Email")), email);
    QCOMPARE(fact(shown.pane(), QStringLiteral("Job title")), jobTitle);
    const auto labels = contents->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->toolTip() == email) {
            QVERIFY(label->text().endsWith(QChar(0x2026)));
            QVERIFY(label->geometry().right() < contents->width());
        }
    }
}

QTEST_MAIN(TestRecordDetailPane)
#include "tst_recorddetailpane.moc"
