#include "recordpresenter.h"

#include "accesspolicy.h"
#include "emulatorstate.h"
#include "timestamps.h"
#include "valuecodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Concord::Emulator {

namespace {

const QStringList kBriefKeys = {QStringLiteral("name"),          QStringLiteral("email"),
                                QStringLiteral("swatch_color"),  QStringLiteral("icon"),
                                QStringLiteral("pipeline_id"),   QStringLiteral("win_probability"),
                                QStringLiteral("display_order"), QStringLiteral("flag")};

const QStringList kCountedResources = {QStringLiteral("contacts"), QStringLiteral("companies"),
                                       QStringLiteral("deals"), QStringLiteral("notes"), QStringLiteral("calls")};

QJsonArray singleActions(const QString &resource)
{
    QJsonArray out;
    out.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("delete")},
                           {QStringLiteral("uriKey"), resource + QStringLiteral("-delete")}});
    return out;
}

} // namespace

QString RecordPresenter::displayName(const ResourceInfo &resource, const QJsonObject &stored) const
{
    if (resource.titleAttribute.isEmpty()) {
        return (stored.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ')
                + stored.value(QStringLiteral("last_name")).toString())
            .trimmed();
    }
    QString title = stored.value(resource.titleAttribute).toString();
    if (resource.titleAttribute == QLatin1String("body")) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        title = title.remove(tags).left(80);
    }
    return title;
}

QJsonValue RecordPresenter::brief(const QString &resource, int id) const
{
    const QJsonObject *record = m_state.store.find(resource, id);
    const ResourceInfo *info = m_state.catalog.find(resource);
    if (!record)
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("id"), id}};
    for (const QString &key : kBriefKeys) {
        if (record->contains(key))
            out.insert(key, record->value(key));
    }
    if (info && resource != QLatin1String("countries") && resource != QLatin1String("users"))
        out.insert(QStringLiteral("display_name"), displayName(*info, *record));
    return out;
}

QJsonArray RecordPresenter::associated(const QString &resource, int id, const QString &other) const
{
    QJsonArray out;
    const ResourceInfo *info = m_state.catalog.find(other);
    for (int otherId : m_state.store.links().linked(resource, id, other)) {
        const QJsonObject *record = m_state.store.find(other, otherId);
        if (!record || !info)
            continue;
        QJsonObject item{{QStringLiteral("id"), otherId}, {QStringLiteral("display_name"), displayName(*info, *record)}};
        if (info->hasDetailPath)
            item.insert(QStringLiteral("path"), QStringLiteral("/%1/%2").arg(other).arg(otherId));
        out.append(item);
    }
    return out;
}

QJsonObject RecordPresenter::present(const ResourceInfo &resource, const QJsonObject &stored, const Caller &caller,
                                     Shape shape) const
{
    QJsonObject out = stored;
    out.remove(QStringLiteral("password"));
    out.remove(QStringLiteral("via_resource"));
    out.remove(QStringLiteral("via_resource_id"));
    const int id = stored.value(QStringLiteral("id")).toInt();
    const ValueCodec codec(m_state.store, m_state.labelKey());
    for (const FieldDef &field : m_state.fieldsOf(resource)) {
        switch (field.kind) {
        case FieldKind::BelongsTo:
            out.insert(field.attribute, stored.value(field.attribute).isDouble() ? stored.value(field.attribute)
                                                                                  : QJsonValue());
            out.insert(field.relation, brief(field.relatedResource, stored.value(field.attribute).toInt()));
            break;
        case FieldKind::Associations:
            out.insert(field.attribute, associated(resource.name, id, field.attribute));
            break;
        case FieldKind::Tags: {
            QJsonArray tags;
            for (const QJsonValue &tagId : stored.value(QStringLiteral("tags")).toArray()) {
                if (const QJsonObject *tag = m_state.store.find(QStringLiteral("tags"), tagId.toInt()))
                    tags.append(*tag);
            }
            out.insert(QStringLiteral("tags"), tags);
            break;
        }
        case FieldKind::Phones:
            out.insert(field.attribute, stored.value(field.attribute).isArray() ? stored.value(field.attribute)
                                                                                 : QJsonArray());
            break;
        default:
            out.insert(field.attribute, codec.toRead(field, stored.value(field.attribute)));
        }
    }
    out.insert(QStringLiteral("display_name"), displayName(resource, stored));
    if (resource.hasDetailPath)
        out.insert(QStringLiteral("path"), QStringLiteral("/%1/%2").arg(resource.name).arg(id));
    out.insert(QStringLiteral("authorizations"), AccessPolicy::authorizations(caller, resource.name, stored));
    out.insert(QStringLiteral("was_recently_created"), shape == Shape::Created);
    if (shape != Shape::ListItem)
        out.insert(QStringLiteral("actions"), singleActions(resource.name));
    addExtras(resource, stored, out);
    return out;
}

