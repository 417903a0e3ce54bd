#include "engine/DemoRunner.h"

#include "control/Controller.h"
#include "control/Forecast.h"
#include "devices/SimulatedSite.h"
#include "engine/Clock.h"
#include "engine/Engine.h"
#include "engine/WhatIfRun.h"

#include <algorithm>

namespace parkwatt {

namespace {
constexpr int kTickMs = 50;
}

DemoRunner::DemoRunner(Scenario scenario, QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoRunner::onTick);
    restartDay();
}

DemoRunner::~DemoRunner() = default;

void DemoRunner::setSpeed(double simulatedSecondsPerSecond)
{
    m_speed = std::clamp(simulatedSecondsPerSecond, 1.0, 100000.0);
}

void DemoRunner::start()
{
    m_timer.start();
}
void DemoRunner::stop()
{
    m_timer.stop();
}

void DemoRunner::restartDay()
{
    m_engine.reset();
    m_clock = std::make_unique<SimulatedClock>(m_scenario.startMs);
    m_site = std::make_unique<SimulatedSite>(m_scenario);
    m_controller = makeController(ControllerKind::Policy, m_scenario);
    m_forecast = makeForecast(ForecastMode::Realistic, m_scenario);
    m_engine = std::make_unique<Engine>(*m_clock, *m_site, *m_controller, *m_forecast);
    m_engine->setPublisher(
        [this](const SiteSnapshot& sensed, const Setpoints& commanded, const StepRecord& applied) {
            emit cyclePublished(PublishedCycle{sensed, commanded, applied, {}});
        });
    m_pendingSimulatedS = 0;
}

void DemoRunner::stepOnce()
{
    if (m_site->finished()) {
        restartDay();
        emit dayRestarted();
    }
    const StepRecord& done = m_engine->runCycle();
    m_clock->advanceMs(qint64(m_scenario.stepS) * kMsPerSecond);
    emit cycleCompleted(done);
}

void DemoRunner::onTick()
{
    // Catch up with simulated time; at most a bounded number of steps per tick keeps the UI fluid.
    m_pendingSimulatedS += m_speed * kTickMs / 1000.0;
    int steps = int(m_pendingSimulatedS / m_scenario.stepS);
    m_pendingSimulatedS -= steps * double(m_scenario.stepS);
    steps = std::min(steps, 20);
    for (int i = 0; i < steps; ++i)
        stepOnce();
}

} // namespace parkwatt
