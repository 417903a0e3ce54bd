#include "control/Dispatcher.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

Q_LOGGING_CATEGORY(lcDispatch, "parkwatt.control")

constexpr double kEpsKw = 1e-9;
constexpr double kTargetToleranceKwh = 1e-3;
// Margins that keep rounding residue on the safe side of every bound.
constexpr double kSafetyKw = 1e-7;
constexpr double kSafetyKwh = 1e-7;

// Power that moves `energyKwh` in `stepH` hours (unbounded when the step has no length).
double rateKw(double energyKwh, double stepH)
{
    if (energyKwh <= kSafetyKwh)
        return 0;
    return stepH > 0 ? energyKwh / stepH : std::numeric_limits<double>::infinity();
}

// "11", "4.1", "0.35": short numbers for reasons.
QString num(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : (a >= 0.995 ? 1 : 2);
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

} // namespace

Dispatcher::Dispatcher(SiteSpec site, Policy policy)
    : m_site(std::move(site))
    , m_policy(policy)
{
}

void Dispatcher::setPolicy(Policy policy)
{
    m_policy = policy;
}

Setpoints Dispatcher::dispatch(const SiteSnapshot& now, const Plan* plan)
{
    const size_t n = now.chargers.size();
    if (m_memory.size() != n)
        m_memory.assign(n, ChargerMemory{});
    accountWindow(now);
    const int interval = plan ? plan->intervalAt(now.timeMs) : -1;
    const Plan* usablePlan = interval >= 0 ? plan : nullptr;

    prepareEvs(now, usablePlan, interval);
    prepareBatteries(now);
    if (now.gridAvailable) {
        dispatchGridUp(now, usablePlan, interval);
        applyRateLimit(now);
        repairGridUp(now);
    } else {
        // An outage is an emergency: no rate limit (every change is forced by supply).
        dispatchOutage(now, usablePlan, interval);
    }

    Setpoints out;
    out.chargerKw.resize(n);
    out.chargerReasons.resize(n);
    for (size_t i = 0; i < n; ++i) {
        out.chargerKw[i] = std::abs(m_ev[i].kw) <= kEpsKw ? 0.0 : m_ev[i].kw;
        out.chargerReasons[i] = reasonFor(now, i);
    }
    splitBattery(m_batteryKw, out.batteryKw);
    remember(now);
    m_previous.valid = now.stepH > 0;
    m_previous.timeMs = now.timeMs;
    m_previous.stepH = now.stepH;
    m_previous.importKw = now.gridAvailable ? std::max(0.0, m_ctx.baseKw + evSumKw() + m_batteryKw) : 0.0;

    if (m_checkInvariants) {
        m_lastViolations = SafetyInvariants::violations(m_site, m_policy, now, out);
        for (const QString& v : m_lastViolations)
            qCWarning(lcDispatch) << "unsafe setpoint at step" << now.stepIndex << ":" << v;
    }
    return out;
}

// The billing peak is a 15-minute average: the import of the steps dispatched so far in this
// window (as commanded) is counted, so that what earlier steps left unused (or overshot) widens
// (or narrows) what the rest of the window may import on average.
void Dispatcher::accountWindow(const SiteSnapshot& now)
{
    constexpr TimeMs kWindowMs = 900 * kMsPerSecond;
    const TimeMs offsetMs = TimeMs(m_utcOffsetS) * kMsPerSecond;
    const TimeMs local = now.timeMs + offsetMs;
    const qint64 index = local >= 0 ? local / kWindowMs : -((-local + kWindowMs - 1) / kWindowMs);
    const TimeMs windowStart = index * kWindowMs - offsetMs;
    if (index != m_window.index) {
        m_window = WindowAccount{};
        m_window.index = index;
    }
    m_window.startMs = windowStart;
    if (m_previous.valid && now.timeMs > m_previous.timeMs) {
        const TimeMs stepEnd = m_previous.timeMs + TimeMs(std::llround(m_previous.stepH * 3.6e6));
        const TimeMs from = std::max(m_previous.timeMs, windowStart);
        const TimeMs to = std::min({stepEnd, now.timeMs, windowStart + kWindowMs});
        if (to > from) {
            const double hours = double(to - from) / 3.6e6;
            m_window.knownKwh += m_previous.importKw * hours;
            m_window.knownH += hours;
        }
    }
    m_previous.valid = false;
}

double Dispatcher::windowAllowanceKw(const SiteSnapshot& now, double targetKw) const
{
    const double remainingH = double(m_window.startMs + 900 * kMsPerSecond - now.timeMs) / 3.6e6;
    if (!(now.stepH > 0) || now.stepH > remainingH + 1e-9 || remainingH <= 0)
        return targetKw; // a step that does not fit in the window: hold the target throughout
    // Time of this window not dispatched by us counts as imported at the target.
    const double allowanceKw = targetKw + (targetKw * m_window.knownH - m_window.knownKwh) / remainingH;
    return std::max(0.0, std::min(allowanceKw, m_site.grid.importLimitKw));
}

