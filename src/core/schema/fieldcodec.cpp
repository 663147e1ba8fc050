#include "fieldcodec.h"

#include "fielddefinition.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Concord {

namespace {

// Beyond 2^53 a double no longer holds every integer, so a larger "integer" is not one we can trust.
constexpr double kLargestExactInteger = 9007199254740992.0;

/// A JSON number without a fraction (200 and 200.0 alike: JSON does not tell them apart).
bool integerOf(const QJsonValue &json, qint64 *out)
{
    if (!json.isDouble())
        return false;
    const double value = json.toDouble();
    if (std::trunc(value) != value || std::fabs(value) > kLargestExactInteger)
        return false;
    // toInteger() keeps the exact value when the document held an integer literal.
    *out = json.toInteger(qint64(value));
    return true;
}

bool isIntegerType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isNumberType(const QVariant &value)
{
    return isIntegerType(value) || value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

/// Qt 6's QVariant::isNull() looks into the payload for pointers only; an editor's empty QDate
/// or QDateTime means "no value" all the same.
bool isNoValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return value.isNull();
    }
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

/// The option a value names: an option object by the field's valueKey (falling back to `id`),
/// else the id itself — a number, or a string for string-valued choices (a deal's status).
QVariant optionValueOf(const FieldDefinition &field, const QJsonValue &json)
{
    if (json.isObject()) {
        const QJsonObject option = json.toObject();
        const QJsonValue id = option.value(field.valueKey());
        return optionValueOf(field, id.isUndefined() ? option.value(QLatin1String("id")) : id);
    }
    qint64 id = 0;
    if (integerOf(json, &id))
        return id;
    if (json.isString() && !json.toString().isEmpty())
        return json.toString();
    return {};
}

/// Option or record ids, read from option objects or bare ids; one bad item spoils the list,
/// rather than silently dropping a choice the next write would then remove.
QVariant idListOf(const FieldDefinition &field, const QJsonValue &json)
{
    if (!json.isArray())
        return {};
    QVariantList ids;
    const QJsonArray items = json.toArray();
    for (const QJsonValue &item : items) {
        const QVariant id = optionValueOf(field, item);
        if (!id.isValid())
            return {};
        ids.append(id);
    }
    return ids;
}

/// §6.2: the date is the first ten characters, whatever follows; converting the midnight-UTC
/// timestamp to local time would move it a day back west of UTC.
QVariant dateOf(const QJsonValue &json)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$"));
    const QRegularExpressionMatch match = form.match(json.toString());
    if (!json.isString() || !match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? QVariant(date) : QVariant();
}

/// ISO with Z (or an offset), or the "Y-m-d H:i:s" a write uses; a time without a zone is UTC,
/// as every date-time on the wire is (§6.2).
QVariant dateTimeOf(const QJsonValue &json)
{
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?(Z|([+-])(\\d{2}):?(\\d{2}))?$"));
    const QRegularExpressionMatch match = form.match(json.toString());
    if (!json.isString() || !match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    QTime time = QTime::fromString(
        match.captured(2), match.capturedLength(2) == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    time = time.addMSecs(match.captured(3).leftJustified(3, QLatin1Char('0')).left(3).toInt());
    int offsetSeconds = 0;
    if (match.capturedLength(5) > 0) {
        const int sign = match.captured(5) == QLatin1String("-") ? -1 : 1;
        offsetSeconds = sign * (match.captured(6).toInt() * 3600 + match.captured(7).toInt() * 60);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

/// A decimal as a number, or as the numeric string some servers send (§6.2).
QVariant decimalOf(const QJsonValue &json)
{
    double value = 0;
    return FieldCodec::numberOf(json, &value) ? QVariant(value) : QVariant();
}

QVariant phonesOf(const QJsonValue &json)
{
    if (!json.isArray())
        return {};
    QVariantList phones;
    const QJsonArray items = json.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject phone = item.toObject();
        const QJsonValue number = phone.value(QLatin1String("number"));
        if (!item.isObject() || !number.isString())
            return {};
        QVariantMap map {{QStringLiteral("number"), number.toString()},
            {QStringLiteral("type"), phone.value(QLatin1String("type")).toString()}};
        qint64 id = 0;
        if (integerOf(phone.value(QLatin1String("id")), &id))
            map.insert(QStringLiteral("id"), id);
        phones.append(map);
    }
    return phones;
}

/// Tag objects (§6.9) by name; bare names are what a write sends, so they read too.
QVariant tagsOf(const QJsonValue &json)
{
    if (!json.isArray())
        return {};
    QStringList names;
    const QJsonArray items = json.toArray();
    for (const QJsonValue &item : items) {
        const QJsonValue name = item.isObject() ? item.toObject().value(QLatin1String("name")) : item;
        if (!name.isString())
            return {};
        names.append(name.toString());
    }
    return names;
}

QVariant stringOf(const QJsonValue &json)
{
    return json.isString() ? QVariant(json.toString()) : QVariant();
}

// Writing. An edit value of an unexpected type is sent as it is (QJsonValue::fromVariant)
// rather than guessed at or dropped: the validator then names the problem, as the server would.

QJsonValue optionValueToWire(const FieldDefinition &field, const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap option = value.toMap();
        return optionValueToWire(field, option.value(field.valueKey(), option.value(QStringLiteral("id"))));
    }
    if (isIntegerType(value))
        return value.toLongLong();
    if (value.typeId() == QMetaType::Double && std::trunc(value.toDouble()) == value.toDouble())
        return qint64(value.toDouble());
    if (value.typeId() == QMetaType::QString && isBlank(value.toString()))
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

QJsonValue idListToWire(const FieldDefinition &field, const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return QJsonValue::fromVariant(value);
    QJsonArray ids;
    const QVariantList items = value.toList();
    for (const QVariant &item : items)
        ids.append(optionValueToWire(field, item));
    return ids;
}

QJsonValue phonesToWire(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return QJsonValue::fromVariant(value);
    QJsonArray phones;
    const QVariantList items = value.toList();
    for (const QVariant &item : items) {
        const QVariantMap phone = item.toMap();
        const QString number = phone.value(QStringLiteral("number")).toString();
        // §6.9: the server skips items without a number; skipping them here keeps sameValue honest.
        if (isBlank(number))
            continue;
        QJsonObject out {{QStringLiteral("number"), number}};
        const QString type = phone.value(QStringLiteral("type")).toString();
        if (!type.isEmpty())
            out.insert(QStringLiteral("type"), type);
        phones.append(out);
    }
    return phones;
}

QJsonValue tagsToWire(const QVariant &value)
{
    if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QVariantList)
        return QJsonValue::fromVariant(value);
    QJsonArray names;
    const QStringList items = value.toStringList();
    for (const QString &name : items) {
        if (!isBlank(name))
            names.append(name);
    }
    return names;
}

QJsonValue stringToWire(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return QJsonValue::fromVariant(value);
    // The server turns a blank string into null anyway (Laravel's ConvertEmptyStringsToNull).
    return isBlank(value.toString()) ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue integerToWire(const QVariant &value)
{
    if (isIntegerType(value))
        return value.toLongLong();
    // 200.0 is the integer 200; 12.5 goes out as it is, for the validator to reject.
    if (value.typeId() == QMetaType::Double && std::trunc(value.toDouble()) == value.toDouble()
        && std::fabs(value.toDouble()) <= kLargestExactInteger)
        return qint64(value.toDouble());
    return QJsonValue::fromVariant(value);
}

QJsonValue decimalToWire(const QVariant &value)
{
    if (!isNumberType(value) || !std::isfinite(value.toDouble()))
        return QJsonValue::fromVariant(value);
    // decimal(15,3): round through the decimal text, so 1.2345 is not at the mercy of binary noise
    // in value * 1000.
    return QString::number(value.toDouble(), 'f', 3).toDouble();
}

QJsonValue dateToWire(const QVariant &value)
{
    if (value.typeId() != QMetaType::QDate)
        return QJsonValue::fromVariant(value);
    return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
}

QJsonValue dateTimeToWire(const QVariant &value)
{
    if (value.typeId() != QMetaType::QDateTime)
        return QJsonValue::fromVariant(value);
    // An editor may hand over local time; the server takes UTC only (§6.2).
    return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonValue boolToWire(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? QJsonValue(value.toBool()) : QJsonValue::fromVariant(value);
}

} // namespace

bool FieldCodec::numberOf(const QJsonValue &json, double *value)
{
    if (json.isDouble()) {
        *value = json.toDouble();
        return true;
    }
    static const QRegularExpression numeric(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (json.isString() && numeric.match(json.toString()).hasMatch()) {
        *value = json.toString().toDouble();
        return true;
    }
    return false;
}

QVariant FieldCodec::fromWire(const FieldDefinition &field, const QJsonValue &json)
{
    switch (fieldTypeOf(field)) {
    case FieldType::Boolean:
        return json.isBool() ? QVariant(json.toBool()) : QVariant();
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
    case FieldType::Associations:
        return idListOf(field, json);
    case FieldType::Date:
        return dateOf(json);
    case FieldType::DateTime:
        return dateTimeOf(json);
    case FieldType::Number: {
        qint64 value = 0;
        return integerOf(json, &value) ? QVariant(value) : QVariant();
    }
    case FieldType::Numeric:
        return decimalOf(json);
    case FieldType::Radio:
    case FieldType::Select:
    case FieldType::BelongsTo:
        return optionValueOf(field, json);
    case FieldType::ColorSwatch:
    case FieldType::Email:
    case FieldType::Text:
    case FieldType::Textarea:
    case FieldType::Timezone:
    case FieldType::Url:
        return stringOf(json);
    case FieldType::Phones:
        return phonesOf(json);
    case FieldType::Tags:
        return tagsOf(json);
    }
    return {};
}

QJsonValue FieldCodec::toWire(const FieldDefinition &field, const QVariant &value)
{
    const FieldType type = fieldTypeOf(field);
    if (isNoValue(value))
        return isListType(type) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Boolean:
        return boolToWire(value);
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
    case FieldType::Associations:
        return idListToWire(field, value);
    case FieldType::Date:
        return dateToWire(value);
    case FieldType::DateTime:
        return dateTimeToWire(value);
    case FieldType::Number:
        return integerToWire(value);
    case FieldType::Numeric:
        return decimalToWire(value);
    case FieldType::Radio:
    case FieldType::Select:
    case FieldType::BelongsTo:
        return optionValueToWire(field, value);
    case FieldType::ColorSwatch:
    case FieldType::Email:
    case FieldType::Text:
    case FieldType::Textarea:
    case FieldType::Timezone:
    case FieldType::Url:
        return stringToWire(value);
    case FieldType::Phones:
        return phonesToWire(value);
    case FieldType::Tags:
        return tagsToWire(value);
    }
    return QJsonValue::fromVariant(value);
}

bool FieldCodec::sameValue(const FieldDefinition &field, const QVariant &a, const QVariant &b)
{
    return toWire(field, a) == toWire(field, b);
}

} // namespace Concord
