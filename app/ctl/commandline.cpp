#include "commandline.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Concord {

namespace {

/// What a command takes besides the global options.
struct CommandSpec
{
    QLatin1String name;
    CtlOptions::Command command;
    bool takesResource;
    bool takesId;
    bool takesData;
};

const std::array<CommandSpec, 7> commands = {{
    {QLatin1String("me"), CtlOptions::Command::Me, false, false, false},
    {QLatin1String("list"), CtlOptions::Command::List, true, false, false},
    {QLatin1String("get"), CtlOptions::Command::Get, true, true, false},
    {QLatin1String("create"), CtlOptions::Command::Create, true, false, true},
    {QLatin1String("update"), CtlOptions::Command::Update, true, true, true},
    {QLatin1String("delete"), CtlOptions::Command::Delete, true, true, false},
    {QLatin1String("fields"), CtlOptions::Command::Fields, true, false, false},
}};

} // namespace

CommandLine::CommandLine()
    : m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_server(QStringLiteral("server"), tr("Address of the Concord CRM server, e.g. https://crm.example.com."),
          QStringLiteral("URL"))
    , m_tokenEnv(QStringLiteral("token-env"), tr("Read the access token from the environment variable VAR."),
          QStringLiteral("VAR"))
    , m_profile(QStringLiteral("profile"), tr("Use an account saved by Concord Desktop: its server and its token from the keychain."), QStringLiteral("NAME"))
    , m_format(QStringLiteral("format"), tr("Output format: json (default) or csv."), QStringLiteral("json|csv"))
    , m_all(QStringLiteral("all"), tr("list: read every page, not only the first."))
    , m_perPage(QStringLiteral("per-page"), tr("list: records per page, 1 to 100 (default 100)."), QStringLiteral("N"))
    , m_q(QStringLiteral("q"), tr("list: search text."), QStringLiteral("TEXT"))
    , m_order(QStringLiteral("order"), tr("list: sort by FIELD, ascending, or descending with FIELD|desc."),
          QStringLiteral("FIELD|desc"))
    , m_data(QStringLiteral("data"), tr("create, update: the record as a JSON object."), QStringLiteral("JSON"))
{
    m_parser.setApplicationDescription(
        tr("Concord CRM from the command line.\n"
           "\n"
           "concordctl --server URL (--token-env VAR | --profile NAME) <command>\n"
           "  (with --profile, --server may be left out: the profile's server is used)\n"
           "  me\n"
           "  list RESOURCE [--all] [--per-page N] [--q TEXT] [--order FIELD|desc] [--format json|csv]\n"
           "  get RESOURCE ID\n"
           "  create RESOURCE --data JSON\n"
           "  update RESOURCE ID --data JSON    (only the keys given are changed)\n"
           "  delete RESOURCE ID\n"
           "  fields RESOURCE\n"
           "\n"
           "Exit status: 0 ok, 2 usage, 3 token rejected or not allowed (401/403), 4 network or TLS,\n"
           "5 validation (422; one \"attribute: message\" per line on stderr), 6 any other server error."));
    m_parser.addOptions({m_server, m_tokenEnv, m_profile, m_format, m_all, m_perPage, m_q, m_order, m_data});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above, with its arguments."),
        QStringLiteral("<command> [RESOURCE] [ID]"));
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    m_options = {};
    m_errorString.clear();
    if (!m_parser.parse(arguments)) {
        m_errorString = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(m_help))
        return Outcome::Help;
    if (m_parser.isSet(m_version))
        return Outcome::Version;
    const bool ok = readCommand() && readFormat() && readServer() && readToken(environment);
    return ok ? Outcome::Run : Outcome::Error;
}

