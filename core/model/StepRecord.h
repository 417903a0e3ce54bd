#pragma once
// What happened in one step, as the site physics applied it: every flow, and every violation
// counted rather than hidden. Powers in kW, constant over the step.

#include "model/Time.h"

#include <vector>

namespace parkwatt {

struct StepViolations {
    bool importLimit = false;  // grid import above the connection's import limit
    bool exportLimit = false;  // grid export above the export limit even after curtailing all PV
    bool evMinSoc = false;     // some EV discharged below its owner's floor
    bool batterySoc = false;   // some battery driven outside [min_soc_pct, max_soc_pct]
    int deviceLimitClamps = 0; // setpoints a device could not follow (above rating, below 6 A floor,
                               // discharge on a one-way charger or without consent)
};

struct StepRecord {
    int step = 0;
    TimeMs timeMs = 0;
    double stepH = 0;
    bool outage = false;
    double pvAvailableKw = 0;
    double pvUsedKw = 0;
    double loadKw = 0;
    double loadServedKw = 0;
    double criticalLoadKw = 0;
    double criticalUnservedKw = 0;
    double gridKw = 0;             // > 0 import
    double batteryKw = 0;          // sum over batteries, > 0 charging
    double batteryChargeKw = 0;    // sum of charging batteries' power
    double batteryDischargeKw = 0; // sum of discharging batteries' power (positive)
    double batteryEnergyKwh = 0;   // sum, at the end of the step
    double batteryCapacityKwh = 0;
    double evChargeKw = 0;    // sum of charging EVs' power
    double evDischargeKw = 0; // sum of discharging EVs' power (positive)
    int evsPlugged = 0;
    int evsCharging = 0;
    int evsDischarging = 0;
    double importPricePerKwh = 0;
    double exportPricePerKwh = 0;
    std::vector<double> chargerKw;        // applied, per charger
    std::vector<double> chargerEnergyKwh; // EV energy at the end of the step, per charger (0 if free)
    StepViolations violations;

    double batterySocPct() const
    {
        return batteryCapacityKwh > 0 ? 100.0 * batteryEnergyKwh / batteryCapacityKwh : 0;
    }
};

// A session's outcome, judged at the end of its last plugged step.
struct SessionOutcome {
    int sessionIndex = -1;
    double energyAtDepartureKwh = 0;
    double chargedKwh = 0;
    double dischargedKwh = 0;
    bool met = false;
    double shortfallKwh = 0;
};

} // namespace parkwatt
