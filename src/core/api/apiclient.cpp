#include "apiclient.h"

#include "apierror.h"
#include "apijob.h"
#include "appinfo.h"
#include "logging.h"
#include "nullcookiejar.h"
#include "oneshotupload.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace Concord {

namespace {

const char *const kTlsDetailProperty = "concordTlsDetail";

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_dispatchTimer(new QTimer(this))
{
    m_nam->setCookieJar(new NullCookieJar(m_nam));
    // No API call legitimately redirects; a followed 302 would hide a wrong URL or a missing
    // Accept, and could carry the token to another origin (§1.4).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_dispatchTimer->setSingleShot(true);
    connect(m_dispatchTimer, &QTimer::timeout, this, &ApiClient::dispatch);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setToken(const QString &token)
{
    // Tokens are pasted by people; surrounding whitespace is never part of one (§2.1).
    m_token = token.trimmed();
    if (m_parksRejectedCalls && !m_token.isEmpty() && !m_queue.isEmpty())
        scheduleDispatch(0); // calls made while the token was being read
    if (m_state == State::NeedsToken) {
        qCInfo(lcApi) << "new token: resuming" << m_queue.size() << "parked call(s)";
        setState(State::Ready);
        scheduleDispatch(0);
    }
}

void ApiClient::setParksRejectedCalls(bool parks)
{
    m_parksRejectedCalls = parks;
    scheduleDispatch(0);
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ApiClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/api/") + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Guest routes (POST /api/token) and the wizard's first probe go without a token: an empty
    // "Bearer " would be a malformed credential, not the absence of one.
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Belt and braces with the NullCookieJar: an injected manager may have had its jar replaced.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!m_trust.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_trust.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(request, this);
    connect(job, &ApiJob::aborted, this, [this, job] {
        m_queue.removeAll(job);
        if (job->m_reply) {
            --m_inFlight;
            scheduleDispatch(0);
        }
    });
    const QUrl url = apiUrl(request.path, request.query);
    if (url.scheme() == QLatin1String("http") && !isLoopback(url) && !m_trust.allowInsecureHttp) {
        // Refused before anything is sent: the token must not travel unencrypted.
        QTimer::singleShot(0, job, [this, job] { complete(job, ApiError(ApiError::Kind::InsecureConnection), 0, {}, 0); });
        return job;
    }
    enqueue(job, false);
    return job;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send({"GET", path, query, QJsonValue::Undefined});
}

ApiJob *ApiClient::post(const QString &path, const QJsonValue &body)
{
    return send({"POST", path, {}, body});
}

ApiJob *ApiClient::put(const QString &path, const QJsonValue &body)
{
    return send({"PUT", path, {}, body});
}

ApiJob *ApiClient::deleteResource(const QString &path, const QJsonValue &body)
{
    return send({"DELETE", path, {}, body});
}

void ApiClient::enqueue(ApiJob *job, bool front)
{
    if (front)
        m_queue.prepend(job);
    else
        m_queue.append(job);
    scheduleDispatch(0);
}

void ApiClient::scheduleDispatch(int delayMs)
{
    // One timer: an earlier wake-up wins, a later one never postpones a sooner dispatch.
    if (m_dispatchTimer->isActive() && m_dispatchTimer->remainingTime() <= delayMs)
        return;
    m_dispatchTimer->start(delayMs);
}

int ApiClient::pacingDelayMs()
{
    // Keep one request in reserve: the budget is shared with the user's browser (§10).
    // m_remaining already counts the calls on the wire.
    if (m_limit <= 0 || m_remaining < 0 || m_remaining > 1)
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_windowStart.isValid()) {
        const qint64 untilReset = now.msecsTo(m_windowStart.addSecs(m_windowSeconds)) + 250;
        if (untilReset > 0)
            return int(untilReset);
        // The window is over: a fresh budget, whose start the next answer will tell.
        m_windowStart = {};
        m_remaining = m_limit;
        return 0;
    }
    // The window's start is unknown: go at the rate the limit sustains.
    const qint64 spacing = qint64(m_windowSeconds) * 1000 / m_limit;
    const qint64 since = m_lastDispatch.isValid() ? m_lastDispatch.msecsTo(now) : spacing;
    return since >= spacing ? 0 : int(spacing - since);
}

void ApiClient::dispatch()
{
    // Until the server has told us its limit, one call at a time: a first burst must not overdraw
    // a budget we know nothing about.
    const int maxInFlight = m_sawResponse ? m_maxInFlight : 1;
    while (!m_queue.isEmpty() && m_inFlight < maxInFlight) {
        if (m_state == State::NeedsToken || (m_parksRejectedCalls && m_token.isEmpty()))
            return;
        if (m_state == State::RateLimited) {
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil);
            if (wait > 0) {
                scheduleDispatch(int(wait));
                return;
            }
            // A new window has begun; what the old one had left says nothing now.
            m_remaining = m_limit > 0 ? m_limit : -1;
            m_windowStart = {};
            setState(State::Ready);
        }
        const int delay = pacingDelayMs();
        if (delay > 0) {
            scheduleDispatch(delay);
            return;
        }
        QPointer<ApiJob> job = m_queue.takeFirst();
        if (job)
            startJob(job);
    }
}

