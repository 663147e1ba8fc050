#pragma once

#include "caller.h"
#include "httpexchange.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Concord::Emulator {

struct ResourceInfo;

/// What a matched route hands its endpoint: the request, the path parameters, the caller and
/// the parsed body ({} when the body is not a JSON object, as Laravel treats it).
struct RouteContext {
    const HttpRequest &request;
    QHash<QString, QString> params;
    Caller caller;
    QJsonObject body;
    const ResourceInfo *resource = nullptr; ///< the {resource} parameter, resolved

    [[nodiscard]] int id(const QString &name = QStringLiteral("id")) const { return params.value(name).toInt(); }
};

} // namespace Concord::Emulator
