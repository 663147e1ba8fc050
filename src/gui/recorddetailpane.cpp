#include "recorddetailpane.h"

#include "dealstatus.h"
#include "ui_recorddetailpane.h"

#include "api/apierror.h"
#include "api/recordjob.h"
#include "api/recordpagejob.h"
#include "api/recordservice.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Concord {

namespace {

constexpr double TitleScale = 1.5;
// Enough of a note to recognise it; the whole note belongs in the record's own view.
constexpr int NoteLines = 3;
constexpr int NoteCharacters = 280;
constexpr int SectionSpacing = 10;
// Above this relative luminance a chip's colour is light, and its text is black.
constexpr double LightSwatch = 0.5;
// Where an elided label keeps its whole text.
constexpr char FullTextProperty[] = "concordFullText";

const QString Companies = QStringLiteral("companies");
const QString Contacts = QStringLiteral("contacts");
const QString Deals = QStringLiteral("deals");
const QString Activities = QStringLiteral("activities");
const QString Notes = QStringLiteral("notes");
const QString Calls = QStringLiteral("calls");

/// A value the server sends as a code (a resource name, a phone type, a deal status) and the
/// words a person reads for it, translated when shown.
struct CodeLabel
{
    const char *code;
    const char *text;
};

constexpr CodeLabel KindNames[] = {{"contacts", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Contact")},
    {"companies", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Company")},
    {"deals", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Deal")},
    {"activities", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Activity")},
    {"products", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Product")}};

constexpr CodeLabel SectionNames[] = {{"companies", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Companies")},
    {"contacts", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Contacts")},
    {"deals", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Deals")},
    {"activities", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Activities")},
    {"notes", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Notes")},
    {"calls", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "Calls")}};

constexpr CodeLabel PhoneTypes[] = {{"mobile", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "mobile")},
    {"work", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "work")},
    {"other", QT_TRANSLATE_NOOP("Concord::RecordDetailPane", "other")}};


/// The translated words for `code`; an unknown code (a newer server's) is shown as it came.
template<std::size_t N> QString labelFor(const CodeLabel (&labels)[N], const QString &code)
{
    for (const CodeLabel &label : labels) {
        if (code == QLatin1String(label.code))
            return RecordDetailPane::tr(label.text);
    }
    return code;
}

QString kindName(const QString &resource)
{
    return labelFor(KindNames, resource);
}

QString sectionName(const QString &resource)
{
    return labelFor(SectionNames, resource);
}

QString sectionTitle(const QString &resource, int count)
{
    return RecordDetailPane::tr("%1 (%2)").arg(sectionName(resource), QLocale().toString(count));
}

/// `record[key].name`, for the nested objects the server sends beside their ids (owner, stage, ...).
QString nestedName(const QJsonObject &record, const QString &key)
{
    return record.value(key).toObject().value(QStringLiteral("name")).toString();
}

QString yesNo(bool value)
{
    return value ? RecordDetailPane::tr("Yes") : RecordDetailPane::tr("No");
}

/// Money and other decimals (§6.2): a JSON number, or a numeric string from some fields.
/// Shown with the locale's separators and no currency, which the API does not give per deal.
QString formatNumber(const QJsonValue &value)
{
    bool ok = value.isDouble();
    const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
    if (!ok)
        return {};
    // Cents only when there are any; the server keeps three decimals at most.
    int decimals = 0;
    if (std::abs(number * 100 - std::round(number * 100)) > 1e-6)
        decimals = 3;
    else if (std::abs(number - std::round(number)) > 1e-9)
        decimals = 2;
    return QLocale().toString(number, 'f', decimals);
}

/// A date-only value is its first ten characters, never moved into the local time zone (that
/// shifts it by a day west of UTC); a timestamp is UTC and is shown in local time.
QString formatDate(const QJsonValue &value, bool dateOnly)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QLocale locale;
    if (dateOnly || text.size() == 10) {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : text;
    }
    const QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    return stamp.isValid() ? locale.toString(stamp.toLocalTime(), QLocale::ShortFormat) : text;
}

QString phones(const QJsonObject &record)
{
    QStringList lines;
    const QJsonArray list = record.value(QStringLiteral("phones")).toArray();
    for (const QJsonValue &phone : list) {
        const QJsonObject object = phone.toObject();
        const QString number = object.value(QStringLiteral("number")).toString();
        const QString type = object.value(QStringLiteral("type")).toString();
        if (!number.isEmpty())
            lines << (type.isEmpty() ? number
                                     : RecordDetailPane::tr("%1 (%2)").arg(number, labelFor(PhoneTypes, type)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(separator);
}

/// The tags as rich text chips: the swatch as background and black or white text, whichever
/// reads better on it; the only colours not taken from the palette.
QString tagChips(const QJsonObject &record)
{
    QStringList chips;
    const QJsonArray tags = record.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags) {
        const QJsonObject object = tag.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        QColor swatch(object.value(QStringLiteral("swatch_color")).toString());
        if (!swatch.isValid())
            swatch = Qt::gray;
        const double luminance = 0.2126 * swatch.redF() + 0.7152 * swatch.greenF() + 0.0722 * swatch.blueF();
        const QString text = luminance > LightSwatch ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
        chips << QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                     .arg(swatch.name(), text, name.toHtmlEscaped());
    }
    return chips.join(QStringLiteral(" "));
}

/// A note's body is HTML written by people; here it is a few lines of plain text.
QString notePreview(const QString &html)
{
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const bool tooManyLines = lines.size() > NoteLines;
    if (tooManyLines)
        lines = lines.mid(0, NoteLines);
    text = lines.join(QLatin1Char('\n'));
    if (text.size() > NoteCharacters) {
        text = text.left(NoteCharacters).trimmed();
        return text + QChar(0x2026);
    }
    return tooManyLines ? text + QChar(0x2026) : text;
}

/// One line of an activity, note or call, and the muted line under it (who, when).
QPair<QString, QString> timelineEntry(const QString &resource, const QJsonObject &item)
{
    const QString owner = nestedName(item, QStringLiteral("user"));
    if (resource == Activities) {
        QString text = item.value(QStringLiteral("title")).toString();
        if (item.value(QStringLiteral("is_completed")).toBool())
            text = RecordDetailPane::tr("%1 (completed)").arg(text);
        const QString due = formatDate(item.value(QStringLiteral("due_date")), false);
        return {text,
            joinNonEmpty({nestedName(item, QStringLiteral("type")),
                             due.isEmpty() ? QString() : RecordDetailPane::tr("due %1").arg(due), owner},
                QStringLiteral(" · "))};
    }
    if (resource == Calls) {
        const QString outcome = nestedName(item, QStringLiteral("outcome"));
        const QString body = notePreview(item.value(QStringLiteral("body")).toString());
        return {outcome.isEmpty() ? body : RecordDetailPane::tr("%1: %2").arg(outcome, body),
            joinNonEmpty({owner, formatDate(item.value(QStringLiteral("date")), false)}, QStringLiteral(" · "))};
    }
    return {notePreview(item.value(QStringLiteral("body")).toString()),
        joinNonEmpty({owner, formatDate(item.value(QStringLiteral("created_at")), false)}, QStringLiteral(" · "))};
}

/// A word-wrapped label is otherwise as wide as its longest word; a long unbroken value (an email
/// address, a URL) must wrap, not widen the pane past its scroll area.
void allowNarrowing(QLabel *label)
{
    label->setMinimumWidth(1);
}

} // namespace

RecordDetailPane::RecordDetailPane(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordDetailPane>())
    , m_client(client)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * TitleScale);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    // Secondary text in the palette's own muted colour, so that a dark theme stays readable.
    for (QLabel *label : {m_ui->emptyLabel, m_ui->loadingLabel, m_ui->kindLabel})
        label->setForegroundRole(QPalette::PlaceholderText);
    QFont errorTitleFont = m_ui->errorTitle->font();
    errorTitleFont.setBold(true);
    m_ui->errorTitle->setFont(errorTitleFont);
    // The pane sits where a list's detail is read: the same background as the list beside it.
    m_ui->stack->setBackgroundRole(QPalette::Base);
    m_ui->stack->setAutoFillBackground(true);
    m_ui->recordContents->setBackgroundRole(QPalette::Base);
    m_ui->scrollArea->viewport()->setBackgroundRole(QPalette::Base);
    connect(m_ui->detailRetryButton, &QPushButton::clicked, this, [this] { showRecord(m_resource, m_id); });
    clear();
}

RecordDetailPane::~RecordDetailPane()
{
    abortJobs();
}

void RecordDetailPane::showRecord(const QString &resource, qint64 id)
{
    abortJobs();
    clearContents();
    m_resource = resource;
    m_id = id;
    m_ui->stack->setCurrentWidget(m_ui->loadingPage);
    RecordJob *job = RecordService(m_client, resource).get(id);
    m_recordJob = job;
    connect(job, &RecordJob::finished, this, [this, job] { onRecordLoaded(job); });
}

void RecordDetailPane::clear()
{
    abortJobs();
    clearContents();
    m_resource.clear();
    m_id = 0;
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void RecordDetailPane::abortJobs()
{
    // An aborted job never reports, so nothing of an older record can arrive after this.
    if (m_recordJob)
        m_recordJob->abort();
    for (const QPointer<RecordPageJob> &job : std::as_const(m_sectionJobs)) {
        if (job)
            job->abort();
    }
    m_recordJob.clear();
    m_sectionJobs.clear();
}

void RecordDetailPane::onRecordLoaded(RecordJob *job)
{
    // Belt and braces: only the answer to the latest request may fill the pane.
    if (job != m_recordJob)
        return;
    m_recordJob.clear();
    if (!job->isOk()) {
        m_ui->errorLabel->setText(job->error().userMessage());
        m_ui->stack->setCurrentWidget(m_ui->errorPage);
        return;
    }
    showRecordContents(job->record());
    m_ui->stack->setCurrentWidget(m_ui->recordPage);
}

void RecordDetailPane::showRecordContents(const QJsonObject &record)
{
    m_ui->kindLabel->setText(kindName(m_resource));
    m_ui->titleLabel->setText(record.value(QStringLiteral("display_name")).toString());
    addFacts(record);
    for (const QString &other : {Companies, Contacts, Deals}) {
        if (other != m_resource && record.value(other).isArray())
            addLinkSection(record, other);
    }
    // Only these three have a timeline (§7); an activity's own links are shown above.
    if (m_resource == Contacts || m_resource == Companies || m_resource == Deals) {
        for (const QString &other : {Activities, Notes, Calls})
            loadTimelineSection(other);
    }
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

QString RecordDetailPane::recordTitle() const
{
    return m_ui->titleLabel->text();
}

void RecordDetailPane::clearContents()
{
    while (m_ui->factsForm->rowCount() > 0)
        m_ui->factsForm->removeRow(0);
    while (QLayoutItem *item = m_ui->sectionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->kindLabel->clear();
    m_ui->titleLabel->clear();
}

void RecordDetailPane::addFacts(const QJsonObject &record)
{
    const QString owner = nestedName(record, QStringLiteral("user"));
    const auto text = [&record](const char *key) { return record.value(QLatin1String(key)).toString(); };
    if (m_resource == Contacts || m_resource == Companies) {
        if (m_resource == Companies)
            addFact(tr("Domain"), text("domain"));
        addFact(tr("Email"), text("email"));
        addFact(tr("Phone"), phones(record));
        if (m_resource == Contacts)
            addFact(tr("Job title"), text("job_title"));
        else
            addFact(tr("Industry"), nestedName(record, QStringLiteral("industry")));
        addFact(tr("Owner"), owner);
        addFact(tr("Location"),
            joinNonEmpty({text("city"), nestedName(record, QStringLiteral("country"))}, QStringLiteral(", ")));
        addFact(tr("Tags"), tagChips(record), Qt::RichText);
    } else if (m_resource == Deals) {
        addFact(tr("Amount"), formatNumber(record.value(QStringLiteral("amount"))));
        addFact(tr("Stage"),
            joinNonEmpty({nestedName(record, QStringLiteral("pipeline")), nestedName(record, QStringLiteral("stage"))},
                QStringLiteral(" / ")));
        addFact(tr("Status"), DealStatus::label(text("status")));
        addFact(tr("Expected close"), formatDate(record.value(QStringLiteral("expected_close_date")), true));
        addFact(tr("Owner"), owner);
        addFact(tr("Tags"), tagChips(record), Qt::RichText);
    } else if (m_resource == Activities) {
        addFact(tr("Type"), nestedName(record, QStringLiteral("type")));
        addFact(tr("Due"), formatDate(record.value(QStringLiteral("due_date")), false));
        addFact(tr("Completed"), yesNo(record.value(QStringLiteral("is_completed")).toBool()));
        addFact(tr("Owner"), owner);
    } else if (m_resource == QLatin1String("products")) {
        addFact(tr("SKU"), text("sku"));
        addFact(tr("Unit price"), formatNumber(record.value(QStringLiteral("unit_price"))));
        addFact(tr("Active"), yesNo(record.value(QStringLiteral("is_active")).toBool()));
    }
}

bool RecordDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        auto *label = qobject_cast<QLabel *>(watched);
        const QString full = label ? label->property(FullTextProperty).toString() : QString();
        if (!full.isEmpty())
            label->setText(label->fontMetrics().elidedText(full, Qt::ElideRight, label->contentsRect().width()));
    }
    return QWidget::eventFilter(watched, event);
}

void RecordDetailPane::addFact(const QString &label, const QString &value, Qt::TextFormat format)
{
    // A fact the record does not have is left out: a column of dashes says nothing.
    if (value.isEmpty())
        return;
    auto *field = new QLabel(m_ui->recordContents);
    field->setTextFormat(format);
    field->setText(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    allowNarrowing(field);
    if (format == Qt::PlainText)
        field->setToolTip(value);
    // Text with spaces wraps at them. One long word (an email address, a domain) cannot, so it
    // is elided to the width there is, and the tooltip has it whole.
    if (format == Qt::PlainText && std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); })) {
        field->setProperty(FullTextProperty, value);
        field->installEventFilter(this);
    } else {
        field->setWordWrap(true);
    }
    auto *name = new QLabel(label, m_ui->recordContents);
    name->setForegroundRole(QPalette::PlaceholderText);
    // Level with the first line of a value that wraps, not with its middle.
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    name->setBuddy(field);
    m_ui->factsForm->addRow(name, field);
}

QVBoxLayout *RecordDetailPane::addSection(const QString &other, QLabel **title)
{
    auto *section = new QWidget(m_ui->recordContents);
    section->setObjectName(other + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, SectionSpacing, 0, 0);
    layout->setSpacing(2);
    *title = new QLabel(sectionName(other), section);
    (*title)->setObjectName(other + QStringLiteral("Title"));
    QFont font = (*title)->font();
    font.setBold(true);
    (*title)->setFont(font);
    layout->addWidget(*title);
    m_ui->sectionsLayout->addWidget(section);
    return layout;
}

QLabel *RecordDetailPane::addSectionLine(QVBoxLayout *section, const QString &text, Qt::TextFormat format)
{
    auto *line = new QLabel(section->parentWidget());
    line->setTextFormat(format);
    line->setText(text);
    line->setWordWrap(true);
    allowNarrowing(line);
    section->addWidget(line);
    return line;
}

void RecordDetailPane::addMutedLine(QVBoxLayout *section, const QString &text)
{
    if (!text.isEmpty())
        addSectionLine(section, text, Qt::PlainText)->setForegroundRole(QPalette::PlaceholderText);
}

void RecordDetailPane::addLinkSection(const QJsonObject &record, const QString &other)
{
    const QJsonArray linked = record.value(other).toArray();
    QLabel *title = nullptr;
    QVBoxLayout *section = addSection(other, &title);
    title->setText(sectionTitle(other, linked.size()));
    if (linked.isEmpty())
        addMutedLine(section, tr("None"));
    for (const QJsonValue &value : linked) {
        const QJsonObject item = value.toObject();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        const QString name = item.value(QStringLiteral("display_name")).toString();
        // One label per link: each is a tab stop, and Enter on it opens the record.
        QLabel *link = addSectionLine(section,
            QStringLiteral("<a href=\"%1/%2\">%3</a>").arg(other).arg(id).arg(name.toHtmlEscaped()), Qt::RichText);
        link->setObjectName(QStringLiteral("link_%1_%2").arg(other).arg(id));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setToolTip(name);
        link->setAccessibleName(tr("Open %1").arg(name));
        connect(link, &QLabel::linkActivated, this, [this, other, id] { Q_EMIT openRecordRequested(other, id); });
    }
}

void RecordDetailPane::loadTimelineSection(const QString &other)
{
    QLabel *title = nullptr;
    QVBoxLayout *section = addSection(other, &title);
    auto *add = new QLabel(QStringLiteral("<a href=\"add\">%1</a>").arg(tr("Add…").toHtmlEscaped()), section->parentWidget());
    add->setObjectName(other + QStringLiteral("AddLink"));
    add->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(add, &QLabel::linkActivated, this,
            [this, other] { Q_EMIT createRelatedRequested(other, m_resource, m_id); });
    section->addWidget(add);
    auto *loading = new QLabel(tr("Loading…"), section->parentWidget());
    loading->setForegroundRole(QPalette::PlaceholderText);
    section->addWidget(loading);

    RecordPageJob *job = RecordService(m_client, m_resource).associated(m_id, other, 1);
    m_sectionJobs.append(job);
    // The section outlives the job: clearContents() aborts every job before deleting sections.
    connect(job, &RecordPageJob::finished, this, [this, job, other, title, section, loading] {
        m_sectionJobs.removeAll(job);
        delete loading;
        if (!job->isOk()) {
            addMutedLine(section, job->error().userMessage());
            return;
        }
        const QList<QJsonObject> items = job->records();
        const int total = qMax(job->meta().total, int(items.size()));
        title->setText(sectionTitle(other, total));
        if (items.isEmpty())
            addMutedLine(section, tr("None"));
        for (const QJsonObject &item : items) {
            const auto [text, meta] = timelineEntry(other, item);
            addSectionLine(section, text, Qt::PlainText);
            // "Edit" sits in the muted line under the entry, so the entry's own text stays plain.
            QLabel *line = addSectionLine(section,
                                          QStringLiteral("%1 · <a href=\"edit\">%2</a>")
                                              .arg(meta.toHtmlEscaped(), tr("Edit").toHtmlEscaped()),
                                          Qt::RichText);
            line->setForegroundRole(QPalette::PlaceholderText);
            line->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            const qint64 id = item.value(QLatin1String("id")).toInteger();
            connect(line, &QLabel::linkActivated, this,
                    [this, other, id] { Q_EMIT editRelatedRequested(other, id, m_resource, m_id); });
        }
        if (total > items.size())
            addMutedLine(section, tr("… and %n more", nullptr, total - int(items.size())));
    });
}

} // namespace Concord