void Dispatcher::prepareEvs(const SiteSnapshot& now, const Plan* plan, int interval)
{
    const double h = now.stepH;
    const size_t n = now.chargers.size();
    m_ev.resize(n);
    const bool dischargeAllowed = SafetyInvariants::evDischargeAllowed(m_policy, now);
    for (size_t i = 0; i < n; ++i) {
        EvWork& e = m_ev[i];
        e = EvWork{};
        const ChargerState& st = now.chargers[i];
        e.lim = SafetyInvariants::chargerLimits(m_site, now, i);
        if (!st.online) {
            e.why = Why::Offline;
            continue;
        }
        if (!e.lim.usable) {
            e.why = Why::NoEv;
            continue;
        }
        const double eta = e.lim.eta;
        e.needKwh = std::max(0.0, st.targetEnergyKwh - st.energyKwh);
        if (e.needKwh <= kTargetToleranceKwh)
            e.needKwh = 0;
        if (st.departureMs > 0)
            e.hoursLeft = double(st.departureMs - now.timeMs) / 3.6e6;
        // The plan's margin for this car where it has one (a car with little slack gets less), so
        // the urgency below never overrides the plan at full power; the default margin otherwise.
        double marginH = m_urgencyMarginH;
        if (plan && st.sessionIndex >= 0)
            if (const auto it = plan->departureMarginH.find(st.sessionIndex);
                it != plan->departureMarginH.end())
                marginH = std::min(marginH, it->second);

        // What it can take: rating, and room to its capacity (a car nearly full still gets its
        // minimum; it takes what fits).
        const double maxKw = e.lim.maxChargeKw;
        const bool canRun = maxKw > kEpsKw && e.lim.minChargeKw <= maxKw + kEpsKw;
        const double roomKwh = st.capacityKwh > 0 ? std::max(0.0, st.capacityKwh - st.energyKwh) : kInf;
        if (canRun && roomKwh > kTargetToleranceKwh)
            e.capKw = std::max(std::min(maxKw, rateKw(roomKwh, h) / eta), e.lim.minChargeKw);
        e.capKw = std::min(e.capKw, maxKw);
        if (e.needKwh > 0 && e.capKw > 0)
            e.needLevelKw = std::min(std::max(rateKw(e.needKwh, h) / eta, e.lim.minChargeKw), e.capKw);
        if (e.needKwh > 0) {
            e.laxityH = maxKw > kEpsKw ? e.hoursLeft - e.needKwh / (eta * maxKw) : -kInf;
            if (std::isfinite(e.hoursLeft) && h > 0 && e.needLevelKw > 0) {
                const double spareH = std::max(0.0, e.hoursLeft - h - marginH);
                const double mustKw = (e.needKwh / eta - maxKw * spareH) / h;
                if (mustKw > kEpsKw)
                    e.requiredKw = std::min(e.needLevelKw, std::max(mustKw, e.lim.minChargeKw));
            }
        }

        e.wantedKw = e.needLevelKw;
        if (plan && st.sessionIndex >= 0) {
            const auto it = plan->evKw.find(st.sessionIndex);
            if (it != plan->evKw.end() && size_t(interval) < it->second.size()) {
                const double planned = it->second[size_t(interval)];
                e.planned = true;
                e.plannedKw = planned;
                e.wantedKw = 0;
                if (planned > kEpsKw && e.capKw > 0) {
                    e.wantedKw = std::min(std::max(planned, e.lim.minChargeKw), e.capKw);
                    if (planned < e.lim.minChargeKw && h > 0)
                        e.wantedKw = dutyCycleKw(now, *plan, interval, i, planned, e.wantedKw);
                } else if (planned < -kEpsKw) {
                    e.plannedDischargeKw = -planned;
                }
            }
        }

        // Discharge: never below the floor; outside outages never so that the car could not
        // recharge to its target at full power before it leaves.
        if (dischargeAllowed && e.lim.maxDischargeKw > 0 && h > 0) {
            e.aboveFloorKwh = std::max(0.0, st.energyKwh - st.minEnergyKwh);
            e.floorCapKw = std::min(e.lim.maxDischargeKw, rateKw(e.aboveFloorKwh - kSafetyKwh, h) * eta);
            double keepKwh = st.targetEnergyKwh;
            if (std::isfinite(e.hoursLeft)) {
                const double spareH = std::max(0.0, e.hoursLeft - h - marginH);
                keepKwh -= canRun ? eta * maxKw * spareH : 0.0;
            }
            keepKwh = std::max(keepKwh, st.minEnergyKwh);
            e.v2bCapKw = std::min(e.floorCapKw, rateKw(st.energyKwh - keepKwh - kSafetyKwh, h) * eta);
        }
        e.why = e.needKwh > 0 ? Why::Flexible : Why::TargetReached;
        if (e.capKw <= 0 && e.needKwh > 0)
            e.why = Why::CannotCharge;
    }
}

// A planned average below the charger's minimum: run at the minimum in just enough steps that
// the energy delivered since the plan's interval began follows the planned average (rounded to
// the nearest step), instead of running at the minimum throughout.
double Dispatcher::dutyCycleKw(const SiteSnapshot& now, const Plan& plan, int interval, size_t i,
                               double plannedKw, double minimumKw)
{
    ChargerMemory& mem = m_memory[i];
    const ChargerState& st = now.chargers[i];
    const TimeMs intervalStart = plan.startMs + TimeMs(interval) * plan.resolutionS * kMsPerSecond;
    if (mem.dutySession != st.sessionIndex || mem.dutyPlanKeyMs != intervalStart ||
        mem.dutyPlanMadeMs != plan.madeAtMs || now.timeMs < mem.dutyFromMs) {
        mem.dutySession = st.sessionIndex;
        mem.dutyPlanKeyMs = intervalStart;
        mem.dutyPlanMadeMs = plan.madeAtMs;
        mem.dutyFromMs = now.timeMs;
        mem.dutyFromEnergyKwh = st.energyKwh;
    }
    const double eta = m_ev[i].lim.eta;
    const double deliveredKwh = (st.energyKwh - mem.dutyFromEnergyKwh) / eta;
    const double dueKwh = plannedKw * (double(now.timeMs - mem.dutyFromMs) / 3.6e6 + now.stepH);
    return dueKwh - deliveredKwh >= 0.5 * minimumKw * now.stepH ? minimumKw : 0.0;
}

void Dispatcher::prepareBatteries(const SiteSnapshot& now)
{
    const double h = now.stepH;
    const size_t nb = now.batteries.size();
    m_batteries.resize(nb);
    const BackupPolicy& backup = m_policy.backup;
    const bool holdReserve = backup.enabled && now.gridAvailable;

    // With ev_reserve, consenting EVs' energy above their floor counts toward the reserve, up to
    // the reserve the site aims to hold (reserve_hours x critical load).
    double evCreditKwh = 0;
    if (holdReserve && backup.evReserve) {
        for (size_t i = 0; i < now.chargers.size(); ++i) {
            const EvWork& e = m_ev[i];
            if (e.lim.usable && e.lim.maxDischargeKw > 0)
                evCreditKwh +=
                    std::max(0.0, now.chargers[i].energyKwh - now.chargers[i].minEnergyKwh) * e.lim.eta;
        }
        evCreditKwh = std::min(evCreditKwh, std::max(0.0, backup.reserveHours * now.criticalLoadKw));
    }
    double reservePortionKwh = 0;
    for (size_t b = 0; b < nb && b < m_site.batteries.size(); ++b) {
        const BatterySpec& spec = m_site.batteries[b];
        reservePortionKwh +=
            std::max(0.0, backup.batteryReservePct / 100.0 * spec.capacityKwh - spec.minEnergyKwh());
    }

    for (size_t b = 0; b < nb; ++b) {
        BatteryWork& w = m_batteries[b];
        w = BatteryWork{};
        if (b >= m_site.batteries.size() || !now.batteries[b].online)
            continue;
        const BatterySpec& spec = m_site.batteries[b];
        const double e = now.batteries[b].energyKwh;
        w.usable = true;
        w.eta = spec.roundtripEfficiency > 0 && spec.roundtripEfficiency <= 1
                    ? std::sqrt(spec.roundtripEfficiency)
                    : 1.0;
        w.chargeCapKw = std::min(std::max(0.0, spec.maxChargeKw),
                                 rateKw(spec.maxEnergyKwh() - e - kSafetyKwh, h) / w.eta);
        w.hardDischargeCapKw = std::min(std::max(0.0, spec.maxDischargeKw),
                                        rateKw(e - spec.minEnergyKwh() - kSafetyKwh, h) * w.eta);
        double floorKwh = spec.minEnergyKwh();
        if (holdReserve) {
            const double portion =
                std::max(0.0, backup.batteryReservePct / 100.0 * spec.capacityKwh - spec.minEnergyKwh());
            const double credit = reservePortionKwh > 0 ? evCreditKwh * portion / reservePortionKwh : 0.0;
            floorKwh = std::min(spec.maxEnergyKwh(), spec.minEnergyKwh() + std::max(0.0, portion - credit));
            if (floorKwh > e)
                w.reserveDeficitKw = std::min(w.chargeCapKw, rateKw(floorKwh - e, h) / w.eta);
        }
        w.softDischargeCapKw = std::min(w.hardDischargeCapKw, rateKw(e - floorKwh - kSafetyKwh, h) * w.eta);
    }
}

