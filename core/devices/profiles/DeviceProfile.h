#pragma once
// A device profile: what Parkwatt knows about one make of charger, inverter, battery or meter, as
// data ("parkwatt-profile/1", docs/device-profiles.md). Its registers and their meanings, how
// to recognise the device, the setpoint and watchdog it is controlled by, its safe state and the
// writes that take and release control. Plain value types; DeviceProfileReader fills them and
// guarantees what the docs promise (no overlaps, writable setpoints, known vocabulary).

#include "devices/RegisterCodec.h"
#include "model/SiteFile.h" // DeviceRole: one vocabulary for site files and profiles

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <span>
#include <vector>

namespace parkwatt {

enum class RegisterFunction { Coil, Discrete, Input, Holding };

enum class RegisterAccess { Read, Write, ReadWrite };

enum class RegisterMeaning {
    None, // read for diagnostics only; the engine does not interpret it
    Iec61851State,
    Power,
    EnergyImport,
    EnergyExport,
    Soc,
    CurrentSetpoint,
    PowerSetpoint,
    StartStop,
    Mode,
    ControlEnable,
    Watchdog,
    FailsafeCurrent,
    FailsafePower,
    FailsafeTimeout,
    Phases,
    Voltage,
    Current,
    Firmware,
    Serial,
    Manufacturer,
    Model,
    GridPower,
    PvPower,
    BatteryPower,
    BatterySoc,
};

enum class Unit { None, kW, W, A, V, Wh, kWh, Percent, s, ms };

// IEC 61851-1 control pilot states as the engine uses them (D counts as charging).
enum class IecState { A, B, C, D, EF };

struct ProfileRegister {
    QString name; // unique within the profile
    RegisterMeaning meaning = RegisterMeaning::None;
    RegisterFunction function = RegisterFunction::Holding;
    int address = 0; // 0-based PDU address; SunSpec profiles: offset from the model's ID register
    std::optional<int> sunspecModel;         // SunSpec profiles: the model the address counts within
    std::optional<int> unitId;               // a Modbus unit other than the device's (Alfen station: 200)
    RegisterEncoding encoding;               // type, word order, words, scale, offset, bit field
    QString scaleFactorRegister;             // SunSpec: value = raw * 10^(that i16 register)
    std::optional<double> notImplementedRaw; // a raw value that means "no value" (SunSpec 0x8000)
    Unit unit = Unit::None;
    RegisterAccess access = RegisterAccess::Read;
    QString notes;

    // IEC 61851 state mapping (iec61851_state registers): raw value (a number, or a string for
    // string registers) -> state.
    struct StateValue {
        QVariant raw; // double or QString
        IecState state;
    };
    std::vector<StateValue> states;
    // A raw B read as C while this register holds this value (Vestel: 1004 cable + 1001 charging).
    QString chargingFlagRegister;
    double chargingFlagValue = 1;

    // The IEC 61851 state a raw reading maps to (a double, or a QString for string registers), or
    // nothing when the mapping does not list it. `chargingFlag` is the charging_flag register's
    // reading, when the profile has one: a B then reads as C while it holds the flag's value.
    std::optional<IecState> iecState(const QVariant& raw, std::optional<double> chargingFlag = {}) const;

    int registerCount() const { return RegisterCodec::registerCount(encoding); }
    bool readable() const { return access != RegisterAccess::Write; }
    bool writable() const { return access != RegisterAccess::Read; }
};

// A write in a sequence: `value` in the register's engineering unit (scale applied on encode).
struct ProfileWrite {
    QString registerName;
    double value = 0;
    bool valueIsWatchdogTimeout = false; // "value": "timeout_s" writes the watchdog's timeout
};

struct TransportDefaults {
    int port = 502;
    int unit = 1;
    int timeoutMs = 1000;
    int retries = 1;
    int minGapMs = 0;
    int maxInFlight = 1;
    int writeFunction = 6; // for single-register holding writes: 6 or 16 (Qt's default is 6)
};

struct SunSpecModelRequirement {
    int id = 0;
    std::vector<int> alternatives; // models with the same layout (101/102 for 103)
    bool required = true;
};

struct Identification {
    struct Expect {
        QString registerName;
        QVariant equals; // double or QString
    };
    QStringList read;           // registers read and shown when a device is found
    std::vector<Expect> expect; // values that must match for the profile to apply
    // SunSpec: "SunS" at base, then the model chain walked for these models.
    std::optional<int> sunspecBase;
    std::vector<SunSpecModelRequirement> sunspecModels;
};

struct Setpoint {
    QString registerName;
    Unit unit = Unit::A; // A, W or kW
    std::optional<double> min;
    std::optional<double> max;
    bool isSigned = false; // negative values discharge
};

enum class WatchdogKind {
    ValiditySeconds, // the setpoint holds for timeout_s after each write: re-write `register`
    AliveCounter,    // write `value` (or an incremented counter) to `register` periodically
    IdleTimeout,     // any Modbus traffic resets it; `register` holds the timeout in seconds
};

struct Watchdog {
    QString registerName;
    WatchdogKind kind = WatchdogKind::ValiditySeconds;
    double timeoutS = 0;
    double refreshFraction = 1.0 / 3.0; // refresh after timeout_s * refresh_fraction
    QString timeoutRegister;            // where the timeout is configured, if over Modbus
    double aliveValue = 1;
    bool aliveIncrement = false;

    double refreshIntervalS() const { return timeoutS * refreshFraction; }
};

struct SafeState {
    std::optional<double> failsafeCurrentA;
    std::vector<ProfileWrite> writes;
};

struct DeviceProfile {
    QString id;
    QString manufacturer;
    QString model;
    DeviceRole role = DeviceRole::Charger;
    bool bidirectional = false;
    TransportDefaults transport;
    Identification identification;
    std::vector<ProfileRegister> registers;
    std::optional<Setpoint> setpoint;
    std::optional<Watchdog> watchdog;
    std::optional<SafeState> safeState;
    std::vector<ProfileWrite> takeControl;
    std::vector<ProfileWrite> release;
    QStringList notes;

    const ProfileRegister* findRegister(const QString& name) const
    {
        for (const ProfileRegister& r : registers) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    }
    // The first register with this meaning, or nullptr.
    const ProfileRegister* findMeaning(RegisterMeaning meaning) const
    {
        for (const ProfileRegister& r : registers) {
            if (r.meaning == meaning)
                return &r;
        }
        return nullptr;
    }
    bool isSunSpec() const { return identification.sunspecBase.has_value(); }
};

// Names as profile files spell them ("pv_inverter", "energy_import", "kWh", "holding").
QString toString(DeviceRole role);
QString toString(RegisterMeaning meaning);
QString toString(RegisterFunction function);
QString toString(Unit unit);
QString toString(IecState state);
QString toString(RegisterType type);

// The vocabulary in profile files, name -> value, in documentation order.
template <typename T> struct VocabularyEntry {
    const char16_t* name;
    T value;
};
std::span<const VocabularyEntry<DeviceRole>> roleVocabulary();
std::span<const VocabularyEntry<RegisterMeaning>> meaningVocabulary();
std::span<const VocabularyEntry<RegisterFunction>> functionVocabulary();
std::span<const VocabularyEntry<Unit>> unitVocabulary();
std::span<const VocabularyEntry<IecState>> stateVocabulary();
std::span<const VocabularyEntry<RegisterType>> typeVocabulary();

} // namespace parkwatt
