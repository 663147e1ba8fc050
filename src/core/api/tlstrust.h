#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QSslCertificate>

namespace Concord {

/// What an account trusts beyond the system's certificate authorities. Verification stays on:
/// a private CA is added to the trusted ones, and a self-signed certificate is accepted only when
/// its SHA-256 fingerprint is the one the user confirmed — a changed certificate is refused.
struct TlsTrust {
    QByteArray pinnedSha256; ///< lower-case hex of the certificate's SHA-256 digest; empty: none
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureHttp = false; ///< plain http:// to hosts other than loopback

    [[nodiscard]] static QByteArray fingerprint(const QSslCertificate &certificate)
    {
        return certificate.digest(QCryptographicHash::Sha256).toHex();
    }
};

} // namespace Concord
