#pragma once
// The rules no setpoint may ever break (docs/scenario-and-site.md, priority 1, plus the outage and
// consent rules): device ratings, the 0-or-at-least-minimum charge rule, consent for discharge,
// EV floors, the battery's SoC window, and the grid connection's limits. The dispatcher checks its
// own output with it in debug builds; the tests check every case with it.

#include "model/Policy.h"
#include "model/Site.h"
#include "model/Snapshot.h"

#include <QString>
#include <vector>

namespace parkwatt {

// What one charger (with the EV plugged into it) can do this cycle, from its spec and state.
struct ChargerLimits {
    bool usable = false;       // online and an EV plugged
    double maxChargeKw = 0;    // min(charger, vehicle)
    double minChargeKw = 0;    // 0 or at least this
    double maxDischargeKw = 0; // 0 without consent or on a one-way charger
    double eta = 1;            // one-way efficiency of the charger
};

class SafetyInvariants {
public:
    // Tolerances of the checks (rounding residue is not a violation).
    static constexpr double kToleranceKw = 1e-6;
    static constexpr double kToleranceKwh = 1e-6;

    static ChargerLimits chargerLimits(const SiteSpec& site, const SiteSnapshot& now, size_t charger);
    // Whether EV discharge is allowed at all by the policy right now (V2B outside outages, the EV
    // reserve during them).
    static bool evDischargeAllowed(const Policy& policy, const SiteSnapshot& now);
    // What offline chargers may still draw at their own fail-safe current: load the engine cannot
    // change, counted against the connection limit, the peak target and an island's supply (but
    // never relied on to absorb an export: the car may take nothing).
    static double offlineDrawKw(const SiteSnapshot& now);

    // Every broken rule, one human-readable line each; empty when the setpoints are safe.
    static std::vector<QString> violations(const SiteSpec& site, const Policy& policy,
                                           const SiteSnapshot& now, const Setpoints& setpoints);
};

} // namespace parkwatt
