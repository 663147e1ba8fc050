#pragma once

#include <QProcess>
#include <QRegularExpressionMatch>
#include <QStringList>
#include <QUrl>

namespace Concord::Test {

/// The concord-emulator executable run as a child process, for tests of its command line and
/// for tests that want the emulator out of their own process. Killed when destroyed.
class EmulatorProcess
{
public:
    /// concord-emulator beside the running test executable (both land in build/bin).
    [[nodiscard]] static QString program();

    explicit EmulatorProcess(const QStringList &arguments);
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    /// Starts it and waits for `listening on http://HOST:PORT`; false when it exits first or
    /// says nothing in time (see output() and errorOutput()).
    [[nodiscard]] bool start(int timeoutMs = 15000);
    /// Waits until stdout or stderr so far match `pattern`; an invalid match on timeout or exit.
    QRegularExpressionMatch waitForOutput(const QRegularExpression &pattern, int timeoutMs = 5000);
    /// Waits for the process to end by itself; false on timeout.
    bool waitForExit(int timeoutMs = 10000);

    /// http://HOST:PORT as announced, without /api.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString output() const { return QString::fromUtf8(m_stdout); }
    [[nodiscard]] QString errorOutput() const { return QString::fromUtf8(m_stderr); }
    [[nodiscard]] QProcess &process() { return m_process; }
    /// What a failure message needs: the command line and everything it printed.
    [[nodiscard]] QString describe() const;

private:
    void readAvailable();

    QProcess m_process;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
};

} // namespace Concord::Test
