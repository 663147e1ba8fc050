#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Concord {

/// Turns what a person types as "the server" into the base URL the ApiClient wants: a scheme
/// (https:// when none is given), no query or fragment, and no trailing `/` or `/api` — people
/// paste the address of the web UI, of the API, or of a page they had open.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(Concord::ServerUrl)
public:
    ServerUrl() = delete;

    /// The normalised base URL, or an invalid QUrl with `*error` set to a translated sentence.
    [[nodiscard]] static QUrl normalize(const QString &input, QString *error);
    /// Plain http:// to a host that is not loopback: sends the token readable on the way, so it
    /// needs the user's explicit consent.
    [[nodiscard]] static bool needsInsecureConsent(const QUrl &baseUrl);
};

} // namespace Concord
