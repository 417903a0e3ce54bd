#include "control/Planner.h"

#include "control/LpModel.h"
#include "control/SafetyInvariants.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <map>

namespace parkwatt {

namespace {

// The priority order of the spec, as objective weights (per kWh unless said otherwise). Each level
// outweighs what the next one could gain with the energy involved: one kWh moved into a 15-minute
// window raises its average by 4 kW, so a kWh of target is worth more than 4 kW of peak, and so on.
constexpr double kWeightCriticalUnservedKwh = 1e7;  // 2. serve the critical load in an outage
constexpr double kWeightTargetShortfallKwh = 2e6;   // 3. departure targets
constexpr double kWeightReserveShortfallKwhH = 1e6; // 4. backup reserve (per kWh below, per hour)
constexpr double kWeightPeakOverLimitKw = 1e5;      // 5. peak above import_limit_kw
constexpr double kWeightBatteryGridChargeKwh = 2e3; // 6. no grid energy into the battery...
constexpr double kWeightImportKwh = 1e3;            // 6. ...and the least grid import
constexpr double kWeightPeakTieKw = 1e-3;           // among equal plans, the lower peak
constexpr double kWeightBatteryWearKwh = 1e-2;      // 8. throughput
constexpr double kWeightEvWearKwh = 1.2e-2;         // EVs wear a little more: the battery goes first
constexpr double kWeightEvLaterKwhPerH = 2e-4;      // among equal plans, charge cars sooner (as a driver
                                                    // expects, and as the dispatcher feeds PV surplus)

constexpr double kEps = 1e-9;
// A target within this of what the car's charger could deliver counts as unreachable by that much:
// the LP's own rounding must not make a plan infeasible.
constexpr double kTargetSlackKwh = 1e-3;

double etaOf(double value)
{
    return value > 0 && value <= 1 ? value : 1.0;
}

qint64 floorTo(qint64 t, qint64 grid)
{
    const qint64 q = t / grid;
    return (t % grid != 0 && t < 0 ? q - 1 : q) * grid;
}

qint64 ceilTo(qint64 t, qint64 grid)
{
    return -floorTo(-t, grid);
}

// One EV session as the LP sees it.
// The share of a car's slack the departure margin may take (see the deadline below).
constexpr double kMarginShareOfSlack = 0.2;

struct SessionModel {
    int sessionIndex = -1;
    int chargerIndex = -1;
    double energyNowKwh = 0;
    double targetKwh = 0;
    double floorKwh = 0;
    double capacityKwh = 0;
    double maxChargeKw = 0;
    double maxDischargeKw = 0; // 0 unless consenting on a bidirectional charger
    double eta = 1;
    TimeMs pluggedFromMs = 0; // step-aligned plugged span
    TimeMs pluggedToMs = 0;
    TimeMs departureMs = 0;
    // Time plugged beyond what full power needs, counted from arrival (so that it does not shrink
    // while a car waits for its plan): what the departure margin may take a share of.
    double slackMs = 0;
};

} // namespace

Planner::Planner(SiteSpec site, Policy policy, PlannerOptions options)
    : m_site(std::move(site))
    , m_policy(std::move(policy))
    , m_options(options)
{
    m_options.resolutionS = std::max(1, m_options.resolutionS);
    m_options.horizonS = std::max(m_options.resolutionS, m_options.horizonS);
}

TimeMs Planner::intervalStart(TimeMs t) const
{
    return floorTo(t, qint64(m_options.resolutionS) * kMsPerSecond);
}

int Planner::windowSeconds(TimeMs nowMs, const PlannerContext& context) const
{
    const TimeMs start = intervalStart(nowMs);
    const qint64 resMs = qint64(m_options.resolutionS) * kMsPerSecond;
    TimeMs end = nowMs + qint64(m_options.horizonS) * kMsPerSecond;
    if (context.horizonEndMs > 0)
        end = std::min(end, context.horizonEndMs);
    end = std::max(end, nowMs + 1);
    const qint64 intervals = (end - start + resMs - 1) / resMs;
    return int(intervals * m_options.resolutionS);
}

Plan Planner::plan(const SiteSnapshot& now, const ForecastWindow& window,
                   const std::vector<ExpectedSession>& sessions, const PlannerContext& context)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = PlannerStats{};

