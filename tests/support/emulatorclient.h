#pragma once

#include "api/apiclient.h"

#include <emulatorfixture.h>

namespace Concord::Test {

/// An in-process emulator and an ApiClient aimed at it with the emulator's admin token: the
/// starting point of every test here that talks to a server.
class EmulatorClient
{
public:
    explicit EmulatorClient(const Emulator::EmulatorConfig &config = EmulatorFixture::defaultConfig());

    /// Starts the emulator and points the client at it; false with errorString() on failure.
    [[nodiscard]] bool start();
    [[nodiscard]] QString errorString() const { return m_emulator.errorString(); }

    [[nodiscard]] EmulatorFixture &emulator() { return m_emulator; }
    [[nodiscard]] ApiClient &client() { return m_client; }

    /// The config of a default test emulator with `contacts` contacts.
    [[nodiscard]] static Emulator::EmulatorConfig withContacts(int contacts);

private:
    EmulatorFixture m_emulator;
    ApiClient m_client;
};

} // namespace Concord::Test
