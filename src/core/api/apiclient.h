#pragma once

#include "apirequest.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;
class QTimer;

namespace Concord {

class ApiError;
class ApiJob;

/// The one way to talk to a Concord CRM server, one per account. It builds every request with
/// the headers the API demands (concord-api.md §1.1), and keeps the account's queue in one place:
/// it paces itself on the rate-limit headers, pauses everything on a 429, retries transient
/// failures of idempotent calls with capped, jittered backoff, and parks calls on a 401 until
/// setToken() brings a new token — nothing is dropped. Models and services never build URLs or
/// touch HTTP themselves.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTransferTimeoutMs = 30000;

    enum class State { Ready, RateLimited, NeedsToken };
    Q_ENUM(State)

    struct RetryPolicy {
        int maxAttempts = 4; ///< first try included
        int baseDelayMs = 500;
        int maxDelayMs = 8000;
    };

    /// Uses `nam` when given (a test may hand in its own), otherwise creates one. Either way the
    /// client configures it: no cookies, redirects not followed.
    explicit ApiClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    /// The address the user knows, without `/api` (e.g. https://crm.example.com).
    void setBaseUrl(const QUrl &baseUrl);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /// Sets the token; when calls were parked for a rejected token, they go out again now.
    void setToken(const QString &token);
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }
    void setTlsTrust(const TlsTrust &trust) { m_trust = trust; }
    [[nodiscard]] TlsTrust tlsTrust() const { return m_trust; }
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    [[nodiscard]] int transferTimeout() const { return m_transferTimeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    /// How many calls may be on the wire at once (HTTP/1.1 keeps six connections per host).
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    /// The server's fixed throttle window: 60 s (§10); tests against a faster emulator shorten it.
    void setRateLimitWindow(int seconds) { m_windowSeconds = qMax(1, seconds); }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    /// Whether the client waits for tokens (the default, for an account at work): a 401 parks the
    /// call until setToken(), and calls made before the first token — while the keychain is
    /// still being read — wait for it too. Without it (a one-off check, as the setup wizard
    /// makes), calls go out with whatever token there is, and a 401 ends them with
    /// ApiError::Kind::Unauthorized.
    void setParksRejectedCalls(bool parks);

    [[nodiscard]] State state() const { return m_state; }
    /// The last X-RateLimit-Limit / -Remaining seen; -1 before any.
    [[nodiscard]] int rateLimit() const { return m_limit; }
    [[nodiscard]] int rateLimitRemaining() const { return m_remaining; }
    /// Calls waiting to go out (paused, paced or parked), not counting those on the wire.
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }

    /// baseUrl + `/api/` + `path`, with `query`.
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query) const;
    [[nodiscard]] QNetworkRequest buildRequest(const QUrl &url) const;

    /// Queues a call; the job reports when it is done, after any retries.
    [[nodiscard]] ApiJob *send(const ApiRequest &request);
    [[nodiscard]] ApiJob *get(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] ApiJob *post(const QString &path, const QJsonValue &body);
    [[nodiscard]] ApiJob *put(const QString &path, const QJsonValue &body);
    [[nodiscard]] ApiJob *deleteResource(const QString &path, const QJsonValue &body = QJsonValue::Undefined);

    /// The token as it may appear in a trace: the id before `|` stays, the secret never does.
    [[nodiscard]] static QString maskedToken(const QString &token);
    /// Loopback hosts may use plain http://; every other host needs https:// or an explicit opt-in.
    [[nodiscard]] static bool isLoopback(const QUrl &url);

Q_SIGNALS:
    void stateChanged(Concord::ApiClient::State state);
    /// A 401: the token was rejected; calls are parked until setToken().
    void tokenRejected();
    /// After a 429: nothing goes out until `until`.
    void rateLimitPaused(const QDateTime &until);
    void rateLimitChanged(int remaining, int limit);
    /// The server presented a certificate that is not trusted; the UI may offer to trust it.
    void untrustedCertificate(const QSslCertificate &certificate, const QString &reason);

private:
    void enqueue(ApiJob *job, bool front);
    void dispatch();
    void startJob(ApiJob *job);
    void onReplyFinished(ApiJob *job, QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void checkPin(QNetworkReply *reply);
    [[nodiscard]] QString changedCertificateReason(const QSslCertificate &certificate) const;
    void rejectCertificate(QNetworkReply *reply, const QSslCertificate &certificate, const QString &reason);
    void readRateLimit(QNetworkReply *reply);
    /// Milliseconds to hold back the next call so that steady work never hits Remaining 0.
    [[nodiscard]] int pacingDelayMs();
    void scheduleDispatch(int delayMs);
    void setState(State state);
    void pauseFor(int seconds);
    [[nodiscard]] int backoffMs(int attempt) const;
    void complete(ApiJob *job, const ApiError &error, int status, const QJsonDocument &json, qsizetype bodySize);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    TlsTrust m_trust;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    RetryPolicy m_retry;
    int m_maxInFlight = 6;
    int m_windowSeconds = 60;
    State m_state = State::Ready;
    bool m_parksRejectedCalls = true;

    QList<QPointer<ApiJob>> m_queue;
    int m_inFlight = 0;
    QTimer *m_dispatchTimer;
    QDateTime m_pausedUntil;

    bool m_sawResponse = false;
    int m_limit = -1;
    int m_remaining = -1;
    QDateTime m_windowStart; ///< estimated start of the server's fixed 60 s window
    QDateTime m_lastDispatch;
};

} // namespace Concord
