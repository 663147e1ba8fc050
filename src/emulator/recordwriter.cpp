#include "recordwriter.h"

#include "emulatorstate.h"
#include "timestamps.h"
#include "validationerrors.h"
#include "valuecodec.h"

#include <QJsonArray>

namespace Concord::Emulator {

namespace {

const QStringList kViaResources = {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("deals")};
const QStringList kPhoneTypes = {QStringLiteral("mobile"), QStringLiteral("work"), QStringLiteral("other")};

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isArray() && v.toArray().isEmpty());
}

} // namespace

RecordWriter::RecordWriter(EmulatorState &state, const ResourceInfo &resource, const Caller &caller)
    : m_state(state)
    , m_resource(resource)
    , m_caller(caller)
{
}

std::optional<HttpResponse> RecordWriter::create(const QJsonObject &body, int *id)
{
    m_creating = true;
    *id = m_state.store.insert(m_resource.name, QJsonObject{});
    auto error = write(*id, body);
    if (error)
        m_state.store.erase(m_resource.name, *id);
    return error;
}

std::optional<HttpResponse> RecordWriter::update(int id, const QJsonObject &body)
{
    m_creating = false;
    return write(id, body);
}

void RecordWriter::validateField(const FieldDef &field, const QJsonObject &body, bool creating, QJsonObject &next,
                                 ValidationErrors &errors)
{
    const QString &attr = field.attribute;
    const bool present = body.contains(attr);
    const QJsonValue input = body.value(attr);
    if (field.requiredOnCreate && isEmptyValue(input) && (creating || present)) {
        errors.add(attr, creating ? ValidationErrors::required(field.label) : ValidationErrors::filled(field.label));
        return;
    }
    if (!present)
        return;
    if (input.isNull()) {
        next.insert(attr, field.kind == FieldKind::OptionMulti ? QJsonValue(QJsonArray()) : QJsonValue());
        return;
    }
    const ValueCodec codec(m_state.store, m_state.labelKey());
    QJsonValue stored;
    if (!codec.toStored(field, input, attr, &stored, errors))
        return;
    if (field.isUnique && (stored.isString() || stored.isDouble())) {
        const int self = next.value(QStringLiteral("id")).toInt();
        const DataStore::Table &table = m_state.store.table(m_resource.name);
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            const QJsonValue other = it->value(attr);
            const bool same = stored.isString() ? other.toString().compare(stored.toString(), Qt::CaseInsensitive) == 0
                                                : other == stored;
            if (it.key() != self && same && !DataStore::isTrashed(*it)) {
                errors.add(attr, QStringLiteral("The %1 has already been taken.").arg(field.label));
                return;
            }
        }
    }
    next.insert(attr, stored);
}