void RecordPresenter::addExtras(const ResourceInfo &resource, const QJsonObject &stored, QJsonObject &out) const
{
    const int id = stored.value(QStringLiteral("id")).toInt();
    const QString &name = resource.name;
    const bool isMainRecord = resource.hasDetailPath;
    if (isMainRecord) {
        for (const QString &other : kCountedResources) {
            if (other != name)
                out.insert(other + QStringLiteral("_count"), m_state.store.links().linked(name, id, other).size());
        }
        int incomplete = 0;
        for (int activityId : m_state.store.links().linked(name, id, QStringLiteral("activities"))) {
            const QJsonObject *a = m_state.store.find(QStringLiteral("activities"), activityId);
            incomplete += a && !a->value(QStringLiteral("is_completed")).toBool();
        }
        out.insert(QStringLiteral("incomplete_activities_for_user_count"), incomplete);
        out.insert(QStringLiteral("unread_emails_for_user_count"), 0);
        out.insert(QStringLiteral("next_activity_date"), QJsonValue());
        out.insert(QStringLiteral("timeline_subject_key"), resource.singular);
        out.insert(QStringLiteral("media"), QJsonArray());
        if (name != QLatin1String("deals") && !m_state.isLegacy())
            out.insert(QStringLiteral("last_contacted_at"), stored.value(QStringLiteral("last_contacted_at")).isString()
                           ? stored.value(QStringLiteral("last_contacted_at"))
                           : QJsonValue());
    }
    if (name == QLatin1String("contacts") || name == QLatin1String("users")) {
        const QByteArray hash = QCryptographicHash::hash(stored.value(QStringLiteral("email")).toString().toUtf8(),
                                                         QCryptographicHash::Md5)
                                    .toHex()
                                    .left(12);
        out.insert(QStringLiteral("avatar"), QJsonValue());
        out.insert(QStringLiteral("uploaded_avatar_url"), QJsonValue());
        out.insert(QStringLiteral("avatar_url"), QStringLiteral("https://www.gravatar.com/avatar/") + QLatin1String(hash));
        out.insert(QStringLiteral("guest_email"), stored.value(QStringLiteral("email")));
        out.insert(QStringLiteral("guest_display_name"), displayName(resource, stored));
    }
    if (name == QLatin1String("deals") && stored.value(QStringLiteral("expected_close_date")).isString()) {
        const QDate expected =
            QDate::fromString(stored.value(QStringLiteral("expected_close_date")).toString(), Qt::ISODate);
        out.insert(QStringLiteral("falls_behind_expected_close_date"),
                   stored.value(QStringLiteral("status")).toString() == QLatin1String("open")
                       && expected < m_state.now().date());
    }
    if (name == QLatin1String("activities") || name == QLatin1String("notes") || name == QLatin1String("calls")) {
        out.insert(QStringLiteral("timeline_component"), resource.singular);
        out.insert(QStringLiteral("timeline_relation"), name);
        out.insert(QStringLiteral("timeline_key"), resource.singular + QStringLiteral("-") + QString::number(id));
        if (name != QLatin1String("activities"))
            out.insert(QStringLiteral("user"), brief(QStringLiteral("users"), stored.value(QStringLiteral("user_id")).toInt()));
    }
    if (name == QLatin1String("activities")) {
        const QDateTime due = Timestamps::parse(stored.value(QStringLiteral("due_date")).toString(), true);
        out.insert(QStringLiteral("is_due"),
                   due.isValid() && due < m_state.now() && !stored.value(QStringLiteral("is_completed")).toBool());
        out.insert(QStringLiteral("creator"),
                   brief(QStringLiteral("users"), stored.value(QStringLiteral("created_by")).toInt()));
    }
}

QByteArray RecordPresenter::listItemJson(const ResourceInfo &resource, const QJsonObject &stored, const Caller &caller)
{
    if (m_cacheVersion != m_state.store.version()) {
        m_cache.clear();
        m_cacheVersion = m_state.store.version();
    }
    const QString key = resource.name + QLatin1Char('/') + QString::number(stored.value(QStringLiteral("id")).toInt())
        + QLatin1Char('/') + QString::number(caller.userId) + (caller.isAdmin ? QLatin1String("a") : QLatin1String(""));
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        const QJsonObject json = present(resource, stored, caller, Shape::ListItem);
        it = m_cache.insert(key, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    return *it;
}

} // namespace Concord::Emulator