    Plan plan;
    plan.madeAtMs = now.timeMs;
    plan.resolutionS = m_options.resolutionS;
    plan.startMs = intervalStart(now.timeMs);
    const qint64 resMs = qint64(m_options.resolutionS) * kMsPerSecond;
    const double windowH = m_options.resolutionS / 3600.0;

    // Intervals: [T_i, T_i + res) cut to [now, horizon end).
    TimeMs endMs = now.timeMs + qint64(m_options.horizonS) * kMsPerSecond;
    if (context.horizonEndMs > 0)
        endMs = std::min(endMs, context.horizonEndMs);
    const int available = int(std::min({window.pvKw.size(), window.loadKw.size()}));
    int n = 0;
    while (n < available && plan.startMs + n * resMs < endMs)
        ++n;
    if (n == 0 || window.startMs != plan.startMs || window.resolutionS != m_options.resolutionS)
        return plan; // invalid: no usable forecast
    const auto nn = static_cast<size_t>(n);
    std::vector<TimeMs> from(nn), to(nn);
    std::vector<double> h(nn);
    for (int i = 0; i < n; ++i) {
        from[size_t(i)] = std::max(plan.startMs + i * resMs, now.timeMs);
        to[size_t(i)] = std::min(plan.startMs + (i + 1) * resMs, endMs);
        h[size_t(i)] = double(std::max<qint64>(0, to[size_t(i)] - from[size_t(i)])) / 3.6e6;
    }
    auto seriesAt = [](const std::vector<double>& v, int i, double fallback) {
        return size_t(i) < v.size() ? v[size_t(i)] : fallback;
    };
    auto outageAt = [&](int i) { return size_t(i) < window.outage.size() && window.outage[size_t(i)]; };

    const Policy& policy = m_policy;
    const bool shaving = policy.peakShaving.enabled;
    const bool selfSufficiency = policy.selfSufficiency.enabled;

    // Sessions: the forecast's, with the plugged ones' energy taken from the snapshot.
    const qint64 stepMs = std::max<qint64>(1000, qint64(std::llround(now.stepH * 3600.0)) * kMsPerSecond);
    std::map<int, const ChargerState*> pluggedBySession;
    for (size_t c = 0; c < now.chargers.size(); ++c)
        if (now.chargers[c].plugged && now.chargers[c].sessionIndex >= 0)
            pluggedBySession[now.chargers[c].sessionIndex] = &now.chargers[c];
    auto chargerOnline = [&](int c) {
        return c >= 0 && size_t(c) < now.chargers.size() ? now.chargers[size_t(c)].online : true;
    };