void RecordWriter::writePhones(const QJsonValue &input, int id, QJsonObject &next, ValidationErrors &errors)
{
    if (input.isNull()) {
        next.insert(QStringLiteral("phones"), QJsonArray());
        return;
    }
    if (!input.isArray()) {
        errors.add(QStringLiteral("phones"), QStringLiteral("The Phone field must be an array."));
        return;
    }
    // 1.5 replaces the whole set; 1.2 updates by id, removes `_delete` items, adds the others.
    QJsonArray result = m_state.isLegacy() ? next.value(QStringLiteral("phones")).toArray() : QJsonArray();
    const QJsonArray items = input.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const int phoneId = item.value(QStringLiteral("id")).toInt();
        auto indexOf = [&result](int wanted) {
            for (int k = 0; k < result.size(); ++k) {
                if (result.at(k).toObject().value(QStringLiteral("id")).toInt() == wanted)
                    return k;
            }
            return -1;
        };
        if (m_state.isLegacy() && item.value(QStringLiteral("_delete")).toBool()) {
            if (indexOf(phoneId) >= 0)
                result.removeAt(indexOf(phoneId));
            continue;
        }
        const QString number = item.value(QStringLiteral("number")).toString();
        if (number.isEmpty())
            continue;
        const QString key = QStringLiteral("phones.%1").arg(i);
        const QString type = item.value(QStringLiteral("type")).toString(QStringLiteral("mobile"));
        if (!kPhoneTypes.contains(type)) {
            errors.add(key + QStringLiteral(".type"), ValidationErrors::invalid(QStringLiteral("type")));
            continue;
        }
        if (m_resource.name == QLatin1String("contacts")) {
            const DataStore::Table &contacts = m_state.store.table(QStringLiteral("contacts"));
            for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
                if (it.key() == id)
                    continue;
                for (const QJsonValue &p : it->value(QStringLiteral("phones")).toArray()) {
                    if (p.toObject().value(QStringLiteral("number")).toString() == number
                        && !errors.has(key + QStringLiteral(".number")))
                        errors.add(key + QStringLiteral(".number"),
                                   QStringLiteral("A contact with this phone number already exist."));
                }
            }
        }
        QJsonObject phone{{QStringLiteral("number"), number}, {QStringLiteral("type"), type}};
        const int existing = m_state.isLegacy() ? indexOf(phoneId) : -1;
        phone.insert(QStringLiteral("id"), existing >= 0 ? phoneId : m_state.nextPhoneId());
        if (existing >= 0)
            result.replace(existing, phone);
        else
            result.append(phone);
    }
    next.insert(QStringLiteral("phones"), result);
}

void RecordWriter::writeTags(const QJsonValue &input, const QString &type, QJsonObject &next)
{
    QStringList names;
    if (input.isString())
        names = input.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QJsonValue &v : input.toArray())
        names << (v.isObject() ? v.toObject().value(QStringLiteral("name")).toString() : v.toString());
    QJsonArray ids;
    for (QString name : names) {
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        const int tagId = m_state.findOrCreateTag(name, type);
        if (!ids.contains(tagId))
            ids.append(tagId);
    }
    next.insert(QStringLiteral("tags"), ids);
}

QHash<QString, QList<int>> RecordWriter::readAssociations(const QJsonObject &body, ValidationErrors &errors)
{
    QHash<QString, QList<int>> out;
    const QJsonObject nested = body.value(QStringLiteral("associations")).toObject();
    for (const QString &other : m_resource.associable) {
        const QJsonValue value = body.contains(other) ? body.value(other) : nested.value(other);
        if (value.isUndefined())
            continue;
        QList<int> ids;
        for (const QJsonValue &v : value.toArray()) {
            const int otherId = v.isObject() ? v.toObject().value(QStringLiteral("id")).toInt() : v.toInt();
            if (!m_state.store.find(other, otherId)) {
                errors.add(other, ValidationErrors::invalid(other));
                break;
            }
            ids.append(otherId);
        }
        out.insert(other, ids);
    }
    return out;
}

void RecordWriter::writeStages(int pipelineId, const QJsonValue &stages)
{
    const QString stageResource = QStringLiteral("pipeline-stages");
    int order = 0;
    for (const QJsonValue &v : stages.toArray()) {
        const QJsonObject s = v.toObject();
        ++order;
        const int stageId = s.value(QStringLiteral("id")).toInt();
        const QJsonObject *current = m_state.store.find(stageResource, stageId);
        QJsonObject stage = current ? *current : QJsonObject{{QStringLiteral("created_at"), Timestamps::iso(m_state.now())}};
        stage.insert(QStringLiteral("name"), s.value(QStringLiteral("name")).toString());
        stage.insert(QStringLiteral("win_probability"), s.value(QStringLiteral("win_probability")).toInt());
        stage.insert(QStringLiteral("display_order"), s.value(QStringLiteral("display_order")).toInt(order));
        stage.insert(QStringLiteral("pipeline_id"), pipelineId);
        stage.insert(QStringLiteral("updated_at"), Timestamps::iso(m_state.now()));
        if (current)
            m_state.store.replace(stageResource, stageId, stage);
        else
            m_state.store.insert(stageResource, stage);
    }
}

