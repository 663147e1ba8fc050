#include "accountendpoints.h"

#include "emulatorstate.h"
#include "recordpresenter.h"
#include "routecontext.h"
#include "validationerrors.h"
#include "valuecodec.h"

#include <QJsonArray>

namespace Concord::Emulator {

HttpResponse AccountEndpoints::me(const RouteContext &ctx)
{
    const ResourceInfo &users = *m_state.catalog.find(QStringLiteral("users"));
    const QJsonObject *user = m_state.store.find(QStringLiteral("users"), ctx.caller.userId);
    QJsonObject out = RecordPresenter(m_state).present(users, *user, ctx.caller, RecordPresenter::Shape::ListItem);
    return HttpResponse::json(200, out);
}

HttpResponse AccountEndpoints::issueToken(const RouteContext &ctx)
{
    ValidationErrors errors;
    const QJsonObject body = ValueCodec::normalizeInput(ctx.body).toObject();
    for (const QString &key : {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("device_name")}) {
        if (!body.value(key).isString())
            errors.add(key, ValidationErrors::required(QString(key).replace(QLatin1Char('_'), QLatin1Char(' '))));
    }
    if (!errors.isEmpty())
        return errors.toResponse();
    const DataStore::Table &users = m_state.store.table(QStringLiteral("users"));
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->value(QStringLiteral("email")).toString().compare(body.value(QStringLiteral("email")).toString(), Qt::CaseInsensitive) == 0
            && it->value(QStringLiteral("password")).toString() == body.value(QStringLiteral("password")).toString()) {
            const auto &token = m_state.tokens.issue(it.key(), body.value(QStringLiteral("device_name")).toString(),
                                                     m_state.isLegacy(), m_state.random, m_state.now());
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("accessToken"), token.plainText},
                                                       {QStringLiteral("userId"), it.key()},
                                                       {QStringLiteral("email"), it->value(QStringLiteral("email"))},
                                                       {QStringLiteral("name"), it->value(QStringLiteral("name"))}});
        }
    }
    errors.add(QStringLiteral("email"), QStringLiteral("These credentials do not match our records."));
    return errors.toResponse();
}

HttpResponse AccountEndpoints::listTokens(const RouteContext &ctx)
{
    QJsonArray out;
    for (const auto &token : m_state.tokens.tokensOf(ctx.caller.userId))
        out.append(TokenRegistry::toJson(token));
    return HttpResponse::json(200, out);
}

HttpResponse AccountEndpoints::createToken(const RouteContext &ctx)
{
    const QString name = ValueCodec::normalizeInput(ctx.body.value(QStringLiteral("name"))).toString();
    ValidationErrors errors;
    if (name.isEmpty())
        errors.add(QStringLiteral("name"), ValidationErrors::required(QStringLiteral("name")));
    else if (name.size() > 191)
        errors.add(QStringLiteral("name"), QStringLiteral("The name field must not be greater than 191 characters."));
    if (!errors.isEmpty())
        return errors.toResponse();
    const auto &token = m_state.tokens.issue(ctx.caller.userId, name, m_state.isLegacy(), m_state.random, m_state.now());
    QJsonObject accessToken = TokenRegistry::toJson(token);
    accessToken.remove(QStringLiteral("last_used_at"));
    accessToken.remove(QStringLiteral("tokenable_type"));
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("accessToken"), accessToken},
                                               {QStringLiteral("plainTextToken"), token.plainText}});
}

HttpResponse AccountEndpoints::deleteToken(const RouteContext &ctx)
{
    if (!m_state.tokens.revokeById(ctx.caller.userId, ctx.id()))
        return HttpResponse::message(404, QStringLiteral("No query results for model [Concord\\PersonalAccessToken] %1").arg(ctx.params.value(QStringLiteral("id"))));
    return HttpResponse::noContent();
}

HttpResponse AccountEndpoints::updateProfile(const RouteContext &ctx)
{
    const ResourceInfo &users = *m_state.catalog.find(QStringLiteral("users"));
    QJsonObject user = *m_state.store.find(QStringLiteral("users"), ctx.caller.userId);
    const QJsonObject body = ValueCodec::normalizeInput(ctx.body).toObject();
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("timezone"),
                               QStringLiteral("locale"), QStringLiteral("date_format"), QStringLiteral("time_format")}) {
        if (body.value(key).isString())
            user.insert(key, body.value(key));
    }
    m_state.store.replace(QStringLiteral("users"), ctx.caller.userId, user);
    return HttpResponse::json(200, RecordPresenter(m_state).present(users, user, ctx.caller, RecordPresenter::Shape::Single));
}

} // namespace Concord::Emulator
