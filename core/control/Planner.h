#pragma once
// The look-ahead part of the control engine: a rolling-horizon linear program over the next hours
// (15-minute intervals) that decides, per interval, the battery's and every known EV's power and
// the grid import, so that the policy's priorities (docs/scenario-and-site.md) are met as well as
// the forecast allows. The Dispatcher follows the resulting Plan every cycle and corrects for what
// the forecast got wrong. The 0-or-at-least-minimum charging rule is left to the dispatcher (it is
// not convex). Pure: site, policy, snapshot, forecast and sessions in; a Plan out.

#include "control/Forecast.h"
#include "control/Plan.h"
#include "model/Policy.h"
#include "model/Site.h"
#include "model/Snapshot.h"

#include <vector>

namespace parkwatt {

struct PlannerOptions {
    int horizonS = 24 * 3600;     // how far ahead to plan
    int resolutionS = 900;        // interval length; 900 keeps intervals on the billing windows
    double timeLimitS = 20;       // the solver gives up after this and the plan is invalid
    double demandChargePerKw = 0; // the tariff's, weighed with the energy prices (priority 7)
    // Plans finish each EV this long before the end of its last whole plugged step (which the
    // PolicyController hands the dispatcher as its departure), so that a dispatcher following the
    // plan never finds a car short of time and overrides the plan at full power. The Dispatcher's
    // urgency margin is 0.05 h: the same here, no more (each minute of margin is flexibility the
    // plan gives away).
    int departureMarginS = 180;
};

// What the planner cannot see in a snapshot: the history of the current billing window and of the
// billing period, and where the run ends.
struct PlannerContext {
    double importedInWindowKwh = 0; // imported so far in the 15-minute window that contains now
    double peakSoFarKw = 0;         // billing peak of the windows already closed
    TimeMs horizonEndMs = 0;        // never plan beyond this (the end of a what-if run); 0: no end
};

// Figures of the last solve, for logs and benchmarks.
struct PlannerStats {
    int intervals = 0;
    int sessions = 0;
    int columns = 0;
    int rows = 0;
    int nonZeros = 0;
    int iterations = 0;
    double buildMs = 0;
    double solveMs = 0;
    bool optimal = false;
    double unmetTargetKwh = 0; // the plan's own shortfall to departure targets (unreachable part)
    bool softTargets = false;  // reachable targets could not all be held together: solved soft
};

class Planner {
public:
    Planner(SiteSpec site, Policy policy, PlannerOptions options = {});

    void setPolicy(Policy policy) { m_policy = std::move(policy); }
    const PlannerOptions& options() const { return m_options; }

    // The start of the interval that contains `t` (intervals are aligned to the clock).
    TimeMs intervalStart(TimeMs t) const;
    // How much forecast plan() wants from `nowMs`: a window starting at intervalStart(nowMs) and
    // this many seconds long (shorter near context.horizonEndMs).
    int windowSeconds(TimeMs nowMs, const PlannerContext& context) const;

    // Plans from now.timeMs. `window` starts at intervalStart(now.timeMs) with the planner's
    // resolution (as Forecast::window hands it out); `sessions` are the sessions known now.
    // Plugged EVs are taken from the snapshot (their energy now) even when `sessions` lacks them.
    // Returns an invalid plan when the solver fails or runs out of time.
    Plan plan(const SiteSnapshot& now, const ForecastWindow& window,
              const std::vector<ExpectedSession>& sessions, const PlannerContext& context = {});

    const PlannerStats& lastStats() const { return m_stats; }

private:
    SiteSpec m_site;
    Policy m_policy;
    PlannerOptions m_options;
    PlannerStats m_stats;
};

} // namespace parkwatt
