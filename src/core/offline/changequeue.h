#pragma once

#include "api/apierror.h"
#include "recordchange.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace Concord {

class ApiClient;
class ServiceJob;

/// The one road of an account's writes to the server (the outbox), modelled on Akonadi's change
/// recorder: record, replay one at a time in order, acknowledge, back off on errors. The record
/// editor, inline table edits and deletes never call RecordService themselves; they enqueue() a
/// RecordChange and listen to the outcome. It lives in memory for now: it holds nothing but a
/// list of RecordChange values (pending()), and the sending below is all it adds, so a durable
/// store can later persist that list and hand it back.
///
/// How a change ends:
/// - changeApplied(): the server took it. `record` is the server's full record (the caller
///   replaces its copy: the server normalises values, §6.1); empty for a Delete. A Delete that
///   finds its record gone (404) counts as applied: what the user wanted is true.
/// - changeRejected(): the server refused this very change (422 with field errors, 403, 404,
///   409, other 4xx). It leaves the queue, is NOT retried, and goes back to its author; the
///   changes behind it go out as usual.
/// - changeDelayed(): the connection or the server failed (network, time-out, 5xx, TLS, a broken
///   answer). The change stays at the head and is tried again after `retryInMs` (capped,
///   jittered exponential backoff); the changes behind it wait, so order is kept. ApiClient has
///   already retried idempotent calls a few times by then.
/// A rejected token (401) and rate limiting (429) are ApiClient's business: it parks or holds
/// the call, and the change simply stays in flight until the call goes out again.
///
/// Creates whose outcome is unknown: there is no idempotency key (§11), so a POST whose answer
/// was lost (dropped connection, time-out, cut-off body, 500/502/504) may have stored the record.
/// Such a change is marked RecordChange::outcomeUnknown and delayed; before it is sent again the
/// queue looks for it with `GET /api/{resource}/search`: contacts by email (or first plus last
/// name), other resources by `name` or else `title` (companies, deals, products, activities,
/// lookups). A found record whose every comparable field equals what was sent (the newest one,
/// if several) is taken as the result: changeApplied() with the record fetched afresh, no new
/// POST. Only when none is found is the POST repeated. Notes and calls have nothing to look for
/// them by: they are sent again, with a warning in the log (they may then exist twice).
///
/// Local ids: enqueue() gives every Create a negative placeholder id,
/// RecordChange::localIdFor(its sequence). An Update or Delete of that record made before the
/// Create is applied uses the placeholder; it stays behind the Create (order), and when the
/// Create is applied the queue writes the real id into every queued change of that record (also
/// into ones enqueued later with the placeholder). changeApplied() of the Create carries both:
/// change.recordId is the placeholder, record["id"] the real id. If the Create is rejected, the
/// changes of its record are rejected with the Create's error when their turn comes. Placeholders
/// inside `fields` (e.g. a note's via_resource_id) are not rewritten.
///
/// Changes are not merged: each one is one request and one outcome signal, so its author always
/// hears about it. Notes and calls need `via_resource` and `via_resource_id` in an Update's
/// fields too (§6.7).
class ChangeQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRetryBaseMs = 1000;
    static constexpr int DefaultRetryMaxMs = 60000;

    /// Sends through `client` (the account's; not owned). A client destroyed first leaves the
    /// queue holding its changes without sending.
    explicit ChangeQueue(ApiClient *client, QObject *parent = nullptr);
    /// A change still on the wire is abandoned (its answer, if any, is ignored).
    ~ChangeQueue() override;

    /// Appends `change` and returns its sequence number. It is sent from the event loop, never
    /// from within this call, so the caller may connect to the signals first. A Create's
    /// recordId is replaced by its placeholder (see above); outcomeUnknown is cleared.
    qint64 enqueue(RecordChange change);
    /// Not yet acknowledged (applied or rejected), in order; the one in flight first.
    [[nodiscard]] QList<RecordChange> pending() const { return m_pending; }
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    /// A request of the queue is on the wire (or parked in ApiClient); false while idle or
    /// waiting for a retry.
    [[nodiscard]] bool isBusy() const { return !m_job.isNull(); }

    /// The backoff of delayed changes: the n-th failure in a row waits between half and all of
    /// min(maxMs, baseMs * 2^(n-1)).
    void setRetryDelays(int baseMs, int maxMs);
    [[nodiscard]] int retryBaseMs() const { return m_retryBaseMs; }
    [[nodiscard]] int retryMaxMs() const { return m_retryMaxMs; }

Q_SIGNALS:
    void changeApplied(const Concord::RecordChange &change, const QJsonObject &record);
    void changeRejected(const Concord::RecordChange &change, const Concord::ApiError &error);
    void changeDelayed(const Concord::RecordChange &change, const Concord::ApiError &error, int retryInMs);
    void pendingCountChanged(int count);

private:
    void scheduleSend();
    void sendNext();
    void sendCreate();
    void lookForCreated();
    void watch(ServiceJob *job, std::function<void()> onFinished);
    void onWritten(const ApiError &error, const QJsonObject &record);
    void onLookedUp(const ApiError &error, const QList<QJsonObject> &candidates);
    void onFoundFetched(const ApiError &error, const QJsonObject &record, const QJsonObject &candidate);
    void applyHead(const QJsonObject &record);
    void rejectHead(const ApiError &error);
    void delayHead(const ApiError &error);
    [[nodiscard]] int backoffMs() const;

    QPointer<ApiClient> m_client;
    QList<RecordChange> m_pending;
    QPointer<ServiceJob> m_job; ///< the head's request on the wire
    QTimer *m_retryTimer;
    bool m_sendScheduled = false;
    int m_failures = 0; ///< failures of the head in a row, for the backoff
    int m_retryBaseMs = DefaultRetryBaseMs;
    int m_retryMaxMs = DefaultRetryMaxMs;
    qint64 m_nextSequence = 1;
    QHash<qint64, qint64> m_createdIds; ///< placeholder → server id, of applied Creates
    QHash<qint64, ApiError> m_failedCreates; ///< placeholder → why its Create was rejected
};

} // namespace Concord
