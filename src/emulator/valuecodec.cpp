#include "valuecodec.h"

#include <QLocale>

#include "customfieldregistry.h"
#include "datastore.h"
#include "referencedata.h"
#include "timestamps.h"
#include "validationerrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace Concord::Emulator {

namespace {

bool isValidEmail(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(s).hasMatch();
}

bool isValidUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && url.host().contains(QLatin1Char('.'));
}

/// A JSON number, or a numeric string as PHP accepts it.
bool readNumber(const QJsonValue &v, double *out, QString *text)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        *text = QString::number(*out, 'f', 6);
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (v.isString() && re.match(v.toString()).hasMatch()) {
        *text = v.toString();
        *out = text->toDouble();
        return true;
    }
    return false;
}

int decimalPlaces(double value)
{
    // The shortest text that reads back as the same double: 123456789.1 has one place, not the
    // binary noise a fixed 9-place rendering shows for large values.
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    const int dot = s.indexOf(QLatin1Char('.'));
    return dot < 0 || dot == s.size() - 1 ? 0 : int(s.size()) - dot - 1;
}

QJsonValue asJsonNumber(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9e15)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

} // namespace

QJsonValue ValueCodec::normalizeInput(const QJsonValue &value)
{
    if (value.isString()) {
        const QString trimmed = value.toString().trimmed();
        return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(normalizeInput(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), normalizeInput(it.value()));
        return out;
    }
    return value;
}

