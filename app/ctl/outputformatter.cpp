#include "outputformatter.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Concord {

namespace {

const QString idKey = QStringLiteral("id");
// RFC 4180 ends every record, the last one included, with CRLF.
const QString lineEnd = QStringLiteral("\r\n");

} // namespace

OutputFormatter::OutputFormatter(Format format)
    : m_format(format)
{
}

QByteArray OutputFormatter::records(const QJsonArray &records) const
{
    return m_format == Format::Csv ? csv(records) : QJsonDocument(records).toJson(QJsonDocument::Indented);
}

QByteArray OutputFormatter::record(const QJsonObject &record) const
{
    return m_format == Format::Csv ? csv(QJsonArray {record}) : QJsonDocument(record).toJson(QJsonDocument::Indented);
}

QByteArray OutputFormatter::csv(const QJsonArray &records)
{
    const QStringList header = columns(records);
    QStringList lines;
    lines.reserve(records.size() + 1);
    QStringList cells;
    for (const QString &column : header)
        cells << quoted(column);
    lines << cells.join(QLatin1Char(','));
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        cells.clear();
        for (const QString &column : header)
            cells << quoted(cell(record.value(column)));
        lines << cells.join(QLatin1Char(','));
    }
    return (lines.join(lineEnd) + lineEnd).toUtf8();
}

QStringList OutputFormatter::columns(const QJsonArray &records)
{
    // Records of one list differ in their keys (custom fields added meanwhile, counts loaded on
    // some only), so the header is the union; sorted, so two runs give the same columns.
    QSet<QString> keys;
    for (const QJsonValue &value : records) {
        const QStringList recordKeys = value.toObject().keys();
        keys.unite(QSet<QString>(recordKeys.cbegin(), recordKeys.cend()));
    }
    const bool hasId = keys.remove(idKey);
    QStringList columns(keys.cbegin(), keys.cend());
    columns.sort();
    if (hasId)
        columns.prepend(idKey);
    return columns;
}

QString OutputFormatter::cell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    // Numbers, booleans and nested values exactly as JSON writes them: locale-independent, no
    // trailing ".0" on ids, and nested objects readable back with any JSON parser.
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString OutputFormatter::quoted(const QString &text)
{
    static const QString specials = QStringLiteral(",\"\r\n");
    const bool needsQuotes = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return specials.contains(c); });
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace Concord
