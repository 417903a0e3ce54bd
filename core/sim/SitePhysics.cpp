#include "sim/SitePhysics.h"

#include "sim/TimeGrid.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace parkwatt {

namespace {

// Commands within this of zero are zero (a controller's rounding residue is not a command), and
// limits are checked with it so that a command exactly at a rating never counts as a clamp.
constexpr double kCommandEpsKw = 1e-9;
// Bound checks on energies (battery SoC window, EV floor).
constexpr double kEnergyEpsKwh = 1e-9;

// The setpoint for device `index` (missing entries mean 0). A value that is not a number is
// refused (0, counted as a clamp); a controller's rounding residue near 0 is simply 0.
double commandKw(const std::vector<double>& setpoints, size_t index, int& clamps) {
    const double cmd = index < setpoints.size() ? setpoints[index] : 0.0;
    if (!std::isfinite(cmd)) {
        ++clamps;
        return 0;
    }
    return std::abs(cmd) <= kCommandEpsKw ? 0.0 : cmd;
}

// A one-way efficiency; anything that is not in (0, 1] physically falls back to lossless.
double validEta(double eta) {
    return (eta > 0 && eta <= 1) ? eta : 1.0;
}

// Scales the positive entries of `powers` (or, with sign -1, the magnitudes of the negative ones)
// so that their magnitudes sum to `total - reduction`. Returns the reduction actually made.
double reduceProportionally(std::vector<double>& powers, double sign, double total, double reduction) {
    if (total <= 0 || reduction <= 0)
        return 0;
    const double made = std::min(reduction, total);
    const double factor = made >= total ? 0.0 : (total - made) / total;
    for (double& p : powers) {
        if (p * sign > 0)
            p *= factor;
    }
    return made;
}

} // namespace

SitePhysics::SitePhysics(Scenario scenario)
    : m_scenario(std::move(scenario)) {
    const Scenario& sc = m_scenario;
    m_stepCount = std::max(0, sc.stepCount());
    m_stepH = sc.stepS / 3600.0;
    const qint64 stepMs = qint64(sc.stepS) * kMsPerSecond;

    // A step is an outage step when [stepStart, stepEnd) and [outage.start, outage.end) intersect
    // at all, however briefly: the site cannot count on the grid for any part of such a step, and
    // powers are constant within a step, so the whole step is run islanded (grid = 0).
    m_outageByStep.assign(size_t(m_stepCount), 0);
    if (stepMs > 0) {
        for (const Outage& outage : sc.outages) {
            if (outage.endMs <= outage.startMs)
                continue;
            // stepEnd(k) > outage.start <=> k >= floor((outage.start - start) / step);
            // stepStart(k) < outage.end <=> k < ceil((outage.end - start) / step).
            const qint64 first = std::max<qint64>(0, floorDiv(outage.startMs - sc.startMs, stepMs));
            const qint64 last = std::min<qint64>(m_stepCount, ceilDiv(outage.endMs - sc.startMs, stepMs));
            for (qint64 k = first; k < last; ++k)
                m_outageByStep[size_t(k)] = 1;
        }
    }

    const size_t batteryCount = sc.site.batteries.size();
    m_batteryEnergyKwh.resize(batteryCount);
    m_batteryEta.resize(batteryCount);
    m_batteryKw.assign(batteryCount, 0.0);
    for (size_t b = 0; b < batteryCount; ++b) {
        const BatterySpec& spec = sc.site.batteries[b];
        const double capacity = std::max(0.0, spec.capacityKwh);
        m_batteryEnergyKwh[b] = std::clamp(spec.initialSocPct / 100.0 * capacity, 0.0, capacity);
        m_batteryEta[b] = spec.roundtripEfficiency > 0 && spec.roundtripEfficiency <= 1
                              ? std::sqrt(spec.roundtripEfficiency)
                              : 1.0;
        m_batteryCapacityKwh += capacity;
    }

    const size_t chargerCount = sc.site.chargers.size();
    m_chargers.resize(chargerCount);
    for (size_t c = 0; c < chargerCount; ++c)
        m_chargers[c].eta = validEta(sc.site.chargers[c].efficiency);

    m_sessions.resize(sc.sessions.size());
    for (size_t s = 0; s < sc.sessions.size(); ++s) {
        const EvSession& session = sc.sessions[s];
        int charger = session.chargerIndex;
        if (charger < 0)
            charger = sc.site.chargerIndex(session.chargerId);
        if (charger >= int(chargerCount))
            charger = -1;
        const double capacity = std::max(0.0, session.capacityKwh);
        // Energy only changes while plugged, so the arrival energy holds until the first plugged step.
        m_sessions[s].chargerIndex = charger;
        m_sessions[s].energyKwh = std::clamp(session.arrivalEnergyKwh(), 0.0, capacity);
        if (charger >= 0)
            m_chargers[size_t(charger)].sessions.push_back(int(s));
    }
    for (ChargerRuntime& charger : m_chargers) {
        std::stable_sort(charger.sessions.begin(), charger.sessions.end(), [&sc](int a, int b) {
            return sc.sessions[size_t(a)].arrivalMs < sc.sessions[size_t(b)].arrivalMs;
        });
    }

    m_record.batteryCapacityKwh = m_batteryCapacityKwh;
    m_record.chargerKw.assign(chargerCount, 0.0);
    m_record.chargerEnergyKwh.assign(chargerCount, 0.0);
}

