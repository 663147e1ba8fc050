#include "controlendpoints.h"

#include "emulatorstate.h"

#include <QJsonDocument>

namespace Concord::Emulator {

HttpResponse ControlEndpoints::handle(const HttpRequest &request)
{
    const QString route = request.path.mid(int(qstrlen("/__emulator")));
    const QByteArray &method = request.method;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = doc.object();
    const bool badBody = !request.body.trimmed().isEmpty() && (parseError.error != QJsonParseError::NoError || !doc.isObject());

    if (route == QLatin1String("/requests") && method == "GET")
        return HttpResponse::json(200, m_state.requestLog.toJson());
    if (route == QLatin1String("/requests") && method == "DELETE") {
        m_state.requestLog.clear();
        return HttpResponse::noContent();
    }
    if (route == QLatin1String("/reset") && method == "POST") {
        m_state.reset();
        return HttpResponse::noContent();
    }
    if (route == QLatin1String("/faults") && method == "GET")
        return HttpResponse::json(200, m_state.faults.toJson());
    if (badBody)
        return HttpResponse::message(400, QStringLiteral("The body must be a JSON object."));
    if (route == QLatin1String("/faults") && method == "POST") {
        QString error;
        if (!m_state.faults.configure(body, &error))
            return HttpResponse::message(422, error);
        return HttpResponse::json(200, m_state.faults.toJson());
    }
    if (route == QLatin1String("/tokens") && method == "POST") {
        const QString token = body.value(QStringLiteral("token")).toString();
        const int userId = body.value(QStringLiteral("user_id")).toInt(1);
        if (token.isEmpty() || !m_state.store.find(QStringLiteral("users"), userId))
            return HttpResponse::message(422, QStringLiteral("token and an existing user_id are required"));
        m_state.tokens.add(token, userId, QStringLiteral("Control"), m_state.now());
        return HttpResponse::json(201, QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("user_id"), userId}});
    }
    if (route == QLatin1String("/tokens/revoke") && method == "POST") {
        if (!m_state.tokens.revoke(body.value(QStringLiteral("token")).toString()))
            return HttpResponse::message(404, QStringLiteral("No such valid token."));
        return HttpResponse::noContent();
    }
    return HttpResponse::message(404, QStringLiteral("Unknown control route."));
}

} // namespace Concord::Emulator
