#pragma once
// The site physics of docs/scenario-and-site.md: applies what a controller commands to PV, load,
// batteries, EVs and the grid, one step at a time, and counts every violation instead of hiding it.

#include "model/Scenario.h"
#include "model/Snapshot.h"
#include "model/StepRecord.h"

#include <vector>

namespace parkwatt {

class SitePhysics {
public:
    explicit SitePhysics(Scenario scenario);

    const Scenario& scenario() const { return m_scenario; }
    int stepCount() const;
    // The next step apply() expects (0 before the first step, stepCount() when finished).
    int nextStep() const { return m_nextStep; }
    // Whether `step` overlaps a grid outage at all (see the rule in SitePhysics.cpp).
    bool outageDuring(int step) const;
    // The measured state at the start of `step` (the step must be the next one to apply).
    SiteSnapshot snapshot(int step) const;
    // The same, into `out`, reusing its vectors (no allocation once they have grown).
    void snapshotInto(int step, SiteSnapshot& out) const;
    // Applies the setpoints for `step` and advances to the next step. Steps go in order 0..n-1.
    const StepRecord& apply(int step, const Setpoints& setpoints);
    // Every session's outcome; a session is judged at the end of its last plugged step.
    std::vector<SessionOutcome> sessionOutcomes() const;

private:
    struct SessionState {
        int chargerIndex = -1;
        double energyKwh = 0; // arrival energy until first plugged, then tracked
        double chargedKwh = 0;
        double dischargedKwh = 0;
    };
    struct ChargerRuntime {
        std::vector<int> sessions; // indices into the scenario's sessions, sorted by arrival
        size_t cursor = 0;         // sessions before it have departed for good
        double eta = 1;
        int pluggedSession = -1; // during the step being applied
    };

    int pluggedSessionAt(const ChargerRuntime& charger, int step) const;
    void checkStep(int step, const char* what) const;

    Scenario m_scenario;
    int m_stepCount = 0;
    double m_stepH = 0;
    int m_nextStep = 0;
    std::vector<unsigned char> m_outageByStep;
    std::vector<double> m_batteryEnergyKwh;
    std::vector<double> m_batteryEta;
    std::vector<double> m_batteryKw; // applied this step, > 0 charging
    double m_batteryCapacityKwh = 0;
    std::vector<SessionState> m_sessions;
    std::vector<ChargerRuntime> m_chargers;
    StepRecord m_record;
};

} // namespace parkwatt
