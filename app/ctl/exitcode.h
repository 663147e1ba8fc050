#pragma once

#include "api/apierror.h"

namespace Concord {

/// The exit statuses of concordctl. They are a contract with the scripts that call it, so the
/// numbers never change; every failure of an API call falls into exactly one of them.
class ExitCode
{
public:
    enum Code : int
    {
        Ok = 0,
        Usage = 2, ///< bad or missing arguments, unknown command, invalid --data, no token
        Auth = 3, ///< 401 or 403
        Network = 4, ///< no connection, timeout, TLS, plain http:// refused
        Validation = 5, ///< 422
        Server = 6, ///< every other answer the server gave: 404, 409, 5xx, malformed, ...
    };

    ExitCode() = delete;

    [[nodiscard]] static Code fromError(ApiError::Kind kind);
};

} // namespace Concord
