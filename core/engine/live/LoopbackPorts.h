#pragma once
// Loopback TCP ports for servers this process is about to start (the demo's simulated devices,
// tests' simulators and APIs).
//
// Why not "listen on port 0 and close": the kernel hands those out of its ephemeral range, the
// same range an outgoing connection's local port comes from. Between choosing and the server's
// listen, any connection on the machine (a Modbus client of another engine, say) can take the
// port, and the server fails with "address already in use". These ports are chosen below the
// ephemeral range, where no outgoing connection lands, and each is checked free when chosen.

#include <QByteArray>
#include <QList>

namespace parkwatt {

// `count` distinct loopback ports nothing listened on when chosen. Fewer only if the range
// outside the ephemeral ports is exhausted (then the rest come from the kernel, as before).
QList<int> chooseLoopbackPorts(int count);

// One such port.
int chooseLoopbackPort();

// A site file's JSON with every device moved to such a port (the demo garage, tests' sites).
QByteArray withDevicesOnFreeLoopbackPorts(const QByteArray& siteJson);

} // namespace parkwatt