    std::vector<SessionModel> models;
    std::map<int, bool> seen;
    auto addSession = [&](SessionModel m, const ChargerState* plugged) {
        if (m.chargerIndex < 0 || size_t(m.chargerIndex) >= m_site.chargers.size())
            return;
        const ChargerSpec& charger = m_site.chargers[size_t(m.chargerIndex)];
        m.eta = etaOf(charger.efficiency);
        m.maxChargeKw = std::max(0.0, std::min(charger.maxChargeKw, m.maxChargeKw));
        const double ratedKw = m.maxChargeKw;
        if (!chargerOnline(m.chargerIndex))
            m.maxChargeKw = 0, m.maxDischargeKw = 0;
        const double needAtArrivalH =
            ratedKw > 0 ? std::max(0.0, m.targetKwh - m.energyNowKwh) / (m.eta * ratedKw) : 0.0;
        m.slackMs = double(m.pluggedToMs - m.pluggedFromMs) - needAtArrivalH * 3.6e6;
        if (plugged) {
            m.energyNowKwh = plugged->energyKwh;
            m.pluggedFromMs = now.timeMs;
        }
        m.pluggedFromMs = std::max(m.pluggedFromMs, now.timeMs);
        if (m.pluggedToMs <= m.pluggedFromMs)
            return;
        m.capacityKwh = std::max(m.capacityKwh, 0.0);
        m.energyNowKwh = std::clamp(m.energyNowKwh, 0.0, m.capacityKwh);
        m.targetKwh = std::min(m.targetKwh, m.capacityKwh);
        models.push_back(m);
    };
    for (const ExpectedSession& e : sessions) {
        if (seen[e.sessionIndex])
            continue;
        seen[e.sessionIndex] = true;
        const auto plugged = pluggedBySession.find(e.sessionIndex);
        SessionModel m;
        m.sessionIndex = e.sessionIndex;
        m.chargerIndex = e.chargerIndex;
        m.energyNowKwh = e.arrivalEnergyKwh;
        m.targetKwh = e.targetEnergyKwh;
        m.floorKwh = e.minEnergyKwh;
        m.capacityKwh = e.capacityKwh;
        m.maxChargeKw = e.maxChargeKw;
        const bool bidirectional = e.chargerIndex >= 0 && size_t(e.chargerIndex) < m_site.chargers.size() &&
                                   m_site.chargers[size_t(e.chargerIndex)].bidirectional;
        m.maxDischargeKw =
            e.v2x && bidirectional ? m_site.chargers[size_t(e.chargerIndex)].maxDischargeKw : 0.0;
        m.pluggedFromMs = ceilTo(e.arrivalMs, stepMs);
        m.pluggedToMs = floorTo(e.departureMs, stepMs);
        m.departureMs = e.departureMs;
        addSession(m, plugged == pluggedBySession.end() ? nullptr : plugged->second);
    }
    for (const auto& [index, state] : pluggedBySession) {
        if (seen[index])
            continue;
        SessionModel m;
        m.sessionIndex = index;
        m.chargerIndex = int(state - now.chargers.data());
        m.targetKwh = state->targetEnergyKwh;
        m.floorKwh = state->minEnergyKwh;
        m.capacityKwh = state->capacityKwh;
        m.maxChargeKw = state->maxChargeKw;
        m.maxDischargeKw = state->maxDischargeKw;
        m.pluggedToMs = floorTo(state->departureMs, stepMs);
        m.departureMs = state->departureMs;
        addSession(m, state);
    }

    LpModel lp;
    const double inf = LpModel::kInfinity;

    // Per-interval site rows and columns.
    std::vector<int> balanceRow(nn), importCol(nn, -1), exportCol(nn, -1), pvCol(nn);
    std::vector<double> loadKw(nn), pvKw(nn);
    // Offline chargers draw their fail-safe current until they are back (an event: a re-plan).
    const double offlineKw = SafetyInvariants::offlineDrawKw(now);
    for (int i = 0; i < n; ++i) {
        const bool outage = outageAt(i);
        const double load =
            (outage ? std::max(0.0, seriesAt(window.criticalLoadKw, i, 0)) : seriesAt(window.loadKw, i, 0)) +
            offlineKw;
        loadKw[size_t(i)] = load;
        pvKw[size_t(i)] = std::max(0.0, seriesAt(window.pvKw, i, 0));
        // load + ev + battery - pv_used - import + export (+ unserved) = 0, as average kW over the interval.
        balanceRow[size_t(i)] = lp.addRow(-load, -load);
        pvCol[size_t(i)] = lp.addColumn(0, pvKw[size_t(i)], 0);
        lp.add(balanceRow[size_t(i)], pvCol[size_t(i)], -1);
        const double hi = h[size_t(i)];
        if (!outage) {
            const double price = seriesAt(window.importPricePerKwh, i, 0);
            const double exportPrice = seriesAt(window.exportPricePerKwh, i, 0);
            importCol[size_t(i)] = lp.addColumn(0, std::max(0.0, m_site.grid.importLimitKw),
                                                hi * (price + (selfSufficiency ? kWeightImportKwh : 0.0)));
            exportCol[size_t(i)] =
                lp.addColumn(0, std::max(0.0, m_site.grid.exportLimitKw), -hi * exportPrice);
            lp.add(balanceRow[size_t(i)], importCol[size_t(i)], -1);
            lp.add(balanceRow[size_t(i)], exportCol[size_t(i)], 1);
        } else {
            const int unserved = lp.addColumn(0, load, hi * kWeightCriticalUnservedKwh);
            lp.add(balanceRow[size_t(i)], unserved, -1);
        }
    }

