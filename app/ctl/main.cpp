// concordctl: Concord CRM from the command line, on the same core library as the desktop app.
#include "account/filesecretstore.h"
#include "account/keychainsecretstore.h"
#include "account/profilestore.h"
#include "api/apiclient.h"
#include "appinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "exitcode.h"
#include "profileloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcessEnvironment>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concordctl"));
    QCoreApplication::setOrganizationName(Concord::AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(Concord::AppInfo::organizationDomain());
    QCoreApplication::setApplicationVersion(Concord::AppInfo::version());
    // concordctl reports every outcome itself, once, in words a script's author can act on; the
    // library's own warnings would repeat them. QT_LOGGING_RULES still turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("concord.*=false"));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return Concord::ExitCode::Usage;

    Concord::CommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment())) {
    case Concord::CommandLine::Outcome::Help:
        out.write(commandLine.helpText().toUtf8());
        return Concord::ExitCode::Ok;
    case Concord::CommandLine::Outcome::Version:
        out.write(QStringLiteral("concordctl %1\n").arg(Concord::AppInfo::version()).toUtf8());
        return Concord::ExitCode::Ok;
    case Concord::CommandLine::Outcome::Error:
        err.write(QCoreApplication::translate("main", "concordctl: %1\nRun concordctl --help for usage.\n")
                      .arg(commandLine.errorString())
                      .toUtf8());
        return Concord::ExitCode::Usage;
    case Concord::CommandLine::Outcome::Run:
        break;
    }

    const Concord::CtlOptions options = commandLine.options();
    Concord::ApiClient client;
    client.setBaseUrl(options.server);
    client.setToken(options.token);
    Concord::CommandRunner runner(&client, options, &out, &err);
    QObject::connect(&runner, &Concord::CommandRunner::finished, &app, &QCoreApplication::exit);
    if (options.profileName.isEmpty()) {
        // From inside the event loop, so that even an immediate finished() reaches exit().
        QMetaObject::invokeMethod(&runner, &Concord::CommandRunner::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }

    Concord::KeychainSecretStore keychain;
    Concord::FileSecretStore file(Concord::SecretStores::defaultFilePath());
    Concord::ProfileLoader loader(Concord::SecretStores(&keychain, &file));
    if (!loader.find(Concord::ProfileStore(), options.profileName, options.server)) {
        err.write(QStringLiteral("concordctl: %1\n").arg(loader.errorString()).toUtf8());
        return Concord::ExitCode::Usage;
    }
    client.setBaseUrl(loader.profile().serverUrl);
    client.setTlsTrust(loader.profile().tlsTrust());
    QObject::connect(&loader, &Concord::ProfileLoader::tokenRead, &runner, [&client, &runner](const QString &token) {
        client.setToken(token);
        runner.start();
    });
    QObject::connect(&loader, &Concord::ProfileLoader::failed, &app, [&err](const QString &message) {
        err.write(QStringLiteral("concordctl: %1\n").arg(message).toUtf8());
        QCoreApplication::exit(Concord::ExitCode::Auth);
    });
    loader.readToken();
    return QCoreApplication::exec();
}
