#pragma once
// The SunSpec chain a simulated device serves for a SunSpec profile: "SunS" at the profile's base,
// the common model (1), then each model the profile lists with its standard length (or, for a
// model whose length the reference does not give, the least that holds the profile's registers),
// then the end marker. The simulator serves it; tests walk it.

#include "devices/sunspec/SunSpecChain.h"

#include <QModbusDataUnit>

class QModbusServer;

namespace parkwatt {

// L of the models the reference gives one for (modbus-devices.md sections 6 and 7), else nothing.
std::optional<int> sunspecStandardLength(int modelId);

SunSpecChain sunspecLayoutFor(const DeviceProfile& profile);

// The holding registers from the marker to the end marker: marker, headers, zeroed bodies.
QModbusDataUnit sunspecChainImage(const SunSpecChain& chain);

// For the simulator: replaces `server`'s map with the chain image and `profile` with its resolved
// form (absolute addresses). False with the reason when the profile does not fit the layout.
bool layOutSunSpecChain(DeviceProfile& profile, QModbusServer& server, QString* error);

} // namespace parkwatt