double Dispatcher::evSumKw() const
{
    double sum = 0;
    for (const EvWork& e : m_ev)
        sum += e.kw;
    return sum;
}

void Dispatcher::dispatchGridUp(const SiteSnapshot& now, const Plan* plan, int interval)
{
    SiteContext& c = m_ctx;
    c = SiteContext{};
    // Offline chargers draw their fail-safe current, which no setpoint can change: load.
    c.baseKw = now.loadKw - now.pvAvailableKw + SafetyInvariants::offlineDrawKw(now);
    c.importLimitKw = m_site.grid.importLimitKw;
    c.shaving = m_policy.peakShaving.enabled;
    c.peakTargetKw = c.importLimitKw;
    c.peakLabelKw = c.importLimitKw;
    if (c.shaving) {
        double target = m_policy.peakShaving.importLimitKw;
        if (plan) {
            // A plan that knows the limit cannot be held aims at the lowest peak it found.
            target = std::max(target, plan->plannedPeakKw);
            if (size_t(interval) < plan->gridImportKw.size())
                target = std::max(target, plan->gridImportKw[size_t(interval)]);
        }
        c.peakTargetKw = std::min(c.importLimitKw, std::max(0.0, target));
        c.peakLabelKw = c.peakTargetKw;
        c.peakTargetKw = windowAllowanceKw(now, c.peakTargetKw);
    }
    if (plan && size_t(interval) < plan->batteryKw.size()) {
        c.hasPlanBattery = true;
        c.planBatteryKw = plan->batteryKw[size_t(interval)];
    }
    c.coverDeficit = !c.hasPlanBattery && m_policy.selfSufficiency.enabled && !c.shaving;
    for (const BatteryWork& w : m_batteries) {
        c.softDischargeKw += w.softDischargeCapKw;
        c.hardDischargeKw += w.hardDischargeCapKw;
        c.chargeCapKw += w.chargeCapKw;
        c.reserveDeficitKw += w.reserveDeficitKw;
    }
    const bool v2b = m_policy.v2b.enabled;
    double v2bCapKw = 0;
    if (v2b) {
        for (const EvWork& e : m_ev)
            v2bCapKw += e.v2bCapKw;
    }
    const size_t n = m_ev.size();

    // 1. Departure targets: EVs that must charge now, least laxity first, within the connection
    //    limit (the battery down to its floor and V2B may make room), above any peak target.
    m_requests.clear();
    m_requestIndex.clear();
    for (size_t i = 0; i < n; ++i) {
        if (m_ev[i].requiredKw > 0) {
            m_requests.push_back({0, m_ev[i].requiredKw, m_ev[i].lim.minChargeKw, m_ev[i].laxityH});
            m_requestIndex.push_back(int(i));
        }
    }
    if (!m_requests.empty()) {
        const double room = c.importLimitKw - c.baseKw + c.hardDischargeKw + v2bCapKw;
        m_allocation.serveByLaxity(m_requests, std::max(0.0, room), m_granted);
        for (size_t k = 0; k < m_requestIndex.size(); ++k) {
            EvWork& e = m_ev[size_t(m_requestIndex[k])];
            e.kw = m_granted[k];
            e.why = Why::Urgent;
        }
    }

    // 2. Everyone's share under the peak target (the plan's battery and V2B discharge add room).
    double importKw = c.baseKw + evSumKw();
    double planSupportKw =
        c.hasPlanBattery && c.planBatteryKw < 0 ? std::min(-c.planBatteryKw, c.softDischargeKw) : 0.0;
    if (v2b) {
        for (const EvWork& e : m_ev) {
            if (e.kw <= kEpsKw)
                planSupportKw += std::min(e.plannedDischargeKw, e.v2bCapKw);
        }
    }
    auto shareUpTo = [&](auto levelOf, double budgetKw) {
        m_requests.clear();
        m_requestIndex.clear();
        for (size_t i = 0; i < n; ++i) {
            const EvWork& e = m_ev[i];
            const double level = levelOf(e);
            if (e.kw >= 0 && level > e.kw + kEpsKw) {
                m_requests.push_back({e.kw, level, e.lim.minChargeKw, e.laxityH});
                m_requestIndex.push_back(int(i));
            }
        }
        if (m_requests.empty() || budgetKw <= kEpsKw)
            return;
        m_allocation.shareFairly(m_requests, budgetKw, m_granted);
        for (size_t k = 0; k < m_requestIndex.size(); ++k)
            m_ev[size_t(m_requestIndex[k])].kw = m_granted[k];
    };
    shareUpTo([](const EvWork& e) { return e.wantedKw; }, c.peakTargetKw - importKw + planSupportKw);

    // 3. PV surplus the plan did not foresee: first to EVs that still need energy. The plan's
    //    battery charging comes first (it stores that PV for later; cars charged beyond the plan
    //    now would only displace PV the plan gives them later).
    importKw = c.baseKw + evSumKw();
    const double plannedChargeKw = c.hasPlanBattery ? std::clamp(c.planBatteryKw, 0.0, c.chargeCapKw) : 0.0;
    shareUpTo([](const EvWork& e) { return e.needLevelKw; }, -importKw - plannedChargeKw);

    // 4. V2B. The plan's discharges are followed car by car (as far as they serve the site:
    //    never exported); what is still above the peak target after the battery (down to its
    //    reserve) is spread over the other consenting cars by energy above their floor.
    importKw = c.baseKw + evSumKw();
    if (v2b) {
        // V2B before the battery goes below its reserve (the reserve ranks above peak shaving).
        const double batteryKw = decideBatteryKw(importKw, false);
        double afterKw = importKw + std::min(0.0, batteryKw);
        double plannedKw = 0;
        for (const EvWork& e : m_ev) {
            if (e.kw <= kEpsKw)
                plannedKw += std::min(e.plannedDischargeKw, e.v2bCapKw);
        }
        if (plannedKw > kEpsKw) {
            const double scale = std::min(1.0, std::max(0.0, afterKw) / plannedKw);
            for (EvWork& e : m_ev) {
                const double kw = e.kw <= kEpsKw ? std::min(e.plannedDischargeKw, e.v2bCapKw) * scale : 0.0;
                if (kw > kEpsKw) {
                    e.kw = -kw;
                    e.why = Why::V2bPlan;
                }
            }
            afterKw -= plannedKw * scale;
        }
        const double wantKw = afterKw - c.peakTargetKw;
        if (wantKw > kEpsKw) {
            m_weights.clear();
            m_caps.clear();
            m_requestIndex.clear();
            for (size_t i = 0; i < n; ++i) {
                const EvWork& e = m_ev[i];
                if (e.kw <= kEpsKw && e.v2bCapKw + e.kw > kEpsKw) {
                    m_weights.push_back(e.aboveFloorKwh);
                    m_caps.push_back(e.v2bCapKw + e.kw);
                    m_requestIndex.push_back(int(i));
                }
            }
            m_allocation.spreadProportionally(m_weights, m_caps, wantKw, m_granted);
            for (size_t k = 0; k < m_requestIndex.size(); ++k) {
                if (m_granted[k] > kEpsKw) {
                    EvWork& e = m_ev[size_t(m_requestIndex[k])];
                    e.kw = std::max(e.kw - m_granted[k], -e.v2bCapKw);
                    e.why = Why::V2bPeak;
                }
            }
        }
    }

    // 5. Peak shaving: room under the billing peak already paid for (never more than the target)
    //    goes to cars that still need energy, beyond their plan. It costs no peak, and energy a
    //    car has now is energy no later window has to find when the forecast was wrong (a load
    //    spike, an arrival it could not know).
    if (c.shaving) {
        importKw = c.baseKw + evSumKw();
        const double paidKw =
            std::min(c.peakTargetKw, windowAllowanceKw(now, std::min(m_billedPeakKw, c.peakLabelKw)));
        for (EvWork& e : m_ev)
            e.computedKw = e.kw;
        shareUpTo([](const EvWork& e) { return e.needLevelKw; },
                  paidKw - importKw - std::max(0.0, decideBatteryKw(importKw)));
        for (EvWork& e : m_ev)
            e.aheadOfPlan = e.kw > e.computedKw + kEpsKw;
        // What room the cars leave, the battery may fill when the site lets it charge from the
        // grid (stored energy shaves a spike the forecast did not see).
        c.fillBatteryToPaidPeak = m_policy.selfSufficiency.batteryGridCharging;
        c.paidPeakKw = paidKw;
    }

    // 6. What PV surplus is left after the battery: EVs beyond their target, up to capacity.
    importKw = c.baseKw + evSumKw();
    const double batteryKw = decideBatteryKw(importKw);
    shareUpTo([](const EvWork& e) { return e.capKw; }, -(importKw + batteryKw));

    m_gridComputedKw = c.baseKw + evSumKw() + decideBatteryKw(c.baseKw + evSumKw());
    for (EvWork& e : m_ev)
        e.computedKw = e.kw;
}

