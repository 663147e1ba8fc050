#include "apirouter.h"

#include "accountendpoints.h"
#include "controlendpoints.h"
#include "emulatorstate.h"
#include "metadataendpoints.h"
#include "recordendpoints.h"
#include "routecontext.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Concord::Emulator {

namespace {

using View = MetadataEndpoints::View;

/// host[:port] of an Origin or Referer value, scheme and path removed (§1.2).
QString hostAndPort(const QByteArray &header)
{
    const QUrl url(QString::fromUtf8(header));
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString host = url.host().contains(QLatin1Char(':')) ? url.host() : url.host();
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

bool wildcardMatch(const QString &pattern, const QString &value)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    return QRegularExpression(QRegularExpression::anchoredPattern(re.pattern()), QRegularExpression::CaseInsensitiveOption)
        .match(value)
        .hasMatch();
}

bool isRecordId(const QString &segment)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(segment).hasMatch();
}

bool wantsJson(const HttpRequest &request)
{
    const QByteArray accept = request.header("accept");
    return accept.contains("/json") || accept.contains("+json");
}

HttpResponse loginRedirect(const QString &base)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", (base + QStringLiteral("/login")).toUtf8());
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    r.body = "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url='" + base.toUtf8()
        + "/login'\" /><title>Redirecting to " + base.toUtf8() + "/login</title></head><body>Redirecting to <a href=\""
        + base.toUtf8() + "/login\">" + base.toUtf8() + "/login</a>.</body></html>";
    return r;
}

HttpResponse webPage()
{
    HttpResponse r;
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    r.body = "<!DOCTYPE html><html><head><title>Concord CRM</title></head><body><div id=\"app\">Concord CRM</div></body></html>";
    return r;
}

} // namespace

ApiRouter::ApiRouter(EmulatorState &state)
    : m_state(state)
    , m_accounts(std::make_unique<AccountEndpoints>(state))
    , m_records(std::make_unique<RecordEndpoints>(state))
    , m_metadata(std::make_unique<MetadataEndpoints>(state))
    , m_control(std::make_unique<ControlEndpoints>(state))
{
    addRoutes();
}

ApiRouter::~ApiRouter() = default;

void ApiRouter::add(const QByteArray &method, const QString &pattern, Handler handler, bool guest)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), guest});
}

