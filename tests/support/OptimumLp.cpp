#include "support/OptimumLp.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <coin/Clp_C_Interface.h>
#include <vector>

namespace parkwatt::test {

namespace {

enum class Goal { LeastPeak, LeastImport };

// A triplet-built LP handed to Clp in one piece.
struct Lp {
    std::vector<double> colLo, colUp, cost, rowLo, rowUp;
    std::vector<std::vector<std::pair<int, double>>> cols; // per column: (row, value)

    int col(double lo, double up, double c = 0)
    {
        colLo.push_back(lo);
        colUp.push_back(up);
        cost.push_back(c);
        cols.emplace_back();
        return int(colLo.size()) - 1;
    }
    int row(double lo, double up)
    {
        rowLo.push_back(lo);
        rowUp.push_back(up);
        return int(rowLo.size()) - 1;
    }
    void set(int r, int c, double v) { cols[size_t(c)].emplace_back(r, v); }

    // Returns the solution, or empty on failure.
    std::vector<double> solve(double* objective) const
    {
        std::vector<CoinBigIndex> start{0};
        std::vector<int> index;
        std::vector<double> value;
        for (const auto& column : cols) {
            for (const auto& [r, v] : column) {
                index.push_back(r);
                value.push_back(v);
            }
            start.push_back(CoinBigIndex(index.size()));
        }
        auto clamp = [](std::vector<double> v) {
            for (double& x : v)
                x = std::isinf(x) ? (x > 0 ? DBL_MAX : -DBL_MAX) : x;
            return v;
        };
        const std::vector<double> cl = clamp(colLo), cu = clamp(colUp), rl = clamp(rowLo), ru = clamp(rowUp);
        Clp_Simplex* model = Clp_newModel();
        Clp_setLogLevel(model, 0);
        Clp_loadProblem(model, int(colLo.size()), int(rowLo.size()), start.data(), index.data(), value.data(),
                        cl.data(), cu.data(), cost.data(), rl.data(), ru.data());
        Clp_setMaximumSeconds(model, 600);
        Clp_initialSolve(model);
        std::vector<double> out;
        if (Clp_status(model) == 0) {
            const double* x = Clp_primalColumnSolution(model);
            out.assign(x, x + colLo.size());
            *objective = Clp_objectiveValue(model);
        }
        Clp_deleteModel(model);
        return out;
    }
};

OptimumResult solve(const Scenario& sc, Goal goal)
{
    QElapsedTimer timer;
    timer.start();
    OptimumResult result;
    const int steps = sc.stepCount();
    const double h = sc.stepS / 3600.0;
    const qint64 stepMs = qint64(sc.stepS) * 1000;
    const double inf = std::numeric_limits<double>::infinity();
    Lp lp;

    std::vector<int> balance(static_cast<size_t>(steps)), import(static_cast<size_t>(steps), -1);
    std::vector<int> unserved;
    std::vector<bool> islanded(static_cast<size_t>(steps), false);
    for (int k = 0; k < steps; ++k) {
        const qint64 t0 = sc.startMs + k * stepMs, t1 = t0 + stepMs;
        for (const Outage& o : sc.outages)
            if (o.endMs > o.startMs && o.startMs < t1 && t0 < o.endMs)
                islanded[size_t(k)] = true;
        const qint64 offsetS = qint64(k) * sc.stepS;
        const double pv = std::max(0.0, sc.profiles.pvKw.at(offsetS));
        // demand + charging - discharging - pv_used - import + export (- unserved) = 0
        if (!islanded[size_t(k)]) {
            const double load = sc.profiles.loadKw.at(offsetS);
            balance[size_t(k)] = lp.row(-load, -load);
            import[size_t(k)] = lp.col(0, sc.site.grid.importLimitKw);
            lp.set(balance[size_t(k)], import[size_t(k)], -1);
            lp.set(balance[size_t(k)], lp.col(0, sc.site.grid.exportLimitKw), 1);
        } else {
            const double critical = std::max(0.0, sc.profiles.criticalLoadKw.at(offsetS));
            balance[size_t(k)] = lp.row(-critical, -critical);
            const int u = lp.col(0, critical);
            lp.set(balance[size_t(k)], u, -1);
            unserved.push_back(u);
        }
        lp.set(balance[size_t(k)], lp.col(0, pv), -1);
    }

    for (const BatterySpec& b : sc.site.batteries) {
        const double eta =
            b.roundtripEfficiency > 0 && b.roundtripEfficiency <= 1 ? std::sqrt(b.roundtripEfficiency) : 1.0;
        const double e0 = std::clamp(b.initialSocPct / 100.0 * b.capacityKwh, 0.0, b.capacityKwh);
        int previous = -1;
        for (int k = 0; k < steps; ++k) {
            const int ch = lp.col(0, b.maxChargeKw), dis = lp.col(0, b.maxDischargeKw);
            const int e = lp.col(std::min(b.minEnergyKwh(), e0), std::max(b.maxEnergyKwh(), e0));
            const int r = lp.row(previous < 0 ? e0 : 0, previous < 0 ? e0 : 0);
            lp.set(r, e, 1);
            if (previous >= 0)
                lp.set(r, previous, -1);
            lp.set(r, ch, -eta * h);
            lp.set(r, dis, h / eta);
            lp.set(balance[size_t(k)], ch, 1);
            lp.set(balance[size_t(k)], dis, -1);
            previous = e;
        }
    }

    std::vector<int> shortfall;
    for (const EvSession& s : sc.sessions) {
        const int c = s.chargerIndex >= 0 ? s.chargerIndex : sc.site.chargerIndex(s.chargerId);
        if (c < 0 || size_t(c) >= sc.site.chargers.size())
            continue;
        const ChargerSpec& charger = sc.site.chargers[size_t(c)];
        const double eta = charger.efficiency > 0 && charger.efficiency <= 1 ? charger.efficiency : 1.0;
        const double e0 = std::clamp(s.arrivalEnergyKwh(), 0.0, s.capacityKwh);
        const double maxKw = std::max(0.0, std::min(charger.maxChargeKw, s.maxChargeKw));
        const bool consenting = charger.bidirectional && s.v2x;
        int previous = -1;
        for (int k = 0; k < steps; ++k) {
            const qint64 t0 = sc.startMs + k * stepMs;
            if (!(s.arrivalMs <= t0 && t0 + stepMs <= s.departureMs))
                continue;
            const bool mayDischarge =
                consenting && (islanded[size_t(k)] ? sc.policy.backup.evReserve : sc.policy.v2b.enabled);
            const int ch = lp.col(0, maxKw);
            const int dis = lp.col(0, mayDischarge ? charger.maxDischargeKw : 0.0);
            const int e = lp.col(consenting ? std::min(s.minEnergyKwh(), e0) : 0.0, s.capacityKwh);
            const int r = lp.row(previous < 0 ? e0 : 0, previous < 0 ? e0 : 0);
            lp.set(r, e, 1);
            if (previous >= 0)
                lp.set(r, previous, -1);
            lp.set(r, ch, -eta * h);
            lp.set(r, dis, h / eta);
            lp.set(balance[size_t(k)], ch, 1);
            lp.set(balance[size_t(k)], dis, -1);
            previous = e;
        }
        if (previous < 0)
            continue;
        const double target = std::min(s.targetEnergyKwh(), s.capacityKwh);
        const int gap = lp.col(0, inf);
        const int r = lp.row(target, inf);
        lp.set(r, previous, 1);
        lp.set(r, gap, 1);
        shortfall.push_back(gap);
    }

    // Stage 1: the critical load first, then the targets as far as reachable.
    constexpr double kCriticalFirst = 1000;
    for (int u : unserved)
        lp.cost[size_t(u)] = kCriticalFirst;
    for (int g : shortfall)
        lp.cost[size_t(g)] = 1;
    double stage1 = 0;
    std::vector<double> x = lp.solve(&stage1);
    if (x.empty())
        return result;
    for (int u : unserved)
        result.unservedKwh += x[size_t(u)] * h;
    for (int g : shortfall)
        result.targetShortfallKwh += x[size_t(g)];

    // Stage 2: hold stage 1's outcome and optimise the figure asked for.
    const int hold = lp.row(-inf, stage1 + 1e-6 * std::max(1.0, stage1) + 1e-6);
    for (int u : unserved)
        lp.set(hold, u, kCriticalFirst);
    for (int g : shortfall)
        lp.set(hold, g, 1);
    std::fill(lp.cost.begin(), lp.cost.end(), 0.0);
    if (goal == Goal::LeastImport) {
        for (int k = 0; k < steps; ++k)
            if (import[size_t(k)] >= 0)
                lp.cost[size_t(import[size_t(k)])] = h;
    } else {
        const int peak = lp.col(0, inf, 1);
        const qint64 windowMs = 900'000;
        int r = -1;
        qint64 window = std::numeric_limits<qint64>::min();
        for (int k = 0; k < steps; ++k) {
            const qint64 t0 = sc.startMs + k * stepMs;
            const qint64 w = t0 >= 0 ? t0 / windowMs : -((-t0 + windowMs - 1) / windowMs);
            if (w != window) {
                window = w;
                r = lp.row(-inf, 0); // sum(import * h) / 0.25 - P <= 0
                lp.set(r, peak, -1);
            }
            if (import[size_t(k)] >= 0)
                lp.set(r, import[size_t(k)], h / 0.25);
        }
    }
    double objective = 0;
    x = lp.solve(&objective);
    if (x.empty())
        return result;
    result.value = objective;
    result.ok = true;
    result.solveMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace

OptimumResult leastBillingPeakKw(const Scenario& scenario)
{
    return solve(scenario, Goal::LeastPeak);
}

OptimumResult leastGridImportKwh(const Scenario& scenario)
{
    return solve(scenario, Goal::LeastImport);
}

} // namespace parkwatt::test
