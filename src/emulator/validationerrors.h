#pragma once

#include "httpexchange.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Concord::Emulator {

/// Field-keyed validation messages in the order they were found, turned into Laravel's 422 body.
class ValidationErrors
{
public:
    void add(const QString &attribute, const QString &message);
    [[nodiscard]] bool isEmpty() const { return m_errors.isEmpty(); }
    [[nodiscard]] bool has(const QString &attribute) const;
    /// {"message": first + " (and N more errors)", "errors": {...}}
    [[nodiscard]] HttpResponse toResponse() const;

    // Laravel's default wordings, with the field label in place of the attribute.
    static QString required(const QString &label);
    static QString filled(const QString &label);
    static QString invalid(const QString &label);

private:
    QList<QPair<QString, QStringList>> m_errors;
};

} // namespace Concord::Emulator