int SitePhysics::stepCount() const {
    return m_stepCount;
}

bool SitePhysics::outageDuring(int step) const {
    return step >= 0 && step < m_stepCount && m_outageByStep[size_t(step)] != 0;
}

void SitePhysics::checkStep(int step, const char* what) const {
    if (step != m_nextStep || step < 0 || step >= m_stepCount)
        throw std::logic_error(what);
}

// The session plugged into `charger` during `step`: arrival <= step start and step end <= departure.
// The charger's cursor only skips sessions that departed before an earlier step's end, so it is
// valid for every step from the next one on.
int SitePhysics::pluggedSessionAt(const ChargerRuntime& charger, int step) const {
    const TimeMs stepStart = m_scenario.stepStartMs(step);
    const TimeMs stepEnd = m_scenario.stepStartMs(step + 1);
    for (size_t i = charger.cursor; i < charger.sessions.size(); ++i) {
        const EvSession& session = m_scenario.sessions[size_t(charger.sessions[i])];
        if (session.arrivalMs > stepStart)
            break; // sorted by arrival: no later one has arrived either
        if (stepEnd <= session.departureMs)
            return charger.sessions[i];
    }
    return -1;
}

SiteSnapshot SitePhysics::snapshot(int step) const {
    SiteSnapshot out;
    snapshotInto(step, out);
    return out;
}