// The battery's total power for a given import without it (> 0 charging).
double Dispatcher::decideBatteryKw(double importKw, bool belowReserve) const
{
    const SiteContext& c = m_ctx;
    double dischargeKw = 0;
    if (importKw > c.peakTargetKw)
        dischargeKw = std::min(importKw - c.peakTargetKw, c.softDischargeKw);
    if (c.hasPlanBattery && c.planBatteryKw < 0)
        dischargeKw =
            std::max(dischargeKw, std::min({-c.planBatteryKw, c.softDischargeKw, std::max(0.0, importKw)}));
    if (c.coverDeficit)
        dischargeKw = std::max(dischargeKw, std::min(std::max(0.0, importKw), c.softDischargeKw));
    if (belowReserve && importKw - dischargeKw > c.importLimitKw)
        dischargeKw = std::max(dischargeKw, std::min(importKw - c.importLimitKw, c.hardDischargeKw));
    if (dischargeKw > kEpsKw)
        return -dischargeKw;

    // Charging: PV surplus first; from the grid only when allowed, or to restore the reserve
    // (rule 4), or when the plan fills the battery for a later peak (peak shaving, rule 5,
    // outranks battery_grid_charging, rule 6; only the plan can see that it is needed), or, when
    // grid charging is allowed, up to the peak already paid for; and only under the peak target.
    const double surplusKw = std::max(0.0, -importKw);
    double chargeKw = std::min(surplusKw, c.chargeCapKw);
    double gridKw = 0;
    const bool gridChargingAllowed = m_policy.selfSufficiency.batteryGridCharging || c.shaving;
    if (c.hasPlanBattery && c.planBatteryKw > chargeKw && gridChargingAllowed)
        gridKw = c.planBatteryKw - chargeKw;
    gridKw = std::max(gridKw, c.reserveDeficitKw - chargeKw);
    if (c.fillBatteryToPaidPeak)
        gridKw = std::max(gridKw, c.paidPeakKw - (importKw + chargeKw));
    const double headroomKw = std::min(c.peakTargetKw, c.importLimitKw) - (importKw + chargeKw);
    gridKw = std::min({gridKw, c.chargeCapKw - chargeKw, headroomKw});
    if (gridKw > 0)
        chargeKw += gridKw;
    return chargeKw;
}