    // The billing peak: P >= every window's average import; P never below the peak already paid.
    const int peakCol = lp.addColumn(std::max(0.0, context.peakSoFarKw), inf,
                                     std::max(0.0, m_options.demandChargePerKw) + kWeightPeakTieKw);
    for (int i = 0; i < n; ++i) {
        if (importCol[size_t(i)] < 0)
            continue;
        const double already = i == 0 ? std::max(0.0, context.importedInWindowKwh) : 0.0;
        const int row = lp.addRow(-inf, -already / windowH);
        lp.add(row, importCol[size_t(i)], h[size_t(i)] / windowH);
        lp.add(row, peakCol, -1);
    }
    if (shaving) {
        const int overCol = lp.addColumn(0, inf, kWeightPeakOverLimitKw);
        const int row = lp.addRow(-inf, std::max(0.0, policy.peakShaving.importLimitKw));
        lp.add(row, peakCol, 1);
        lp.add(row, overCol, -1);
    }

    // Batteries: charge, discharge and energy at the end of each interval.
    struct BatteryCols {
        std::vector<int> charge, discharge, energy;
    };
    std::vector<BatteryCols> batteries(m_site.batteries.size());
    double reserveBatteryKwh = 0;
    for (size_t b = 0; b < m_site.batteries.size(); ++b) {
        const BatterySpec& spec = m_site.batteries[b];
        const bool online = b >= now.batteries.size() || now.batteries[b].online;
        const double eta = std::sqrt(etaOf(spec.roundtripEfficiency));
        const double energyNow = b < now.batteries.size() ? now.batteries[b].energyKwh
                                                          : spec.initialSocPct / 100.0 * spec.capacityKwh;
        const double lower = std::min(spec.minEnergyKwh(), energyNow);
        const double upper = std::max(spec.maxEnergyKwh(), energyNow);
        reserveBatteryKwh += policy.backup.batteryReservePct / 100.0 * spec.capacityKwh;
        BatteryCols& cols = batteries[b];
        for (int i = 0; i < n; ++i) {
            const double hi = h[size_t(i)];
            const int ch =
                lp.addColumn(0, online ? std::max(0.0, spec.maxChargeKw) : 0.0, hi * kWeightBatteryWearKwh);
            const int dis = lp.addColumn(0, online ? std::max(0.0, spec.maxDischargeKw) : 0.0,
                                         hi * kWeightBatteryWearKwh);
            const int energy = lp.addColumn(lower, upper, 0);
            // energy_i - energy_{i-1} - eta*h*charge + h/eta*discharge = 0
            const double rhs = i == 0 ? energyNow : 0.0;
            const int row = lp.addRow(rhs, rhs);
            lp.add(row, energy, 1);
            if (i > 0)
                lp.add(row, cols.energy.back(), -1);
            lp.add(row, ch, -eta * hi);
            lp.add(row, dis, hi / eta);
            lp.add(balanceRow[size_t(i)], ch, 1);
            lp.add(balanceRow[size_t(i)], dis, -1);
            cols.charge.push_back(ch);
            cols.discharge.push_back(dis);
            cols.energy.push_back(energy);
        }
    }
    // No grid energy into the battery: battery charging only from PV beyond the load. Under peak
    // shaving (a higher priority) the grid may still fill it, at a price.
    if (!batteries.empty() && !policy.selfSufficiency.batteryGridCharging) {
        for (int i = 0; i < n; ++i) {
            if (outageAt(i))
                continue; // islanded: whatever charges the battery is local anyway
            const double surplus = std::max(0.0, pvKw[size_t(i)] - loadKw[size_t(i)]);
            const int row = lp.addRow(-inf, surplus);
            for (const BatteryCols& cols : batteries)
                lp.add(row, cols.charge[size_t(i)], 1);
            if (shaving) {
                const int gridCharge = lp.addColumn(0, inf, h[size_t(i)] * kWeightBatteryGridChargeKwh);
                lp.add(row, gridCharge, -1);
            }
        }
    }

