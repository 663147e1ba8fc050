#include "changequeue.h"

#include "api/apiclient.h"
#include "api/recordjob.h"
#include "api/recordlistjob.h"
#include "api/recordservice.h"
#include "logging.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace Concord {

namespace {

const QString kEmail = QStringLiteral("email");

/// The server refused this change itself; sending it again unchanged would be refused again.
bool isRefusal(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Validation:
        return true;
    default:
        // Everything else is about the road, not the change (network, TLS, 5xx, a proxy adding
        // headers, ...): refusing the change would drain the whole outbox into error messages.
        return false;
    }
}

/// A POST that failed this way may have been carried out before the answer was lost.
/// A 503 is the maintenance page (nothing ran); 401, 429, TLS and redirects stop before the app.
bool mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Server:
        return error.httpStatus() != 503;
    default:
        return false;
    }
}

/// The keys a created record is recognised by, the first one also searched for; empty when the
/// resource has none (notes and calls: only an HTML body).
QStringList identityKeys(const RecordChange &change)
{
    const auto has = [&change](const QString &key) { return !change.fields.value(key).toString().trimmed().isEmpty(); };
    if (change.resource == QLatin1String("contacts")) {
        // Email is unique across contacts and users (§6.3): the best key there is.
        if (has(kEmail))
            return {kEmail};
        if (has(QStringLiteral("first_name")))
            return {QStringLiteral("first_name"), QStringLiteral("last_name")};
        return {};
    }
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("title")}) {
        if (has(key))
            return {key};
    }
    return {};
}

/// `q` for a search of `value` in `key`. Digits alone would search the id column only (§4.1),
/// so such a value is asked for in the `field:value` form.
QString searchText(const QString &key, const QString &value)
{
    static const QRegularExpression idLike(QStringLiteral("^[1-9][0-9]{0,19}$"));
    return idLike.match(value).hasMatch() ? key + QLatin1Char(':') + value : value;
}

enum class Match
{
    Same,
    Different,
    Unknown
};

/// A date or date-time as the API writes or reads it ("2024-06-30", "2024-06-01 10:00:00",
/// ISO with `Z` and microseconds); invalid for anything else. Times without a zone are UTC (§6.2).
QDateTime moment(const QString &text)
{
    static const QRegularExpression dateLike(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}.*)?$"));
    if (!dateLike.match(text).hasMatch())
        return {};
    QString iso = text;
    if (iso.size() > 10)
        iso[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

/// Whether a value sent in a create reads back the same. Only what can be compared safely
/// counts as Different: the server rewrites arrays (phones, tags, associations), objects and
/// HTML, and an unreadable comparison must not make the queue create the record twice.
Match compare(const QJsonValue &sent, const QJsonValue &stored)
{
    if (sent.isBool() && stored.isBool())
        return sent.toBool() == stored.toBool() ? Match::Same : Match::Different;
    if (sent.isDouble() && (stored.isDouble() || stored.isString())) {
        // Decimals are stored with 3 places, and may come back as numeric strings (§6.2).
        bool ok = stored.isDouble();
        const double value = stored.isDouble() ? stored.toDouble() : stored.toString().toDouble(&ok);
        if (!ok)
            return Match::Unknown;
        return std::abs(value - sent.toDouble()) < 0.0005 ? Match::Same : Match::Different;
    }
    if (!sent.isString() || !stored.isString())
        return Match::Unknown;
    const QString a = sent.toString().trimmed();
    const QString b = stored.toString().trimmed();
    if (a == b)
        return Match::Same;
    if (a.contains(QLatin1Char('<')))
        return Match::Unknown; // HTML, cleaned by the server
    const QDateTime sentMoment = moment(a);
    const QDateTime storedMoment = moment(b);
    if (sentMoment.isValid() && storedMoment.isValid()) {
        // A date-only value reads back as midnight UTC ISO (§6.2): compare the dates alone.
        if (a.size() == 10 || b.size() == 10)
            return a.left(10) == b.left(10) ? Match::Same : Match::Different;
        return sentMoment == storedMoment ? Match::Same : Match::Different;
    }
    return Match::Different;
}

/// Whether `candidate` is the record `change` would have created.
bool isSameRecord(const RecordChange &change, const QStringList &keys, const QJsonObject &candidate)
{
    if (candidate.value(QStringLiteral("id")).toInteger() <= 0)
        return false;
    for (const QString &key : keys) {
        const QString sent = change.fields.value(key).toString().trimmed();
        const QString stored = candidate.value(key).toString().trimmed();
        const Qt::CaseSensitivity cs = key == kEmail ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (sent.compare(stored, cs) != 0)
            return false;
    }
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!keys.contains(it.key()) && compare(it.value(), candidate.value(it.key())) == Match::Different)
            return false;
    }
    return true;
}

} // namespace

