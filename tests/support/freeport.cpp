#include "freeport.h"

#include <QTcpServer>

namespace Concord::Test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when `probe` goes
}

} // namespace Concord::Test
