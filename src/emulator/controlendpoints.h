#pragma once

#include "httpexchange.h"

namespace Concord::Emulator {

class EmulatorState;

/// The test-only routes under /__emulator (docs/emulator.md): request log, reset, faults, tokens.
/// Reachable only with --control.
class ControlEndpoints
{
public:
    explicit ControlEndpoints(EmulatorState &state)
        : m_state(state)
    {
    }

    HttpResponse handle(const HttpRequest &request);

private:
    EmulatorState &m_state;
};

} // namespace Concord::Emulator