ChangeQueue::ChangeQueue(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ChangeQueue::sendNext);
}

ChangeQueue::~ChangeQueue()
{
    if (m_job)
        m_job->abort();
}

void ChangeQueue::setRetryDelays(int baseMs, int maxMs)
{
    m_retryBaseMs = qMax(1, baseMs);
    m_retryMaxMs = qMax(m_retryBaseMs, maxMs);
}

qint64 ChangeQueue::enqueue(RecordChange change)
{
    change.sequence = m_nextSequence++;
    change.outcomeUnknown = false;
    if (change.kind == RecordChange::Kind::Create)
        change.recordId = RecordChange::localIdFor(change.sequence);
    else if (change.hasLocalId())
        change.recordId = m_createdIds.value(change.recordId, change.recordId);
    qCDebug(lcSync).noquote() << "queued" << change.describe();
    m_pending.append(change);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleSend();
    return change.sequence;
}

void ChangeQueue::scheduleSend()
{
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_sendScheduled = false;
        sendNext();
    });
}

void ChangeQueue::sendNext()
{
    if (m_job || m_retryTimer->isActive() || m_pending.isEmpty())
        return;
    if (!m_client) {
        qCWarning(lcSync) << "no API client: holding" << pendingCount() << "change(s)";
        return;
    }
    RecordChange &head = m_pending.first();
    if (head.kind != RecordChange::Kind::Create && head.hasLocalId()) {
        // Its Create went first (order); the placeholder is still there only if that failed.
        const auto created = m_createdIds.constFind(head.recordId);
        if (created == m_createdIds.cend()) {
            rejectHead(m_failedCreates.value(head.recordId, ApiError(ApiError::Kind::NotFound)));
            return;
        }
        head.recordId = created.value();
    }
    const RecordService service(m_client, head.resource);
    qCDebug(lcSync).noquote() << "sending" << head.describe();
    switch (head.kind) {
    case RecordChange::Kind::Create:
        if (head.outcomeUnknown)
            lookForCreated();
        else
            sendCreate();
        return;
    case RecordChange::Kind::Update: {
        RecordJob *job = service.update(head.recordId, head.fields);
        watch(job, [this, job] { onWritten(job->error(), job->record()); });
        return;
    }
    case RecordChange::Kind::Delete: {
        ServiceJob *job = service.remove(head.recordId);
        watch(job, [this, job] { onWritten(job->error(), {}); });
        return;
    }
    }
}

void ChangeQueue::sendCreate()
{
    const RecordChange &head = m_pending.constFirst();
    RecordJob *job = RecordService(m_client, head.resource).create(head.fields);
    watch(job, [this, job] { onWritten(job->error(), job->record()); });
}

void ChangeQueue::watch(ServiceJob *job, std::function<void()> onFinished)
{
    m_job = job;
    connect(job, &ServiceJob::finished, this, [this, job, onFinished = std::move(onFinished)] {
        // The head only leaves the queue when its request has ended, so the answer is the head's.
        if (m_job != job)
            return;
        m_job = nullptr;
        onFinished();
    });
}

void ChangeQueue::onWritten(const ApiError &error, const QJsonObject &record)
{
    RecordChange &head = m_pending.first();
    ApiError outcome = error;
    if (!outcome.isError() && head.kind == RecordChange::Kind::Create
        && record.value(QStringLiteral("id")).toInteger() <= 0) {
        // Stored, but we cannot tell which record it is: the same case as a lost answer.
        outcome = ApiError(ApiError::Kind::Malformed);
        outcome.setDetail(tr("the created record came back without an id"));
    }
    if (!outcome.isError()) {
        applyHead(record);
        return;
    }
    if (head.kind == RecordChange::Kind::Delete && outcome.kind() == ApiError::Kind::NotFound) {
        qCInfo(lcSync).noquote() << head.describe() << "- the record is gone already";
        applyHead({});
        return;
    }
    if (isRefusal(outcome)) {
        rejectHead(outcome);
        return;
    }
    if (head.kind == RecordChange::Kind::Create && mayHaveBeenApplied(outcome)) {
        qCWarning(lcSync).noquote() << head.describe()
                                    << "- no answer to the create:" << ApiError::kindName(outcome.kind())
                                    << "- the server may have stored it; it will be looked for before it is sent again";
        head.outcomeUnknown = true;
    }
    delayHead(outcome);
}