void RecordWriter::applyResourceRules(int id, const QJsonObject &body, const QJsonObject &before, QJsonObject &next,
                                      ValidationErrors &errors, std::optional<HttpResponse> &conflict)
{
    const QString &name = m_resource.name;
    const QString now = Timestamps::iso(m_state.now());
    if (name == QLatin1String("contacts") && next.value(QStringLiteral("email")).isString()
        && body.contains(QStringLiteral("email"))) {
        const QString email = next.value(QStringLiteral("email")).toString();
        if (m_state.emailTaken(email, name, id))
            errors.add(QStringLiteral("email"), QStringLiteral("A contact or team member with this email already exist."));
    }
    if (name == QLatin1String("deals")) {
        const int pipeline = next.value(QStringLiteral("pipeline_id")).toInt();
        const QJsonObject *stage = m_state.store.find(QStringLiteral("pipeline-stages"), next.value(QStringLiteral("stage_id")).toInt());
        if (stage && stage->value(QStringLiteral("pipeline_id")).toInt() != pipeline && !errors.has(QStringLiteral("stage_id")))
            errors.add(QStringLiteral("stage_id"), ValidationErrors::invalid(QStringLiteral("Stage")));
        const QString oldStatus = before.value(QStringLiteral("status")).toString(QStringLiteral("open"));
        const QString newStatus = next.value(QStringLiteral("status")).toString(QStringLiteral("open"));
        if (!m_creating && oldStatus != QLatin1String("open") && newStatus != QLatin1String("open") && oldStatus != newStatus) {
            conflict = HttpResponse::message(
                409, QStringLiteral("The deal first must be marked as open in order to apply the \"%1\" status.").arg(newStatus));
        }
        next.insert(QStringLiteral("status"), newStatus);
        if (newStatus != oldStatus || m_creating) {
            next.remove(QStringLiteral("won_date"));
            next.remove(QStringLiteral("lost_date"));
            if (newStatus == QLatin1String("won"))
                next.insert(QStringLiteral("won_date"), now);
            if (newStatus == QLatin1String("lost"))
                next.insert(QStringLiteral("lost_date"), now);
        }
        if (newStatus != QLatin1String("lost"))
            next.remove(QStringLiteral("lost_reason"));
        if (before.value(QStringLiteral("stage_id")) != next.value(QStringLiteral("stage_id")))
            next.insert(QStringLiteral("stage_changed_date"), now);
    }
    if (name == QLatin1String("notes") || name == QLatin1String("calls")) {
        const QString via = body.value(QStringLiteral("via_resource")).toString();
        const int viaId = body.value(QStringLiteral("via_resource_id")).toInt();
        if (!kViaResources.contains(via))
            errors.add(QStringLiteral("via_resource"), ValidationErrors::required(QStringLiteral("via resource")));
        else if (!m_state.store.find(via, viaId))
            errors.add(QStringLiteral("via_resource_id"), ValidationErrors::required(QStringLiteral("via resource id")));
        if (m_creating)
            next.insert(QStringLiteral("user_id"), m_caller.userId);
    }
    if (name == QLatin1String("activities")) {
        if (m_creating && next.value(QStringLiteral("activity_type_id")).isNull()
            && !errors.has(QStringLiteral("activity_type_id")))
            next.insert(QStringLiteral("activity_type_id"), m_state.defaultActivityTypeId());
        if (m_creating)
            next.insert(QStringLiteral("created_by"), m_caller.userId);
        if (body.contains(QStringLiteral("is_completed")))
            next.insert(QStringLiteral("completed_at"),
                        next.value(QStringLiteral("is_completed")).toBool() ? QJsonValue(now) : QJsonValue());
    }
    if (name == QLatin1String("pipelines")) {
        const QJsonArray stages = body.value(QStringLiteral("stages")).toArray();
        for (int i = 0; i < stages.size(); ++i) {
            const QString key = QStringLiteral("stages.%1.name").arg(i);
            if (!stages.at(i).toObject().value(QStringLiteral("name")).isString())
                errors.add(key, ValidationErrors::required(key));
        }
    }
    if (name == QLatin1String("users") && body.contains(QStringLiteral("email")) && m_state.emailTaken(next.value(QStringLiteral("email")).toString(), name, id))
        errors.add(QStringLiteral("email"), QStringLiteral("The E-Mail Address has already been taken."));
    if (m_resource.hasOwner && before.value(QStringLiteral("user_id")) != next.value(QStringLiteral("user_id")))
        next.insert(QStringLiteral("owner_assigned_date"), now);
}