void SitePhysics::snapshotInto(int step, SiteSnapshot& out) const {
    checkStep(step, "SitePhysics::snapshot: not the next step");
    const Scenario& sc = m_scenario;
    const qint64 offsetS = qint64(step) * sc.stepS;
    out.timeMs = sc.stepStartMs(step);
    out.stepIndex = step;
    out.stepH = m_stepH;
    out.gridAvailable = m_outageByStep[size_t(step)] == 0;
    out.pvAvailableKw = std::max(0.0, sc.profiles.pvKw.at(offsetS));
    out.loadKw = sc.profiles.loadKw.at(offsetS);
    out.criticalLoadKw = sc.profiles.criticalLoadKw.at(offsetS);
    out.importPricePerKwh = sc.profiles.importPricePerKwh.at(offsetS);
    out.exportPricePerKwh = sc.profiles.exportPricePerKwh.at(offsetS);

    out.batteries.resize(m_batteryEnergyKwh.size());
    for (size_t b = 0; b < m_batteryEnergyKwh.size(); ++b) {
        const double capacity = sc.site.batteries[b].capacityKwh;
        BatteryState& state = out.batteries[b];
        state.online = true;
        state.energyKwh = m_batteryEnergyKwh[b];
        state.socPct = capacity > 0 ? 100.0 * m_batteryEnergyKwh[b] / capacity : 0.0;
    }

    out.chargers.resize(m_chargers.size());
    for (size_t c = 0; c < m_chargers.size(); ++c) {
        const ChargerSpec& spec = sc.site.chargers[c];
        ChargerState& state = out.chargers[c];
        const int s = pluggedSessionAt(m_chargers[c], step);
        state.online = true;
        state.minChargeKw = spec.minChargeKw;
        state.sessionIndex = s;
        if (s < 0) {
            state.plugged = false;
            state.sessionId.clear();
            state.energyKwh = state.capacityKwh = state.minEnergyKwh = state.targetEnergyKwh = 0;
            state.departureMs = 0;
            state.maxChargeKw = state.maxDischargeKw = 0;
            state.v2xConsent = false;
            continue;
        }
        const EvSession& session = sc.sessions[size_t(s)];
        state.plugged = true;
        state.sessionId = session.id;
        state.energyKwh = m_sessions[size_t(s)].energyKwh;
        state.capacityKwh = session.capacityKwh;
        state.minEnergyKwh = session.minEnergyKwh();
        state.targetEnergyKwh = session.targetEnergyKwh();
        state.departureMs = session.departureMs;
        state.maxChargeKw = std::min(spec.maxChargeKw, session.maxChargeKw);
        state.maxDischargeKw = spec.bidirectional && session.v2x ? spec.maxDischargeKw : 0.0;
        state.v2xConsent = session.v2x;
    }
}

