#include "emulatorfixture.h"

#include <emulatorserver.h>

namespace Concord::Test {

QString EmulatorFixture::defaultToken()
{
    return QStringLiteral("1|FixtureAdminTokenFixtureAdminTokenFixtur0a1b2c3d");
}

QDateTime EmulatorFixture::fixedNow()
{
    return QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
}

Emulator::EmulatorConfig EmulatorFixture::defaultConfig()
{
    Emulator::EmulatorConfig config;
    config.tokens = QStringList {defaultToken()};
    config.fixedNow = fixedNow();
    config.control = true;
    // Most tests send far more than 90 requests a minute; the throttle has tests of its own.
    config.rateLimit = 0;
    return config;
}

Emulator::EmulatorConfig EmulatorFixture::versionConfig(const QString &appVersion)
{
    auto config = defaultConfig();
    config.appVersion = appVersion;
    return config;
}

std::unique_ptr<EmulatorFixture> EmulatorFixture::started(const Emulator::EmulatorConfig &config)
{
    auto fixture = std::make_unique<EmulatorFixture>(config);
    // Said here so a caller may skip its own check: its requests then fail with status 0.
    if (!fixture->start())
        qWarning("the emulator did not start: %s", qPrintable(fixture->errorString()));
    return fixture;
}

EmulatorFixture::EmulatorFixture(const Emulator::EmulatorConfig &config)
    : m_server(std::make_unique<Emulator::EmulatorServer>(config))
{
}

EmulatorFixture::~EmulatorFixture() = default;

bool EmulatorFixture::start()
{
    if (!m_server->start())
        return false;
    m_probe.setBaseUrl(m_server->baseUrl());
    m_probe.setToken(token());
    m_started = true;
    return true;
}

QString EmulatorFixture::errorString() const
{
    return m_server->errorString();
}

QUrl EmulatorFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QString EmulatorFixture::token() const
{
    const QStringList tokens = m_server->adminTokens();
    return tokens.isEmpty() ? QString() : tokens.constFirst();
}

HttpResponse EmulatorFixture::setFaults(const QJsonObject &faults)
{
    return m_probe.post(QStringLiteral("/__emulator/faults"), faults);
}

HttpResponse EmulatorFixture::reset()
{
    return m_probe.post(QStringLiteral("/__emulator/reset"));
}

HttpResponse EmulatorFixture::clearRequestLog()
{
    return m_probe.del(QStringLiteral("/__emulator/requests"));
}

QJsonArray EmulatorFixture::requestLog()
{
    return m_probe.get(QStringLiteral("/__emulator/requests")).array();
}

QJsonArray EmulatorFixture::fetchAll(const QString &listPath, const HttpProbe::Headers &headers)
{
    QJsonArray all;
    const QChar separator = listPath.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    // The bound keeps a broken last_page from looping forever.
    for (int page = 1; page <= 1000; ++page) {
        const auto response
            = m_probe.get(listPath + separator + QStringLiteral("per_page=100&page=%1").arg(page), headers);
        if (response.status != 200)
            return {};
        for (const auto &item : response.data())
            all.append(item);
        const QJsonObject meta = response.value(QStringLiteral("meta")).toObject();
        if (meta.value(QStringLiteral("current_page")).toInt() >= meta.value(QStringLiteral("last_page")).toInt())
            break;
    }
    return all;
}

QJsonObject EmulatorFixture::firstRecord(const QString &resource)
{
    return m_probe.get(QStringLiteral("/api/%1?per_page=1").arg(resource)).data().at(0).toObject();
}

QList<QUrlQuery> EmulatorFixture::getQueries(const QString &path)
{
    QList<QUrlQuery> queries;
    const QJsonArray log = requestLog();
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(QLatin1String("method")).toString() == QLatin1String("GET")
            && request.value(QLatin1String("path")).toString() == path)
            queries.append(QUrlQuery(request.value(QLatin1String("query")).toString()));
    }
    return queries;
}

} // namespace Concord::Test
