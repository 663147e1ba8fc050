#pragma once

#include <QNetworkCookieJar>

namespace Concord {

/// A cookie jar that keeps nothing. The API authenticates with a bearer token only; a stored
/// session cookie would make later requests look like browser requests (concord-api.md §1.2).
class NullCookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    using QNetworkCookieJar::QNetworkCookieJar;

    [[nodiscard]] QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
};

} // namespace Concord