void ApiRouter::addRoutes()
{
    AccountEndpoints *a = m_accounts.get();
    RecordEndpoints *r = m_records.get();
    MetadataEndpoints *m = m_metadata.get();
    const bool modern = !m_state.isLegacy();
    using C = const RouteContext &;

    add("GET", QStringLiteral("me"), [a](C c) { return a->me(c); });
    add("POST", QStringLiteral("token"), [a](C c) { return a->issueToken(c); }, true);
    add("GET", QStringLiteral("personal-access-tokens"), [a](C c) { return a->listTokens(c); });
    add("POST", QStringLiteral("personal-access-tokens"), [a](C c) { return a->createToken(c); });
    add("DELETE", QStringLiteral("personal-access-tokens/{id}"), [a](C c) { return a->deleteToken(c); });
    add("PUT", QStringLiteral("profile"), [a](C c) { return a->updateProfile(c); });

    add("GET", QStringLiteral("search"), [r](C c) { return r->globalSearch(c); });
    add("GET", QStringLiteral("countries"), [m](C c) { return m->countries(c); });
    add("GET", QStringLiteral("timezones"), [m](C c) { return m->timezones(c); });
    add("GET", QStringLiteral("currencies"), [m](C c) { return m->currencies(c); });

    add("GET", QStringLiteral("custom-fields"), [m](C c) { return m->customFieldIndex(c); });
    add("POST", QStringLiteral("custom-fields"), [m](C c) { return m->customFieldStore(c); });
    add("GET", QStringLiteral("custom-fields/{id}"), [m](C c) { return m->customFieldShow(c); });
    add("PUT", QStringLiteral("custom-fields/{id}"), [m](C c) { return m->customFieldUpdate(c); });
    add("DELETE", QStringLiteral("custom-fields/{id}"), [m](C c) { return m->customFieldDestroy(c); });
    add("GET", QStringLiteral("fields/{resource}/{view}"), [m](C c) { return m->writableFields(c); });

    if (modern)
        add("GET", QStringLiteral("associations/{resource}/{id}"), [r](C c) { return r->associations(c); });
    add("PUT", QStringLiteral("associations/{resource}/{id}"), [r](C c) { return r->attach(c); });
    add("POST", QStringLiteral("associations/{resource}/{id}"), [r](C c) { return r->sync(c); });
    add("DELETE", QStringLiteral("associations/{resource}/{id}"), [r](C c) { return r->detach(c); });

    add("GET", QStringLiteral("trashed/{resource}/search"), [r](C c) { return r->trashedSearch(c); });
    add("GET", QStringLiteral("trashed/{resource}"), [r](C c) { return r->trashedIndex(c); });
    if (modern)
        add("DELETE", QStringLiteral("trashed/{resource}"), [r](C c) { return r->emptyTrash(c); });
    add("GET", QStringLiteral("trashed/{resource}/{id}"), [r](C c) { return r->trashedShow(c); });
    add("POST", QStringLiteral("trashed/{resource}/{id}"), [r](C c) { return r->restore(c); });
    add("DELETE", QStringLiteral("trashed/{resource}/{id}"), [r](C c) { return r->forceDelete(c); });

    add("GET", QStringLiteral("pipelines/{id}/stages"), [r](C c) { return r->pipelineStages(c); });
    // Resource-specific routes name their resource in the path rather than as {resource}.
    auto on = [this](const QString &resource, Handler handler) {
        return [this, resource, handler](C c) {
            RouteContext routed = c;
            routed.resource = m_state.catalog.find(resource);
            return handler(routed);
        };
    };
    add("PUT", QStringLiteral("deals/{id}/status/{status}"), on(QStringLiteral("deals"), [r](C c) { return r->dealStatus(c); }));
    add("POST", QStringLiteral("activities/{id}/complete"),
        on(QStringLiteral("activities"), [r](C c) { return r->completeActivity(c, true); }));
    add("POST", QStringLiteral("activities/{id}/incomplete"),
        on(QStringLiteral("activities"), [r](C c) { return r->completeActivity(c, false); }));
    add("GET", QStringLiteral("products/active"), [r](C c) { return r->activeProducts(c); });

    add("GET", QStringLiteral("{resource}/search"), [r](C c) { return r->search(c); });
    add("GET", QStringLiteral("{resource}/create-fields"), [m](C c) { return m->fields(c, View::Create, false); });
    if (modern)
        add("GET", QStringLiteral("{resource}/index-fields"), [m](C c) { return m->fields(c, View::Index, false); });
    add("GET", QStringLiteral("{resource}/rules"), [m](C c) { return m->rules(c); });
    add("GET", QStringLiteral("{resource}"), [r](C c) { return r->index(c); });
    add("POST", QStringLiteral("{resource}"), [r](C c) { return r->store(c); });
    add("GET", QStringLiteral("{resource}/{id}"), [r](C c) { return r->show(c); });
    add("PUT", QStringLiteral("{resource}/{id}"), [r](C c) { return r->update(c); });
    add("DELETE", QStringLiteral("{resource}/{id}"), [r](C c) { return r->destroy(c); });
    add("GET", QStringLiteral("{resource}/{id}/update-fields"), [m](C c) { return m->fields(c, View::Update, true); });
    add("GET", QStringLiteral("{resource}/{id}/detail-fields"), [m](C c) { return m->fields(c, View::Detail, true); });
    add("GET", QStringLiteral("{resource}/{id}/{associated}"), [r](C c) { return r->associatedIndex(c); });
}

