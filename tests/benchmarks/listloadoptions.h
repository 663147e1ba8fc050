#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Concord::Bench {

/// The command line of `concord-bench list-load` (a contract: scripts and the README use it).
struct ListLoadOptions
{
    int records = 0;
    /// Requests per minute the emulator allows; 0 switches its throttle off (its own default is 90).
    int rateLimit = 0;
    /// The page size the emulator caps per_page to; 0 leaves the model's 100 alone.
    int perPage = 0;

    /// Parses the arguments after the program name; nullopt with `error` on anything unexpected.
    [[nodiscard]] static std::optional<ListLoadOptions> parse(const QStringList &arguments, QString *error);
    [[nodiscard]] static QString usage();

    /// The concord-emulator arguments that serve this load (without the token).
    [[nodiscard]] QStringList emulatorArguments() const;
};

} // namespace Concord::Bench
