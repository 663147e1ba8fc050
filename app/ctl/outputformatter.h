#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Concord {

/// Turns what a command received into what concordctl prints on stdout: JSON as the server sent
/// it (one document, so `jq` reads it whole), or CSV for spreadsheets — one column for each
/// top-level key any record has, `id` first, nested values as compact JSON, RFC 4180 quoting.
class OutputFormatter
{
public:
    enum class Format
    {
        Json,
        Csv
    };

    explicit OutputFormatter(Format format);

    /// A list of records (or of field definitions): one JSON array, or a header row plus one row each.
    [[nodiscard]] QByteArray records(const QJsonArray &records) const;
    /// One record: one JSON object, or a header row plus one row.
    [[nodiscard]] QByteArray record(const QJsonObject &record) const;

private:
    [[nodiscard]] static QByteArray csv(const QJsonArray &records);
    [[nodiscard]] static QStringList columns(const QJsonArray &records);
    [[nodiscard]] static QString cell(const QJsonValue &value);
    [[nodiscard]] static QString quoted(const QString &text);

    Format m_format;
};

} // namespace Concord
