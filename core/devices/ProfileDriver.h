#pragma once
// Drives one device through its profile over a Modbus connection: reads every register the engine
// needs in as few requests as the map allows, decodes them into engineering values (refusing
// impossible ones), and writes setpoints, control sequences and the safe state as the profile
// says. The profile is data; this class is the only place that interprets it on the wire.
// A SunSpec profile counts its addresses within models: the driver walks the device's model chain
// first (resolve(), or the first poll or write does it) and uses the absolute addresses after.

#include "devices/ReadingDecoder.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/DeviceProfile.h"
#include "model/Time.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <functional>
#include <optional>
#include <vector>

namespace parkwatt {

class ProfileDriver {
public:
    ProfileDriver(const DeviceProfile& profile, ModbusConnection& connection, int phases = 3);

    // The reads poll() makes: registers with a meaning the engine uses, merged when close.
    static std::vector<ReadBlock> planReads(const DeviceProfile& profile);

    // SunSpec profiles: finds "SunS", walks the model chain (bounded reads, one deadline) and
    // resolves every register's address; an error names missing models. Other profiles: nothing
    // to do. Done once; poll() and the writes call it when it has not succeeded yet.
    QCoro::Task<ModbusResult> resolve();
    bool isResolved() const { return !m_profile.isSunSpec() || m_resolved.has_value(); }
    // The profile as the device speaks it (SunSpec: with absolute addresses once resolved).
    const DeviceProfile& profile() const { return m_resolved ? *m_resolved : m_profile; }

    QCoro::Task<DeviceReading> poll();
    // What the device says it is: the profile's identification registers with a meaning
    // (manufacturer, model, serial, firmware) on the device's own unit, each read on its own;
    // one the device refuses (Modbus exception) or that does not decode is left empty. A read
    // without an answer (timeout, connection lost) ends it there. `stop`, asked before each
    // read, interrupts it (the caller has more urgent requests).
    struct Identity {
        QString manufacturer;
        QString model;
        QString serial;
        QString firmware;
        QString failure;          // the first read that failed, when one did
        bool interrupted = false; // `stop` said so before every register was read
    };
    QCoro::Task<Identity> identify(std::function<bool()> stop = {});
    QCoro::Task<ModbusResult> takeControl();
    // Converts to the profile's setpoint unit, clamps to the profile's range (and to 0 for a
    // one-way charger), writes, and remembers the time for the watchdog.
    // Where the map lets it be read (a readable register on the device's own unit, no scale-factor
    // register), the setpoint is read back after the write: a device that holds more than it was
    // told, or discharges more, fails the write ("reads back ...").
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
    // SunSpec: 10^SF of a register written with a scale factor, read from the device.
    QCoro::Task<std::optional<double>> scaleFactorOf(const ProfileRegister& reg, QString* error);
    QCoro::Task<ModbusResult> runSequence(std::vector<ProfileWrite> writes);
    QCoro::Task<ModbusResult> verifySetpoint(const ProfileRegister& reg, double written);

    const DeviceProfile& m_profile;
    QPointer<ModbusConnection> m_connection;
    int m_phases;
    std::optional<double> m_lastKw;
    TimeMs m_lastWatchdogWriteMs = 0;
    bool m_watchdogWritten = false;
    double m_aliveCounter = 0;
    std::optional<DeviceProfile> m_resolved;
    ReadingDecoder m_decoder;
};

} // namespace parkwatt