void ApiClient::startJob(ApiJob *job)
{
    const ApiRequest &r = job->request();
    const QUrl url = apiUrl(r.path, r.query);
    const QNetworkRequest request = buildRequest(url);
    const QByteArray data = r.body.isUndefined()
        ? QByteArray()
        : (r.body.isArray() ? QJsonDocument(r.body.toArray()) : QJsonDocument(r.body.toObject())).toJson(QJsonDocument::Compact);
    qCDebug(lcHttp).noquote() << r.method << url.toDisplayString() << "token" << maskedToken(m_token);
    QNetworkReply *reply = nullptr;
    if (r.method == "GET") {
        reply = m_nam->get(request);
    } else if (r.isIdempotent()) {
        reply = m_nam->sendCustomRequest(request, r.method, data);
    } else {
        // A write that must not go out twice behind our back (see OneShotUpload).
        QNetworkRequest once = request;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
        auto *upload = new OneShotUpload(data);
        reply = m_nam->sendCustomRequest(once, r.method, upload);
        upload->setParent(reply);
    }
    job->attach(reply);
    ++m_inFlight;
    m_lastDispatch = QDateTime::currentDateTimeUtc();
    if (m_remaining > 0)
        --m_remaining; // counted now, so several calls in flight do not overdraw the budget
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { checkPin(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReplyFinished(job, reply); });
}

void ApiClient::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.first().certificate();
    if (!m_trust.pinnedSha256.isEmpty()) {
        if (TlsTrust::fingerprint(certificate) == m_trust.pinnedSha256.toLower())
            reply->ignoreSslErrors(errors); // the very certificate the user confirmed
        else
            rejectCertificate(reply, certificate, changedCertificateReason(certificate));
        return;
    }
    QStringList problems;
    for (const QSslError &e : errors)
        problems << e.errorString();
    rejectCertificate(reply, certificate,
                      tr("%1 (SHA-256 %2)")
                          .arg(problems.join(QStringLiteral("; ")), QString::fromLatin1(TlsTrust::fingerprint(certificate))));
}

void ApiClient::checkPin(QNetworkReply *reply)
{
    // A pinned certificate is the only one accepted, even one the system would trust: otherwise
    // a changed certificate from a public CA would slip through unnoticed.
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (m_trust.pinnedSha256.isEmpty() || TlsTrust::fingerprint(certificate) == m_trust.pinnedSha256.toLower())
        return;
    rejectCertificate(reply, certificate, changedCertificateReason(certificate));
    reply->abort();
}

QString ApiClient::changedCertificateReason(const QSslCertificate &certificate) const
{
    return tr("the server's certificate has changed (SHA-256 %1; the trusted one is %2)")
        .arg(QString::fromLatin1(TlsTrust::fingerprint(certificate)), QString::fromLatin1(m_trust.pinnedSha256));
}

void ApiClient::rejectCertificate(QNetworkReply *reply, const QSslCertificate &certificate, const QString &reason)
{
    reply->setProperty(kTlsDetailProperty, reason);
    qCWarning(lcApi).noquote() << "TLS:" << reason;
    Q_EMIT untrustedCertificate(certificate, reason);
}

void ApiClient::readRateLimit(QNetworkReply *reply)
{
    bool limitOk = false;
    bool remainingOk = false;
    const int limit = reply->rawHeader("X-RateLimit-Limit").toInt(&limitOk);
    const int remaining = reply->rawHeader("X-RateLimit-Remaining").toInt(&remainingOk);
    if (!limitOk || !remainingOk)
        return; // 401/403/419 may lack them (§10); nothing to learn
    if (remaining == limit - 1)
        m_windowStart = QDateTime::currentDateTimeUtc(); // the first request of a fresh window
    m_limit = limit;
    m_remaining = qMax(0, remaining - m_inFlight);
    Q_EMIT rateLimitChanged(remaining, limit);
}