std::optional<HttpResponse> RecordWriter::write(int id, const QJsonObject &rawBody)
{
    QJsonObject body = ValueCodec::normalizeInput(rawBody).toObject();
    if (m_resource.name == QLatin1String("activities")) {
        // The documented separate due_time/end_time keys join their dates (§6.5).
        for (const QString &prefix : {QStringLiteral("due"), QStringLiteral("end")}) {
            const QString date = body.value(prefix + QStringLiteral("_date")).toString();
            const QString time = body.value(prefix + QStringLiteral("_time")).toString();
            if (Timestamps::isDateOnly(date) && !time.isEmpty())
                body.insert(prefix + QStringLiteral("_date"), date + QLatin1Char(' ') + time);
        }
    }
    const QJsonObject *current = m_state.store.find(m_resource.name, id);
    const QJsonObject before = current ? *current : QJsonObject{};
    QJsonObject next = before;
    next.insert(QStringLiteral("id"), id);
    ValidationErrors errors;
    for (const FieldDef &field : m_state.fieldsOf(m_resource)) {
        if (field.readonly || field.kind == FieldKind::Associations)
            continue;
        if (field.kind == FieldKind::Phones) {
            if (body.contains(field.attribute))
                writePhones(body.value(field.attribute), id, next, errors);
            continue;
        }
        if (field.kind == FieldKind::Tags) {
            if (body.contains(field.attribute))
                writeTags(body.value(field.attribute), field.tagType, next);
            continue;
        }
        validateField(field, body, m_creating, next, errors);
    }
    std::optional<HttpResponse> conflict;
    applyResourceRules(id, body, before, next, errors, conflict);
    const QHash<QString, QList<int>> associations = readAssociations(body, errors);
    if (!errors.isEmpty())
        return errors.toResponse();
    if (conflict)
        return conflict;

    if (m_resource.name == QLatin1String("notes") || m_resource.name == QLatin1String("calls")) {
        // The record the note was written from is always among its associations.
        m_state.store.mutableLinks().link(m_resource.name, id, body.value(QStringLiteral("via_resource")).toString(),
                                          body.value(QStringLiteral("via_resource_id")).toInt());
    }
    for (auto it = associations.cbegin(); it != associations.cend(); ++it) {
        AssociationGraph &links = m_state.store.mutableLinks();
        for (int old : links.linked(m_resource.name, id, it.key()))
            links.unlink(m_resource.name, id, it.key(), old);
        for (int otherId : it.value())
            links.link(m_resource.name, id, it.key(), otherId);
    }
    if (m_resource.name == QLatin1String("pipelines") && body.contains(QStringLiteral("stages")))
        writeStages(id, body.value(QStringLiteral("stages")));
    const QString now = Timestamps::iso(m_state.now());
    if (m_creating && m_resource.name == QLatin1String("pipelines")) {
        next.insert(QStringLiteral("flag"), QJsonValue());
        next.insert(QStringLiteral("visibility_group"), QJsonValue());
        next.insert(QStringLiteral("user_display_order"), int(m_state.store.table(m_resource.name).size()));
    }
    if (m_creating)
        next.insert(QStringLiteral("created_at"), now);
    next.insert(QStringLiteral("updated_at"), now);
    m_state.store.replace(m_resource.name, id, next);
    return std::nullopt;
}

} // namespace Concord::Emulator
