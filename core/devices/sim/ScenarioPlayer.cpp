#include "devices/sim/ScenarioPlayer.h"

#include "devices/sim/EvResponse.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

Scenario inOneSecondSteps(Scenario scenario)
{
    scenario.stepS = ScenarioPlayer::kStepS; // 1 divides every resolution the contract allows
    return scenario;
}

// The battery's power over a step from its energy before and after (the physics' own formula
// inverted), so clamps and outage reductions show as the battery really ran.
double batteryKwFromEnergy(double beforeKwh, double afterKwh, double eta, double stepH)
{
    const double delta = afterKwh - beforeKwh;
    return delta >= 0 ? delta / (eta * stepH) : delta * eta / stepH;
}

} // namespace

ScenarioPlayer::ScenarioPlayer(const Scenario& scenario)
    : m_physics(inOneSecondSteps(scenario))
{
    const SiteSpec& site = m_physics.scenario().site;
    const size_t chargers = site.chargers.size();
    m_evKw.assign(chargers, 0.0);
    m_chargerInKwh.assign(chargers, 0.0);
    m_chargerOutKwh.assign(chargers, 0.0);
    m_chargerEta.resize(chargers);
    for (size_t c = 0; c < chargers; ++c) {
        const double eta = site.chargers[c].efficiency;
        m_chargerEta[c] = eta > 0 && eta <= 1 ? eta : 1.0;
    }
    m_batteryKw.assign(site.batteries.size(), 0.0);
    m_setpoints.chargerKw.assign(chargers, 0.0);
    m_setpoints.batteryKw.assign(site.batteries.size(), 0.0);
    m_last.chargerKw.assign(chargers, 0.0);
    m_last.chargerEnergyKwh.assign(chargers, 0.0);
    if (!finished()) {
        m_physics.snapshotInto(0, m_now);
    } else {
        // A scenario with no step: nothing plugged, nothing stored, but every index valid.
        m_now.chargers.resize(chargers);
        m_now.batteries.resize(site.batteries.size());
    }
}

TimeMs ScenarioPlayer::timeMs() const
{
    return m_physics.scenario().stepStartMs(m_physics.nextStep());
}

double ScenarioPlayer::chargerKw(int c) const
{
    return m_now.chargers[size_t(c)].plugged ? m_last.chargerKw[size_t(c)] : 0.0;
}

int ScenarioPlayer::advanceTo(TimeMs targetMs, const Commands& commands, int maxSteps)
{
    const TimeMs stepMs = qint64(kStepS) * kMsPerSecond;
    int steps = 0;
    while (steps < maxSteps && !finished() && timeMs() + stepMs <= targetMs) {
        step(commands);
        ++steps;
    }
    return steps;
}

void ScenarioPlayer::step(const Commands& commands)
{
    const Scenario& sc = m_physics.scenario();
    const int k = m_physics.nextStep();
    const double h = kStepS / 3600.0;
    for (size_t c = 0; c < m_evKw.size(); ++c) {
        const ChargerState& state = m_now.chargers[c];
        const double target = EvResponse::targetKw(commands.chargerKw(int(c)), state, h, m_chargerEta[c]);
        m_evKw[c] = state.plugged ? EvResponse::follow(m_evKw[c], target, kStepS, state.minChargeKw) : 0.0;
        m_setpoints.chargerKw[c] = m_evKw[c];
    }
    m_batteryBeforeKwh.resize(m_now.batteries.size());
    for (size_t b = 0; b < m_now.batteries.size(); ++b) {
        m_setpoints.batteryKw[b] = commands.batteryKw(int(b));
        m_batteryBeforeKwh[b] = m_now.batteries[b].energyKwh;
    }

    m_last = m_physics.apply(k, m_setpoints);
    const double gridKw = m_last.gridKw;
    m_gridInKwh += std::max(0.0, gridKw) * h;
    m_gridOutKwh += std::max(0.0, -gridKw) * h;
    m_pvKwh += m_last.pvUsedKw * h;
    m_loadKwh += m_last.loadServedKw * h;
    for (size_t c = 0; c < m_evKw.size(); ++c) {
        const double p = m_last.chargerKw[c];
        m_evKw[c] = p; // a full car, or one cut in an outage, runs on from what it really drew
        m_chargerInKwh[c] += std::max(0.0, p) * h;
        m_chargerOutKwh[c] += std::max(0.0, -p) * h;
    }

    if (finished())
        return; // the last state stays as it was
    m_physics.snapshotInto(k + 1, m_now);
    for (size_t b = 0; b < m_now.batteries.size(); ++b) {
        const BatterySpec& spec = sc.site.batteries[b];
        const double roundtrip = spec.roundtripEfficiency;
        const double eta = roundtrip > 0 && roundtrip <= 1 ? std::sqrt(roundtrip) : 1.0;
        m_batteryKw[b] = batteryKwFromEnergy(m_batteryBeforeKwh[b], m_now.batteries[b].energyKwh, eta, h);
    }
}

} // namespace parkwatt
