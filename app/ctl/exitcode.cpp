#include "exitcode.h"

namespace Concord {

ExitCode::Code ExitCode::fromError(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return Auth;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureConnection:
        return Network;
    case ApiError::Kind::Validation:
        return Validation;
    case ApiError::Kind::Redirect:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Csrf:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Cancelled:
        break;
    }
    // Listed above rather than left to a default, so a new kind makes the compiler ask where it goes.
    return Server;
}

} // namespace Concord