// How long the outage is expected to last from now: to the end of the plan's outage when the
// plan knows it (the interval now is islanded in the plan), else the reserve the site aims to
// hold (reserve_hours, at least an hour), counted from now at every cycle.
double Dispatcher::remainingOutageH(const SiteSnapshot& now, const Plan* plan, int interval) const
{
    if (plan && interval >= 0 && size_t(interval) < plan->outage.size() && plan->outage[size_t(interval)]) {
        size_t end = size_t(interval);
        while (end < plan->outage.size() && plan->outage[end])
            ++end;
        const TimeMs endMs = plan->startMs + TimeMs(end) * plan->resolutionS * kMsPerSecond;
        return std::max(0.0, double(endMs - now.timeMs) / 3.6e6);
    }
    return std::max(1.0, m_policy.backup.enabled ? m_policy.backup.reserveHours : 0.0);
}

void Dispatcher::dispatchOutage(const SiteSnapshot& now, const Plan* plan, int interval)
{
    const double h = now.stepH;
    // Offline chargers on the island draw their fail-safe current: as much a load to supply as
    // the critical load (and never shed by us).
    const double criticalKw = std::max(0.0, now.criticalLoadKw) + SafetyInvariants::offlineDrawKw(now);
    const double deficitKw = criticalKw - now.pvAvailableKw;
    double hardDischargeKw = 0, chargeCapKw = 0;
    for (const BatteryWork& w : m_batteries) {
        hardDischargeKw += w.hardDischargeCapKw;
        chargeCapKw += w.chargeCapKw;
    }
    const size_t n = m_ev.size();
    for (EvWork& e : m_ev) {
        if (e.lim.usable)
            e.why = e.needKwh > 0 ? Why::OutageNoCharge : Why::TargetReached;
    }
    const bool evReserve = m_policy.backup.evReserve;
    m_batteryKw = 0;
    double batteryDischargeKw = 0;

    // Spreads `totalKw` of discharge over consenting EVs (in proportion to their energy above the
    // floor, each up to `capOf`), those that need no charge now first; returns what was spread.
    auto spreadDischarge = [&](double totalKw, auto capOf, Why why) {
        double spreadKw = 0;
        for (int pass = 0; pass < 2 && totalKw - spreadKw > kEpsKw; ++pass) {
            m_weights.clear();
            m_caps.clear();
            m_requestIndex.clear();
            for (size_t i = 0; i < n; ++i) {
                const EvWork& e = m_ev[i];
                const double capKw = capOf(e) + e.kw; // e.kw <= 0: what it already gives
                if (e.kw <= kEpsKw && capKw > kEpsKw && (e.requiredKw > 0) == (pass == 1)) {
                    m_weights.push_back(e.aboveFloorKwh);
                    m_caps.push_back(capKw);
                    m_requestIndex.push_back(int(i));
                }
            }
            if (m_requestIndex.empty())
                continue;
            m_allocation.spreadProportionally(m_weights, m_caps, totalKw - spreadKw, m_granted);
            for (size_t k = 0; k < m_requestIndex.size(); ++k) {
                const double kw = std::min(m_granted[k], m_caps[k]);
                if (kw > kEpsKw) {
                    EvWork& e = m_ev[size_t(m_requestIndex[k])];
                    e.kw -= kw;
                    e.why = why;
                    spreadKw += kw;
                }
            }
        }
        return spreadKw;
    };

    // 1. Critical load (rule 2): PV, then the battery, then consenting EVs (ev_reserve), then shed.
    double shedKw = 0;
    if (deficitKw > 0) {
        batteryDischargeKw = std::min(deficitKw, hardDischargeKw);
        shedKw = deficitKw - batteryDischargeKw;
        if (shedKw > kEpsKw && evReserve)
            shedKw -= spreadDischarge(
                shedKw, [](const EvWork& e) { return e.floorCapKw; }, Why::OutageCritical);
    }

    // 2. Departure targets (rule 3): cars that must charge now to make their departure get PV
    //    surplus, and stored energy beyond what the critical load needs for the rest of the outage
    //    (the battery, then consenting EVs that stay and can spare it without missing their own
    //    target). Never while critical load is shed.
    const double pvLeftKw = std::max(0.0, -deficitKw) * (1 - 1e-12);
    double storageKw = 0;
    double batteryLeftKw = std::max(0.0, hardDischargeKw - batteryDischargeKw);
    m_outageH = remainingOutageH(now, plan, interval);
    if (shedKw <= kEpsKw) {
        const double outageH = m_outageH;
        double storedKwh = 0;
        for (size_t b = 0; b < m_batteries.size(); ++b) {
            if (m_batteries[b].usable && b < m_site.batteries.size())
                storedKwh += std::max(0.0, now.batteries[b].energyKwh - m_site.batteries[b].minEnergyKwh()) *
                             m_batteries[b].eta;
        }
        double evLeftKw = 0;
        if (evReserve) {
            for (const EvWork& e : m_ev) {
                if (e.floorCapKw > 0 && e.hoursLeft >= outageH)
                    storedKwh += e.aboveFloorKwh * e.lim.eta;
                if (e.requiredKw <= 0 && e.kw <= kEpsKw)
                    evLeftKw += std::max(0.0, std::min(e.v2bCapKw, e.floorCapKw) + e.kw);
            }
        }
        const double spareKwh = storedKwh - criticalKw * outageH - kSafetyKwh;
        storageKw = std::min(rateKw(spareKwh, h), batteryLeftKw + evLeftKw) * (1 - 1e-9);
    }
    // Least laxity first (the order is kept: the most lax give back first below).
    m_urgentIndex.clear();
    for (size_t i = 0; i < n; ++i) {
        if (m_ev[i].requiredKw > 0 && m_ev[i].kw >= 0)
            m_urgentIndex.push_back(int(i));
    }
    std::stable_sort(m_urgentIndex.begin(), m_urgentIndex.end(),
                     [this](int a, int b) { return m_ev[size_t(a)].laxityH < m_ev[size_t(b)].laxityH; });
    double urgentKw = 0;
    if (!m_urgentIndex.empty() && pvLeftKw + storageKw > kEpsKw) {
        m_requests.clear();
        for (const int i : m_urgentIndex) {
            const EvWork& e = m_ev[size_t(i)];
            m_requests.push_back({0, e.requiredKw, e.lim.minChargeKw, e.laxityH});
        }
        m_allocation.serveByLaxity(m_requests, pvLeftKw + storageKw, m_granted);
        for (size_t k = 0; k < m_urgentIndex.size(); ++k) {
            if (m_granted[k] > kEpsKw) {
                EvWork& e = m_ev[size_t(m_urgentIndex[k])];
                e.kw = m_granted[k];
                e.why = Why::OutageDeparture;
                urgentKw += m_granted[k];
            }
        }
    }
    const double fromStorageKw = std::max(0.0, urgentKw - pvLeftKw);
    if (fromStorageKw > 0) {
        const double fromBatteryKw = std::min(fromStorageKw, batteryLeftKw);
        batteryDischargeKw += fromBatteryKw;
        batteryLeftKw -= fromBatteryKw;
        double restKw = fromStorageKw - fromBatteryKw;
        if (restKw > kEpsKw && evReserve)
            restKw -= spreadDischarge(
                restKw,
                [](const EvWork& e) { return e.requiredKw > 0 ? 0.0 : std::min(e.v2bCapKw, e.floorCapKw); },
                Why::OutageLend);
        if (restKw > kEpsKw) {
            // Rounding left the supply short: take it from the charging cars, most lax first.
            for (size_t k = m_urgentIndex.size(); k-- > 0 && restKw > kEpsKw;) {
                EvWork& e = m_ev[size_t(m_urgentIndex[k])];
                if (e.kw <= 0)
                    continue;
                const double kw = e.kw - restKw >= e.lim.minChargeKw ? e.kw - restKw : 0.0;
                restKw -= e.kw - kw;
                e.kw = kw;
                if (kw <= 0)
                    e.why = Why::OutageNoCharge;
            }
        }
    }
    m_batteryKw = -batteryDischargeKw;
    for (EvWork& e : m_ev)
        e.computedKw = e.kw;
    if (batteryDischargeKw > 0 || deficitKw > 0)
        return;

    // 3. PV surplus left: first the cars a plan made for this outage charges now (it kept enough
    //    for the critical load and saw their departures: rule 2, then rule 3), then the battery (it
    //    carries the critical load later), then the other EVs. The planned cars are served least
    //    laxity first, planned powers at or above a minimum before those rounded up to it (a
    //    small plan rounded up must not take the surplus from a car planned for more); a car that
    //    leaves before the outage ends may also have the battery discharge the plan set aside for
    //    this interval (it can get no energy from the grid later: rule 3, within the plan's rule 2).
    double surplusKw = std::max(0.0, pvLeftKw - urgentKw);
    const bool planKnowsOutage = plan && plan->valid && interval >= 0 &&
                                 size_t(interval) < plan->outage.size() && plan->outage[size_t(interval)];
    double planStorageKw = 0;
    if (planKnowsOutage) {
        if (size_t(interval) < plan->batteryKw.size() && plan->batteryKw[size_t(interval)] < 0)
            planStorageKw = std::min(-plan->batteryKw[size_t(interval)], batteryLeftKw);
        m_urgentIndex.clear();
        for (size_t i = 0; i < n; ++i) {
            const EvWork& e = m_ev[i];
            if (e.planned && e.kw >= 0 && e.needKwh > 0 && std::min(e.plannedKw, e.capKw) > e.kw + kEpsKw)
                m_urgentIndex.push_back(int(i));
        }
        std::stable_sort(m_urgentIndex.begin(), m_urgentIndex.end(), [this](int a, int b) {
            const EvWork& ea = m_ev[size_t(a)];
            const EvWork& eb = m_ev[size_t(b)];
            const bool aRounded = ea.plannedKw < ea.lim.minChargeKw,
                       bRounded = eb.plannedKw < eb.lim.minChargeKw;
            return aRounded != bRounded ? bRounded : ea.laxityH < eb.laxityH;
        });
        for (const int i : m_urgentIndex) {
            EvWork& e = m_ev[size_t(i)];
            const bool leavesInOutage = e.hoursLeft <= m_outageH + 1e-9;
            const double availableKw = surplusKw + (leavesInOutage ? planStorageKw : 0.0);
            if (availableKw <= kEpsKw)
                continue;
            double kw = std::min(std::min(e.plannedKw, e.capKw), e.kw + availableKw);
            if (kw < e.lim.minChargeKw) {
                // 0 or at least the minimum: round up when the supply and the car allow it.
                if (e.kw + availableKw >= e.lim.minChargeKw && e.capKw >= e.lim.minChargeKw)
                    kw = e.lim.minChargeKw;
                else
                    continue;
            }
            const double addedKw = kw - e.kw;
            const double fromStoreKw = std::max(0.0, addedKw - surplusKw);
            surplusKw = std::max(0.0, surplusKw - addedKw);
            planStorageKw -= fromStoreKw;
            batteryDischargeKw += fromStoreKw;
            e.kw = kw;
            if (fromStoreKw > 0)
                e.why = Why::OutageDeparture;
        }
    }
    if (batteryDischargeKw > 0) {
        // The surplus is spent (the battery only adds to it): nothing left to store or share.
        m_batteryKw = -batteryDischargeKw;
        for (EvWork& e : m_ev) {
            if (e.kw > kEpsKw && e.why != Why::OutageDeparture)
                e.why = Why::OutageSurplus;
            e.computedKw = e.kw;
        }
        return;
    }
    const double chargeKw = std::clamp(surplusKw, 0.0, chargeCapKw);
    m_batteryKw = chargeKw;
    surplusKw -= chargeKw;
    for (int pass = 0; pass < 2 && surplusKw > kEpsKw; ++pass) {
        m_requests.clear();
        m_requestIndex.clear();
        for (size_t i = 0; i < n; ++i) {
            const EvWork& e = m_ev[i];
            const double level = pass == 0 ? e.needLevelKw : e.capKw;
            if (e.kw >= 0 && level > e.kw + kEpsKw) {
                m_requests.push_back({e.kw, level, e.lim.minChargeKw, e.laxityH});
                m_requestIndex.push_back(int(i));
            }
        }
        if (m_requests.empty())
            continue;
        m_allocation.shareFairly(m_requests, surplusKw, m_granted);
        for (size_t k = 0; k < m_requestIndex.size(); ++k) {
            EvWork& e = m_ev[size_t(m_requestIndex[k])];
            surplusKw -= m_granted[k] - e.kw;
            e.kw = m_granted[k];
        }
    }
    for (EvWork& e : m_ev) {
        if (e.kw > kEpsKw && e.why != Why::OutageDeparture)
            e.why = Why::OutageSurplus;
        e.computedKw = e.kw;
    }
}

