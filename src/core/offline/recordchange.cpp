#include "recordchange.h"

namespace Concord {

namespace {

// The stored names are part of the outbox format: never rename them.
QString kindName(RecordChange::Kind kind)
{
    switch (kind) {
    case RecordChange::Kind::Create:
        return QStringLiteral("create");
    case RecordChange::Kind::Update:
        return QStringLiteral("update");
    case RecordChange::Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

bool kindFromName(const QString &name, RecordChange::Kind *kind)
{
    for (RecordChange::Kind k : {RecordChange::Kind::Create, RecordChange::Kind::Update, RecordChange::Kind::Delete}) {
        if (name == kindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace

QJsonObject RecordChange::toJson() const
{
    // Ids and sequences are JSON numbers (doubles): exact up to 2^53, far beyond any id or count.
    return {{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("resource"), resource},
        {QStringLiteral("record_id"), recordId}, {QStringLiteral("fields"), fields}, {QStringLiteral("base"), base},
        {QStringLiteral("sequence"), sequence}, {QStringLiteral("outcome_unknown"), outcomeUnknown}};
}

RecordChange RecordChange::fromJson(const QJsonObject &json, bool *ok)
{
    RecordChange change;
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    const QJsonValue base = json.value(QStringLiteral("base"));
    const bool valid = kindFromName(json.value(QStringLiteral("kind")).toString(), &change.kind)
        && json.value(QStringLiteral("record_id")).isDouble() && json.value(QStringLiteral("sequence")).isDouble()
        && (fields.isObject() || fields.isUndefined()) && (base.isObject() || base.isUndefined());
    change.resource = json.value(QStringLiteral("resource")).toString();
    change.recordId = json.value(QStringLiteral("record_id")).toInteger();
    change.fields = fields.toObject();
    change.base = base.toObject();
    change.sequence = json.value(QStringLiteral("sequence")).toInteger();
    change.outcomeUnknown = json.value(QStringLiteral("outcome_unknown")).toBool();
    // An Update or Delete without a record to aim at could only go to the wrong URL.
    const bool complete = valid && !change.resource.isEmpty() && (change.kind == Kind::Create || change.recordId != 0);
    if (ok)
        *ok = complete;
    return complete ? change : RecordChange();
}

QString RecordChange::describe() const
{
    return QStringLiteral("%1 %2 #%3 (seq %4)").arg(kindName(kind), resource).arg(recordId).arg(sequence);
}

} // namespace Concord
