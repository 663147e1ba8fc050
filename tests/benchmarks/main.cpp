// concord-bench: measured figures of the client against a concord-emulator child process.
// stdout carries exactly one JSON line per run (a contract for scripts); everything else,
// including why a run failed, goes to stderr. Exit status: 0 done, 1 the run failed, 2 usage.
#include "listloadbenchmark.h"
#include "listloadoptions.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using Concord::Bench::ListLoadBenchmark;
using Concord::Bench::ListLoadOptions;
using Concord::Bench::ListLoadResult;

int main(int argc, char *argv[])
{
    // QCoreApplication is enough: RecordListModel is QtCore, and a benchmark of the model must
    // not pay for a platform plugin it does not use.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concord-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        QTextStream(stdout) << ListLoadOptions::usage();
        return 0;
    }
    QString error;
    const std::optional<ListLoadOptions> options = ListLoadOptions::parse(arguments, &error);
    if (!options) {
        QTextStream(stderr) << "concord-bench: " << error << '\n' << ListLoadOptions::usage();
        return 2;
    }

    ListLoadBenchmark benchmark(*options);
    QObject::connect(&benchmark, &ListLoadBenchmark::succeeded, &app, [](const ListLoadResult &result) {
        const QByteArray line = result.toJsonLine() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QObject::connect(&benchmark, &ListLoadBenchmark::failed, &app, [](const QString &message) {
        QTextStream(stderr) << "concord-bench: " << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    // From inside the event loop, so that exit() in a handler always reaches it.
    QTimer::singleShot(0, &benchmark, &ListLoadBenchmark::start);
    return app.exec();
}
