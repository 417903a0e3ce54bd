#pragma once
// `parkwattd discover --hosts RANGE --ports LIST [--units LIST] [--timeout-ms N] [--concurrency N]
// [--profiles DIR]`: scans a range of IPv4 addresses for Modbus TCP devices and proposes a device
// profile for each (docs/commissioning.md). JSON ("parkwatt-discovery/1") on stdout, progress on
// stderr. Exits 0 when the scan completed (also when nothing was found), ExitInvalidInput on bad
// options naming the option.

#include "SimulateCommand.h" // ExitCode

#include <QStringList>

class DiscoverCommand {
public:
    static constexpr int kMaxPorts = 16;
    static constexpr int kMaxUnits = 16;
    static constexpr int kMaxConcurrency = 256;
    static constexpr int kMaxTimeoutMs = 60000;

    // `arguments` start with the program name, then "discover".
    int run(const QStringList& arguments);
};
