#include "fieldvalidator.h"

#include "fieldcodec.h"
#include "fieldschema.h"
#include "fieldtype.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Concord {

namespace {

/// What one write is checked in the light of.
struct WriteContext
{
    const QJsonObject &body; ///< normalised, see normalized()
    bool creating;
    const QStringList &timezones;
};

// The server's limits: string columns are varchar(191), integers are 32-bit, decimals are
// decimal(15,3), so twelve digits before the point.
constexpr int kMaxStringLength = 191;
constexpr double kMaxInteger = 2147483647.0;
constexpr double kDecimalLimit = 1e12;
constexpr int kMaxDecimalPlaces = 3;

/// What the server's middleware does to a body before validating it (Laravel's TrimStrings and
/// ConvertEmptyStringsToNull), so that "  " counts as empty here as it does there.
QJsonValue normalized(const QJsonValue &value)
{
    if (value.isString()) {
        const QString trimmed = value.toString().trimmed();
        return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
    }
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            out.append(normalized(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), normalized(it.value()));
        return out;
    }
    return value;
}

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty());
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return form.match(text).hasMatch();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && url.host().contains(QLatin1Char('.'));
}

bool isHexColor(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return form.match(text).hasMatch();
}

/// The forms a date or date-time write may take (§6.2): "Y-m-d", or "Y-m-d H:i[:s]" / ISO in UTC.
bool isTimestamp(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2})(:\\d{2})?(?:\\.\\d{1,6})?(?:Z|[+-]00:?00)?)?$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch() || !QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd")).isValid())
        return false;
    if (match.capturedLength(2) == 0)
        return true;
    const QString seconds = match.capturedLength(3) > 0 ? match.captured(3) : QStringLiteral(":00");
    return QTime::fromString(match.captured(2) + seconds, QStringLiteral("HH:mm:ss")).isValid();
}

/// The decimal places of a number in its shortest form: printing a fixed number of places would
/// count binary noise as places (123456789.1 is 123456789.099999994 to nine places).
int decimalPlaces(double value)
{
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const int dot = int(text.indexOf(QLatin1Char('.')));
    return dot < 0 ? 0 : int(text.size()) - dot - 1;
}

/// Whether `value` names the option whose id is `optionId`: numerically for numeric ids (the
/// server takes "17" for 17), exactly for string ids such as a deal's status.
bool sameId(const QJsonValue &optionId, const QJsonValue &value)
{
    double number = 0;
    if (optionId.isDouble())
        return FieldCodec::numberOf(value, &number) && number == optionId.toDouble();
    return optionId == value;
}

const FieldDefinition::Option *optionOf(const QList<FieldDefinition::Option> &options, const QJsonValue &id)
{
    const auto it = std::find_if(options.cbegin(), options.cend(),
        [&id](const FieldDefinition::Option &option) { return sameId(option.id, id); });
    return it == options.cend() ? nullptr : &*it;
}

QString invalid(const QString &label)
{
    return FieldValidator::tr("The selected %1 is invalid.").arg(label);
}

QString stringProblem(
    const FieldDefinition &field, FieldType type, const QJsonValue &value, const QStringList &timezones)
{
    const QString label = field.label();
    if (!value.isString())
        return FieldValidator::tr("The %1 field must be a string.").arg(label);
    const QString text = value.toString();
    if (type != FieldType::Textarea && text.size() > kMaxStringLength)
        return FieldValidator::tr("The %1 field must not be greater than %2 characters.")
            .arg(label)
            .arg(kMaxStringLength);
    if (type == FieldType::Email && !isEmailAddress(text))
        return FieldValidator::tr("The %1 field must be a valid email address.").arg(label);
    if (type == FieldType::Url && !isWebUrl(text))
        return FieldValidator::tr("The %1 field must be a valid URL.").arg(label);
    if (type == FieldType::ColorSwatch && !isHexColor(text))
        return FieldValidator::tr("The %1 field must be a valid hexadecimal color.").arg(label);
    if (type == FieldType::Timezone && !timezones.isEmpty() && !timezones.contains(text))
        return FieldValidator::tr("The %1 field must be a valid timezone.").arg(label);
    return {};
}

QString integerProblem(const QString &label, const QJsonValue &value)
{
    double number = 0;
    if (!FieldCodec::numberOf(value, &number) || std::trunc(number) != number || std::fabs(number) > kMaxInteger)
        return FieldValidator::tr("The %1 field must be an integer.").arg(label);
    return {};
}

QString decimalProblem(const QString &label, const QJsonValue &value)
{
    double number = 0;
    if (!FieldCodec::numberOf(value, &number))
        return FieldValidator::tr("The %1 field must be a number.").arg(label);
    if (decimalPlaces(number) > kMaxDecimalPlaces)
        return FieldValidator::tr("The %1 field must have 0-%2 decimal places.").arg(label).arg(kMaxDecimalPlaces);
    if (std::fabs(number) >= kDecimalLimit)
        return FieldValidator::tr("The %1 field must not be greater than %2.")
            .arg(label, QString::number(kDecimalLimit - 0.001, 'f', kMaxDecimalPlaces));
    return {};
}

QString booleanProblem(const QString &label, const QJsonValue &value)
{
    // PHP's boolean rule also takes 1 and 0, as numbers or strings.
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (value.isBool() || text == QLatin1String("1") || text == QLatin1String("0"))
        return {};
    return FieldValidator::tr("The %1 field must be true or false.").arg(label);
}

