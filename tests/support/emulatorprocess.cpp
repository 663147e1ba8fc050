#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace Concord::Test {

QString EmulatorProcess::program()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("concord-emulator"));
}

EmulatorProcess::EmulatorProcess(const QStringList &arguments)
    : m_arguments(arguments)
{
    m_process.setProgram(program());
    m_process.setArguments(arguments);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readAvailable(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { readAvailable(); });
}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void EmulatorProcess::readAvailable()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

bool EmulatorProcess::start(int timeoutMs)
{
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (http://[^\\s/]+)"));
    const auto match = waitForOutput(listening, timeoutMs);
    if (!match.hasMatch())
        return false;
    m_baseUrl = QUrl(match.captured(1));
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

QRegularExpressionMatch EmulatorProcess::waitForOutput(const QRegularExpression &pattern, int timeoutMs)
{
    const auto matchNow = [&] {
        readAvailable();
        auto match = pattern.match(QString::fromUtf8(m_stdout));
        return match.hasMatch() ? match : pattern.match(QString::fromUtf8(m_stderr));
    };
    auto match = matchNow();
    if (match.hasMatch() || m_process.state() == QProcess::NotRunning)
        return match;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    const auto check = [&] {
        match = matchNow();
        if (match.hasMatch())
            loop.quit();
    };
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, check);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &loop, check);
    deadline.start(timeoutMs);
    loop.exec();
    return matchNow();
}

bool EmulatorProcess::waitForExit(int timeoutMs)
{
    const bool finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    readAvailable();
    return finished;
}

QString EmulatorProcess::describe() const
{
    return QStringLiteral("concord-emulator %1\nstdout: %2\nstderr: %3")
        .arg(m_arguments.join(QLatin1Char(' ')), output(), errorOutput());
}

} // namespace Concord::Test