bool ApiRouter::isStatefulRequest(const HttpRequest &request) const
{
    QStringList stateful = m_state.config().statefulDomains;
    if (stateful.isEmpty()) {
        stateful = {QStringLiteral("localhost"), QStringLiteral("localhost:3000"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("127.0.0.1:8000"), QStringLiteral("::1"),
                    QUrl(m_state.publicBase()).host() + QLatin1Char(':') + QString::number(QUrl(m_state.publicBase()).port())};
    }
    for (const QByteArray &header : {request.header("origin"), request.header("referer")}) {
        const QString host = hostAndPort(header);
        if (host.isEmpty())
            continue;
        for (const QString &pattern : stateful) {
            if (wildcardMatch(pattern, host))
                return true;
        }
    }
    return false;
}

void ApiRouter::addCommonHeaders(HttpResponse &response) const
{
    if (!m_state.isLegacy())
        response.setHeader("X-App-Version", m_state.config().appVersion.toUtf8());
    response.setHeader("Cache-Control", "no-cache, private");
}

HttpResponse ApiRouter::handle(const HttpRequest &request)
{
    HttpResponse response;
    if (request.path == QLatin1String("/__emulator") || request.path.startsWith(QLatin1String("/__emulator/"))) {
        response = m_state.config().control ? m_control->handle(request)
                                            : HttpResponse::message(404, QStringLiteral("Not Found"));
    } else {
        m_state.requestLog.record(request);
        response = dispatch(request);
    }
    addCommonHeaders(response);
    return response;
}

HttpResponse ApiRouter::dispatch(const HttpRequest &request)
{
    if (request.path != QLatin1String("/api") && !request.path.startsWith(QLatin1String("/api/")))
        return webPage();
    const QStringList segments = request.path.mid(5).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;

    const Route *matched = nullptr;
    QHash<QString, QString> params;
    QStringList allowed;
    for (const Route &route : m_routes) {
        if (route.pattern.size() != segments.size())
            continue;
        QHash<QString, QString> captured;
        bool ok = true;
        for (int i = 0; i < segments.size() && ok; ++i) {
            const QString &p = route.pattern.at(i);
            if (p == QLatin1String("{id}"))
                ok = isRecordId(segments.at(i)); // ids are constrained to digits, as the server's routes are
            if (p.startsWith(QLatin1Char('{')))
                captured.insert(p.mid(1, p.size() - 2), segments.at(i));
            else
                ok = p == segments.at(i);
        }
        if (!ok)
            continue;
        if (route.method == method && !matched) {
            matched = &route;
            params = captured;
        }
        const QString m = QString::fromLatin1(route.method);
        if (!allowed.contains(m)) {
            allowed << m;
            if (m == QLatin1String("GET"))
                allowed << QStringLiteral("HEAD");
        }
    }
    const QString routeName = request.path.mid(1);
    if (!matched && allowed.isEmpty())
        return HttpResponse::message(404, QStringLiteral("The route %1 could not be found.").arg(routeName));
    if (!matched) {
        return HttpResponse::message(405, QStringLiteral("The %1 method is not supported for route %2. Supported methods: %3.")
                                              .arg(QString::fromLatin1(request.method), routeName, allowed.join(QStringLiteral(", "))));
    }

    if (request.isWrite() && isStatefulRequest(request))
        return HttpResponse::message(419, QStringLiteral("CSRF token mismatch."));

    RouteContext ctx{request, params, {}, {}, nullptr};
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    ctx.body = body.object();

    QString throttleKey = QStringLiteral("ip:") + request.peer;
    if (!matched->guest) {
        QByteArray authorization = request.header("authorization");
        const QString token = authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)).trimmed() : QString();
        const int userId = token.isEmpty() ? 0 : m_state.tokens.userFor(token, m_state.now());
        const QJsonObject *user = userId ? m_state.store.find(QStringLiteral("users"), userId) : nullptr;
        if (!user)
            return wantsJson(request) ? HttpResponse::message(401, QStringLiteral("Unauthenticated."))
                                      : loginRedirect(m_state.publicBase());
        ctx.caller.userId = userId;
        ctx.caller.isAdmin = user->value(QStringLiteral("super_admin")).toBool();
        if (!ctx.caller.isAdmin && !user->value(QStringLiteral("access_api")).toBool()) {
            return HttpResponse::json(403, QJsonObject{{QStringLiteral("error"),
                                                        QStringLiteral("Your account is not authorized to perform API requests.")}});
        }
        throttleKey = QStringLiteral("user:") + QString::number(userId);
    }

    RateLimiter::Decision throttle;
    if (m_state.rateLimiter.isEnabled()) {
        throttle = m_state.rateLimiter.hit(throttleKey, QDateTime::currentDateTimeUtc());
        if (!throttle.allowed) {
            HttpResponse tooMany = HttpResponse::message(429, QStringLiteral("Too Many Attempts."));
            tooMany.setHeader("Retry-After", QByteArray::number(throttle.retryAfterSeconds));
            tooMany.setHeader("X-RateLimit-Reset", QByteArray::number(throttle.resetAtEpoch));
            tooMany.setHeader("X-RateLimit-Limit", QByteArray::number(throttle.limit));
            tooMany.setHeader("X-RateLimit-Remaining", "0");
            return tooMany;
        }
    }

    HttpResponse response;
    if (params.contains(QStringLiteral("resource"))) {
        ctx.resource = m_state.catalog.find(params.value(QStringLiteral("resource")));
        if (!ctx.resource)
            response = HttpResponse::message(404, QString());
    }
    if (!params.contains(QStringLiteral("resource")) || ctx.resource)
        response = matched->handler(ctx);
    if (response.status == 422 && !wantsJson(request)) {
        // Without Accept: application/json a validation failure redirects back (§1.1).
        response = loginRedirect(m_state.publicBase());
        response.setHeader("Location", (m_state.publicBase() + QStringLiteral("/")).toUtf8());
    }
    if (m_state.rateLimiter.isEnabled()) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(throttle.limit));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(throttle.remaining));
    }
    return response;
}

} // namespace Concord::Emulator
