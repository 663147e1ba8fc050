#include "filterrules.h"

namespace Concord::Emulator::FilterRules {

namespace {

QString ruleType(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::Url:
        return QStringLiteral("text");
    case FieldKind::Integer:
    case FieldKind::Decimal:
        return QStringLiteral("number");
    case FieldKind::Date:
    case FieldKind::DateTime:
        return QStringLiteral("date");
    // Owner, stage, type, status...: what a filter bar offers as a picker (issue 4 §3).
    case FieldKind::BelongsTo:
    case FieldKind::Choice:
    // An emulator extension: the spec names no tag rule, but a tag is what sales people filter by.
    case FieldKind::Tags:
        return QStringLiteral("select");
    default:
        return {};
    }
}

QStringList operatorsOf(const QString &type)
{
    if (type == QLatin1String("text"))
        return {QStringLiteral("equal"), QStringLiteral("not_equal"), QStringLiteral("contains"),
                QStringLiteral("begins_with")};
    if (type == QLatin1String("select"))
        return {QStringLiteral("equal"), QStringLiteral("not_equal"), QStringLiteral("in")};
    return {QStringLiteral("equal"), QStringLiteral("less"), QStringLiteral("greater"), QStringLiteral("between")};
}

QJsonObject rule(const QString &id, const QString &label, const QString &type)
{
    const QStringList operators = operatorsOf(type);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), label},
            {QStringLiteral("type"), type},
            {QStringLiteral("operators"), QJsonArray::fromStringList(operators)}};
}

} // namespace

QJsonArray forFields(const QList<FieldDef> &fields)
{
    QJsonArray out;
    for (const FieldDef &f : fields) {
        const QString type = ruleType(f.kind);
        if (!type.isEmpty())
            out.append(rule(f.attribute, f.label, type));
    }
    out.append(rule(QStringLiteral("created_at"), QStringLiteral("Created At"), QStringLiteral("date")));
    out.append(rule(QStringLiteral("updated_at"), QStringLiteral("Updated At"), QStringLiteral("date")));
    return out;
}

QJsonObject find(const QList<FieldDef> &fields, const QString &id)
{
    for (const QJsonValue &r : forFields(fields)) {
        if (r.toObject().value(QStringLiteral("id")).toString() == id)
            return r.toObject();
    }
    return {};
}

} // namespace Concord::Emulator::FilterRules
