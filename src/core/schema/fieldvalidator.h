#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Concord {

class FieldSchema;

/// Checks a write against the field metadata before anything is sent (issue 5 §1): required,
/// e-mail, URL, hex colour, integer, decimal(15,3), option exists, timezone exists, text length
/// ≤ 191. The result has the shape of a 422's `errors` (attribute → messages, worded like the
/// server's: "The First Name field is required."), so the form shows local and server errors
/// the same way.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(Concord::FieldValidator)
public:
    /// `changes` is the wire JSON about to be sent (FieldCodec::toWire per changed field).
    /// `creating`: a create must carry every required field; an update only must not empty a
    /// required field it sends. `timezones` is the server's list (empty: not checked).
    [[nodiscard]] static QHash<QString, QStringList> validate(const FieldSchema &schema, const QJsonObject &changes,
                                                              bool creating, const QStringList &timezones = {});
};

} // namespace Concord
