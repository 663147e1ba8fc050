#pragma once

#include <QtGlobal>

namespace Concord::Emulator {

/// SplitMix64: tiny, fast and — unlike the std:: distributions — gives the same sequence on
/// every platform and standard library, which byte-identical seeded data depends on.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed = 1)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    /// Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

} // namespace Concord::Emulator
