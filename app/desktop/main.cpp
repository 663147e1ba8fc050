#include "api/apiclient.h"
#include "appinfo.h"
#include "demoserver.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// Our strings from :/i18n, Qt's own (standard buttons, shortcuts) from the Qt installation.
void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("concord-desktop"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("concord-desktop"));
    QApplication::setOrganizationName(Concord::AppInfo::organizationName());
    QApplication::setOrganizationDomain(Concord::AppInfo::organizationDomain());
    QApplication::setApplicationVersion(Concord::AppInfo::version());
    QGuiApplication::setDesktopFileName(QStringLiteral("concord-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/concord-desktop.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A native desktop client for Concord CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try the program on demo data from a built-in server."));
    parser.addOption(demoOption);
    parser.process(app);

    // Declared in this order so that they are destroyed the other way round: the window (and its
    // model) before the client it uses, the client before the server it talks to.
    Concord::DemoServer demoServer;
    Concord::ApiClient client;
    Concord::MainWindow window;

    if (parser.isSet(demoOption)) {
        if (!demoServer.start()) {
            QMessageBox::critical(nullptr, Concord::AppInfo::name(),
                QCoreApplication::translate("main", "The demo server could not be started: %1")
                    .arg(demoServer.errorString()));
            return 1;
        }
        client.setBaseUrl(demoServer.baseUrl());
        client.setToken(demoServer.token());
        window.setApiClient(&client, true);
    }
    window.show();
    return QApplication::exec();
}
