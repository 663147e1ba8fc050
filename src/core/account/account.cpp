#include "account.h"

#include "api/apiclient.h"
#include "api/currentuserjob.h"
#include "api/lookupservice.h"
#include "logging.h"
#include "offline/changequeue.h"
#include "secretjob.h"
#include "secretstore.h"

namespace Concord {

Account::Account(const Profile &profile, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , m_client(new ApiClient(nullptr, this))
    , m_changeQueue(new ChangeQueue(m_client, this))
{
    m_client->setBaseUrl(profile.serverUrl);
    m_client->setTlsTrust(profile.tlsTrust());
    connect(m_client, &ApiClient::stateChanged, this, &Account::onClientStateChanged);
}

Account::~Account()
{
    if (m_userJob)
        m_userJob->abort();
}

void Account::open()
{
    setState(State::Connecting);
    SecretJob *job = m_store->readSecret(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, job] { onTokenRead(job); });
}

void Account::onTokenRead(SecretJob *job)
{
    // A blank entry is no token either: given one, the client would hold every call (this
    // check too) for a token that never comes, and the account would stay Connecting.
    if (job->error() == SecretJob::Error::NotFound || (job->isOk() && job->secret().trimmed().isEmpty())) {
        setState(State::NeedsToken, tr("No access token is stored for %1. Enter one to sign in.").arg(m_profile.name));
        return;
    }
    if (!job->isOk()) {
        qCWarning(lcApi) << "token of profile" << m_profile.id << "could not be read:" << job->error();
        setState(State::SecretUnavailable, job->errorString());
        return;
    }
    m_client->setToken(job->secret());
    checkUser();
}

void Account::checkUser()
{
    // A check still waiting (parked on the token useToken() replaces) would answer for the new
    // token too, and its finished() must not be read as the new check's: one check at a time.
    if (m_userJob)
        m_userJob->abort();
    CurrentUserJob *job = LookupService(m_client).me();
    m_userJob = job;
    connect(job, &ServiceJob::finished, this, [this, job] {
        if (!job->isOk()) {
            // A 401 never arrives here: the client parks it and reports NeedsToken itself.
            if (job->error().kind() == ApiError::Kind::Network || job->error().kind() == ApiError::Kind::Timeout)
                setState(State::Unreachable, job->error().userMessage());
            else
                setState(State::Online, job->error().userMessage());
            return;
        }
        const CurrentUser user = job->user();
        if (user.name != m_profile.userName || user.email != m_profile.userEmail || user.id != m_profile.userId) {
            m_profile.userId = user.id;
            m_profile.userName = user.name;
            m_profile.userEmail = user.email;
            Q_EMIT profileChanged(m_profile);
        }
        setState(State::Online);
    });
}

void Account::useToken(const QString &token)
{
    m_client->setToken(token);
    checkUser();
}

void Account::onClientStateChanged()
{
    switch (m_client->state()) {
    case ApiClient::State::NeedsToken:
        setState(State::NeedsToken, tr("The server rejected the access token of %1. Enter a new one; "
                                       "the work waiting for it is kept and goes on afterwards.")
                                        .arg(m_profile.name));
        break;
    case ApiClient::State::RateLimited:
        setState(State::RateLimited);
        break;
    case ApiClient::State::Ready:
        if (m_state == State::RateLimited)
            setState(State::Online);
        else if (m_state == State::NeedsToken)
            setState(State::Connecting); // replaceToken()'s check says Online
        break;
    }
}

void Account::setState(State state, const QString &problem)
{
    const bool changed = state != m_state || problem != m_problem;
    m_state = state;
    m_problem = problem;
    if (changed)
        Q_EMIT stateChanged(state);
}

} // namespace Concord
