#include "validationerrors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Concord::Emulator {

void ValidationErrors::add(const QString &attribute, const QString &message)
{
    for (auto &e : m_errors) {
        if (e.first == attribute) {
            e.second.append(message);
            return;
        }
    }
    m_errors.append({attribute, {message}});
}

bool ValidationErrors::has(const QString &attribute) const
{
    for (const auto &e : m_errors) {
        if (e.first == attribute)
            return true;
    }
    return false;
}

HttpResponse ValidationErrors::toResponse() const
{
    QJsonObject errors;
    int count = 0;
    for (const auto &e : m_errors) {
        errors.insert(e.first, QJsonArray::fromStringList(e.second));
        count += int(e.second.size());
    }
    QString message = m_errors.isEmpty() ? QString() : m_errors.first().second.first();
    if (count > 1) {
        const int more = count - 1;
        message += QStringLiteral(" (and %1 more error%2)").arg(more).arg(more == 1 ? QString() : QStringLiteral("s"));
    }
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("errors"), errors}});
}

QString ValidationErrors::required(const QString &label)
{
    return QStringLiteral("The %1 field is required.").arg(label);
}

QString ValidationErrors::filled(const QString &label)
{
    return QStringLiteral("The %1 field must have a value.").arg(label);
}

QString ValidationErrors::invalid(const QString &label)
{
    return QStringLiteral("The selected %1 is invalid.").arg(label);
}

} // namespace Concord::Emulator
