#pragma once
// One simulated device on Modbus TCP, speaking a profile's register map: the engine (or mbpoll)
// reads measurements the simulation sets, and writes setpoints the simulation then applies. A
// charger's watchdog falls back to the profile's fail-safe when the controller stops refreshing
// its setpoint, as the real device would. A fault (FaultSpec) makes it misbehave on the wire.
// The heart of `parkwatt-sim`; tests use it directly.

#include "devices/profiles/DeviceProfile.h"
#include "devices/sim/FaultSpec.h"
#include "model/Time.h"

#include <QModbusDataUnit>
#include <QModbusPdu>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

class ModbusTcpFront;
class RegisterMapServer;

class SimulatedModbusDevice : public QObject {
    Q_OBJECT
public:
    using NowMs = std::function<TimeMs()>;

    // `now` drives the watchdog: wall time, also when the physics runs faster (a controller's
    // silence is measured in wall time).
    SimulatedModbusDevice(DeviceProfile profile, NowMs now, QObject* parent = nullptr);
    ~SimulatedModbusDevice() override;

    // Listens on host:port (loopback only) for `unit`. False with a message naming the device.
    bool start(const QString& host, int port, int unit, QString* error);
    void stop();
    int port() const { return m_port; }
    int unit() const { return m_unit; }

    // Misbehaves on the wire from now on (FaultKind::None restores normal service), or, for a
    // behaviour fault (FaultSpec::isBehaviour), answers normally but keeps no fail-safe write
    // (no-readback), runs without a watchdog (watchdog-off) or delivers what it delivered when the
    // fault was set (stuck-power). False with the reason only when leaving `drop` cannot bind the
    // port again.
    bool setFault(const FaultSpec& fault, QString* error);
    const FaultSpec& fault() const;
    int connectionCount() const;
    const DeviceProfile& profile() const { return m_profile; }

    // Sets the register with this meaning from an engineering value in SI-ish units: power in kW,
    // energy in kWh, SoC in %, voltage in V, current in A, time in s. False when the profile has
    // no such register or the value does not fit it.
    bool setMeasurement(RegisterMeaning meaning, double value);
    // The same for every register with this meaning (three phase currents); how many were set.
    int setMeasurements(RegisterMeaning meaning, double value);
    // Writes the register's "not implemented" raw value (0 when it has none): nothing to report.
    bool clearMeasurement(RegisterMeaning meaning);
    bool setText(const QString& registerName, const QString& text);
    // Sets a numeric register by name, in the register's own unit (identification values).
    bool setNumber(const QString& registerName, double value);
    bool setIecState(IecState state);

    // What the controller last wrote to the setpoint register, in kW (> 0 charges); nothing before
    // the first write.
    std::optional<double> commandedKw() const { return m_commandedKw; }
    // What the charger applies now: the commanded setpoint while its watchdog is fed, else the
    // fail-safe (power, or current at the configured phases and 230 V), else 0.
    double appliedKw() const;
    bool watchdogExpired() const;
    // The watchdog's timeout as the device holds it: its timeout register when that holds more
    // than 0, else the profile's; 0 (no watchdog) with watchdog-off.
    double watchdogTimeoutS() const;
    int phases() const { return m_phases; }
    void setPhases(int phases) { m_phases = phases; }

signals:
    void setpointWritten(double kw);

private:
    bool writeRegisters(const ProfileRegister& reg, const QList<quint16>& words);
    bool writeMeasurement(const ProfileRegister& reg, double value);
    // SunSpec: the register's scale factor (0 when it has none or it is "not implemented").
    int scaleFactor(const ProfileRegister& reg) const;
    std::optional<double> readNumber(const ProfileRegister* reg) const; // SunSpec scale applied
    std::optional<double> readUnscaled(const ProfileRegister* reg) const;
    double toKw(double value, Unit unit) const;
    std::optional<QModbusResponse> respond(int unit, const QModbusRequest& request);
    void onDataWritten(QModbusDataUnit::RegisterType table, int address, int size);
    void feedWatchdog();
    // The registers a commissioning tool writes and reads back: fail-safe current/power and the
    // watchdog's timeout.
    std::vector<const ProfileRegister*> failsafeRegisters() const;
    const ProfileRegister* timeoutRegister() const;
    void zeroTimeoutRegister();
    void publishRemainingValidity();

    DeviceProfile m_profile;
    NowMs m_now;
    std::unique_ptr<RegisterMapServer> m_server;
    std::unique_ptr<ModbusTcpFront> m_front;
    int m_port = 0;
    int m_unit = 1;
    std::vector<int> m_extraUnits;
    int m_phases = 3;
    std::optional<double> m_commandedKw;
    TimeMs m_lastWatchdogFeedMs = 0;
    bool m_fed = false;
    FaultSpec m_behaviour;           // a behaviour fault, when one is set
    std::optional<double> m_stuckKw; // stuck-power: what it delivers
};

} // namespace parkwatt
