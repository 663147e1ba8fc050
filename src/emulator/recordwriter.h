#pragma once

#include "caller.h"
#include "httpexchange.h"

#include <QJsonObject>
#include <optional>

namespace Concord::Emulator {

class EmulatorState;
class ValidationErrors;
struct FieldDef;
struct ResourceInfo;

/// Validates and applies one create or partial update (§3.2, §6): every key the body holds is
/// checked against the field it names (unknown and read-only keys are ignored), the resource's
/// own rules are applied (unique e-mail and phones, deal status, notes' via_resource, ...), and
/// the record is stored with its associations.
class RecordWriter
{
public:
    RecordWriter(EmulatorState &state, const ResourceInfo &resource, const Caller &caller);

    /// The id of the created record, or the error answer (422/409).
    std::optional<HttpResponse> create(const QJsonObject &body, int *id);
    std::optional<HttpResponse> update(int id, const QJsonObject &body);

private:
    std::optional<HttpResponse> write(int id, const QJsonObject &rawBody);
    void validateField(const FieldDef &field, const QJsonObject &body, bool creating, QJsonObject &next,
                       ValidationErrors &errors);
    void writePhones(const QJsonValue &input, int id, QJsonObject &next, ValidationErrors &errors);
    void writeTags(const QJsonValue &input, const QString &type, QJsonObject &next);
    QHash<QString, QList<int>> readAssociations(const QJsonObject &body, ValidationErrors &errors);
    void applyResourceRules(int id, const QJsonObject &body, const QJsonObject &before, QJsonObject &next,
                            ValidationErrors &errors, std::optional<HttpResponse> &conflict);
    void writeStages(int pipelineId, const QJsonValue &stages);

    EmulatorState &m_state;
    const ResourceInfo &m_resource;
    Caller m_caller;
    bool m_creating = false;
};

} // namespace Concord::Emulator