void Dispatcher::applyRateLimit(const SiteSnapshot& now)
{
    if (m_minChangeIntervalMs <= 0)
        return;
    const bool v2b = m_policy.v2b.enabled;
    for (size_t i = 0; i < m_ev.size(); ++i) {
        EvWork& e = m_ev[i];
        const ChargerMemory& mem = m_memory[i];
        const ChargerState& st = now.chargers[i];
        if (!mem.valid || !e.lim.usable || mem.sessionIndex != st.sessionIndex ||
            mem.sessionId != st.sessionId)
            continue;
        if (now.timeMs < mem.changedMs || now.timeMs - mem.changedMs >= m_minChangeIntervalMs)
            continue;
        if (std::abs(e.kw - mem.kw) <= kEpsKw)
            continue;
        const double old = mem.kw;
        // A device limit that forbids the old value forces the change at once.
        bool feasible = true;
        if (old > 0)
            feasible = old <= e.capKw + kEpsKw && old >= e.lim.minChargeKw - kEpsKw;
        else if (old < 0)
            feasible = v2b && -old <= e.v2bCapKw + kEpsKw;
        if (feasible) {
            e.kw = old;
            e.held = true;
        }
    }
}

void Dispatcher::repairGridUp(const SiteSnapshot& now)
{
    const SiteContext& c = m_ctx;
    auto grid = [&]() { return c.baseKw + evSumKw() + m_batteryKw; };
    m_batteryKw = decideBatteryKw(c.baseKw + evSumKw());

    // Holds may not push the import above the peak target or the connection limit (beyond what
    // the computed setpoints needed): release those that add load, biggest first.
    const double allowedKw = std::min(c.importLimitKw, std::max(c.peakTargetKw, m_gridComputedKw));
    while (grid() > allowedKw + SafetyInvariants::kToleranceKw) {
        EvWork* worst = nullptr;
        for (EvWork& e : m_ev) {
            if (e.held && e.kw > e.computedKw + kEpsKw &&
                (!worst || e.kw - e.computedKw > worst->kw - worst->computedKw))
                worst = &e;
        }
        if (!worst)
            break;
        worst->kw = worst->computedKw;
        worst->held = false;
        m_batteryKw = decideBatteryKw(c.baseKw + evSumKw());
    }

    // The connection limit is hard: cut charging, most lax first (never below a minimum but to
    // 0). When the load alone exceeds it, nothing controllable is added at all.
    const double limitKw = c.importLimitKw - kSafetyKw;
    if (grid() > c.importLimitKw) {
        const bool infeasible = c.baseKw > c.importLimitKw;
        m_requestIndex.clear();
        for (size_t i = 0; i < m_ev.size(); ++i) {
            if (m_ev[i].kw > 0)
                m_requestIndex.push_back(int(i));
        }
        std::stable_sort(m_requestIndex.begin(), m_requestIndex.end(),
                         [this](int a, int b) { return m_ev[size_t(a)].laxityH > m_ev[size_t(b)].laxityH; });
        for (const int i : m_requestIndex) {
            const double excessKw = grid() - limitKw;
            if (!infeasible && excessKw <= 0)
                break;
            EvWork& e = m_ev[size_t(i)];
            double kw = infeasible ? 0.0 : e.kw - excessKw;
            if (kw < e.lim.minChargeKw)
                kw = 0;
            e.kw = std::max(0.0, kw);
            e.held = false;
            m_batteryKw = decideBatteryKw(c.baseKw + evSumKw());
        }
        if (infeasible || grid() > c.importLimitKw)
            m_batteryKw = std::min(m_batteryKw, decideBatteryKw(c.baseKw + evSumKw()));
        if (m_batteryKw > 0 && grid() > c.importLimitKw)
            m_batteryKw = std::max(0.0, m_batteryKw - (grid() - limitKw));
        if (infeasible && m_batteryKw > 0)
            m_batteryKw = 0;
    }

    // Export: PV can be curtailed, discharges cannot: trim battery discharge, then V2B. (An
    // offline charger's fail-safe draw is not counted on here: its car may take nothing.)
    const double exportLimitKw = m_site.grid.exportLimitKw;
    auto leastGrid = [&]() { return now.loadKw + evSumKw() + m_batteryKw; };
    auto trimExport = [&]() {
        if (leastGrid() >= -exportLimitKw)
            return;
        if (m_batteryKw < 0)
            m_batteryKw = std::min(0.0, m_batteryKw + (-exportLimitKw - leastGrid()) + kSafetyKw);
        for (EvWork& e : m_ev) {
            const double overKw = -exportLimitKw - leastGrid();
            if (overKw <= 0)
                break;
            if (e.kw < 0) {
                e.kw = std::min(0.0, e.kw + overKw + kSafetyKw);
                e.held = false;
            }
        }
    };
    trimExport();
    // Offline chargers' fail-safe draw beyond what the connection, the export limit and PV
    // together allow: the trim took back discharge the import needed. Nothing may be added then.
    if (c.baseKw > c.importLimitKw && grid() > c.importLimitKw + SafetyInvariants::kToleranceKw) {
        for (EvWork& e : m_ev) {
            if (e.kw > 0) {
                e.kw = 0;
                e.held = false;
            }
        }
        m_batteryKw = std::min(m_batteryKw, 0.0);
        trimExport();
    }
}

