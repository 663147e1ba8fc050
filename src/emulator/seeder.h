#pragma once

namespace Concord::Emulator {

class EmulatorState;

/// Fills an EmulatorState with realistic, deterministic demo data from the configuration's seed:
/// users and tokens, lookups, pipelines, tags, the 15 custom fields, products, companies,
/// contacts, deals, and the activities, notes and calls tied to them.
class Seeder
{
public:
    explicit Seeder(EmulatorState &state)
        : m_state(state)
    {
    }

    void run();

private:
    void seedUsersAndTokens();
    void seedLookups();
    void seedCustomFields();
    void seedProducts();
    void seedCompanies();
    void seedContacts();
    void seedDeals();
    void seedActivitiesNotesAndCalls();

    EmulatorState &m_state;
};

} // namespace Concord::Emulator
