#pragma once

#include <QtGlobal>

namespace Concord::Test {

/// A loopback TCP port that was free a moment ago: for servers a test starts, or as a port
/// nothing listens on.
quint16 freeLoopbackPort();

} // namespace Concord::Test