void Dispatcher::splitBattery(double totalKw, std::vector<double>& out) const
{
    const size_t nb = m_batteries.size();
    out.assign(nb, 0.0);
    if (std::abs(totalKw) <= kEpsKw)
        return;
    if (totalKw > 0) {
        double cap = 0;
        for (const BatteryWork& w : m_batteries)
            cap += w.chargeCapKw;
        if (cap <= 0)
            return;
        const double share = std::min(1.0, totalKw / cap);
        for (size_t b = 0; b < nb; ++b)
            out[b] = m_batteries[b].chargeCapKw * share;
        return;
    }
    // Discharge: first down to each battery's reserve, in proportion to what each can give,
    // then below it (down to min_soc) only for what is left.
    double soft = 0, hard = 0;
    for (const BatteryWork& w : m_batteries) {
        soft += w.softDischargeCapKw;
        hard += w.hardDischargeCapKw;
    }
    const double d = -totalKw;
    const double softShare = soft > 0 ? std::min(1.0, d / soft) : 0.0;
    const double restKw = std::max(0.0, d - soft);
    const double belowReserve = hard - soft;
    const double hardShare = belowReserve > 0 ? std::min(1.0, restKw / belowReserve) : 0.0;
    for (size_t b = 0; b < nb; ++b) {
        const BatteryWork& w = m_batteries[b];
        out[b] =
            -(w.softDischargeCapKw * softShare + (w.hardDischargeCapKw - w.softDischargeCapKw) * hardShare);
    }
}