    // EV sessions.
    struct SessionCols {
        std::vector<int> interval, charge, discharge, energy;
        int shortfall = -1;          // to the target by the deadline
        int departureShortfall = -1; // to the target at departure (when unreachable by the deadline)
    };
    std::vector<SessionCols> sessionCols(models.size());
    std::vector<std::vector<std::pair<int, int>>> reserveEnergyByInterval(nn); // (column, model)
    const bool reserveOn = policy.backup.enabled;
    std::vector<int> softTargetColumns; // shortfall columns, bounded to the unreachable part
    std::vector<std::pair<int, double>> relaxedLowerBounds; // (EV energy column, its floor)
    const qint64 marginMs = qint64(std::max(0, m_options.departureMarginS)) * kMsPerSecond;
    std::vector<double> margins; // per model, hours
    for (size_t k = 0; k < models.size(); ++k) {
        const SessionModel& m = models[k];
        SessionCols& cols = sessionCols[k];
        auto dischargeAllowed = [&](int i) {
            if (m.maxDischargeKw <= 0)
                return false;
            return outageAt(i) ? policy.backup.evReserve : policy.v2b.enabled;
        };
        bool anyDischarge = false;
        // The plan meets the target by this time: a margin before departure.
        // (The car is last plugged at the end of its last whole step, pluggedToMs; the policy
        // controller hands the dispatcher that as its departure, so its urgency margin counts from
        // there, and so does this one.)
        // A car with little slack (time plugged beyond what full power needs, from its arrival)
        // can afford only a share of the margin: it is flexibility taken from the rest of the site
        // (pv-and-v2b: 3 of a car's 9.4 minutes of slack pushed energy into the spike windows).
        const qint64 sessionMarginMs =
            std::min<qint64>(marginMs, qint64(std::max(0.0, m.slackMs * kMarginShareOfSlack)));
        margins.push_back(double(sessionMarginMs) / 3.6e6);
        const TimeMs deadlineMs = std::max(m.pluggedFromMs, m.pluggedToMs - sessionMarginMs);
        struct Plugged {
            int interval;
            double hours;       // plugged in the interval
            double beforeHours; // of those, before the deadline
        };
        std::vector<Plugged> plugged;
        for (int i = 0; i < n; ++i) {
            const TimeMs a = std::max(from[size_t(i)], m.pluggedFromMs);
            const TimeMs b = std::min(to[size_t(i)], m.pluggedToMs);
            if (b > a) {
                const double before = double(std::max<qint64>(0, std::min(b, deadlineMs) - a)) / 3.6e6;
                plugged.push_back({i, double(b - a) / 3.6e6, before});
                anyDischarge = anyDischarge || dischargeAllowed(i);
            }
        }
        if (plugged.empty())
            continue;
        // The target binds at departure, or at the end of the run when the car leaves after it.
        const bool departsInHorizon = m.pluggedToMs <= to[size_t(n - 1)];
        const bool runEndsInHorizon = context.horizonEndMs > 0 && to[size_t(n - 1)] >= context.horizonEndMs;
        // (A car already at its target still needs the row when it may discharge: V2B must not
        // take it below its target by departure.)
        const bool targetBinds =
            (departsInHorizon || runEndsInHorizon) && (m.targetKwh > m.energyNowKwh + kEps || anyDischarge);
        const double floorKwh = std::min(m.floorKwh, m.energyNowKwh);

        int capacityRow = -1;
        bool hardByDeadline = false; // the target is reachable by the deadline: a hard row
        const int targetRow = targetBinds ? lp.addRow(m.targetKwh - m.energyNowKwh, inf) : -1;
        const int departureRow = targetBinds ? lp.addRow(m.targetKwh - m.energyNowKwh, inf) : -1;
        if (targetBinds) {
            // Departure targets (priority 3) outrank everything below them, so a target the car can
            // reach on its own is a hard row: the shortfall may only be the part that its charger
            // cannot deliver in time. (Should several cars together still be infeasible, e.g. under
            // the connection limit, the solve is repeated with soft targets.)
            double beforeH = 0, pluggedH = 0;
            for (const Plugged& p : plugged)
                beforeH += p.beforeHours, pluggedH += p.hours;
            const double need = m.targetKwh - m.energyNowKwh;
            const double reachBefore = m.eta * m.maxChargeKw * beforeH;
            const double reachDeparture = m.eta * m.maxChargeKw * pluggedH;
            const double unreachableBefore =
                need > reachBefore - kTargetSlackKwh ? need - reachBefore + kTargetSlackKwh : 0;
            const double unreachableDeparture =
                need > reachDeparture - kTargetSlackKwh ? need - reachDeparture + kTargetSlackKwh : 0;
            cols.shortfall = lp.addColumn(0, std::max(0.0, unreachableBefore), kWeightTargetShortfallKwh);
            lp.add(targetRow, cols.shortfall, 1);
            cols.departureShortfall =
                lp.addColumn(0, std::max(0.0, unreachableDeparture), kWeightTargetShortfallKwh);
            lp.add(departureRow, cols.departureShortfall, 1);
            hardByDeadline = unreachableBefore <= 0;
            softTargetColumns.push_back(cols.shortfall);
            softTargetColumns.push_back(cols.departureShortfall);
        }
        if (!anyDischarge)
            capacityRow = lp.addRow(-inf, m.capacityKwh - m.energyNowKwh); // energy only grows
        for (const Plugged& p : plugged) {
            const int i = p.interval;
            const double hi = h[size_t(i)];
            const double share = hi > 0 ? p.hours / hi : 0.0; // of the interval's average power
            const double laterH = double(from[size_t(i)] - now.timeMs) / 3.6e6;
            const int ch =
                lp.addColumn(0, m.maxChargeKw, p.hours * (kWeightEvWearKwh + kWeightEvLaterKwhPerH * laterH));
            lp.add(balanceRow[size_t(i)], ch, share);
            cols.interval.push_back(i);
            cols.charge.push_back(ch);
            // Target row: energy moved before the deadline (net of discharge), relative to now.
            if (targetRow >= 0) {
                lp.add(targetRow, ch, m.eta * p.beforeHours);
                lp.add(departureRow, ch, m.eta * p.hours);
            }
            if (!anyDischarge) {
                lp.add(capacityRow, ch, m.eta * p.hours);
                cols.discharge.push_back(-1);
                continue;
            }
            const int dis =
                lp.addColumn(0, dischargeAllowed(i) ? m.maxDischargeKw : 0.0, 2 * p.hours * kWeightEvWearKwh);
            lp.add(balanceRow[size_t(i)], dis, -share);
            if (targetRow >= 0) {
                lp.add(targetRow, dis, -p.beforeHours / m.eta);
                lp.add(departureRow, dis, -p.hours / m.eta);
            }
            const int energy = lp.addColumn(floorKwh, m.capacityKwh, 0);
            // From the deadline on the car stays at its target: the margin before departure is
            // there so that it leaves charged, not to lend the building what it was just given.
            if (hardByDeadline && p.beforeHours < p.hours - 1e-12) {
                lp.setColumnBounds(energy, std::max(floorKwh, m.targetKwh - kTargetSlackKwh), m.capacityKwh);
                relaxedLowerBounds.emplace_back(energy, floorKwh);
            }
            const double rhs = cols.energy.empty() ? m.energyNowKwh : 0.0;
            const int row = lp.addRow(rhs, rhs);
            lp.add(row, energy, 1);
            if (!cols.energy.empty())
                lp.add(row, cols.energy.back(), -1);
            lp.add(row, ch, -m.eta * p.hours);
            lp.add(row, dis, p.hours / m.eta);
            cols.discharge.push_back(dis);
            cols.energy.push_back(energy);
            if (reserveOn && policy.backup.evReserve && !outageAt(i))
                reserveEnergyByInterval[size_t(i)].emplace_back(energy, int(k));
        }
    }

