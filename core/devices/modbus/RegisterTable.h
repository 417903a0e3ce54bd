#pragma once
// Which Modbus table a profile register lives in, and the nominal electrical conversions between a
// charger's current and its power: one definition for the driver and the simulator.

#include "devices/profiles/DeviceProfile.h"

#include <QModbusDataUnit>

namespace parkwatt {

inline QModbusDataUnit::RegisterType modbusTable(RegisterFunction function)
{
    switch (function) {
    case RegisterFunction::Coil:
        return QModbusDataUnit::Coils;
    case RegisterFunction::Discrete:
        return QModbusDataUnit::DiscreteInputs;
    case RegisterFunction::Input:
        return QModbusDataUnit::InputRegisters;
    case RegisterFunction::Holding:
        return QModbusDataUnit::HoldingRegisters;
    }
    return QModbusDataUnit::HoldingRegisters;
}

// AC chargers are set in amperes per phase; the engine thinks in kW (230 V nominal per phase).
constexpr double kNominalPhaseVolts = 230.0;
inline double ampsToKw(double amps, int phases)
{
    return amps * phases * kNominalPhaseVolts / 1000.0;
}
inline double kwToAmps(double kw, int phases)
{
    return kw * 1000.0 / (phases * kNominalPhaseVolts);
}
// A power as a setpoint or measurement register states it (W, A per phase, or kW) in kW.
inline double powerToKw(double value, Unit unit, int phases)
{
    switch (unit) {
    case Unit::W:
        return value / 1000.0;
    case Unit::A:
        return ampsToKw(value, phases);
    default:
        return value; // kW
    }
}

} // namespace parkwatt
