#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Concord::Emulator {

class SeededRandom;

/// Personal access tokens: `id|secret`, looked up by their full text (the real server compares a
/// hash; the emulator has no reason to). Revoking takes effect on the next request.
class TokenRegistry
{
public:
    struct Token {
        int id = 0;
        int userId = 0;
        QString name;
        QString plainText;
        QDateTime createdAt;
        QDateTime lastUsedAt;
        bool revoked = false;
    };

    /// Adds a token with a given text (seeded or from the command line).
    void add(const QString &plainText, int userId, const QString &name, const QDateTime &now);
    /// Issues a new token with a fresh secret: 40 characters in 1.2 mode, 40 + 8 hex in 1.5.
    const Token &issue(int userId, const QString &name, bool legacySecret, SeededRandom &random, const QDateTime &now);
    /// The user id of a valid token, or 0.
    [[nodiscard]] int userFor(const QString &plainText, const QDateTime &now);
    bool revoke(const QString &plainText);
    /// Revokes the user's token with that id; false when there is none.
    bool revokeById(int userId, int tokenId);
    [[nodiscard]] QList<Token> tokensOf(int userId) const;
    void clear();

    static QJsonObject toJson(const Token &token);

private:
    QList<Token> m_tokens;
    int m_nextId = 1;
};

} // namespace Concord::Emulator
