#include "listloadoptions.h"

namespace Concord::Bench {

namespace {

// The emulator seeds at most this many contacts (its --contacts limit).
constexpr int MaxRecords = 1000000;
// The model always asks for 100 rows; a larger cap would change nothing.
constexpr int MaxPerPage = 100;

/// Reads a whole number in [minimum, maximum]; false with a message otherwise.
bool readNumber(const QString &option, const QString &text, int minimum, int maximum, int *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = QStringLiteral("%1 expects a whole number from %2 to %3, not \"%4\"")
                     .arg(option)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

std::optional<ListLoadOptions> ListLoadOptions::parse(const QStringList &arguments, QString *error)
{
    // Hand-rolled rather than QCommandLineParser: the contract is one subcommand with three
    // options, and every mistake must end in the same usage message and exit status 2.
    if (arguments.value(0) != QLatin1String("list-load")) {
        *error = arguments.isEmpty() ? QStringLiteral("no command given")
                                     : QStringLiteral("unknown command \"%1\"").arg(arguments.first());
        return std::nullopt;
    }
    ListLoadOptions options;
    bool haveRecords = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &name = arguments.at(i);
        int *target = nullptr;
        int minimum = 0;
        int maximum = 0;
        if (name == QLatin1String("--records")) {
            target = &options.records;
            minimum = 1;
            maximum = MaxRecords;
            haveRecords = true;
        } else if (name == QLatin1String("--rate-limit")) {
            target = &options.rateLimit;
            maximum = 1000000;
        } else if (name == QLatin1String("--per-page")) {
            target = &options.perPage;
            minimum = 1;
            maximum = MaxPerPage;
        } else {
            *error = QStringLiteral("unknown argument \"%1\"").arg(name);
            return std::nullopt;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value").arg(name);
            return std::nullopt;
        }
        if (!readNumber(name, arguments.at(++i), minimum, maximum, target, error))
            return std::nullopt;
    }
    if (!haveRecords) {
        *error = QStringLiteral("--records is required");
        return std::nullopt;
    }
    return options;
}

QString ListLoadOptions::usage()
{
    return QStringLiteral(
        "usage: concord-bench list-load --records N [--rate-limit R] [--per-page P]\n"
        "  Starts concord-emulator (from the same directory) with N contacts, loads every row through\n"
        "  Concord::RecordListModel as a view scrolled to the end would, and prints one JSON line:\n"
        "  {\"records\",\"requests\",\"wall_ms\",\"client_cpu_ms\",\"max_event_loop_stall_ms\",\"rss_mb\"}\n"
        "  --records N     contacts to seed and load, 1 to %1\n"
        "  --rate-limit R  the emulator's requests per minute (default 0: no throttle)\n"
        "  --per-page P    the emulator caps per_page to P, 1 to %2 (default: the model's 100)\n")
        .arg(MaxRecords)
        .arg(MaxPerPage);
}

QStringList ListLoadOptions::emulatorArguments() const
{
    QStringList arguments {QStringLiteral("--contacts"), QString::number(records), QStringLiteral("--port"),
        QStringLiteral("0"), QStringLiteral("--control"), QStringLiteral("--rate-limit"), QString::number(rateLimit)};
    if (perPage > 0)
        arguments << QStringLiteral("--per-page-cap") << QString::number(perPage);
    return arguments;
}

} // namespace Concord::Bench
