#pragma once
// A scenario's site physics (SitePhysics) played step by step in simulated time for parkwatt-sim:
// PV, load, arrivals and departures from the scenario; what chargers and batteries do from the
// commands their devices hold. Steps are 1 s of simulated time whatever the scenario's step_s, so
// a car follows a new command over seconds (EvResponse) and a device reading stays within a
// second of simulated time. Keeps the counters a meter or charger shows (energy in and out, monotonic).

#include "model/Scenario.h"
#include "model/Snapshot.h"
#include "model/StepRecord.h"
#include "sim/SitePhysics.h"

#include <functional>
#include <vector>

namespace parkwatt {

class ScenarioPlayer {
public:
    static constexpr int kStepS = 1;

    // What the devices command, asked every step: power in kW (> 0 charges).
    struct Commands {
        std::function<double(int charger)> chargerKw;
        std::function<double(int battery)> batteryKw;
    };

    explicit ScenarioPlayer(const Scenario& scenario);

    const Scenario& scenario() const { return m_physics.scenario(); }
    // The simulated time the physics has reached: every step before it is applied.
    TimeMs timeMs() const;
    bool finished() const { return m_physics.nextStep() >= m_physics.stepCount(); }

    // Applies whole steps up to `targetMs`, at most `maxSteps` of them; returns how many.
    int advanceTo(TimeMs targetMs, const Commands& commands, int maxSteps);

    // The state at timeMs(): who is plugged where, with how much energy.
    const ChargerState& charger(int c) const { return m_now.chargers[size_t(c)]; }
    // Power over the last step (0 while no car is plugged now); > 0 charges the car.
    double chargerKw(int c) const;
    double chargerImportKwh(int c) const { return m_chargerInKwh[size_t(c)]; }
    double chargerExportKwh(int c) const { return m_chargerOutKwh[size_t(c)]; }
    double batteryKw(int b) const { return m_batteryKw[size_t(b)]; }
    double batterySocPct(int b) const { return m_now.batteries[size_t(b)].socPct; }
    const StepRecord& lastStep() const { return m_last; }
    double gridImportKwh() const { return m_gridInKwh; }
    double gridExportKwh() const { return m_gridOutKwh; }
    double pvKwh() const { return m_pvKwh; }
    double loadKwh() const { return m_loadKwh; }

private:
    void step(const Commands& commands);

    SitePhysics m_physics;
    SiteSnapshot m_now; // the snapshot of the next step to apply
    Setpoints m_setpoints;
    StepRecord m_last;
    std::vector<double> m_evKw; // what each car draws now, following its command
    std::vector<double> m_chargerEta;
    std::vector<double> m_chargerInKwh, m_chargerOutKwh;
    std::vector<double> m_batteryKw;
    std::vector<double> m_batteryBeforeKwh; // energies at the start of the step being applied
    double m_gridInKwh = 0, m_gridOutKwh = 0, m_pvKwh = 0, m_loadKwh = 0;
};

} // namespace parkwatt
