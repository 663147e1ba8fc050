#pragma once

#include "fieldtype.h"

#include <QJsonValue>
#include <QVariant>

namespace Concord {

class FieldDefinition;

/// Turns a field's value between what the API reads and writes (concord-api.md §6.2, §6.9,
/// §8.3 — the write format differs from the read format for several types) and the edit value
/// the editors work with (see FieldType for the representation of each type).
class FieldCodec
{
public:
    FieldCodec() = delete;

    /// The edit value of `json`, as a record holds it under the field's attribute. Accepts every
    /// read form the spec names (a Date as midnight-UTC ISO or plain Y-m-d, option objects or
    /// ids in Checkbox/MultiSelect values, a decimal as a number or a numeric string). A value
    /// of the wrong JSON type reads as no value (invalid QVariant), never as a guess.
    [[nodiscard]] static QVariant fromWire(const FieldDefinition &field, const QJsonValue &json);
    /// The JSON a write sends for `value`: exact JSON types (an integer is a number, never a
    /// string), date-times in UTC as "Y-m-d H:i:s", dates as "Y-m-d", decimals rounded to 3
    /// places, option ids through the field's valueKey, tags by name, phones as
    /// [{"number","type"}]. No value is null ([] for list types).
    [[nodiscard]] static QJsonValue toWire(const FieldDefinition &field, const QVariant &value);
    /// Whether two edit values of `field` mean the same (so an unchanged field is not sent):
    /// compares their wire forms.
    [[nodiscard]] static bool sameValue(const FieldDefinition &field, const QVariant &a, const QVariant &b);

    /// A JSON number, or a numeric string such as "1250.000" (how decimals may arrive, §6.2, and
    /// what the server accepts in a number field); false for anything else. Shared with the
    /// validator so that both read numbers alike.
    [[nodiscard]] static bool numberOf(const QJsonValue &json, double *value);
};

} // namespace Concord
