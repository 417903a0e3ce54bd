#include "control/PolicyController.h"

#include "control/Forecast.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr qint64 kWindowMs = 900 * kMsPerSecond;
// EV energy behind the plan that is worth a re-plan: at least this, and this share of the plan.
constexpr double kDriftMinKwh = 0.5;
constexpr double kDriftShare = 0.02;

qint64 windowOf(TimeMs t)
{
    return t >= 0 ? t / kWindowMs : -((-t + kWindowMs - 1) / kWindowMs);
}

double etaOf(double value)
{
    return value > 0 && value <= 1 ? value : 1.0;
}

} // namespace

PolicyController::PolicyController(SiteSpec site, Policy policy, PolicyControllerOptions options)
    : m_site(site)
    , m_policy(policy)
    , m_options(options)
    , m_planner(site, policy, options.planner)
    , m_dispatcher(site, policy)
{
    m_dispatcher.setUtcOffsetS(options.utcOffsetS);
    // One margin for both: a dispatcher that wants a car done earlier than the plan does
    // overrides the plan at full power (into the very windows the plan kept low).
    m_dispatcher.setUrgencyMarginH(std::max(0, m_planner.options().departureMarginS) / 3600.0);
    m_background.setBeforeSolve(m_options.beforeBackgroundSolve);
}

void PolicyController::setPolicy(Policy policy)
{
    m_policy = policy;
    m_planner.setPolicy(policy);
    m_dispatcher.setPolicy(policy);
    m_policyChanged = true;
}

Setpoints PolicyController::dispatch(const SiteSnapshot& now, const Forecast& forecast)
{
    accountLastStep(now);
    if (m_options.planInBackground) {
        adoptFinishedPlan();
        if (needsPlan(now) || m_replanQueued)
            requestPlanInBackground(now, forecast);
    } else if (needsPlan(now)) {
        PlanRequest request = planRequest(now, forecast);
        PlanResult result;
        result.plan = m_planner.plan(request.now, request.window, request.sessions, request.context);
        result.stats = m_planner.lastStats();
        putInForce(std::move(result));
    }
    // A car is plugged during a step only when the step ends by its departure: the dispatcher
    // sees the end of its last whole step as its departure, so that no remainder is left for a
    // step the car is no longer there for.
    SiteSnapshot seen = now;
    const qint64 stepMs = qint64(std::llround(now.stepH * 3.6e6));
    if (stepMs > 0)
        for (ChargerState& c : seen.chargers)
            if (c.plugged && c.departureMs > now.timeMs)
                c.departureMs = std::max(now.timeMs + stepMs,
                                         now.timeMs + (c.departureMs - now.timeMs) / stepMs * stepMs);
    m_dispatcher.setBilledPeakKw(m_peakSoFarKw);
    Setpoints out = m_dispatcher.dispatch(seen, m_plan.valid ? &m_plan : nullptr);
    m_previous = now;
    m_previousSetpoints = out;
    return out;
}

bool PolicyController::needsPlan(const SiteSnapshot& now) const
{
    if (!m_lastPlanMs || m_policyChanged)
        return true;
    if (m_planner.intervalStart(now.timeMs) != m_planner.intervalStart(*m_lastPlanMs))
        return true; // a new 15-minute interval
    const qint64 sinceMs = now.timeMs - *m_lastPlanMs;
    if (m_options.replanEveryS > 0 && sinceMs >= qint64(m_options.replanEveryS) * kMsPerSecond)
        return true;
    // The cars fall behind the plan (the 0-or-minimum rule, a fair share, a car that takes less):
    // re-plan within the window, so the rest of it can catch up below the planned peak.
    if (m_options.driftReplanGapS > 0 && sinceMs >= qint64(m_options.driftReplanGapS) * kMsPerSecond &&
        m_driftKwh > std::max(kDriftMinKwh, kDriftShare * m_plannedKwh))
        return true;
    return eventSince(now);
}

