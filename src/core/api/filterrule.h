#pragma once

#include <QJsonValue>
#include <QString>

namespace Concord {

/// One rule of a list's `filters` tree (concord-api.md §4.3), e.g. the owner filter
/// `{"user_id", "select", "equal", 2}`. ListParams sends a flat `and` of these; the rule ids and
/// types are those of `GET /api/{resource}/rules`.
struct FilterRule
{
    QString rule; ///< the rule id, usually the attribute (`user_id`, `status`)
    QString type; ///< `select`, `text`, `number`, `date`
    QString op; ///< the operator: `equal`, `not_equal`, `in`, ...
    /// A number or a string; an array for `in` (and `between`), sent as `value[0]`, `value[1]`.
    QJsonValue value;

    friend bool operator==(const FilterRule &a, const FilterRule &b)
    {
        return a.rule == b.rule && a.type == b.type && a.op == b.op && a.value == b.value;
    }
    friend bool operator!=(const FilterRule &a, const FilterRule &b) { return !(a == b); }
};

} // namespace Concord
