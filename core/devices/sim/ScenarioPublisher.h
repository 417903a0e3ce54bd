#pragma once
// Writes what a played scenario shows into a device's registers, by the device's role: a charger
// its IEC 61851 state (A no car, B plugged and idle, C power flowing), power, current, energy
// counters and the car's SoC; a grid meter the net grid power and its import/export counters; a
// load meter the building load; a PV inverter its share of the PV; a battery its power and SoC.

#include "devices/sim/ScenarioBinding.h"

namespace parkwatt {

class ScenarioPlayer;
class SimulatedModbusDevice;

namespace ScenarioPublisher {

// Power at or below this is no power: a charger in B, not C.
constexpr double kFlowingKw = 0.01;

void publish(SimulatedModbusDevice& device, const ScenarioBinding::Entry& entry, const ScenarioPlayer& player,
             int pvInverters);

} // namespace ScenarioPublisher

} // namespace parkwatt