bool PolicyController::eventSince(const SiteSnapshot& now) const
{
    if (!m_previous)
        return true;
    const SiteSnapshot& before = *m_previous;
    if (before.gridAvailable != now.gridAvailable)
        return true; // outage start or end
    if (before.chargers.size() != now.chargers.size() || before.batteries.size() != now.batteries.size())
        return true;
    for (size_t b = 0; b < now.batteries.size(); ++b)
        if (before.batteries[b].online != now.batteries[b].online)
            return true;
    for (size_t c = 0; c < now.chargers.size(); ++c) {
        const ChargerState& was = before.chargers[c];
        const ChargerState& is = now.chargers[c];
        if (was.online != is.online)
            return true;
        if (is.plugged && (!was.plugged || was.sessionIndex != is.sessionIndex)) {
            // An arrival: a surprise unless the plan already counted on it.
            const auto known = m_known.find(is.sessionIndex);
            if (known == m_known.end() || known->second.departureMs != is.departureMs ||
                std::abs(known->second.targetEnergyKwh - is.targetEnergyKwh) > 1e-6)
                return true;
        }
        if (was.plugged && (!is.plugged || was.sessionIndex != is.sessionIndex)) {
            // A departure: a surprise when earlier than the plan assumed.
            const auto known = m_known.find(was.sessionIndex);
            const qint64 stepMs = qint64(std::llround(now.stepH * 3.6e6));
            if (known == m_known.end() || known->second.departureMs > now.timeMs + stepMs)
                return true;
        }
        if (is.plugged && was.plugged && was.sessionIndex == is.sessionIndex &&
            (was.departureMs != is.departureMs || std::abs(was.targetEnergyKwh - is.targetEnergyKwh) > 1e-6))
            return true; // the driver changed departure or target
    }
    return false;
}

void PolicyController::accountLastStep(const SiteSnapshot& now)
{
    // The import of the step just finished, from what the devices actually did: battery and EV
    // energies moved (the setpoints where a car has left), load and PV as measured.
    if (m_previous && m_previous->stepH > 0 && m_previous->gridAvailable) {
        const SiteSnapshot& before = *m_previous;
        const double h = before.stepH;
        double deviceKw = 0;
        for (size_t b = 0; b < before.batteries.size() && b < now.batteries.size(); ++b) {
            const double eta =
                b < m_site.batteries.size() ? std::sqrt(etaOf(m_site.batteries[b].roundtripEfficiency)) : 1.0;
            const double delta = now.batteries[b].energyKwh - before.batteries[b].energyKwh;
            deviceKw += delta > 0 ? delta / (eta * h) : delta * eta / h;
        }
        for (size_t c = 0; c < before.chargers.size(); ++c) {
            const ChargerState& was = before.chargers[c];
            if (!was.online) {
                deviceKw +=
                    std::max(0.0, was.offlineDrawKw); // at its fail-safe, as the dispatcher counted it
                continue;
            }
            if (!was.plugged)
                continue;
            const double eta = c < m_site.chargers.size() ? etaOf(m_site.chargers[c].efficiency) : 1.0;
            if (c < now.chargers.size() && now.chargers[c].plugged &&
                now.chargers[c].sessionIndex == was.sessionIndex) {
                const double delta = now.chargers[c].energyKwh - was.energyKwh;
                deviceKw += delta > 0 ? delta / (eta * h) : delta * eta / h;
                // Drift: what the plan meant this car to gain in the step against what it did.
                const int interval = m_plan.intervalAt(before.timeMs);
                const auto planned = m_plan.evKw.find(was.sessionIndex);
                if (interval >= 0 && planned != m_plan.evKw.end()) {
                    const double kw = planned->second[size_t(interval)];
                    const double expected = (kw > 0 ? kw * eta : kw / eta) * h;
                    m_driftKwh += expected - delta;
                    m_plannedKwh += std::abs(expected);
                }
            } else if (c < m_previousSetpoints.chargerKw.size()) {
                deviceKw += m_previousSetpoints.chargerKw[c];
            }
        }
        double gridKw = before.loadKw + deviceKw - before.pvAvailableKw;
        gridKw = std::max(gridKw, -m_site.grid.exportLimitKw); // PV beyond the export limit is curtailed
        const qint64 window = windowOf(before.timeMs);
        if (window != m_windowIndex) {
            m_peakSoFarKw = std::max(m_peakSoFarKw, m_windowImportKwh / 0.25);
            m_windowImportKwh = 0;
            m_windowIndex = window;
        }
        m_windowImportKwh += std::max(0.0, gridKw) * h;
    }
    const qint64 window = windowOf(now.timeMs);
    if (window != m_windowIndex) {
        m_peakSoFarKw = std::max(m_peakSoFarKw, m_windowImportKwh / 0.25);
        m_windowImportKwh = 0;
        m_windowIndex = window;
    }
}