void ChangeQueue::lookForCreated()
{
    RecordChange &head = m_pending.first();
    const QStringList keys = identityKeys(head);
    if (keys.isEmpty()) {
        qCWarning(lcSync).noquote() << head.describe() << "may have been created already, but" << head.resource
                                    << "records cannot be looked for: sending it again, it may exist twice";
        head.outcomeUnknown = false;
        sendCreate();
        return;
    }
    const QString q = searchText(keys.constFirst(), head.fields.value(keys.constFirst()).toString().trimmed());
    // Enough for every namesake a busy CRM could have; the newest match wins anyway.
    RecordListJob *job = RecordService(m_client, head.resource).search(q, 100);
    watch(job, [this, job] { onLookedUp(job->error(), job->records()); });
}

void ChangeQueue::onLookedUp(const ApiError &error, const QList<QJsonObject> &candidates)
{
    RecordChange &head = m_pending.first();
    if (error.isError()) {
        if (!isRefusal(error)) {
            delayHead(error); // look again later
            return;
        }
        qCWarning(lcSync).noquote() << head.describe() << "- cannot look for it:" << ApiError::kindName(error.kind())
                                    << "- sending it again, it may exist twice";
        head.outcomeUnknown = false;
        sendCreate();
        return;
    }
    const QStringList keys = identityKeys(head);
    QJsonObject found;
    for (const QJsonObject &candidate : candidates) {
        // Ids grow: the newest match is the likeliest to be ours.
        if (isSameRecord(head, keys, candidate)
            && candidate.value(QStringLiteral("id")).toInteger() > found.value(QStringLiteral("id")).toInteger())
            found = candidate;
    }
    if (found.isEmpty()) {
        qCInfo(lcSync).noquote() << head.describe() << "- not on the server: sending it again";
        head.outcomeUnknown = false;
        sendCreate();
        return;
    }
    const qint64 id = found.value(QStringLiteral("id")).toInteger();
    qCInfo(lcSync).noquote() << head.describe() << "- the server stored it as" << QStringLiteral("#%1").arg(id)
                             << "- not sending it again";
    // Search results are list items (fewer nested objects, §6.1); the author gets the full record.
    RecordJob *job = RecordService(m_client, head.resource).get(id);
    watch(job, [this, job, found] { onFoundFetched(job->error(), job->record(), found); });
}

void ChangeQueue::onFoundFetched(const ApiError &error, const QJsonObject &record, const QJsonObject &candidate)
{
    if (!error.isError()) {
        applyHead(record);
        return;
    }
    if (!isRefusal(error)) {
        delayHead(error); // outcomeUnknown stays: the next attempt looks again
        return;
    }
    // It was there a moment ago (someone may have deleted it since): the create did happen.
    applyHead(candidate);
}

void ChangeQueue::applyHead(const QJsonObject &record)
{
    const RecordChange change = m_pending.takeFirst();
    m_failures = 0;
    if (change.kind == RecordChange::Kind::Create) {
        const qint64 id = record.value(QStringLiteral("id")).toInteger();
        m_createdIds.insert(change.recordId, id);
        for (RecordChange &later : m_pending) {
            if (later.recordId == change.recordId)
                later.recordId = id;
        }
    }
    qCInfo(lcSync).noquote() << "applied" << change.describe();
    Q_EMIT changeApplied(change, record);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleSend();
}

void ChangeQueue::rejectHead(const ApiError &error)
{
    const RecordChange change = m_pending.takeFirst();
    m_failures = 0;
    if (change.kind == RecordChange::Kind::Create)
        m_failedCreates.insert(change.recordId, error);
    qCWarning(lcSync).noquote() << "rejected" << change.describe() << ApiError::kindName(error.kind())
                                << error.httpStatus();
    Q_EMIT changeRejected(change, error);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleSend();
}

void ChangeQueue::delayHead(const ApiError &error)
{
    ++m_failures;
    const int delay = backoffMs();
    // A copy: a receiver may enqueue() while the signal is delivered, and move the list.
    const RecordChange head = m_pending.constFirst();
    qCInfo(lcSync).noquote() << head.describe() << "delayed:" << ApiError::kindName(error.kind()) << error.httpStatus()
                             << "- retry" << m_failures << "in" << delay << "ms";
    m_retryTimer->start(delay);
    Q_EMIT changeDelayed(head, error, delay);
}

int ChangeQueue::backoffMs() const
{
    // As ApiClient: exponential with "equal jitter", so clients that failed together do not
    // come back together.
    const int cap = int(qMin<qint64>(m_retryMaxMs, qint64(m_retryBaseMs) << qMin(m_failures - 1, 20)));
    return cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1));
}

} // namespace Concord
