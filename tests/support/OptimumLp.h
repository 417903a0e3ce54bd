#pragma once
// The true optimum of a scenario, for judging controllers: an LP of the spec's physics at the
// scenario's own step resolution with perfect knowledge, written independently of the planner
// (its own formulation straight on Clp's C API, no code shared with core/control).
// Relaxations (so the optimum is a bound no real controller can beat): EV charging may be below
// the charger's minimum (the 0-or-minimum rule is not convex); the battery may charge from the
// grid (peak shaving outranks that rule). Lexicographic: first the least critical load unserved,
// then departure targets as far as physically reachable, then the figure asked for.

#include "model/Scenario.h"

namespace parkwatt::test {

struct OptimumResult {
    bool ok = false;
    double value = 0;              // the optimum of the figure asked for
    double unservedKwh = 0;        // critical load that cannot be served at all
    double targetShortfallKwh = 0; // energy to departure targets that no plan can deliver
    double solveMs = 0;
};

// The least possible billing peak (largest 15-minute average import, windows on the clock).
OptimumResult leastBillingPeakKw(const Scenario& scenario);
// The least possible grid import over the run, kWh.
OptimumResult leastGridImportKwh(const Scenario& scenario);

} // namespace parkwatt::test
