#include "profileloader.h"

#include "account/profilestore.h"
#include "account/secretjob.h"
#include "account/secretstore.h"
#include "account/serverurl.h"

namespace Concord {

ProfileLoader::ProfileLoader(const SecretStores &stores, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
{
}

bool ProfileLoader::find(const ProfileStore &profiles, const QString &name, const QUrl &server)
{
    m_profile = profiles.profileByName(name);
    if (!m_profile.isValid()) {
        QStringList names;
        for (const Profile &p : profiles.profiles())
            names << p.name;
        m_errorString = names.isEmpty()
            ? tr("there is no profile named \"%1\"; set one up in Concord Desktop first").arg(name)
            : tr("there is no profile named \"%1\"; saved profiles: %2").arg(name, names.join(QStringLiteral(", ")));
        return false;
    }
    QString ignored;
    if (!server.isEmpty() && ServerUrl::normalize(server.toString(), &ignored) != m_profile.serverUrl) {
        m_errorString = tr("profile \"%1\" is for %2, not %3; leave --server out to use the profile's server")
                            .arg(m_profile.name, m_profile.serverUrl.toString(), server.toString());
        return false;
    }
    return true;
}

void ProfileLoader::readToken()
{
    SecretStore *store = m_stores.forProfile(m_profile);
    SecretJob *job = store->readSecret(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, job, store] {
        if (job->isOk() && !job->secret().isEmpty()) {
            Q_EMIT tokenRead(job->secret());
            return;
        }
        const QString reason = job->error() == SecretJob::Error::NotFound
            ? tr("no access token is stored for it; enter one in Concord Desktop")
            : job->errorString();
        Q_EMIT failed(tr("the token of profile \"%1\" could not be read from %2: %3")
                          .arg(m_profile.name, store->describe(), reason));
    });
}

} // namespace Concord
