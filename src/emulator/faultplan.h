#pragma once

#include "httpexchange.h"
#include "seededrandom.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Concord::Emulator {

/// The faults a test asked for through POST /__emulator/faults, and the reproducible dice that
/// decide which request gets which. Off (all zero) by default.
class FaultPlan
{
public:
    enum class Kind { None, Error, Drop, DropAfterApply, Truncate, Malformed };

    struct Decision {
        Kind kind = Kind::None;
        int latencyMs = 0;
        int errorStatus = 0;
    };

    explicit FaultPlan(quint64 seed = 1)
        : m_seed(seed)
        , m_random(seed)
    {
    }

    /// Replaces the plan; false (with a reason) on a body that is not a fault description.
    bool configure(const QJsonObject &json, QString *error);
    void clear();
    [[nodiscard]] QJsonObject toJson() const;
    /// Rolls the dice for one request.
    Decision decide(const HttpRequest &request);

private:
    quint64 m_seed;
    SeededRandom m_random;
    int m_latencyMs = 0;
    double m_errorRate = 0;
    QList<int> m_errorStatuses{500, 502, 503};
    double m_dropRate = 0;
    bool m_dropAfterApply = false;
    double m_truncateRate = 0;
    double m_malformedRate = 0;
    QString m_pathPrefix = QStringLiteral("/api/");
    QStringList m_methods;
};

} // namespace Concord::Emulator
