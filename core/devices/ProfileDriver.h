#pragma once
// Drives one device through its profile over a Modbus connection: reads every register the engine
// needs in as few requests as the map allows, decodes them into engineering values (refusing
// impossible ones), and writes setpoints, control sequences and the safe state as the profile
// says. The profile is data; this class is the only place that interprets it on the wire.

#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/DeviceProfile.h"
#include "model/Time.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <optional>
#include <vector>

namespace parkwatt {

struct DeviceReading {
    bool valid = false;
    QString fault; // why the reading is invalid (names the register), empty when valid
    std::optional<IecState> state;
    std::optional<double> powerKw;
    std::optional<double> energyImportKwh;
    std::optional<double> energyExportKwh;
    std::optional<double> socPct;
    std::optional<double> currentA;
    std::optional<double> voltageV;
    std::optional<double> gridPowerKw;
    std::optional<double> pvPowerKw;
    std::optional<double> batteryPowerKw;
    std::optional<double> batterySocPct;
};

// Registers read together in one request.
struct ReadBlock {
    RegisterFunction function = RegisterFunction::Holding;
    int address = 0;
    int count = 0;
    std::vector<const ProfileRegister*> registers;
};

class ProfileDriver {
public:
    ProfileDriver(const DeviceProfile& profile, ModbusConnection& connection, int phases = 3);

    // The reads poll() makes: registers with a meaning the engine uses, merged when close.
    static std::vector<ReadBlock> planReads(const DeviceProfile& profile);

    QCoro::Task<DeviceReading> poll();
    QCoro::Task<ModbusResult> takeControl();
    // Converts to the profile's setpoint unit, clamps to the profile's range (and to 0 for a
    // one-way charger), writes, and remembers the time for the watchdog.
    QCoro::Task<ModbusResult> writeSetpointKw(double kw, TimeMs nowMs);
    bool watchdogNeedsRefresh(TimeMs nowMs) const;
    QCoro::Task<ModbusResult> refreshWatchdog(TimeMs nowMs);
    // The profile's safe-state writes, then its release sequence.
    QCoro::Task<ModbusResult> applySafeState();

    std::optional<double> lastWrittenKw() const { return m_lastKw; }
    // The setpoint as the device unit will express it (after rounding an integer register).
    double deviceValueFor(double kw) const;

private:
    QCoro::Task<ModbusResult> writeValue(const ProfileRegister& reg, double value);
    QCoro::Task<ModbusResult> runSequence(std::vector<ProfileWrite> writes);

    const DeviceProfile& m_profile;
    QPointer<ModbusConnection> m_connection;
    int m_phases;
    std::optional<double> m_lastKw;
    TimeMs m_lastWatchdogWriteMs = 0;
    bool m_watchdogWritten = false;
    double m_aliveCounter = 0;
    std::optional<double> m_lastEnergyImportKwh;
};

} // namespace parkwatt
