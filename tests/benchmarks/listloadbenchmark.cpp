#include "listloadbenchmark.h"

#include "processusage.h"
#include "requestlogcounter.h"

#include "api/apiclient.h"
#include "models/recordlistmodel.h"

#include <emulatorprocess.h>

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

namespace Concord::Bench {

namespace {

const QString Resource = QStringLiteral("contacts");
const QString ListPath = QStringLiteral("/api/contacts");

// The log holds 5000 requests; reading it every 2000 rows (20 pages of 100, or 134 of 15) leaves
// a wide margin even with the client's retries.
constexpr int CollectEveryRows = 2000;

/// A fresh super-admin token in the 1.5 format (id, `|`, 40 characters, 8 hex digits), so no
/// fixed secret sits in the source and two runs never share one.
QString generateToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return QStringLiteral("1|%1%2").arg(secret).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// The contacts table as the desktop's navigator shows it, so the model holds what it would in the app.
QVector<RecordListModel::Column> contactColumns()
{
    using Format = RecordListModel::Format;
    return {{QStringLiteral("display_name"), QStringLiteral("Name"), Format::Text},
        {QStringLiteral("email"), QStringLiteral("Email"), Format::Text},
        {QStringLiteral("phones.number"), QStringLiteral("Phone"), Format::Text},
        {QStringLiteral("user.name"), QStringLiteral("Owner"), Format::Text},
        {QStringLiteral("created_at"), QStringLiteral("Created"), Format::DateTime}};
}

} // namespace

ListLoadBenchmark::ListLoadBenchmark(const ListLoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ListLoadBenchmark::pump);
}

ListLoadBenchmark::~ListLoadBenchmark()
{
    // Killing the emulator below emits finished(); that is the end we chose, not a failure.
    if (m_emulator)
        m_emulator->process().disconnect(this);
}

void ListLoadBenchmark::start()
{
    const QString program = Test::EmulatorProcess::program();
    if (!QFileInfo(program).isExecutable()) {
        fail(QStringLiteral("%1 is missing; build the concord-emulator target").arg(program));
        return;
    }
    m_token = generateToken();
    m_emulator = std::make_unique<Test::EmulatorProcess>(
        m_options.emulatorArguments() << QStringLiteral("--token") << m_token);
    // Seeding is linear in N (3 to 7 s for 100,000 contacts on two busy cores); allow for slower machines.
    const int startTimeoutMs = 15000 + m_options.records / 10;
    QElapsedTimer seeding;
    seeding.start();
    if (!m_emulator->start(startTimeoutMs)) {
        fail(QStringLiteral("concord-emulator did not start (%1)").arg(describeEmulator()));
        return;
    }
    note(QStringLiteral("emulator %1 ready in %2 ms: %3")
             .arg(m_emulator->baseUrl().toString())
             .arg(seeding.elapsed())
             .arg(m_options.emulatorArguments().join(QLatin1Char(' '))));
    connect(&m_emulator->process(), &QProcess::finished, this,
        [this] { fail(QStringLiteral("concord-emulator exited during the load (%1)").arg(describeEmulator())); });

    m_client = new ApiClient(nullptr, this);
    m_client->setBaseUrl(m_emulator->baseUrl());
    m_client->setToken(m_token);
    m_model = new RecordListModel(m_client, this);
    m_log = new RequestLogCounter(m_emulator->baseUrl(), ListPath, this);
    connect(m_log, &RequestLogCounter::failed, this, &ListLoadBenchmark::fail);
    connect(m_log, &RequestLogCounter::cleared, this, &ListLoadBenchmark::beginLoad);
    connect(m_log, &RequestLogCounter::collected, this, &ListLoadBenchmark::onLogCollected);
    // Idle after a page (rows inserted or not) or after an error: look on the next loop turn.
    connect(m_model, &RecordListModel::stateChanged, &m_pumpTimer, qOverload<>(&QTimer::start));
    m_log->clear();
}

