#include "apiclient.h"

#include "apijob.h"
#include "appinfo.h"
#include "logging.h"
#include "nullcookiejar.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace Concord {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(new NullCookieJar(m_nam));
    // No API call legitimately redirects; a followed 302 would hide a wrong URL or a missing Accept (§1.4).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
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
}

QUrl ApiClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + QStringLiteral("/api/") + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Belt and braces with the NullCookieJar: an injected manager may have had its jar replaced.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_transferTimeoutMs);
    return request;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    const QUrl url = apiUrl(path, query);
    qCDebug(lcHttp).noquote() << "GET" << url.toDisplayString() << "token" << maskedToken(m_token);
    return new ApiJob(m_nam->get(buildRequest(url)), this);
}

QString ApiClient::maskedToken(const QString &token)
{
    if (token.isEmpty()) {
        return QStringLiteral("(none)");
    }
    const qsizetype bar = token.indexOf(QLatin1Char('|'));
    return (bar > 0 ? token.left(bar + 1) : QString()) + QStringLiteral("****");
}

} // namespace Concord
