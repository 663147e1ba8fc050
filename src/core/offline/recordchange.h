#pragma once

#include <QJsonObject>
#include <QString>

namespace Concord {

/// One write the user made — create, update or delete of one record — as plain data: what the
/// record editor, an inline table edit or a delete produces, what ChangeQueue sends, and what the
/// durable outbox will store (toJson()/fromJson()). It holds no pointers and no state of the
/// sending, so a store can write it down and hand it back after a restart unchanged.
struct RecordChange
{
    enum class Kind
    {
        Create,
        Update,
        Delete
    };

    Kind kind = Kind::Update;
    QString resource; ///< "contacts", "notes", ... (concord-api.md §3.1)
    /// The server's id. For a Create, ChangeQueue::enqueue() sets a negative placeholder
    /// (localIdFor(sequence)); an Update or Delete of a record whose Create is still queued uses
    /// that placeholder, and the queue puts in the real id once the Create is applied.
    qint64 recordId = 0;
    /// Create: the record. Update: ONLY the changed fields — the queue sends them as they are, as
    /// a partial PUT (§3.2). Delete: empty.
    QJsonObject fields;
    /// The record as it was when editing began (Update, Delete): what a later conflict check
    /// compares the server's copy against (§11). Not sent.
    QJsonObject base;
    qint64 sequence = 0; ///< set by ChangeQueue::enqueue(); increasing, so it orders the outbox
    /// A Create was sent and no answer came back (dropped connection, time-out, cut-off or
    /// gateway error): the server may hold the record already (§11: no idempotency key). It is
    /// persisted because after a restart the record must still be looked for before a new POST.
    bool outcomeUnknown = false;

    /// The placeholder id a Create with this sequence number gets: negative, so it can never be
    /// taken for a server id, and derived from the sequence, so a store needs no counter of its own.
    [[nodiscard]] static qint64 localIdFor(qint64 sequence) { return -sequence; }
    [[nodiscard]] bool hasLocalId() const { return recordId < 0; }

    [[nodiscard]] QJsonObject toJson() const;
    /// The change toJson() wrote; *ok (when given) is false, and the result empty, for an object
    /// that is not one (unknown kind, no resource, an Update or Delete without an id).
    [[nodiscard]] static RecordChange fromJson(const QJsonObject &json, bool *ok = nullptr);

    /// "create contacts #-3 (seq 3)": for log lines, never with field values (they may be personal).
    [[nodiscard]] QString describe() const;
};

} // namespace Concord
