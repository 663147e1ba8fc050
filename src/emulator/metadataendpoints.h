#pragma once

#include "httpexchange.h"

#include <QJsonObject>

namespace Concord::Emulator {

class EmulatorState;
struct FieldDef;
struct RouteContext;

/// Field metadata (§8.1, §8.2), custom field definitions (§8.5), filter rules (§4.3) and the
/// fixed reference lists (§6.10).
class MetadataEndpoints
{
public:
    explicit MetadataEndpoints(EmulatorState &state)
        : m_state(state)
    {
    }

    enum class View { Create, Update, Detail, Index };

    /// /{resource}/create-fields, /index-fields, /{id}/update-fields, /{id}/detail-fields
    HttpResponse fields(const RouteContext &ctx, View view, bool withValues);
    /// /api/fields/{resource}/{view}: the writable fields of a view.
    HttpResponse writableFields(const RouteContext &ctx);
    HttpResponse rules(const RouteContext &ctx);
    HttpResponse countries(const RouteContext &ctx);
    HttpResponse timezones(const RouteContext &ctx);
    HttpResponse currencies(const RouteContext &ctx);

    HttpResponse customFieldIndex(const RouteContext &ctx);
    HttpResponse customFieldShow(const RouteContext &ctx);
    HttpResponse customFieldStore(const RouteContext &ctx);
    HttpResponse customFieldUpdate(const RouteContext &ctx);
    HttpResponse customFieldDestroy(const RouteContext &ctx);

private:
    [[nodiscard]] QJsonObject fieldJson(const FieldDef &field) const;
    [[nodiscard]] QJsonArray optionsOf(const FieldDef &field) const;

    EmulatorState &m_state;
};

} // namespace Concord::Emulator
