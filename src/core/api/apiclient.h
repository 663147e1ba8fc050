#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrlQuery;

namespace Concord {

class ApiJob;

/// The one way to talk to a Concord CRM server: builds every request with the headers the API
/// demands (concord-api.md §1.1) and hands back job objects. Models and services never build
/// URLs or touch HTTP themselves.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTransferTimeoutMs = 30000;

    /// Uses `nam` when given (a test may hand in its own), otherwise creates one. Either way the
    /// client configures it: no cookies, redirects not followed.
    explicit ApiClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    /// The address the user knows, without `/api` (e.g. https://crm.example.com).
    void setBaseUrl(const QUrl &baseUrl);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token);
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    [[nodiscard]] int transferTimeout() const { return m_transferTimeoutMs; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// baseUrl + `/api/` + `path`, with `query`.
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query) const;
    [[nodiscard]] QNetworkRequest buildRequest(const QUrl &url) const;

    /// `GET /api/<path>?<query>`.
    [[nodiscard]] ApiJob *get(const QString &path, const QUrlQuery &query);

    /// The token as it may appear in a trace: the id before `|` stays, the secret never does.
    [[nodiscard]] static QString maskedToken(const QString &token);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};

} // namespace Concord
