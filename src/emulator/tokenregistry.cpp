#include "tokenregistry.h"

#include "seededrandom.h"
#include "timestamps.h"

#include <QJsonArray>

namespace Concord::Emulator {

void TokenRegistry::add(const QString &plainText, int userId, const QString &name, const QDateTime &now)
{
    Token t;
    const int bar = plainText.indexOf(QLatin1Char('|'));
    bool numeric = false;
    const int wanted = bar > 0 ? plainText.left(bar).toInt(&numeric) : 0;
    // Keep the id the text announces when it is free, so seeded tokens look real.
    bool taken = false;
    for (const Token &other : m_tokens)
        taken = taken || other.id == wanted;
    t.id = numeric && !taken ? wanted : m_nextId;
    m_nextId = qMax(m_nextId, t.id + 1);
    t.userId = userId;
    t.name = name;
    t.plainText = plainText;
    t.createdAt = now;
    m_tokens.append(t);
}

const TokenRegistry::Token &TokenRegistry::issue(int userId, const QString &name, bool legacySecret,
                                                 SeededRandom &random, const QDateTime &now)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret += QLatin1Char(alphabet[random.below(62)]);
    if (!legacySecret)
        secret += QString::number(random.next() & 0xffffffffULL, 16).rightJustified(8, QLatin1Char('0'));
    Token t;
    t.id = m_nextId++;
    t.userId = userId;
    t.name = name;
    t.plainText = QString::number(t.id) + QLatin1Char('|') + secret;
    t.createdAt = now;
    m_tokens.append(t);
    return m_tokens.last();
}

int TokenRegistry::userFor(const QString &plainText, const QDateTime &now)
{
    for (Token &t : m_tokens) {
        if (t.plainText == plainText && !t.revoked) {
            t.lastUsedAt = now;
            return t.userId;
        }
    }
    return 0;
}

bool TokenRegistry::revoke(const QString &plainText)
{
    for (Token &t : m_tokens) {
        if (t.plainText == plainText && !t.revoked) {
            t.revoked = true;
            return true;
        }
    }
    return false;
}

bool TokenRegistry::revokeById(int userId, int tokenId)
{
    for (Token &t : m_tokens) {
        if (t.id == tokenId && t.userId == userId && !t.revoked) {
            t.revoked = true;
            return true;
        }
    }
    return false;
}

QList<TokenRegistry::Token> TokenRegistry::tokensOf(int userId) const
{
    QList<Token> out;
    for (const Token &t : m_tokens) {
        if (t.userId == userId && !t.revoked)
            out.append(t);
    }
    return out;
}

void TokenRegistry::clear()
{
    m_tokens.clear();
    m_nextId = 1;
}

QJsonObject TokenRegistry::toJson(const Token &token)
{
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("name"), token.name},
            {QStringLiteral("abilities"), QJsonArray{QStringLiteral("*")}},
            {QStringLiteral("last_used_at"), Timestamps::isoOrNull(token.lastUsedAt)},
            {QStringLiteral("expires_at"), QJsonValue::Null},
            {QStringLiteral("tokenable_id"), token.userId},
            {QStringLiteral("tokenable_type"), QStringLiteral("Concord\\User")},
            {QStringLiteral("created_at"), Timestamps::iso(token.createdAt)},
            {QStringLiteral("updated_at"), Timestamps::iso(token.createdAt)}};
}

} // namespace Concord::Emulator
