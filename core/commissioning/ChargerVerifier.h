#pragma once
// Verifies one charger before a site goes live (`parkwattd verify`, docs/commissioning.md): reads
// its identity and state, writes its fail-safe current and watchdog timeout and reads them back,
// steps its setpoint from its minimum to its maximum and back watching the measured power follow,
// optionally lets its watchdog expire and watches it fall back to the fail-safe, and leaves it with
// the setpoint it had (or its safe state). Every request has the connection's timeout, every wait
// a deadline; nothing blocks the event loop.

#include "devices/profiles/DeviceProfile.h"
#include "model/SiteFile.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace parkwatt {

// One check's outcome: "identity", "state", "fail-safe", "watchdog", "setpoints", "fallback".
struct VerificationCheck {
    QString name;
    bool passed = false;
    QString reason; // why it failed ("no read-back", "watchdog off", "power not following", ...)
    QString detail; // what was seen, for the installer
};

struct SetpointStep {
    double commandedKw = 0;
    std::optional<double> measuredKw;
    qint64 followedAfterMs = -1; // -1: did not follow within the wait
};

struct ChargerVerification {
    QString deviceId;
    QString profile;
    QString host;
    int port = 0;
    int unit = 1;
    QString manufacturer, model, serial, firmware;
    QString state;                          // IEC 61851 state as read
    std::optional<double> failsafeCurrentA; // as read back (or as the profile states it)
    std::optional<double> failsafePowerKw;  // a fail-safe power register, as read back
    std::optional<double> watchdogTimeoutS; // as read back (or written, when not readable)
    double fallbackKw = 0;                  // what the charger draws while the engine is silent
    std::vector<SetpointStep> steps;
    std::vector<VerificationCheck> checks;
    QString leftAt; // the setpoint it was left with, in words

    bool passed() const;
    QJsonObject toJson() const;
    static ChargerVerification fromJson(const QJsonObject& json);
};

struct VerifierOptions {
    int stepWaitMs = 8000;        // how long the measured power may take to follow a step
    bool fallback = false;        // also let the watchdog expire and watch the fail-safe
    std::optional<int> watchdogS; // the timeout to write (default: the profile's timeout_s)
    int timeoutMs = 1000;         // each Modbus request (longer where the profile says)
    int pollMs = 500;             // between readings while waiting
    int phases = 3;
};

class ChargerVerifier {
public:
    // `site` gives the charger's power range (its site charger's min/max) and `device` where it is.
    ChargerVerifier(const DeviceProfile& profile, const DeviceSpec& device, const SiteSpec& site,
                    VerifierOptions options);

    QCoro::Task<ChargerVerification> run();

    // The fail-safe as power: a fail-safe power if the charger has one, else its fail-safe current
    // at `phases` x 230 V (the engine's conversion).
    static double fallbackKwOf(std::optional<double> failsafePowerKw, std::optional<double> failsafeCurrentA,
                               int phases);
    // The setpoints stepped through: min, between, max, between, min.
    static std::vector<double> stepsKw(double minKw, double maxKw);

private:
    DeviceProfile m_profile; // with the watchdog timeout that is written
    DeviceSpec m_device;
    double m_minKw = 0;
    double m_maxKw = 0;
    VerifierOptions m_options;
};

} // namespace parkwatt
