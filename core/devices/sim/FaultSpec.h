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
};

struct FaultSpec {
    FaultKind kind = FaultKind::None;
    int arg = 0; // Late: delay in ms; Exception: the exception code

    bool active() const { return kind != FaultKind::None; }
    // As the command line and the control channel spell it: "none", "late:3000", "exception:4".
    QString toString() const;
    friend bool operator==(const FaultSpec&, const FaultSpec&) = default;
};

constexpr int kDefaultLateMs = 3000;
constexpr int kMaxLateMs = 600'000;
constexpr int kDefaultExceptionCode = 4; // server device failure

// Parses a kind ("drop", "late", "exception", "garbage", "silence", "none") and its optional
// argument (empty for the default). Nothing, with `error` saying why, when either is invalid.
std::optional<FaultSpec> parseFault(const QString& kind, const QString& arg, QString* error);

} // namespace parkwatt
