#pragma once

#include <QJsonObject>

namespace Concord::Emulator {

/// The authenticated user behind a request.
struct Caller {
    int userId = 0;
    bool isAdmin = false;
};

} // namespace Concord::Emulator