void ListLoadBenchmark::beginLoad()
{
    m_phase = Phase::Loading;
    m_rssBeforeMiB = ProcessUsage::residentMiB();
    m_stallMeter.start();
    m_cpuStartMs = ProcessUsage::cpuMs();
    m_wall.start();
    // The first fetch: setResource() asks for page 1 itself, as it does in the app.
    m_model->setResource(Resource, contactColumns());
}

void ListLoadBenchmark::pump()
{
    if (m_phase != Phase::Loading)
        return;
    switch (m_model->state()) {
    case RecordListModel::State::Loading:
        return;
    case RecordListModel::State::Error:
        fail(QStringLiteral("a page failed after %1 rows: %2").arg(m_model->rowCount()).arg(m_model->errorString()));
        return;
    case RecordListModel::State::Idle:
        break;
    }
    const int rows = m_model->rowCount();
    if (rows >= m_options.records || !m_model->canFetchMore({})) {
        finishLoad();
        return;
    }
    if (rows - m_rowsAtLastCollect >= CollectEveryRows) {
        // Between pages nothing of ours is on the wire, so reading then clearing loses nothing.
        m_phase = Phase::Collecting;
        m_rowsAtLastCollect = rows;
        m_collectClock.start();
        m_log->collect();
        return;
    }
    m_model->fetchMore({});
}

void ListLoadBenchmark::finishLoad()
{
    m_result.wallMs = double(m_wall.nsecsElapsed()) / 1e6;
    m_result.clientCpuMs = ProcessUsage::cpuMs() - m_cpuStartMs;
    m_stallMeter.stop();
    m_result.maxEventLoopStallMs = m_stallMeter.maxGapMs();
    m_result.rssMiB = ProcessUsage::residentMiB();
    m_result.records = m_model->rowCount();
    m_phase = Phase::Finishing;
    m_log->collect();
}

void ListLoadBenchmark::onLogCollected()
{
    if (m_phase == Phase::Collecting) {
        ++m_collects;
        m_collectNs += m_collectClock.nsecsElapsed();
        m_phase = Phase::Loading;
        pump();
        return;
    }
    if (m_phase != Phase::Finishing)
        return;
    m_result.requests = m_log->total();
    note(QStringLiteral(
        "loaded %1 rows (meta.total %2) in %3 requests; %4 log reads mid-load took %5 ms of the wall time")
             .arg(m_result.records)
             .arg(m_model->totalCount())
             .arg(m_result.requests)
             .arg(m_collects)
             .arg(double(m_collectNs) / 1e6, 0, 'f', 1));
    note(QStringLiteral("event-loop gaps over 16 ms: %1; the most GUI-thread CPU time within one gap: %2 ms "
                        "(any longer gap is time the OS gave to other processes)")
             .arg(m_stallMeter.gapsOver(16.0))
             .arg(m_stallMeter.maxBusyMs(), 0, 'f', 1));
    note(QStringLiteral("rss %1 MiB before the load, %2 MiB after")
             .arg(m_rssBeforeMiB, 0, 'f', 1)
             .arg(m_result.rssMiB, 0, 'f', 1));
    if (m_result.records != m_options.records) {
        fail(QStringLiteral("the model holds %1 rows, not %2, and has nothing more to fetch")
                 .arg(m_result.records)
                 .arg(m_options.records));
        return;
    }
    m_phase = Phase::Done;
    Q_EMIT succeeded(m_result);
}

void ListLoadBenchmark::fail(const QString &message)
{
    if (m_phase == Phase::Done)
        return; // the outcome is reported once; a late error changes nothing
    m_phase = Phase::Done;
    m_pumpTimer.stop();
    m_stallMeter.stop();
    Q_EMIT failed(message);
}

QString ListLoadBenchmark::describeEmulator() const
{
    // Its command line holds the token; masked as in every trace of the project.
    return m_emulator->describe().replace(m_token, ApiClient::maskedToken(m_token));
}

void ListLoadBenchmark::note(const QString &text)
{
    QTextStream(stderr) << "concord-bench: " << text << Qt::endl;
}

} // namespace Concord::Bench
