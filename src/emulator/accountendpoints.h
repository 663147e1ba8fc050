#pragma once

#include "httpexchange.h"

namespace Concord::Emulator {

class EmulatorState;
struct RouteContext;

/// The current user and tokens (§2): /api/me, POST /api/token, /api/personal-access-tokens,
/// PUT /api/profile.
class AccountEndpoints
{
public:
    explicit AccountEndpoints(EmulatorState &state)
        : m_state(state)
    {
    }

    HttpResponse me(const RouteContext &ctx);
    HttpResponse issueToken(const RouteContext &ctx);
    HttpResponse listTokens(const RouteContext &ctx);
    HttpResponse createToken(const RouteContext &ctx);
    HttpResponse deleteToken(const RouteContext &ctx);
    HttpResponse updateProfile(const RouteContext &ctx);

private:
    EmulatorState &m_state;
};

} // namespace Concord::Emulator