    // Backup reserve outside outages: battery energy (and, with ev_reserve, plugged consenting
    // EVs' energy above their floor) at or above the reserve; soft, below the targets.
    if (reserveOn) {
        for (int i = 0; i < n; ++i) {
            if (outageAt(i))
                continue;
            double wantedKwh = reserveBatteryKwh;
            if (policy.backup.evReserve)
                wantedKwh = std::max(wantedKwh, policy.backup.reserveHours *
                                                    std::max(0.0, seriesAt(window.criticalLoadKw, i, 0)));
            double floorsKwh = 0;
            for (const auto& [col, k] : reserveEnergyByInterval[size_t(i)])
                floorsKwh += std::min(models[size_t(k)].floorKwh, models[size_t(k)].energyNowKwh);
            if (wantedKwh <= kEps || (batteries.empty() && reserveEnergyByInterval[size_t(i)].empty()))
                continue;
            const int row = lp.addRow(wantedKwh + floorsKwh, inf);
            for (const BatteryCols& cols : batteries)
                lp.add(row, cols.energy[size_t(i)], 1);
            for (const auto& [col, k] : reserveEnergyByInterval[size_t(i)])
                lp.add(row, col, 1);
            const int shortfall = lp.addColumn(0, inf, h[size_t(i)] * kWeightReserveShortfallKwhH);
            lp.add(row, shortfall, 1);
        }
    }

