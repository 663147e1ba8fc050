// concord-emulator: a Concord CRM API server in memory, for tests, benchmarks and the demo.
#include "emulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using Concord::Emulator::EmulatorConfig;
using Concord::Emulator::EmulatorServer;

namespace {

/// Reads a non-negative integer option; false (with a message) on anything else.
bool readCount(const QCommandLineParser &parser, const QString &name, int maximum, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0 || value > maximum) {
        *error = QStringLiteral("--%1 expects a whole number from 0 to %2, not \"%3\"").arg(name).arg(maximum).arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concord-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An in-memory Concord CRM REST API server for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        {QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."), QStringLiteral("P"), QStringLiteral("8000")},
        {QStringLiteral("host"), QStringLiteral("Address to listen on."), QStringLiteral("HOST"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("token"), QStringLiteral("A valid token of the super-admin (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("token-no-api"), QStringLiteral("A valid token of a user without API access (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("contacts"), QStringLiteral("Number of seeded contacts."), QStringLiteral("N")},
        {QStringLiteral("companies"), QStringLiteral("Number of seeded companies."), QStringLiteral("N")},
        {QStringLiteral("deals"), QStringLiteral("Number of seeded deals."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated data and faults."), QStringLiteral("S")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per minute per user (0: off)."), QStringLiteral("N")},
        {QStringLiteral("rate-limit-window"), QStringLiteral("Length of the throttle window in seconds (default 60)."), QStringLiteral("S")},
        {QStringLiteral("per-page-cap"), QStringLiteral("Largest per_page honoured (0: no cap)."), QStringLiteral("N")},
        {QStringLiteral("app-version"), QStringLiteral("Concord version to emulate (1.2.x or 1.5+)."), QStringLiteral("V"), QStringLiteral("1.5.1")},
        {QStringLiteral("now"), QStringLiteral("Fixed clock, ISO 8601 UTC, for byte-identical answers."), QStringLiteral("ISO")},
        {QStringLiteral("stateful-domain"), QStringLiteral("Host[:port] treated as the server's own web UI (repeatable)."), QStringLiteral("D")},
        {QStringLiteral("ignore-per-page"),
         QStringLiteral("A resource whose lists ignore per_page (repeatable; replaces the default lookups; 'none' for none)."),
         QStringLiteral("RESOURCE")},
        {QStringLiteral("control"), QStringLiteral("Enable the /__emulator control routes (tests only).")},
    };
    parser.addOptions(options);
    parser.process(app);

    QTextStream err(stderr);
    EmulatorConfig config;
    QString error;
    int port = 8000;
    int seed = int(config.seed);
    bool ok = readCount(parser, QStringLiteral("port"), 65535, &port, &error)
        && readCount(parser, QStringLiteral("contacts"), 1000000, &config.contacts, &error)
        && readCount(parser, QStringLiteral("companies"), 1000000, &config.companies, &error)
        && readCount(parser, QStringLiteral("deals"), 1000000, &config.deals, &error)
        && readCount(parser, QStringLiteral("seed"), 2147483647, &seed, &error)
        && readCount(parser, QStringLiteral("rate-limit"), 1000000, &config.rateLimit, &error)
        && readCount(parser, QStringLiteral("rate-limit-window"), 3600, &config.rateLimitWindowSeconds, &error)
        && readCount(parser, QStringLiteral("per-page-cap"), 100000, &config.perPageCap, &error);
    if (ok && parser.isSet(QStringLiteral("now"))) {
        config.fixedNow = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        ok = config.fixedNow.isValid();
        error = QStringLiteral("--now expects an ISO 8601 date-time such as 2024-06-01T12:00:00Z");
    }
    static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
    if (ok && !version.match(parser.value(QStringLiteral("app-version"))).hasMatch()) {
        ok = false;
        error = QStringLiteral("--app-version expects a version such as 1.5.1 or 1.2.5");
    }
    if (!ok) {
        err << "concord-emulator: " << error << Qt::endl;
        return 2;
    }
    config.port = quint16(port);
    config.seed = quint32(seed);
    config.host = parser.value(QStringLiteral("host"));
    config.tokens = parser.values(QStringLiteral("token"));
    config.noApiTokens = parser.values(QStringLiteral("token-no-api"));
    config.appVersion = parser.value(QStringLiteral("app-version"));
    config.statefulDomains = parser.values(QStringLiteral("stateful-domain"));
    config.control = parser.isSet(QStringLiteral("control"));
    if (parser.isSet(QStringLiteral("ignore-per-page"))) {
        config.perPageIgnored = parser.values(QStringLiteral("ignore-per-page"));
        config.perPageIgnored.removeAll(QStringLiteral("none"));
    }

    EmulatorServer server(config);
    if (!server.start()) {
        err << "concord-emulator: " << server.errorString() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    if (config.tokens.isEmpty())
        out << "token: " << server.adminTokens().first() << Qt::endl;
    out << "concord-emulator " << config.appVersion << " listening on http://" << config.host << ':' << server.port()
        << Qt::endl;
    return app.exec();
}
