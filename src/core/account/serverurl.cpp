#include "serverurl.h"

#include "api/apiclient.h"

#include <QRegularExpression>

namespace Concord {

QUrl ServerUrl::normalize(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter the address of your Concord server, such as https://crm.example.com.");
        return {};
    }
    // "crm.example.com" or "localhost:8080": without "://" QUrl would read the host as a scheme.
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || text.contains(QLatin1Char(' '))) {
        *error = tr("\"%1\" is not a web address. Enter it like https://crm.example.com.").arg(input.trimmed());
        return {};
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = tr("Concord is reached over https:// (or http:// on this computer), not %1://.").arg(scheme);
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("Leave the user name and password out of the address; the access token signs you in.");
        return {};
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    // Strip what people paste along: "/", "/api", "/api/", and a page such as "/dashboard" is
    // left alone (Concord may be installed under a sub-path), but "/api/..." means the API root.
    QString path = url.path();
    static const QRegularExpression apiTail(QStringLiteral("/api(/.*)?$"));
    path.remove(apiTail);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    error->clear();
    return url;
}

bool ServerUrl::needsInsecureConsent(const QUrl &baseUrl)
{
    return baseUrl.scheme() == QLatin1String("http") && !ApiClient::isLoopback(baseUrl);
}

} // namespace Concord
