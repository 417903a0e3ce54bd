#pragma once
// Runs a scenario's policy on the engine in accelerated time for the demo and the kiosk-free first window:
// a timer advances one or more simulation steps per tick and publishes each finished cycle; at the
// end of the scenario the day starts over.

#include "model/PublishedCycle.h"
#include "model/Scenario.h"
#include "model/StepRecord.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace parkwatt {

class Controller;
class Engine;
class Forecast;
class SimulatedClock;
class SimulatedSite;

class DemoRunner : public QObject {
    Q_OBJECT
public:
    explicit DemoRunner(Scenario scenario, QObject* parent = nullptr);
    ~DemoRunner() override;

    const Scenario& scenario() const { return m_scenario; }
    // Simulated seconds per real second (default 600: a day in 2.4 minutes).
    void setSpeed(double simulatedSecondsPerSecond);
    double speed() const { return m_speed; }
    bool isRunning() const { return m_timer.isActive(); }

public slots:
    void start();
    void stop();
    // Runs exactly one cycle now (tests, single-stepping).
    void stepOnce();

signals:
    void cycleCompleted(const parkwatt::StepRecord& step);
    // The same cycle with every charger, setpoint and reason, for the control-room views.
    void cyclePublished(const parkwatt::PublishedCycle& cycle);
    void dayRestarted();

private:
    void restartDay();
    void onTick();

    Scenario m_scenario;
    std::unique_ptr<SimulatedClock> m_clock;
    std::unique_ptr<SimulatedSite> m_site;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<Forecast> m_forecast;
    std::unique_ptr<Engine> m_engine;
    QTimer m_timer;
    double m_speed = 600;
    double m_pendingSimulatedS = 0;
};

} // namespace parkwatt