bool CommandLine::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool CommandLine::readCommand()
{
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("no command given"));
    const QString name = positional.takeFirst();
    const auto spec
        = std::find_if(commands.cbegin(), commands.cend(), [&](const CommandSpec &s) { return s.name == name; });
    if (spec == commands.cend())
        return fail(tr("unknown command \"%1\"").arg(name));
    m_options.command = spec->command;

    const int expected = int(spec->takesResource) + int(spec->takesId);
    if (positional.size() != expected) {
        const QString synopsis = spec->takesId ? tr("RESOURCE ID") : (spec->takesResource ? tr("RESOURCE") : QString());
        return fail(
            synopsis.isEmpty() ? tr("%1 takes no arguments").arg(name) : tr("%1 expects %2").arg(name, synopsis));
    }
    if (spec->takesResource) {
        // Any well-formed name goes to the server, which answers 404 for one it does not know; a
        // name that is not one word could reach another route, so it never goes out.
        static const QRegularExpression resourceName(QStringLiteral("^[A-Za-z0-9_-]+$"));
        m_options.resource = positional.takeFirst();
        if (!resourceName.match(m_options.resource).hasMatch())
            return fail(
                tr("\"%1\" is not a resource name such as contacts or pipeline-stages").arg(m_options.resource));
    }
    if (spec->takesId) {
        bool isNumber = false;
        m_options.id = positional.first().toLongLong(&isNumber);
        if (!isNumber || m_options.id <= 0)
            return fail(tr("ID must be a positive whole number, not \"%1\"").arg(positional.first()));
    }

    if (spec->command != CtlOptions::Command::List) {
        for (const QCommandLineOption &option : {m_all, m_perPage, m_q, m_order}) {
            if (m_parser.isSet(option))
                return fail(tr("--%1 applies to list only").arg(option.names().constFirst()));
        }
    } else if (!readListOptions()) {
        return false;
    }
    if (!spec->takesData) {
        if (m_parser.isSet(m_data))
            return fail(tr("--data applies to create and update only"));
        return true;
    }
    if (!m_parser.isSet(m_data))
        return fail(tr("%1 needs --data with the record as a JSON object").arg(name));
    return readData();
}

bool CommandLine::readListOptions()
{
    ListParams &params = m_options.listParams;
    m_options.all = m_parser.isSet(m_all);
    if (m_parser.isSet(m_perPage)) {
        bool isNumber = false;
        params.perPage = m_parser.value(m_perPage).toInt(&isNumber);
        // The API promises to honour at most 100 (concord-api.md §4); more is refused, not clamped,
        // so a script never silently gets other pages than it asked for.
        if (!isNumber || params.perPage < 1 || params.perPage > ListParams::MaxPerPage) {
            return fail(tr("--per-page expects a whole number from 1 to %1, not \"%2\"")
                            .arg(ListParams::MaxPerPage)
                            .arg(m_parser.value(m_perPage)));
        }
    }
    params.q = m_parser.value(m_q);
    if (m_parser.isSet(m_order)) {
        static const QRegularExpression order(QStringLiteral("^([A-Za-z0-9_.]+)(?:\\|(asc|desc))?$"));
        const auto match = order.match(m_parser.value(m_order));
        if (!match.hasMatch())
            return fail(tr("--order expects FIELD or FIELD|desc, not \"%1\"").arg(m_parser.value(m_order)));
        params.orderField = match.captured(1);
        params.orderDescending = match.captured(2) == QLatin1String("desc");
    }
    return true;
}

bool CommandLine::readData()
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(m_parser.value(m_data).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("--data is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return fail(tr("--data must be a JSON object, such as {\"first_name\":\"Ada\"}"));
    m_options.data = document.object();
    return true;
}

bool CommandLine::readFormat()
{
    const QString format = m_parser.value(m_format);
    if (format.isEmpty() || format == QLatin1String("json"))
        m_options.format = OutputFormatter::Format::Json;
    else if (format == QLatin1String("csv"))
        m_options.format = OutputFormatter::Format::Csv;
    else
        return fail(tr("--format expects json or csv, not \"%1\"").arg(format));
    return true;
}

bool CommandLine::readServer()
{
    if (!m_parser.isSet(m_server)) {
        if (m_parser.isSet(m_profile))
            return true; // the profile knows its server
        return fail(tr("--server URL is required"));
    }
    const QString value = m_parser.value(m_server);
    m_options.server = QUrl(value, QUrl::StrictMode);
    const QString scheme = m_options.server.scheme();
    if (!m_options.server.isValid() || m_options.server.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || m_options.server.hasQuery()
        || m_options.server.hasFragment()) {
        return fail(
            tr("--server expects the server's address, such as https://crm.example.com, not \"%1\"").arg(value));
    }
    return true;
}

bool CommandLine::readToken(const QProcessEnvironment &environment)
{
    const bool hasTokenEnv = m_parser.isSet(m_tokenEnv);
    if (m_parser.isSet(m_profile)) {
        if (hasTokenEnv)
            return fail(tr("use either --token-env or --profile, not both"));
        m_options.profileName = m_parser.value(m_profile).trimmed();
        if (m_options.profileName.isEmpty())
            return fail(tr("--profile expects the name of a saved profile"));
        return true;
    }
    if (!hasTokenEnv)
        return fail(tr("--token-env VAR or --profile NAME is required: an environment variable that holds the "
                       "access token, or an account saved by Concord Desktop"));
    const QString variable = m_parser.value(m_tokenEnv);
    // Pasted tokens may carry a newline or spaces; they are never part of a token (§2.1).
    m_options.token = environment.value(variable).trimmed();
    if (m_options.token.isEmpty())
        return fail(tr("the environment variable %1 is not set or empty; it must hold the access token").arg(variable));
    return true;
}

} // namespace Concord