    m_stats.intervals = n;
    m_stats.sessions = int(models.size());
    m_stats.columns = lp.columnCount();
    m_stats.rows = lp.rowCount();
    m_stats.nonZeros = lp.nonZeroCount();
    m_stats.buildMs = double(timer.nsecsElapsed()) / 1e6;

    QElapsedTimer solveTimer;
    solveTimer.start();
    LpModel::Status status = lp.solve(m_options.timeLimitS);
    if (status == LpModel::Status::Infeasible || status == LpModel::Status::Failed) {
        // The cars' targets cannot all be met together: fall back to soft targets (the weights
        // still put them above everything but the critical load).
        for (int col : softTargetColumns)
            lp.setColumnBounds(col, 0, inf);
        for (const auto& [col, lower] : relaxedLowerBounds)
            lp.setColumnBounds(col, lower, lp.columnUpper(col));
        const double leftS = m_options.timeLimitS - double(solveTimer.nsecsElapsed()) / 1e9;
        if (leftS > 0)
            status = lp.solve(leftS);
        m_stats.softTargets = true;
    }
    m_stats.solveMs = double(solveTimer.nsecsElapsed()) / 1e6;
    m_stats.iterations = lp.iterations();
    m_stats.optimal = status == LpModel::Status::Optimal;
    if (!m_stats.optimal)
        return plan; // invalid: the dispatcher works alone until the next plan

    plan.batteryKw.assign(size_t(n), 0.0);
    plan.gridImportKw.assign(size_t(n), 0.0);
    // The outage intervals the plan was made for, so the dispatcher keeps stored energy for the
    // critical load until the outage's known end rather than for a guessed reserve time.
    plan.outage.assign(size_t(n), false);
    for (int i = 0; i < n; ++i)
        plan.outage[size_t(i)] = outageAt(i);
    for (int i = 0; i < n; ++i) {
        if (importCol[size_t(i)] >= 0)
            plan.gridImportKw[size_t(i)] = lp.value(importCol[size_t(i)]);
        for (const BatteryCols& cols : batteries)
            plan.batteryKw[size_t(i)] +=
                lp.value(cols.charge[size_t(i)]) - lp.value(cols.discharge[size_t(i)]);
    }
    for (size_t k = 0; k < models.size(); ++k) {
        const SessionCols& cols = sessionCols[k];
        if (cols.interval.empty())
            continue;
        std::vector<double>& kw = plan.evKw[models[k].sessionIndex];
        plan.departureMarginH[models[k].sessionIndex] = margins[k];
        kw.assign(size_t(n), 0.0);
        for (size_t j = 0; j < cols.interval.size(); ++j) {
            double p = lp.value(cols.charge[j]);
            if (cols.discharge[j] >= 0)
                p -= lp.value(cols.discharge[j]);
            kw[size_t(cols.interval[j])] = std::abs(p) < 1e-7 ? 0.0 : p;
        }
        if (cols.departureShortfall >= 0)
            m_stats.unmetTargetKwh += lp.value(cols.departureShortfall);
    }
    plan.plannedPeakKw = shaving ? lp.value(peakCol) : 0.0;
    plan.valid = true;
    return plan;
}

} // namespace parkwatt
