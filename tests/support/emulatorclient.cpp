#include "emulatorclient.h"

namespace Concord::Test {

EmulatorClient::EmulatorClient(const Emulator::EmulatorConfig &config)
    : m_emulator(config)
{
}

bool EmulatorClient::start()
{
    if (!m_emulator.start()) {
        return false;
    }
    m_client.setBaseUrl(m_emulator.baseUrl());
    m_client.setToken(m_emulator.token());
    return true;
}

Emulator::EmulatorConfig EmulatorClient::withContacts(int contacts)
{
    Emulator::EmulatorConfig config = EmulatorFixture::defaultConfig();
    config.contacts = contacts;
    return config;
}

} // namespace Concord::Test
