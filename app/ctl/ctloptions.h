#pragma once

#include "api/listparams.h"
#include "outputformatter.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Concord {

/// One concordctl invocation, as CommandLine understood it: what to run, against which server,
/// and how to print the answer. Plain data; CommandLine guarantees it is complete and consistent.
struct CtlOptions
{
    enum class Command
    {
        Me,
        List,
        Get,
        Create,
        Update,
        Delete,
        Fields
    };

    /// From --server; may be empty with --profile, whose server is used then.
    QUrl server;
    /// --profile NAME: the token comes from the profile's secret store instead of `token`.
    QString profileName;
    /// Read from the variable named by --token-env; never printed, never logged.
    QString token;
    Command command = Command::Me;
    QString resource;
    qint64 id = 0;
    QJsonObject data;
    /// list: page 1 only, unless `all`.
    bool all = false;
    ListParams listParams;
    OutputFormatter::Format format = OutputFormatter::Format::Json;
};

} // namespace Concord
