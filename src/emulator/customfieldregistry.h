#pragma once

#include "fielddef.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Concord::Emulator {

class ValidationErrors;

/// The admin-defined custom fields (§8.3, §8.5): their definitions, the FieldDefs they add to a
/// resource, and the rules for creating and changing them.
class CustomFieldRegistry
{
public:
    struct Definition {
        int id = 0;
        QString fieldType;
        QString resourceName;
        QString fieldId;
        QString label;
        bool isUnique = false;
        QList<FieldOption> options;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    /// The 15 types of 1.5 (14 without ColorSwatch for 1.2).
    static QStringList types(bool legacy);
    static bool takesOptions(const QString &type);
    static bool mayBeUnique(const QString &type, const QString &resource);

    void clear();
    /// Validates a POST /api/custom-fields body; on success stores and returns the new id.
    /// `taken` are the attributes the resource already has.
    int create(const QJsonObject &body, const QStringList &taken, bool legacy, const QDateTime &now,
               ValidationErrors &errors);
    /// PUT: label and options may change; the immutable keys are ignored.
    bool update(int id, const QJsonObject &body, const QDateTime &now, ValidationErrors &errors);
    bool remove(int id);
    [[nodiscard]] const Definition *find(int id) const;
    [[nodiscard]] QList<Definition> definitions() const { return m_definitions; }
    [[nodiscard]] QList<FieldDef> fieldsFor(const QString &resource) const;

    [[nodiscard]] static QJsonObject toJson(const Definition &d, const QString &labelKey);
    [[nodiscard]] static QJsonObject optionJson(const FieldOption &o, const QString &labelKey);

private:
    bool readOptions(const QJsonObject &body, const QString &type, QList<FieldOption> existing,
                     QList<FieldOption> *out, ValidationErrors &errors);
    static FieldDef toFieldDef(const Definition &d);

    QList<Definition> m_definitions;
    int m_nextId = 1;
    int m_nextOptionId = 1;
};

} // namespace Concord::Emulator
