#pragma once
// A fault a simulated device can be told to show, so an engine's handling of misbehaving devices
// can be tried on loopback: the device drops its connections, answers late, answers every request
// with a Modbus exception, answers garbage, or accepts requests and never answers.

#include <QString>
#include <optional>

namespace parkwatt {

enum class FaultKind {
    None,      // normal service
    Drop,      // close every connection and refuse new ones
    Late,      // answer every request `arg` ms late
    Exception, // answer every request with Modbus exception code `arg`
    Garbage,   // answer every request with a well-framed reply of random bytes
    Silence,   // accept connections and requests, never answer
    // Behaviour faults: the wire is healthy, the device is not (commissioning checks them).
    NoReadback,  // writes to the fail-safe and watchdog-timeout registers are accepted, not kept
    WatchdogOff, // the watchdog timeout reads 0 and ignores writes; the watchdog never expires
    StuckPower,  // the charger delivers what it delivered when the fault was set, whatever it is told
};

struct FaultSpec {
    FaultKind kind = FaultKind::None;
    int arg = 0; // Late: delay in ms; Exception: the exception code

    bool active() const { return kind != FaultKind::None; }
    // A behaviour fault (no-readback, watchdog-off, stuck-power): requests are answered normally.
    bool isBehaviour() const
    {
        return kind == FaultKind::NoReadback || kind == FaultKind::WatchdogOff ||
               kind == FaultKind::StuckPower;
    }
    // As the command line and the control channel spell it: "none", "late:3000", "exception:4".
    QString toString() const;
    friend bool operator==(const FaultSpec&, const FaultSpec&) = default;
};

constexpr int kDefaultLateMs = 3000;
constexpr int kMaxLateMs = 600'000;
constexpr int kDefaultExceptionCode = 4; // server device failure

// Parses a kind ("drop", "late", "exception", "garbage", "silence", "no-readback", "watchdog-off",
// "stuck-power", "none") and its optional
// argument (empty for the default). Nothing, with `error` saying why, when either is invalid.
std::optional<FaultSpec> parseFault(const QString& kind, const QString& arg, QString* error);

} // namespace parkwatt