int ApiClient::backoffMs(int attempt) const
{
    // Exponential with "equal jitter": half fixed, half random, so many clients do not retry in step.
    const int cap = int(qMin<qint64>(m_retry.maxDelayMs, qint64(m_retry.baseDelayMs) << qMin(attempt - 1, 16)));
    return cap / 2 + int(QRandomGenerator::global()->bounded(cap / 2 + 1));
}

void ApiClient::pauseFor(int seconds)
{
    m_pausedUntil = QDateTime::currentDateTimeUtc().addMSecs(qint64(qMax(1, seconds)) * 1000);
    qCInfo(lcApi) << "rate limited: pausing the queue for" << seconds << "s";
    setState(State::RateLimited);
    Q_EMIT rateLimitPaused(m_pausedUntil);
    scheduleDispatch(qMax(1, seconds) * 1000);
}

void ApiClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ApiClient::onReplyFinished(ApiJob *job, QNetworkReply *reply)
{
    --m_inFlight;
    job->m_reply = nullptr;
    reply->deleteLater();
    job->m_http2Used = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    readRateLimit(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_sawResponse = m_sawResponse || status != 0;
    const QByteArray body = reply->readAll();
    // Parsed once, here: the error mapping and the job both need it.
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const QNetworkReply::NetworkError networkError = reply->error();

    ApiError error;
    if (status == 0) {
        const QString tlsDetail = reply->property(kTlsDetailProperty).toString();
        if (!tlsDetail.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            error = ApiError(ApiError::Kind::Tls);
            error.setDetail(tlsDetail.isEmpty() ? reply->errorString() : tlsDetail);
        } else if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
            // Jobs aborted by their owner never get here, so a cancel is the transfer timeout.
            error = ApiError(ApiError::Kind::Timeout);
        } else {
            error = ApiError(ApiError::Kind::Network);
            error.setDetail(networkError == QNetworkReply::ContentReSendError
                                ? tr("the connection dropped after the request was sent; the server may have carried it out")
                                : reply->errorString());
        }
    } else {
        error = ApiError::fromHttp(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body, json,
                                   parseError,
                                   reply->header(QNetworkRequest::LocationHeader).toUrl(), reply->url());
        if (!error.isError() && networkError != QNetworkReply::NoError) {
            error = ApiError(ApiError::Kind::Malformed, status);
            error.setDetail(tr("the answer was cut off"));
        }
    }

    if (error.kind() == ApiError::Kind::RateLimited) {
        // The server did not carry the call out, so sending it again is safe whatever its method.
        int seconds = reply->rawHeader("Retry-After").toInt();
        if (seconds <= 0) {
            const qint64 reset = reply->rawHeader("X-RateLimit-Reset").toLongLong();
            seconds = reset > 0 ? int(reset - QDateTime::currentSecsSinceEpoch()) : 0;
        }
        seconds = seconds > 0 ? seconds : 60;
        m_remaining = 0;
        enqueue(job, true);
        pauseFor(seconds);
        return;
    }
    if (error.kind() == ApiError::Kind::Unauthorized && m_parksRejectedCalls) {
        qCWarning(lcApi) << "token rejected (401): parking" << job->request().method << job->request().path;
        enqueue(job, true);
        if (m_state != State::NeedsToken) {
            setState(State::NeedsToken);
            Q_EMIT tokenRejected();
        }
        return;
    }
    if (error.isTransient() && job->request().isIdempotent() && job->attempts() < m_retry.maxAttempts) {
        const int delay = backoffMs(job->attempts());
        qCInfo(lcApi).noquote() << ApiError::kindName(error.kind()) << "on" << job->request().method << job->request().path
                                << "- retry" << job->attempts() << "in" << delay << "ms";
        QTimer::singleShot(delay, job, [this, job] { enqueue(job, true); });
        scheduleDispatch(0);
        return;
    }
    complete(job, error, status, json, body.size());
    scheduleDispatch(0);
}

void ApiClient::complete(ApiJob *job, const ApiError &error, int status, const QJsonDocument &json, qsizetype bodySize)
{
    if (error.isError()) {
        qCWarning(lcApi).noquote() << job->request().method << job->request().path << "failed:"
                                   << ApiError::kindName(error.kind()) << status << error.detail();
    }
    qCDebug(lcHttp).noquote() << job->request().method << job->request().path << "->" << status << bodySize << "bytes in"
                              << job->m_timer.elapsed() << "ms";
    job->finish(error, status, json);
}

QString ApiClient::maskedToken(const QString &token)
{
    if (token.isEmpty())
        return QStringLiteral("(none)");
    const qsizetype bar = token.indexOf(QLatin1Char('|'));
    return (bar > 0 ? token.left(bar + 1) : QString()) + QStringLiteral("****");
}

} // namespace Concord
