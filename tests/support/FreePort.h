#pragma once
// A TCP port on loopback that nothing listens on right now, for tests that start servers.

#include <QTcpServer>

namespace parkwatt::test {

inline int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace parkwatt::test
