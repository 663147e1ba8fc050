#include "setupcontext.h"

#include "api/apiclient.h"

namespace Concord {

SetupContext::SetupContext(ProfileStore *profileStore, const SecretStores &secretStores)
    : profiles(profileStore)
    , stores(secretStores)
    , transferTimeoutMs(ApiClient::DefaultTransferTimeoutMs)
{
}

TlsTrust SetupContext::tlsTrust() const
{
    TlsTrust trust;
    trust.pinnedSha256 = pinnedSha256;
    trust.allowInsecureHttp = allowInsecureHttp;
    return trust;
}

std::unique_ptr<ApiClient> SetupContext::newClient(const QString &token) const
{
    return newClient(serverUrl, tlsTrust(), token);
}

std::unique_ptr<ApiClient> SetupContext::newClient(const QUrl &url, const TlsTrust &trust, const QString &token) const
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(url);
    client->setTlsTrust(trust);
    client->setToken(token);
    client->setParksRejectedCalls(false);
    client->setTransferTimeout(transferTimeoutMs);
    client->setRetryPolicy({1, 0, 0});
    return client;
}

} // namespace Concord
