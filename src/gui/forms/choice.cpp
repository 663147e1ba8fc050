#include "choice.h"

namespace Concord {

Choice Choice::fromOption(const FieldDefinition::Option &option)
{
    return {valueOf(option.id), option.label, option.swatchColor};
}

QVariant Choice::valueOf(const QJsonValue &id)
{
    if (id.isDouble())
        return id.toInteger(qint64(id.toDouble()));
    if (id.isString())
        return id.toString();
    return {};
}

bool Choice::sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace Concord
