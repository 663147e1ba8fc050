#include "account/filesecretstore.h"
#include "account/keychainsecretstore.h"
#include "account/profilestore.h"
#include "appcontroller.h"
#include "appinfo.h"
#include "demoserver.h"
#include "logfile.h"
#include "logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// Our strings from :/i18n, Qt's own (standard buttons, shortcuts) from the Qt installation.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("concord-desktop"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}


void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("concord-desktop"));
    QCoreApplication::setOrganizationName(Concord::AppInfo::organizationName());
    QCoreApplication::setOrganizationDomain(Concord::AppInfo::organizationDomain());
    QCoreApplication::setApplicationVersion(Concord::AppInfo::version());
}

/// --help and --version print and exit; they must work without a display, where QApplication
/// cannot even be created.
bool asksForInformationOnly(int argc, char *argv[])
{
    static const QByteArrayList informational{"-h", "--help", "--help-all", "-?", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        if (informational.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

const QString kDemoOption = QStringLiteral("demo");
const QString kProfileOption = QStringLiteral("profile");

// Called once the translators are in, so that --help speaks the user's language.
void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "A native desktop client for Concord CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({kDemoOption, QCoreApplication::translate("main", "Try the program on demo data from a built-in server.")});
    parser.addOption({kProfileOption, QCoreApplication::translate("main", "Open the saved account NAME."),
                      QCoreApplication::translate("main", "NAME")});
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("concord-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/concord-desktop.svg")));
    installTranslators(app);
    setUpParser(parser);
    parser.process(app);

    if (!Concord::LogFile::install(Concord::LogFile::defaultPath()))
        qCWarning(lcUi) << "no log file at" << Concord::LogFile::defaultPath();

    // Declared in this order so that they are destroyed the other way round: the controller (its
    // window and account) before the stores it reads and the demo server it talks to.
    Concord::DemoServer demoServer;
    Concord::ProfileStore profiles;
    Concord::KeychainSecretStore keychain;
    Concord::FileSecretStore tokenFile(Concord::SecretStores::defaultFilePath());
    Concord::AppController controller(&profiles, Concord::SecretStores(&keychain, &tokenFile));

    if (parser.isSet(kDemoOption)) {
        if (!demoServer.start()) {
            QMessageBox::critical(nullptr, Concord::AppInfo::name(),
                QCoreApplication::translate("main", "The demo server could not be started: %1")
                    .arg(demoServer.errorString()));
            return 1;
        }
        controller.startDemo(demoServer.baseUrl(), demoServer.token());
    } else if (!controller.start(parser.value(kProfileOption))) {
        QMessageBox::critical(nullptr, Concord::AppInfo::name(), controller.errorString());
        return 2;
    }
    return QApplication::exec();
}
