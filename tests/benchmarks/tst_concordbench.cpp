// concord-bench's command-line contract, run as the real executable (which starts its own
// concord-emulator): one JSON line with the six figures on stdout, the request count right,
// usage errors with exit status 2. No timing is judged; machines are too noisy for that.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

/// What one run of concord-bench left behind.
struct BenchRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("finished %1, exit %2\nstdout: %3\nstderr: %4")
            .arg(finished)
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

BenchRun runBench(const QStringList &arguments)
{
    QProcess process;
    process.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("concord-bench")), arguments);
    BenchRun run;
    run.finished = process.waitForFinished(100000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestConcordBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listLoad_data();
    void listLoad();
    void badArguments_data();
    void badArguments();
};

void TestConcordBench::listLoad_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("requests");
    QTest::newRow("2000 rows, pages of 100")
        << QStringList {QStringLiteral("--records"), QStringLiteral("2000")} << 2000 << 20;
    // The server's cap, not the model's 100, decides the page size: ceil(301 / 15) pages.
    QTest::newRow("301 rows, pages of 15") << QStringList {QStringLiteral("--records"), QStringLiteral("301"),
        QStringLiteral("--per-page"), QStringLiteral("15")}
                                           << 301 << 21;
}

void TestConcordBench::listLoad()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, records);
    QFETCH(int, requests);

    const BenchRun run = runBench(QStringList {QStringLiteral("list-load")} + arguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.endsWith('\n') && run.out.count('\n') == 1, qPrintable(run.describe()));

    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(run.describe()));
    const QJsonObject figures = document.object();
    const QStringList keys {QStringLiteral("records"), QStringLiteral("requests"), QStringLiteral("wall_ms"),
        QStringLiteral("client_cpu_ms"), QStringLiteral("max_event_loop_stall_ms"), QStringLiteral("rss_mb")};
    QCOMPARE(figures.keys().size(), keys.size());
    for (const QString &key : keys) {
        QVERIFY2(figures.value(key).isDouble(),
            qPrintable(key + QStringLiteral(" is missing or not a number: ") + run.describe()));
        QVERIFY2(
            figures.value(key).toDouble() >= 0, qPrintable(key + QStringLiteral(" is negative: ") + run.describe()));
    }
    QCOMPARE(figures.value(QLatin1String("records")).toInt(), records);
    QCOMPARE(figures.value(QLatin1String("requests")).toInt(), requests);
    QVERIFY2(figures.value(QLatin1String("rss_mb")).toDouble() > 0, qPrintable(run.describe()));
}

void TestConcordBench::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("unknown command") << QStringList {
        QStringLiteral("load-all"), QStringLiteral("--records"), QStringLiteral("10")};
    QTest::newRow("no --records") << QStringList {QStringLiteral("list-load")};
    QTest::newRow("--records not a number")
        << QStringList {QStringLiteral("list-load"), QStringLiteral("--records"), QStringLiteral("ten")};
    QTest::newRow("--records 0") << QStringList {
        QStringLiteral("list-load"), QStringLiteral("--records"), QStringLiteral("0")};
    QTest::newRow("--records without value") << QStringList {QStringLiteral("list-load"), QStringLiteral("--records")};
    QTest::newRow("--per-page 0") << QStringList {QStringLiteral("list-load"), QStringLiteral("--records"),
        QStringLiteral("10"), QStringLiteral("--per-page"), QStringLiteral("0")};
    QTest::newRow("unknown option") << QStringList {
        QStringLiteral("list-load"), QStringLiteral("--records"), QStringLiteral("10"), QStringLiteral("--fast")};
}

void TestConcordBench::badArguments()
{
    QFETCH(QStringList, arguments);

    const BenchRun run = runBench(arguments);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains("usage: concord-bench list-load"), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestConcordBench)
#include "tst_concordbench.moc"
