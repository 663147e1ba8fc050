#include "faultplan.h"

#include <QJsonArray>

namespace Concord::Emulator {

namespace {

bool readRate(const QJsonObject &json, const QString &key, double *out, QString *error)
{
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        *error = QStringLiteral("%1 must be a number from 0 to 1").arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}

} // namespace

bool FaultPlan::configure(const QJsonObject &json, QString *error)
{
    FaultPlan next(m_seed);
    const QJsonValue latency = json.value(QStringLiteral("latency_ms"));
    if (!latency.isUndefined() && (!latency.isDouble() || latency.toDouble() < 0 || latency.toDouble() > 60000)) {
        *error = QStringLiteral("latency_ms must be a number from 0 to 60000");
        return false;
    }
    next.m_latencyMs = latency.toInt();
    if (!readRate(json, QStringLiteral("error_rate"), &next.m_errorRate, error)
        || !readRate(json, QStringLiteral("drop_rate"), &next.m_dropRate, error)
        || !readRate(json, QStringLiteral("truncate_rate"), &next.m_truncateRate, error)
        || !readRate(json, QStringLiteral("malformed_rate"), &next.m_malformedRate, error))
        return false;
    if (json.contains(QStringLiteral("error_statuses"))) {
        next.m_errorStatuses.clear();
        for (const QJsonValue &s : json.value(QStringLiteral("error_statuses")).toArray()) {
            if (s.toInt() < 400 || s.toInt() > 599) {
                *error = QStringLiteral("error_statuses must hold HTTP error codes");
                return false;
            }
            next.m_errorStatuses.append(s.toInt());
        }
        if (next.m_errorStatuses.isEmpty()) {
            *error = QStringLiteral("error_statuses must not be empty");
            return false;
        }
    }
    next.m_dropAfterApply = json.value(QStringLiteral("drop_after_apply")).toBool();
    if (json.contains(QStringLiteral("path_prefix")))
        next.m_pathPrefix = json.value(QStringLiteral("path_prefix")).toString();
    for (const QJsonValue &m : json.value(QStringLiteral("methods")).toArray())
        next.m_methods.append(m.toString().toUpper());
    *this = next;
    return true;
}

void FaultPlan::clear()
{
    *this = FaultPlan(m_seed);
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray statuses;
    for (int s : m_errorStatuses)
        statuses.append(s);
    return {{QStringLiteral("latency_ms"), m_latencyMs},
            {QStringLiteral("error_rate"), m_errorRate},
            {QStringLiteral("error_statuses"), statuses},
            {QStringLiteral("drop_rate"), m_dropRate},
            {QStringLiteral("drop_after_apply"), m_dropAfterApply},
            {QStringLiteral("truncate_rate"), m_truncateRate},
            {QStringLiteral("malformed_rate"), m_malformedRate},
            {QStringLiteral("path_prefix"), m_pathPrefix},
            {QStringLiteral("methods"), QJsonArray::fromStringList(m_methods)}};
}

FaultPlan::Decision FaultPlan::decide(const HttpRequest &request)
{
    Decision d;
    if (!request.path.startsWith(m_pathPrefix)
        || (!m_methods.isEmpty() && !m_methods.contains(QString::fromLatin1(request.method))))
        return d;
    d.latencyMs = m_latencyMs;
    // One draw per kind, always in the same order, so a run is reproducible from the seed.
    const bool drop = m_random.chance(m_dropRate);
    const bool error = m_random.chance(m_errorRate);
    const bool truncate = m_random.chance(m_truncateRate);
    const bool malformed = m_random.chance(m_malformedRate);
    if (drop) {
        d.kind = m_dropAfterApply ? Kind::DropAfterApply : Kind::Drop;
    } else if (error) {
        d.kind = Kind::Error;
        d.errorStatus = m_random.pick(m_errorStatuses);
    } else if (truncate) {
        d.kind = Kind::Truncate;
    } else if (malformed) {
        d.kind = Kind::Malformed;
    }
    return d;
}

} // namespace Concord::Emulator
