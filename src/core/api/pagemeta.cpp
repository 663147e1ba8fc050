#include "pagemeta.h"

#include <QJsonObject>

namespace Concord {

namespace {

// Laravel sends numbers, but a proxy or an older paginator may hand per_page back as the string
// it was given; both mean the same page size.
std::optional<int> intFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

} // namespace

PageMeta PageMeta::fromJson(const QJsonObject &meta, bool *ok)
{
    PageMeta result;
    const auto currentPage = intFromJson(meta.value(QLatin1String("current_page")));
    const auto lastPage = intFromJson(meta.value(QLatin1String("last_page")));
    const auto perPage = intFromJson(meta.value(QLatin1String("per_page")));
    const auto total = intFromJson(meta.value(QLatin1String("total")));
    *ok = currentPage && lastPage && perPage && total;
    if (!*ok)
        return result;
    result.currentPage = *currentPage;
    result.lastPage = *lastPage;
    result.perPage = *perPage;
    result.total = *total;
    result.from = intFromJson(meta.value(QLatin1String("from")));
    result.to = intFromJson(meta.value(QLatin1String("to")));
    return result;
}

} // namespace Concord