QString dateProblem(const QString &label, const QJsonValue &value)
{
    if (value.isString() && isTimestamp(value.toString()))
        return {};
    return FieldValidator::tr("The %1 field must be a valid date.").arg(label);
}

/// A single choice. Only checked against options the field carries: a belongs-to field may
/// leave them to optionsViaResource, and then only the server knows the records.
QString optionProblem(const FieldDefinition &field, const QJsonValue &value, const WriteContext &write)
{
    const QList<FieldDefinition::Option> options = field.options();
    if (options.isEmpty())
        return {};
    const FieldDefinition::Option *option = optionOf(options, value);
    if (!option)
        return invalid(field.label());
    // A stage must belong to the pipeline written with it; a new record without a pipeline has
    // no stage that fits, while an update that leaves the pipeline alone is the server's to judge.
    const QStringList dependsOn = field.dependsOn();
    for (const QString &attribute : dependsOn) {
        const QJsonValue wanted = option->raw.value(attribute);
        if ((write.creating || write.body.contains(attribute)) && !wanted.isUndefined()
            && !sameId(wanted, write.body.value(attribute)))
            return invalid(field.label());
    }
    return {};
}

QString optionsProblem(const FieldDefinition &field, const QJsonValue &value)
{
    QJsonArray items = value.toArray();
    // The server also takes a comma-separated string of ids.
    if (value.isString()) {
        const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            items.append(part.trimmed());
    } else if (!value.isArray()) {
        return FieldValidator::tr("The %1 field must be an array.").arg(field.label());
    }
    const QList<FieldDefinition::Option> options = field.options();
    if (options.isEmpty())
        return {};
    const bool allKnown = std::all_of(items.cbegin(), items.cend(), [&options](const QJsonValue &item) {
        // Option objects as a read gives them back are taken too.
        return optionOf(options, item.isObject() ? item.toObject().value(QLatin1String("id")) : item) != nullptr;
    });
    return allKnown ? QString() : invalid(field.label());
}

/// Phones carry their errors per item (`phones.0.type`), as the server reports them.
void checkPhones(const FieldDefinition &field, const QJsonValue &value, QHash<QString, QStringList> &errors)
{
    static const QStringList types = {QStringLiteral("mobile"), QStringLiteral("work"), QStringLiteral("other")};
    if (!value.isArray()) {
        errors.insert(field.attribute(), {FieldValidator::tr("The %1 field must be an array.").arg(field.label())});
        return;
    }
    const QJsonArray items = value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject phone = items.at(i).toObject();
        // §6.9: items without a number are skipped (and 1.2 removals carry none).
        if (!phone.value(QLatin1String("number")).isString())
            continue;
        const QString type = phone.value(QLatin1String("type")).toString(QStringLiteral("mobile"));
        if (!types.contains(type))
            errors.insert(QStringLiteral("%1.%2.type").arg(field.attribute()).arg(i),
                {FieldValidator::tr("The selected type is invalid.")});
    }
}

/// The problem with a present, non-null value; empty when there is none.
QString problemOf(const FieldDefinition &field, FieldType type, const QJsonValue &value, const WriteContext &write)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Textarea:
    case FieldType::Email:
    case FieldType::Url:
    case FieldType::ColorSwatch:
    case FieldType::Timezone:
        return stringProblem(field, type, value, write.timezones);
    case FieldType::Number:
        return integerProblem(field.label(), value);
    case FieldType::Numeric:
        return decimalProblem(field.label(), value);
    case FieldType::Boolean:
        return booleanProblem(field.label(), value);
    case FieldType::Date:
    case FieldType::DateTime:
        return dateProblem(field.label(), value);
    case FieldType::Radio:
    case FieldType::Select:
    case FieldType::BelongsTo:
        return optionProblem(field, value, write);
    case FieldType::Checkbox:
    case FieldType::MultiSelect:
        return optionsProblem(field, value);
    case FieldType::Phones: // per item, see checkPhones()
    case FieldType::Tags: // unknown names are created
    case FieldType::Associations: // whether the records exist only the server knows
        return {};
    }
    return {};
}

} // namespace

QHash<QString, QStringList> FieldValidator::validate(
    const FieldSchema &schema, const QJsonObject &changes, bool creating, const QStringList &timezones)
{
    const QJsonObject body = normalized(changes).toObject();
    const WriteContext write {body, creating, timezones};
    QHash<QString, QStringList> errors;
    for (const FieldDefinition &field : schema.fields()) {
        if (field.isReadonly())
            continue;
        const QString attribute = field.attribute();
        const bool present = body.contains(attribute);
        const QJsonValue value = body.value(attribute);
        if (field.isRequired() && isEmpty(value) && (creating || present)) {
            errors.insert(attribute,
                {creating ? tr("The %1 field is required.").arg(field.label())
                          : tr("The %1 field must have a value.").arg(field.label())});
            continue;
        }
        if (!present || value.isNull())
            continue;
        const FieldType type = fieldTypeOf(field);
        if (type == FieldType::Phones) {
            checkPhones(field, value, errors);
            continue;
        }
        const QString problem = problemOf(field, type, value, write);
        if (!problem.isEmpty())
            errors.insert(attribute, {problem});
    }
    return errors;
}

} // namespace Concord
