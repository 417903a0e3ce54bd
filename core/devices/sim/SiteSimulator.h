#pragma once
// Every device of a site file served on loopback Modbus TCP, each speaking its profile's map and
// answering the profile's identification as the real device would. Optionally plays a scenario:
// the site physics runs in simulated time (scenario start + speed x wall time since start) and
// the devices show it, while the chargers and batteries follow what a controller writes to them.
// Any device can be told to misbehave on the wire (FaultSpec). What `parkwatt-sim` runs.

#include "devices/sim/ScenarioBinding.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "model/Scenario.h"
#include "model/SiteFile.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

namespace parkwatt {

class ProfileLibrary;
class ScenarioPlayer;

struct ScenarioRun {
    ScenarioRun(Scenario played, double simulatedPerWallSecond = 1, ScenarioBinding::Labels fileLabels = {})
        : scenario(std::move(played))
        , speed(simulatedPerWallSecond)
        , labels(std::move(fileLabels))
    {
    }

    Scenario scenario;
    double speed = 1; // simulated seconds per wall second
    // Where in the scenario to begin (seconds after its start): the physics before it is played at
    // once as if uncontrolled (every car charging at its charger's maximum, batteries idle), so a
    // demo can open on a busy midday.
    int startAtS = 0;
    ScenarioBinding::Labels labels;
};

class SiteSimulator : public QObject {
    Q_OBJECT
public:
    // The physics advances every kTickMs of wall time, in 1 s steps of simulated time; at most a
    // simulated day per tick, so a clock that jumps catches up over a few ticks instead of stalling.
    static constexpr int kTickMs = 250;
    static constexpr int kMaxStepsPerTick = 86'400;
    static constexpr double kMaxSpeed = 100'000;

    // `now` is the wall clock (tests pass their own): it drives the watchdogs and simulated time.
    SiteSimulator(SimulatedModbusDevice::NowMs now, QObject* parent = nullptr);
    ~SiteSimulator() override;

    // Starts one simulated device per site device, with static values. On any failure nothing is
    // left listening and `errors` names each device that failed and why.
    bool start(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors);
    // The same, playing `run`: every scenario charger must have its charger device and every
    // charger device its scenario charger (errors name them), before anything listens.
    bool start(const SiteFile& site, const ProfileLibrary& profiles, const ScenarioRun& run,
               QStringList* errors);
    void stop();

    SimulatedModbusDevice* device(const QString& deviceId) const;
    QStringList deviceIds() const;

    // A fault on one device from now on (FaultKind::None clears it). False with a message naming
    // the device when there is no such device or the port cannot be bound again.
    bool setFault(const QString& deviceId, const FaultSpec& fault, QString* error);

    bool playing() const { return m_player != nullptr; }
    const ScenarioPlayer* player() const { return m_player.get(); }
    double speed() const { return m_speed; }
    // Where simulated time is by the wall clock (the physics follows within a tick).
    TimeMs simulatedNowMs() const;
    // Advances the physics to simulatedNowMs() and updates every device; the timer calls it every
    // kTickMs, tests may call it at once.
    void tick();

signals:
    // Once, when the physics reaches the scenario's end; the devices keep their last values.
    void scenarioFinished();

private:
    bool startDevices(const SiteFile& site, const ProfileLibrary& profiles, QStringList* errors);
    void presentIdentity(SimulatedModbusDevice& device, const DeviceSpec& spec);
    void publish();

    SimulatedModbusDevice::NowMs m_now;
    std::map<QString, std::unique_ptr<SimulatedModbusDevice>> m_devices;
    // Playing a scenario:
    std::unique_ptr<ScenarioPlayer> m_player;
    ScenarioBinding m_binding;
    std::vector<SimulatedModbusDevice*> m_boundDevices;         // per binding entry
    std::vector<SimulatedModbusDevice*> m_chargerDevices;       // per scenario charger
    std::vector<SimulatedModbusDevice*> m_batteryDevices;       // per scenario battery (null: none)
    std::vector<double> m_chargerCommandKw, m_batteryCommandKw; // read at each tick
    double m_speed = 1;
    TimeMs m_wallOriginMs = 0;
    TimeMs m_startOffsetMs = 0; // simulated time skipped at start (ScenarioRun::startAtS)
    QTimer m_ticker;
    bool m_finishedAnnounced = false;
};

} // namespace parkwatt