const StepRecord& SitePhysics::apply(int step, const Setpoints& setpoints) {
    checkStep(step, "SitePhysics::apply: steps must be applied in order 0..n-1");
    const Scenario& sc = m_scenario;
    const double h = m_stepH;
    const qint64 offsetS = qint64(step) * sc.stepS;
    const bool outage = m_outageByStep[size_t(step)] != 0;

    StepRecord& r = m_record;
    r.step = step;
    r.timeMs = sc.stepStartMs(step);
    r.stepH = h;
    r.outage = outage;
    r.pvAvailableKw = std::max(0.0, sc.profiles.pvKw.at(offsetS));
    r.loadKw = sc.profiles.loadKw.at(offsetS);
    r.criticalLoadKw = sc.profiles.criticalLoadKw.at(offsetS);
    r.importPricePerKwh = sc.profiles.importPricePerKwh.at(offsetS);
    r.exportPricePerKwh = sc.profiles.exportPricePerKwh.at(offsetS);
    r.violations = StepViolations{};
    int clamps = 0;

    // Batteries: device ratings, then what physically fits into [0, capacity].
    double batteryChargeKw = 0, batteryDischargeKw = 0;
    for (size_t b = 0; b < m_batteryKw.size(); ++b) {
        const BatterySpec& spec = sc.site.batteries[b];
        const double cmd = commandKw(setpoints.batteryKw, b, clamps);
        const double eta = m_batteryEta[b];
        const double energy = m_batteryEnergyKwh[b];
        const double capacity = std::max(0.0, spec.capacityKwh);
        double p = 0;
        if (cmd > 0) {
            p = cmd;
            const double limit = std::max(0.0, spec.maxChargeKw);
            if (p > limit + kCommandEpsKw) {
                p = limit;
                ++clamps;
            }
            if (h > 0)
                p = std::min(p, std::max(0.0, capacity - energy) / (eta * h));
            batteryChargeKw += p;
        } else if (cmd < 0) {
            double d = -cmd;
            const double limit = std::max(0.0, spec.maxDischargeKw);
            if (d > limit + kCommandEpsKw) {
                d = limit;
                ++clamps;
            }
            if (h > 0)
                d = std::min(d, std::max(0.0, energy) * eta / h);
            batteryDischargeKw += d;
            p = -d;
        }
        m_batteryKw[b] = p;
    }

    // EVs: what the charger and the car can do, then what physically fits into [0, capacity].
    std::vector<double>& evKw = r.chargerKw;
    double evChargeKw = 0, evDischargeKw = 0;
    for (size_t c = 0; c < m_chargers.size(); ++c) {
        ChargerRuntime& charger = m_chargers[c];
        const ChargerSpec& spec = sc.site.chargers[c];
        const int s = pluggedSessionAt(charger, step);
        charger.pluggedSession = s;
        const double cmd = commandKw(setpoints.chargerKw, c, clamps);
        double p = 0;
        if (s < 0) {
            if (cmd != 0)
                ++clamps; // nothing plugged in to follow it
        } else if (cmd > 0) {
            const EvSession& session = sc.sessions[size_t(s)];
            const double limit = std::max(0.0, std::min(spec.maxChargeKw, session.maxChargeKw));
            bool clamped = false;
            p = cmd;
            if (p > limit + kCommandEpsKw) {
                p = limit;
                clamped = true;
            }
            if (p > 0 && p < spec.minChargeKw - kCommandEpsKw) {
                p = 0; // below the 6 A floor the charger pauses
                clamped = true;
            }
            clamps += clamped ? 1 : 0;
            if (h > 0) {
                const double room = std::max(0.0, session.capacityKwh - m_sessions[size_t(s)].energyKwh);
                p = std::min(p, room / (charger.eta * h)); // a full car stops accepting
            }
            evChargeKw += p;
        } else if (cmd < 0) {
            const EvSession& session = sc.sessions[size_t(s)];
            const double limit = std::max(0.0, spec.maxDischargeKw);
            double d = -cmd;
            if (!spec.bidirectional || !session.v2x) {
                d = 0; // one-way charger, or no consent: never discharge
                ++clamps;
            } else if (d > limit + kCommandEpsKw) {
                d = limit;
                ++clamps;
            }
            if (h > 0)
                d = std::min(d, std::max(0.0, m_sessions[size_t(s)].energyKwh) * charger.eta / h);
            evDischargeKw += d;
            p = -d;
        }
        evKw[c] = p;
    }

    const double pvAvailable = r.pvAvailableKw;
    double pvUsed = pvAvailable;
    double loadServed = 0;
    double criticalUnserved = 0;
    double grid = 0;
    if (!outage) {
        loadServed = r.loadKw;
        grid = loadServed + evChargeKw - evDischargeKw + batteryChargeKw - batteryDischargeKw - pvUsed;
        const double exportLimit = sc.site.grid.exportLimitKw;
        if (grid < -exportLimit) {
            const double curtail = std::min(pvUsed, -exportLimit - grid);
            pvUsed -= curtail;
            grid += curtail;
            if (grid < -exportLimit - kCommandEpsKw)
                r.violations.exportLimit = true;
        }
        if (grid > sc.site.grid.importLimitKw + kCommandEpsKw)
            r.violations.importLimit = true;
    } else {
        // Islanded: grid = 0. Charges are powered first (the devices draw what they were told
        // while supply lasts), the critical load gets the rest; what cannot be supplied is shed.
        const double critical = std::max(0.0, r.criticalLoadKw);
        const double available =
            pvAvailable + batteryDischargeKw + evDischargeKw - batteryChargeKw - evChargeKw;
        if (available < 0) {
            // Not even the charging can be powered: cut battery charging, then EV charging.
            double deficit = -available;
            deficit -= reduceProportionally(m_batteryKw, 1.0, batteryChargeKw, deficit);
            reduceProportionally(evKw, 1.0, evChargeKw, deficit);
            loadServed = 0;
        } else if (available < critical) {
            loadServed = available;
        } else {
            loadServed = critical;
            double surplus = available - critical;
            const double curtail = std::min(pvUsed, surplus);
            pvUsed -= curtail;
            surplus -= curtail;
            if (surplus > 0) {
                // More discharge than demand even with no PV: the devices deliver less.
                surplus -= reduceProportionally(m_batteryKw, -1.0, batteryDischargeKw, surplus);
                reduceProportionally(evKw, -1.0, evDischargeKw, surplus);
            }
        }
        criticalUnserved = critical - loadServed;
    }

    // Energies, violations and the sums as finally applied.
    r.batteryChargeKw = r.batteryDischargeKw = r.batteryEnergyKwh = 0;
    for (size_t b = 0; b < m_batteryKw.size(); ++b) {
        const BatterySpec& spec = sc.site.batteries[b];
        const double p = m_batteryKw[b];
        const double eta = m_batteryEta[b];
        const double capacity = std::max(0.0, spec.capacityKwh);
        double& energy = m_batteryEnergyKwh[b];
        if (p > 0) {
            energy = std::min(capacity, energy + eta * p * h);
            r.batteryChargeKw += p;
            if (energy > spec.maxEnergyKwh() + kEnergyEpsKwh)
                r.violations.batterySoc = true;
        } else if (p < 0) {
            energy = std::max(0.0, energy + p / eta * h);
            r.batteryDischargeKw -= p;
            if (energy < spec.minEnergyKwh() - kEnergyEpsKwh)
                r.violations.batterySoc = true;
        }
        r.batteryEnergyKwh += energy;
    }
    r.batteryKw = r.batteryChargeKw - r.batteryDischargeKw;
    r.batteryCapacityKwh = m_batteryCapacityKwh;

    r.evChargeKw = r.evDischargeKw = 0;
    r.evsPlugged = r.evsCharging = r.evsDischarging = 0;
    for (size_t c = 0; c < m_chargers.size(); ++c) {
        const ChargerRuntime& charger = m_chargers[c];
        const int s = charger.pluggedSession;
        if (s < 0) {
            r.chargerEnergyKwh[c] = 0;
            continue;
        }
        const EvSession& session = sc.sessions[size_t(s)];
        SessionState& state = m_sessions[size_t(s)];
        const double p = evKw[c];
        ++r.evsPlugged;
        if (p > 0) {
            state.energyKwh = std::min(session.capacityKwh, state.energyKwh + charger.eta * p * h);
            state.chargedKwh += p * h;
            r.evChargeKw += p;
            r.evsCharging += p > kCommandEpsKw ? 1 : 0;
        } else if (p < 0) {
            state.energyKwh = std::max(0.0, state.energyKwh + p / charger.eta * h);
            state.dischargedKwh -= p * h;
            r.evDischargeKw -= p;
            r.evsDischarging += p < -kCommandEpsKw ? 1 : 0;
            if (state.energyKwh < session.minEnergyKwh() - kEnergyEpsKwh)
                r.violations.evMinSoc = true; // applied: the car can do it, the owner said not to
        }
        r.chargerEnergyKwh[c] = state.energyKwh;
    }

    r.pvUsedKw = pvUsed;
    r.loadServedKw = loadServed;
    r.criticalUnservedKw = criticalUnserved;
    r.gridKw = outage ? 0.0
                      : loadServed + r.evChargeKw - r.evDischargeKw + r.batteryChargeKw -
                            r.batteryDischargeKw - pvUsed;
    r.violations.deviceLimitClamps = clamps;

    // Sessions that depart before the next step's end can never be plugged again.
    const TimeMs nextStepEnd = sc.stepStartMs(step + 2);
    for (ChargerRuntime& charger : m_chargers) {
        while (charger.cursor < charger.sessions.size() &&
               sc.sessions[size_t(charger.sessions[charger.cursor])].departureMs < nextStepEnd)
            ++charger.cursor;
    }
    ++m_nextStep;
    return r;
}

std::vector<SessionOutcome> SitePhysics::sessionOutcomes() const {
    constexpr double kMetToleranceKwh = 0.05;
    std::vector<SessionOutcome> out(m_sessions.size());
    for (size_t s = 0; s < m_sessions.size(); ++s) {
        const EvSession& session = m_scenario.sessions[s];
        const SessionState& state = m_sessions[s];
        const double target = session.targetEnergyKwh();
        SessionOutcome& o = out[s];
        o.sessionIndex = int(s);
        o.energyAtDepartureKwh = state.energyKwh;
        o.chargedKwh = state.chargedKwh;
        o.dischargedKwh = state.dischargedKwh;
        o.met = state.energyKwh >= target - kMetToleranceKwh;
        o.shortfallKwh = std::max(0.0, target - state.energyKwh);
    }
    return out;
}

} // namespace parkwatt
