#pragma once

#include <QString>

namespace Concord::Emulator::SeededTokens {

// Tokens every emulator accepts besides the configured ones, so tests can act as each kind of
// user the spec distinguishes. They are test fixtures, not secrets.

/// User 2, "Marco Rossi": API access, not an admin.
inline QString regularUser() { return QStringLiteral("2|RegularUserTokenRegularUserTokenRegularX0a1b2c3d"); }
/// User 3, "Nina Berg": a valid token but no API access (403 with the `error` key).
inline QString noApiUser() { return QStringLiteral("3|NoApiAccessTokenNoApiAccessTokenNoApiAcc4e5f6a7b"); }
/// Was issued to user 1 and then revoked: 401 like an unknown token.
inline QString revoked() { return QStringLiteral("4|RevokedTokenRevokedTokenRevokedTokenRevo8c9d0e1f"); }

} // namespace Concord::Emulator::SeededTokens
