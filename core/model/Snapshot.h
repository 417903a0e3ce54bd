#pragma once
// What a controller sees at one cycle: the site's measured state at `timeMs`. Plain values, so a
// controller is a pure function of (snapshot, forecast, policy) and trivially testable.

#include "model/Time.h"

#include <QString>
#include <vector>

namespace parkwatt {

struct BatteryState {
    double energyKwh = 0;
    double socPct = 0;
    bool online = true;
};

// A charger and the EV plugged into it, if any.
struct ChargerState {
    bool online = true;
    bool plugged = false;
    int sessionIndex = -1; // into the scenario's sessions (simulation) or the session table
    QString sessionId;
    double energyKwh = 0; // EV energy now
    double capacityKwh = 0;
    double minEnergyKwh = 0;    // the owner's floor
    double targetEnergyKwh = 0; // wanted at departure
    TimeMs departureMs = 0;
    double maxChargeKw = 0;    // min(charger, vehicle)
    double minChargeKw = 0;    // 0 or at least this
    double maxDischargeKw = 0; // 0 unless bidirectional charger and owner's V2X consent
    bool v2xConsent = false;
    double offlineDrawKw = 0; // an offline charger: what it may still draw at its own fail-safe current,
                              // which the engine cannot change
};

struct SiteSnapshot {
    TimeMs timeMs = 0;
    int stepIndex = 0;
    double stepH = 0;          // length of the cycle being dispatched, hours
    bool gridAvailable = true; // false during an outage
    double pvAvailableKw = 0;
    double loadKw = 0;
    double criticalLoadKw = 0;
    double importPricePerKwh = 0;
    double exportPricePerKwh = 0;
    std::vector<BatteryState> batteries;
    std::vector<ChargerState> chargers;
};

// What a controller commands for the next cycle. Signs: > 0 charges (battery, EV), < 0 discharges.
struct Setpoints {
    std::vector<double> batteryKw;
    std::vector<double> chargerKw;
    // Why each charger gets what it gets, e.g. "peak limit 150 kW: 11 -> 4.1 kW" (may be empty).
    std::vector<QString> chargerReasons;
};

} // namespace parkwatt
