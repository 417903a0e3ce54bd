#include "engine/Engine.h"

#include "control/Controller.h"
#include "control/Forecast.h"

namespace parkwatt {

Engine::Engine(const Clock& clock, SiteIo& site, Controller& controller, Forecast& forecast)
    : m_clock(clock)
    , m_site(site)
    , m_controller(controller)
    , m_forecast(forecast)
{
}

const StepRecord& Engine::runCycle()
{
    const SiteSnapshot snapshot = m_site.sense(m_clock.now());
    m_forecast.observe(snapshot);
    const Setpoints setpoints = m_controller.dispatch(snapshot, m_forecast);
    const StepRecord& done = m_site.act(setpoints);
    const CycleRecord cycle{snapshot, setpoints, done};
    for (StepSink* sink : m_sinks)
        sink->record(cycle);
    if (m_publisher)
        m_publisher(snapshot, setpoints, done);
    return done;
}

} // namespace parkwatt
