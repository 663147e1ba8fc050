#pragma once

#include "fielddef.h"

#include <QJsonValue>

namespace Concord::Emulator {

class DataStore;
class ValidationErrors;

/// Turns a written JSON value into its stored form after validating it (§8.3 write column), and
/// a stored value into what the server reads back (§8.3 read column). One place per type, so
/// built-in and custom fields agree.
class ValueCodec
{
public:
    ValueCodec(const DataStore &store, const QString &labelKey)
        : m_store(store)
        , m_labelKey(labelKey)
    {
    }

    /// Validates a non-null input. On failure adds an error under `errorKey` and returns false.
    bool toStored(const FieldDef &field, const QJsonValue &input, const QString &errorKey, QJsonValue *stored,
                  ValidationErrors &errors) const;
    /// The read form of a stored value (null included).
    [[nodiscard]] QJsonValue toRead(const FieldDef &field, const QJsonValue &stored) const;

    /// Laravel's TrimStrings + ConvertEmptyStringsToNull, applied to a whole body.
    static QJsonValue normalizeInput(const QJsonValue &value);

private:
    const DataStore &m_store;
    QString m_labelKey;
};

} // namespace Concord::Emulator
