#pragma once

#include "fielddef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Concord::Emulator {

/// What the emulator knows about one resource of §3.1: routing, sorting, searching, deleting,
/// and its built-in fields. Custom fields are added at run time by the CustomFieldRegistry.
struct ResourceInfo {
    QString name; ///< URL name, e.g. "pipeline-stages"
    QString modelClass; ///< stand-in class in 404 messages, e.g. "Concord\\Contact"
    QString singular; ///< "contact", in association messages
    QString defaultSort;
    QStringList searchable; ///< columns matched by q and accepted by search_fields
    QString titleAttribute; ///< source of display_name (empty: first_name + last_name)
    bool softDelete = false;
    bool hasCustomFields = false;
    bool hasDetailPath = false; ///< records carry "path"
    bool adminOnlyCreateDelete = false;
    bool hasOwner = false; ///< user_id decides who may update and delete
    QStringList associable; ///< resources that associate with this one
    QList<FieldDef> fields;

    [[nodiscard]] const FieldDef *field(const QString &attribute) const
    {
        for (const FieldDef &f : fields) {
            if (f.attribute == attribute)
                return &f;
        }
        return nullptr;
    }
};

} // namespace Concord::Emulator