// The inputs of a re-plan from now, by value. Marks the plan as made now (for needsPlan and the
// arrival bookkeeping), whether it is solved at once or on the worker.
PlanRequest PolicyController::planRequest(const SiteSnapshot& now, const Forecast& forecast)
{
    PlanRequest request;
    request.now = now;
    PlannerContext& context = request.context;
    context.importedInWindowKwh = m_windowImportKwh;
    context.peakSoFarKw = m_peakSoFarKw;
    context.horizonEndMs = m_options.runEndMs;
    const TimeMs from = m_planner.intervalStart(now.timeMs);
    ForecastWindow& window = request.window;
    window =
        forecast.window(from, m_planner.windowSeconds(now.timeMs, context), m_planner.options().resolutionS);
    const bool announced = !window.outage.empty() && window.outage.front();
    if (!now.gridAvailable && !announced) {
        // An outage the forecast did not announce: assume it lasts the reserve the site aims to
        // hold (at least an hour), rather than plan on a grid that is not there. (One it did
        // announce ends when it said: an island assumed longer keeps back PV surplus for a
        // critical load the grid will carry, from cars that must leave during the outage.)
        const double assumedH = std::max(1.0, m_policy.backup.enabled ? m_policy.backup.reserveHours : 0.0);
        const TimeMs untilMs = now.timeMs + qint64(assumedH * 3.6e6);
        const qint64 resMs = qint64(window.resolutionS) * kMsPerSecond;
        window.outage.resize(window.loadKw.size(), false);
        for (size_t i = 0; i < window.outage.size() && from + qint64(i) * resMs < untilMs; ++i)
            window.outage[i] = true;
    }
    request.sessions = forecast.sessions(now.timeMs);
    m_known.clear();
    for (const ExpectedSession& s : request.sessions)
        m_known[s.sessionIndex] = {s.departureMs, s.targetEnergyKwh};
    for (const ChargerState& c : now.chargers)
        if (c.plugged && c.sessionIndex >= 0 && !m_known.count(c.sessionIndex))
            m_known[c.sessionIndex] = {c.departureMs, c.targetEnergyKwh};
    m_lastPlanMs = now.timeMs;
    m_policyChanged = false;
    m_driftKwh = 0;
    m_plannedKwh = 0;
    return request;
}

void PolicyController::requestPlanInBackground(const SiteSnapshot& now, const Forecast& forecast)
{
    if (m_background.busy()) {
        m_replanQueued = true; // coalesced: one re-plan from the inputs of when the solve is done
        return;
    }
    m_replanQueued = false;
    m_background.start(m_planner, planRequest(now, forecast));
}

void PolicyController::adoptFinishedPlan()
{
    if (std::optional<PlanResult> finished = m_background.takeFinished())
        putInForce(std::move(*finished));
}

void PolicyController::putInForce(PlanResult result)
{
    // The plan's intervals are aligned to the clock, so a plan finished later in its first
    // interval, or in a later one, is read at the interval of the moment it is followed.
    m_plan = std::move(result.plan);
    m_lastStats = result.stats;
    m_driftKwh = 0; // drift counts against the plan in force
    m_plannedKwh = 0;
    ++m_planCount;
}

} // namespace parkwatt
