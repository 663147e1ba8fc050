#include "timezoneeditor.h"

#include <QDateTime>
#include <QTimeZone>

namespace Concord {

TimezoneEditor::TimezoneEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent)
    : SelectEditor(field, loader, parent)
{
    if (loader)
        return;
    QList<FieldDefinition::Option> zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    zones.reserve(ids.size());
    for (const QByteArray &id : ids) {
        const QString name = QString::fromLatin1(id);
        zones.append({name, name, {}, {}});
    }
    setOptions(zones);
}

TimezoneEditor::~TimezoneEditor() = default;

QString TimezoneEditor::textOf(const FieldDefinition::Option &option) const
{
    const QString id = option.id.toString();
    const QTimeZone zone(id.toLatin1());
    if (!zone.isValid())
        return id;
    return tr("%1 (%2)", "timezone (offset from UTC)")
        .arg(id, zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
}

} // namespace Concord
