#pragma once

#include "httpprobe.h"

#include <emulatorconfig.h>

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace Concord::Emulator {
class EmulatorServer;
}

namespace Concord::Test {

/// An in-process emulator for one test: fixed admin token, fixed clock (2024-06-01T12:00:00Z),
/// control routes on and no rate limit, unless the test's config says otherwise. It runs on the
/// test's thread, so it is served whenever the test waits for a reply (HttpProbe does).
///
///     EmulatorFixture emulator;
///     QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
///     auto me = emulator.http().get("/api/me");
class EmulatorFixture
{
public:
    /// A super-admin token of the 1.5 format (id, `|`, 40 characters and 8 hex digits).
    [[nodiscard]] static QString defaultToken();
    [[nodiscard]] static QDateTime fixedNow();
    [[nodiscard]] static Emulator::EmulatorConfig defaultConfig();

    /// The default config for another server version (`1.2.5` switches every 1.2 rule on).
    [[nodiscard]] static Emulator::EmulatorConfig versionConfig(const QString &appVersion);
    /// A fixture already started (a failure is logged; see isStarted()).
    [[nodiscard]] static std::unique_ptr<EmulatorFixture> started(
        const Emulator::EmulatorConfig &config = defaultConfig());

    explicit EmulatorFixture(const Emulator::EmulatorConfig &config = defaultConfig());
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    /// Seeds and listens; false with errorString() when the server could not start.
    [[nodiscard]] bool start();
    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] QString errorString() const;

    [[nodiscard]] QUrl baseUrl() const;
    /// The admin token the probe sends by default.
    [[nodiscard]] QString token() const;
    [[nodiscard]] Emulator::EmulatorServer &server() { return *m_server; }
    /// A probe bound to baseUrl() and token().
    [[nodiscard]] HttpProbe &http() { return m_probe; }

    /// Control interface shortcuts (these need `control`, on by default).
    HttpResponse setFaults(const QJsonObject &faults);
    HttpResponse reset();
    HttpResponse clearRequestLog();
    /// `GET /__emulator/requests` as an array of `{method, path, query, headers}`.
    [[nodiscard]] QJsonArray requestLog();
    /// The queries of the logged `GET path` requests, in the order they arrived.
    [[nodiscard]] QList<QUrlQuery> getQueries(const QString &path);

    /// Every item of a paginated list route (`/api/contacts`, `/api/trashed/deals`), read page by
    /// page with per_page=100 and the probe's default token unless `headers` say otherwise.
    /// Empty when any page fails, so a caller's QVERIFY on the content catches it.
    [[nodiscard]] QJsonArray fetchAll(const QString &listPath, const HttpProbe::Headers &headers = {});
    /// The first item of `GET /api/{resource}` in its default order; empty on failure.
    [[nodiscard]] QJsonObject firstRecord(const QString &resource);

private:
    std::unique_ptr<Emulator::EmulatorServer> m_server;
    HttpProbe m_probe;
    bool m_started = false;
};

} // namespace Concord::Test