bool ValueCodec::toStored(const FieldDef &field, const QJsonValue &input, const QString &errorKey,
                          QJsonValue *stored, ValidationErrors &errors) const
{
    const QString &label = field.label;
    auto fail = [&](const QString &message) {
        errors.add(errorKey, message);
        return false;
    };
    auto checkRange = [&](double v) {
        if (field.hasRange && v < field.minimum)
            return fail(QStringLiteral("The %1 field must be at least %2.").arg(label).arg(field.minimum));
        if (field.hasRange && v > field.maximum)
            return fail(QStringLiteral("The %1 field must not be greater than %2.").arg(label).arg(field.maximum));
        return true;
    };

    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Email:
    case FieldKind::Url:
    case FieldKind::Color:
    case FieldKind::Timezone: {
        if (!input.isString())
            return fail(QStringLiteral("The %1 field must be a string.").arg(label));
        const QString s = input.toString();
        if (field.kind != FieldKind::LongText && s.size() > 191)
            return fail(QStringLiteral("The %1 field must not be greater than 191 characters.").arg(label));
        if (field.kind == FieldKind::Email && !isValidEmail(s))
            return fail(QStringLiteral("The %1 field must be a valid email address.").arg(label));
        if (field.kind == FieldKind::Url && !isValidUrl(s))
            return fail(QStringLiteral("The %1 field must be a valid URL.").arg(label));
        static const QRegularExpression hex(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
        if (field.kind == FieldKind::Color && !hex.match(s).hasMatch())
            return fail(QStringLiteral("The %1 field must be a valid hexadecimal color.").arg(label));
        if (field.kind == FieldKind::Timezone && !ReferenceData::timezones().contains(s))
            return fail(QStringLiteral("The %1 field must be a valid timezone.").arg(label));
        *stored = s;
        return true;
    }
    case FieldKind::Integer: {
        double v = 0;
        QString text;
        if (!readNumber(input, &v, &text) || std::floor(v) != v || std::fabs(v) > 2147483647.0)
            return fail(QStringLiteral("The %1 field must be an integer.").arg(label));
        if (!checkRange(v))
            return false;
        *stored = qint64(v);
        return true;
    }
    case FieldKind::Decimal: {
        double v = 0;
        QString text;
        if (!readNumber(input, &v, &text))
            return fail(QStringLiteral("The %1 field must be a number.").arg(label));
        if (decimalPlaces(v) > 3)
            return fail(QStringLiteral("The %1 field must have 0-3 decimal places.").arg(label));
        if (std::fabs(v) >= 1e12)
            return fail(QStringLiteral("The %1 field must not be greater than 999999999999.999.").arg(label));
        if (!checkRange(v))
            return false;
        *stored = asJsonNumber(v);
        return true;
    }
    case FieldKind::Boolean: {
        if (input.isBool()) {
            *stored = input.toBool();
            return true;
        }
        const QString s = input.isDouble() ? QString::number(input.toDouble()) : input.toString();
        if (s == QLatin1String("1") || s == QLatin1String("0")) {
            *stored = s == QLatin1String("1");
            return true;
        }
        return fail(QStringLiteral("The %1 field must be true or false.").arg(label));
    }
    case FieldKind::Date: {
        const QString s = input.toString();
        const QDateTime dt = Timestamps::parse(s, true);
        if (!input.isString() || !dt.isValid())
            return fail(QStringLiteral("The %1 field must be a valid date.").arg(label));
        *stored = dt.date().toString(Qt::ISODate);
        return true;
    }
    case FieldKind::DateTime:
    case FieldKind::ActivityDate: {
        const QString s = input.toString();
        const QDateTime dt = Timestamps::parse(s, true);
        if (!input.isString() || !dt.isValid())
            return fail(QStringLiteral("The %1 field must be a valid date.").arg(label));
        // An activity written with a date alone is all-day and keeps reading back as a date.
        *stored = field.kind == FieldKind::ActivityDate && Timestamps::isDateOnly(s) ? s : Timestamps::iso(dt);
        return true;
    }
    case FieldKind::OptionSingle: {
        double v = 0;
        QString text;
        if (!readNumber(input, &v, &text) || !field.option(int(v)))
            return fail(ValidationErrors::invalid(label));
        *stored = int(v);
        return true;
    }
    case FieldKind::OptionMulti: {
        QJsonArray ids;
        QJsonArray items = input.toArray();
        if (input.isString()) {
            for (const QString &part : input.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.append(part.trimmed());
        } else if (!input.isArray()) {
            return fail(QStringLiteral("The %1 field must be an array.").arg(label));
        }
        for (const QJsonValue &item : items) {
            double v = 0;
            QString text;
            const QJsonValue raw = item.isObject() ? item.toObject().value(QStringLiteral("id")) : item;
            if (!readNumber(raw, &v, &text) || !field.option(int(v)))
                return fail(ValidationErrors::invalid(label));
            if (!ids.contains(int(v)))
                ids.append(int(v));
        }
        *stored = ids;
        return true;
    }
    case FieldKind::BelongsTo: {
        double v = 0;
        QString text;
        if (!readNumber(input, &v, &text) || !m_store.find(field.relatedResource, int(v)))
            return fail(ValidationErrors::invalid(label));
        *stored = int(v);
        return true;
    }
    case FieldKind::Choice:
        if (!field.choices.contains(input.toString()))
            return fail(ValidationErrors::invalid(label));
        *stored = input.toString();
        return true;
    case FieldKind::Phones:
    case FieldKind::Tags:
    case FieldKind::Associations:
        // Structured values: the RecordWriter validates them, since they touch other records.
        *stored = input;
        return true;
    }
    return false;
}

QJsonValue ValueCodec::toRead(const FieldDef &field, const QJsonValue &stored) const
{
    switch (field.kind) {
    case FieldKind::Decimal:
        return stored.isNull() || stored.isUndefined() ? QJsonValue(0) : stored;
    case FieldKind::Date:
        return stored.isString() ? QJsonValue(Timestamps::dateAsIso(stored.toString())) : QJsonValue();
    case FieldKind::OptionMulti: {
        QJsonArray out;
        for (const QJsonValue &id : stored.toArray()) {
            if (const FieldOption *o = field.option(id.toInt()))
                out.append(CustomFieldRegistry::optionJson(*o, m_labelKey));
        }
        return out;
    }
    default:
        return stored.isUndefined() ? QJsonValue() : stored;
    }
}

} // namespace Concord::Emulator
