#pragma once

#include "ctloptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

class QProcessEnvironment;

namespace Concord {

/// Reads concordctl's command line into CtlOptions, and refuses anything the contract does not
/// allow (an unknown command, a stray argument, an option of another command, --data that is not
/// a JSON object, a token variable that is not set) before a single request goes out, so a
/// usage error always ends with exit status 2 and a sentence saying what is wrong.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Concord::CommandLine)
public:
    enum class Outcome
    {
        Run, ///< options() holds a complete invocation
        Help, ///< --help: print helpText()
        Version, ///< --version
        Error, ///< errorString() says what is wrong
    };

    CommandLine();

    /// `arguments` includes the program name, as QCoreApplication::arguments() does. The token is
    /// read from `environment`, which a test can hand in.
    [[nodiscard]] Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment);

    [[nodiscard]] CtlOptions options() const { return m_options; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString helpText() const { return m_parser.helpText(); }

private:
    [[nodiscard]] bool readCommand();
    [[nodiscard]] bool readListOptions();
    [[nodiscard]] bool readData();
    [[nodiscard]] bool readFormat();
    [[nodiscard]] bool readServer();
    [[nodiscard]] bool readToken(const QProcessEnvironment &environment);
    [[nodiscard]] bool fail(const QString &message);

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_server;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_profile;
    QCommandLineOption m_format;
    QCommandLineOption m_all;
    QCommandLineOption m_perPage;
    QCommandLineOption m_q;
    QCommandLineOption m_order;
    QCommandLineOption m_data;
    CtlOptions m_options;
    QString m_errorString;
};

} // namespace Concord
