#pragma once

#include "eventloopstallmeter.h"
#include "listloadoptions.h"
#include "listloadresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Concord {
class ApiClient;
class RecordListModel;
namespace Test {
class EmulatorProcess;
}
} // namespace Concord

namespace Concord::Bench {

class RequestLogCounter;

/// `concord-bench list-load`: starts a concord-emulator child process with N contacts and loads
/// every row through Concord::RecordListModel the way a view scrolled to the end does — whenever
/// the model is idle and canFetchMore(), fetchMore() on the next turn of the event loop — while
/// measuring wall time, this process's CPU time, event-loop stalls and memory. Only the client
/// runs in this process, so the figures are the client's.
class ListLoadBenchmark : public QObject
{
    Q_OBJECT
public:
    explicit ListLoadBenchmark(const ListLoadOptions &options, QObject *parent = nullptr);
    ~ListLoadBenchmark() override;

    /// Starts the emulator and the load; ends in succeeded() or failed(), once.
    void start();

Q_SIGNALS:
    void succeeded(const Concord::Bench::ListLoadResult &result);
    void failed(const QString &message);

private:
    enum class Phase
    {
        Starting,
        Loading,
        Collecting, ///< the model is held idle while the request log is read and cleared
        Finishing, ///< measured; the last entries of the log are being counted
        Done ///< succeeded() or failed() was emitted
    };

    void beginLoad();
    void pump();
    void finishLoad();
    void onLogCollected();
    void fail(const QString &message);
    /// The emulator's command line and output for an error message, the token masked.
    [[nodiscard]] QString describeEmulator() const;
    /// One line on stderr; stdout is for the result only.
    static void note(const QString &text);

    ListLoadOptions m_options;
    QString m_token; ///< generated per run for the emulator's super-admin
    std::unique_ptr<Test::EmulatorProcess> m_emulator;
    ApiClient *m_client = nullptr;
    RecordListModel *m_model = nullptr;
    RequestLogCounter *m_log = nullptr;
    EventLoopStallMeter m_stallMeter;
    /// A zero timer, as QAbstractItemView uses: fetchMore() never runs inside the model's own
    /// signal emission, and a burst of signals asks for one page only.
    QTimer m_pumpTimer;
    Phase m_phase = Phase::Starting;
    ListLoadResult m_result;

    QElapsedTimer m_wall;
    double m_cpuStartMs = 0;
    double m_rssBeforeMiB = 0;
    int m_rowsAtLastCollect = 0;
    int m_collects = 0;
    QElapsedTimer m_collectClock;
    qint64 m_collectNs = 0; ///< time the model was held for log collection, part of wall_ms
};

} // namespace Concord::Bench
