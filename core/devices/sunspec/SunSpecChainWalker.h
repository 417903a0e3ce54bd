#pragma once
// Finds a SunSpec device's model chain over Modbus: reads "SunS" at each candidate base (FC3),
// then one (ID, L) header per model until the end marker, an illegal-address exception (some SMA
// devices omit the end marker) or a failure. Bounded: at most `maxModels` headers and one overall
// deadline, each read with the connection's own timeout.

#include "devices/modbus/ModbusConnection.h"
#include "devices/sunspec/SunSpecChain.h"

#include <QCoro/QCoroTask>
#include <optional>
#include <vector>

namespace parkwatt {

struct SunSpecWalk {
    std::optional<SunSpecChain> chain;
    QString error; // names the device, the address and what was wrong
    int reads = 0;
};

class SunSpecChainWalker {
public:
    static constexpr int kDefaultMaxModels = 64;
    static constexpr int kDefaultDeadlineMs = 20000;

    static QCoro::Task<SunSpecWalk> walk(ModbusConnection& connection, std::vector<int> bases,
                                         int maxModels = kDefaultMaxModels,
                                         int deadlineMs = kDefaultDeadlineMs);
};

} // namespace parkwatt
