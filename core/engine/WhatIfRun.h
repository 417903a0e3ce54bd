#pragma once
// A what-if run: one scenario, one controller, simulated from start to end at full speed on the
// engine, with the report accumulated on the way. Used by `parkwattd simulate`, the demo and
// (later) the policy preview.

#include "control/Forecast.h"
#include "engine/SiteIo.h"
#include "model/Scenario.h"
#include "sim/Report.h"

#include <functional>
#include <memory>
#include <vector>

namespace parkwatt {

class Controller;

// Baseline: uncontrolled charging. Policy: the planner and dispatcher acting out scenario.policy.
enum class ControllerKind { Baseline, Policy };

std::unique_ptr<Controller> makeController(ControllerKind kind, const Scenario& scenario);

struct WhatIfOptions {
    ControllerKind controller = ControllerKind::Baseline;
    ForecastMode forecast = ForecastMode::Realistic;
    std::vector<StepSink*> sinks;                      // extra recorders (CSV, ...)
    std::function<void(int done, int total)> progress; // called every few steps
    std::function<bool()> cancelled;                   // polled every few steps
};

struct WhatIfResult {
    bool cancelled = false;
    ReportFigures figures;
    std::vector<SessionOutcome> sessions;
};

WhatIfResult runWhatIf(const Scenario& scenario, const WhatIfOptions& options);

} // namespace parkwatt
