#pragma once
// The one engine: a cycle of sense -> snapshot -> dispatch -> act -> record -> publish over an
// injected clock and device set. What-if runs, the demo and (later) real-time control all use it.

#include "engine/Clock.h"
#include "engine/SiteIo.h"

#include <functional>
#include <vector>

namespace parkwatt {

class Controller;
class Forecast;

class Engine {
public:
    using Publisher = std::function<void(const SiteSnapshot&, const Setpoints&, const StepRecord&)>;

    Engine(const Clock& clock, SiteIo& site, Controller& controller, Forecast& forecast);

    void addSink(StepSink* sink) { m_sinks.push_back(sink); }
    void setPublisher(Publisher publisher) { m_publisher = std::move(publisher); }

    // Runs one cycle at the clock's current time and returns what the site did.
    const StepRecord& runCycle();

private:
    const Clock& m_clock;
    SiteIo& m_site;
    Controller& m_controller;
    Forecast& m_forecast;
    std::vector<StepSink*> m_sinks;
    Publisher m_publisher;
};

} // namespace parkwatt
