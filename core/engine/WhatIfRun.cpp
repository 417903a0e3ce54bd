#include "engine/WhatIfRun.h"

#include "control/BaselineController.h"
#include "control/Controller.h"
#include "control/PolicyController.h"
#include "devices/SimulatedSite.h"
#include "engine/Clock.h"
#include "engine/Engine.h"

namespace parkwatt {

namespace {

class ReportSink final : public StepSink {
public:
    explicit ReportSink(ReportBuilder& builder)
        : m_builder(builder)
    {
    }
    void record(const CycleRecord& cycle) override { m_builder.add(cycle.applied); }

private:
    ReportBuilder& m_builder;
};

} // namespace

std::unique_ptr<Controller> makeController(ControllerKind kind, const Scenario& scenario)
{
    switch (kind) {
    case ControllerKind::Baseline:
        return std::make_unique<BaselineController>(scenario.site);
    case ControllerKind::Policy: {
        PolicyControllerOptions options;
        options.runEndMs = scenario.endMs();
        options.utcOffsetS = scenario.utcOffsetS;
        options.planner.demandChargePerKw = scenario.tariff.demandChargePerKw;
        return std::make_unique<PolicyController>(scenario.site, scenario.policy, options);
    }
    }
    return nullptr;
}

WhatIfResult runWhatIf(const Scenario& scenario, const WhatIfOptions& options)
{
    SimulatedClock clock(scenario.startMs);
    SimulatedSite site(scenario);
    auto controller = makeController(options.controller, scenario);
    auto forecast = makeForecast(options.forecast, scenario);
    Engine engine(clock, site, *controller, *forecast);

    ReportBuilder report(scenario);
    ReportSink reportSink(report);
    engine.addSink(&reportSink);
    for (StepSink* sink : options.sinks)
        engine.addSink(sink);

    WhatIfResult result;
    const int total = site.physics().stepCount();
    const int progressEvery = std::max(1, total / 200);
    for (int step = 0; step < total; ++step) {
        if (step % progressEvery == 0) {
            if (options.cancelled && options.cancelled()) {
                result.cancelled = true;
                return result;
            }
            if (options.progress)
                options.progress(step, total);
        }
        engine.runCycle();
        clock.advanceMs(qint64(scenario.stepS) * kMsPerSecond);
    }
    if (options.progress)
        options.progress(total, total);
    result.sessions = site.physics().sessionOutcomes();
    result.figures = report.finish(result.sessions);
    return result;
}

} // namespace parkwatt
