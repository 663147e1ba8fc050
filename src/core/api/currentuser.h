#pragma once

#include <QJsonObject>
#include <QString>


namespace Concord {

/// The signed-in user as `GET /api/me` describes them (§2.3): the keys a client needs.
struct CurrentUser
{
    qint64 id = 0;
    QString name;
    QString email;
    QString timezone; ///< IANA name; dates are shown in it
    QString dateFormat; ///< PHP date letters, e.g. `m/d/Y`
    QString timeFormat; ///< PHP date letters, e.g. `H:i`
    bool superAdmin = false;
    /// The whole answer, for those who show more than the keys above (concordctl me).
    QJsonObject raw;

    /// `*ok` is false when `json` has no positive numeric `id`.
    [[nodiscard]] static CurrentUser fromJson(const QJsonObject &json, bool *ok);
};

} // namespace Concord
