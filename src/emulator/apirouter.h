#pragma once

#include "httpexchange.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace Concord::Emulator {

class EmulatorState;
class AccountEndpoints;
class RecordEndpoints;
class MetadataEndpoints;
class ControlEndpoints;
struct RouteContext;

/// The request pipeline of one emulated server, in the order Laravel runs it: route match
/// (404/405), the Origin/Referer CSRF rule (419), authentication (401 or 302), API access (403),
/// throttling (429), the {resource} lookup, the endpoint; then the headers every answer carries.
class ApiRouter
{
public:
    explicit ApiRouter(EmulatorState &state);
    ~ApiRouter();

    HttpResponse handle(const HttpRequest &request);

private:
    using Handler = std::function<HttpResponse(const RouteContext &)>;
    struct Route {
        QByteArray method;
        QStringList pattern; ///< path segments after "api"; "{name}" captures
        Handler handler;
        bool guest = false; ///< no bearer token needed (POST /api/token)
    };

    void addRoutes();
    void add(const QByteArray &method, const QString &pattern, Handler handler, bool guest = false);
    HttpResponse dispatch(const HttpRequest &request);
    [[nodiscard]] bool isStatefulRequest(const HttpRequest &request) const;
    void addCommonHeaders(HttpResponse &response) const;

    EmulatorState &m_state;
    QList<Route> m_routes;
    std::unique_ptr<AccountEndpoints> m_accounts;
    std::unique_ptr<RecordEndpoints> m_records;
    std::unique_ptr<MetadataEndpoints> m_metadata;
    std::unique_ptr<ControlEndpoints> m_control;
};

} // namespace Concord::Emulator