QString Dispatcher::reasonFor(const SiteSnapshot& now, size_t i) const
{
    const EvWork& e = m_ev[i];
    const ChargerState& st = now.chargers[i];
    const double kw = std::abs(e.kw) <= kEpsKw ? 0.0 : e.kw;
    auto departs = [&]() {
        const qint64 localS = st.departureMs / 1000 + m_utcOffsetS;
        const qint64 minuteOfDay = ((localS % 86400 + 86400) % 86400) / 60;
        return QStringLiteral("departs %1:%2, needs %3 kWh")
            .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
            .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'))
            .arg(num(e.needKwh));
    };
    switch (e.why) {
    case Why::NoEv:
        return QStringLiteral("no EV");
    case Why::Offline:
        if (st.offlineDrawKw > 0)
            return QStringLiteral("offline: counted at fail-safe %1 kW").arg(num(st.offlineDrawKw));
        return QStringLiteral("offline");
    default:
        break;
    }
    if (e.held)
        return QStringLiteral("held at %1 kW (changes at most every %2 s), wants %3 kW")
            .arg(num(kw), num(double(m_minChangeIntervalMs) / 1000.0), num(e.computedKw));
    if (kw < 0) {
        switch (e.why) {
        case Why::OutageCritical:
            return QStringLiteral("outage: critical load, %1 kW").arg(num(kw));
        case Why::OutageLend:
            return QStringLiteral("outage: %1 kW to cars that must leave charged").arg(num(kw));
        case Why::V2bPeak:
            if (!m_ctx.shaving || m_ctx.peakLabelKw >= m_ctx.importLimitKw)
                return QStringLiteral("V2B: grid limit %1 kW, %2 kW").arg(num(m_ctx.importLimitKw), num(kw));
            return QStringLiteral("V2B: shaving peak %1 kW, %2 kW").arg(num(m_ctx.peakLabelKw), num(kw));
        default:
            return QStringLiteral("V2B: plan, %1 kW").arg(num(kw));
        }
    }
    if (!now.gridAvailable) {
        if (kw > 0 && e.why == Why::OutageDeparture)
            return QStringLiteral("outage: %1: %2 kW (critical load covered for %3 h)")
                .arg(departs(), num(kw), num(m_outageH));
        if (kw > 0)
            return QStringLiteral("outage: PV surplus, %1 kW").arg(num(kw));
        return e.needKwh > 0 ? QStringLiteral("outage: no charging") : QStringLiteral("target reached");
    }
    if (e.why == Why::CannotCharge) {
        if (e.lim.maxChargeKw <= 0)
            return QStringLiteral("vehicle accepts no charge");
        if (e.lim.minChargeKw > e.lim.maxChargeKw)
            return QStringLiteral("cannot charge: minimum %1 kW above its %2 kW limit")
                .arg(num(e.lim.minChargeKw), num(e.lim.maxChargeKw));
        return QStringLiteral("battery full");
    }
    if (e.needKwh <= 0) {
        if (kw > 0 && e.planned && kw <= e.wantedKw + 1e-6)
            return QStringLiteral("plan: %1 kW above target").arg(num(kw));
        return kw > 0 ? QStringLiteral("PV surplus, %1 kW").arg(num(kw)) : QStringLiteral("target reached");
    }

    const QString gridLimit = QStringLiteral("grid limit %1 kW").arg(num(m_ctx.importLimitKw));
    if (e.requiredKw > 0) {
        if (kw + kEpsKw < e.requiredKw)
            return QStringLiteral("%1: %2 -> %3 kW (%4)")
                .arg(gridLimit, num(e.requiredKw), num(kw), departs());
        if (kw >= e.lim.maxChargeKw - 1e-6 || kw >= e.needLevelKw - 1e-6)
            return departs() + QStringLiteral(": full power");
        return departs() + QStringLiteral(": %1 kW").arg(num(kw));
    }
    if (kw + 1e-6 < e.wantedKw) {
        const QString limit = m_ctx.shaving && m_ctx.peakTargetKw < m_ctx.importLimitKw
                                  ? QStringLiteral("peak limit %1 kW").arg(num(m_ctx.peakLabelKw))
                                  : gridLimit;
        return QStringLiteral("%1: %2 -> %3 kW").arg(limit, num(e.wantedKw), num(kw));
    }
    if (kw > e.wantedKw + 1e-6 && e.aheadOfPlan && !e.held)
        return QStringLiteral("ahead of plan, under the %1 kW peak paid: %2 kW")
            .arg(num(std::min(m_billedPeakKw, m_ctx.peakLabelKw)), num(kw));
    if (kw > e.wantedKw + 1e-6)
        return QStringLiteral("PV surplus, %1 kW").arg(num(kw));
    if (e.planned && e.plannedKw > 0 && e.plannedKw < e.lim.minChargeKw)
        return QStringLiteral("plan: %1 kW on average, at the %2 kW minimum %3")
            .arg(num(e.plannedKw), num(e.lim.minChargeKw),
                 kw > 0 ? QStringLiteral("now") : QStringLiteral("later"));
    if (e.planned)
        return kw > 0 ? QStringLiteral("plan: %1 kW").arg(num(kw)) : QStringLiteral("plan: later");
    if (kw >= e.lim.maxChargeKw - 1e-6)
        return QStringLiteral("needs %1 kWh: full power").arg(num(e.needKwh));
    return QStringLiteral("needs %1 kWh: %2 kW").arg(num(e.needKwh), num(kw));
}

void Dispatcher::remember(const SiteSnapshot& now)
{
    for (size_t i = 0; i < m_ev.size(); ++i) {
        ChargerMemory& mem = m_memory[i];
        const ChargerState& st = now.chargers[i];
        const double kw = std::abs(m_ev[i].kw) <= kEpsKw ? 0.0 : m_ev[i].kw;
        const bool sameSession =
            mem.valid && mem.sessionIndex == st.sessionIndex && mem.sessionId == st.sessionId;
        if (!sameSession || std::abs(kw - mem.kw) > kEpsKw || now.timeMs < mem.changedMs) {
            mem.valid = true;
            mem.kw = kw;
            mem.changedMs = now.timeMs;
            mem.sessionIndex = st.sessionIndex;
            if (mem.sessionId != st.sessionId)
                mem.sessionId = st.sessionId;
        }
    }
}

} // namespace parkwatt
