// Benchmark: the dispatcher per cycle at 50, 500 and 2,000 chargers. Each size runs a garage
// through a few hours of one-minute cycles: random but realistic chargers (11/4.1, 7.4/1.4 and
// 22/4.1 kW, half of them bidirectional), EVs that arrive, charge as commanded and leave, a varying
// office load and PV, a battery, peak shaving on (with backup and V2B), once with a plan covering
// every EV and once without. Prints the median, p99 and max per cycle and the ratio of the median
// to a fixed calibration workload measured in the same run (machines here are noisy).
// A program that prints figures, not a test.
//
// Usage: bench_dispatcher [CYCLES]

#include "BenchStats.h"
#include "control/Dispatcher.h"
#include "control/SafetyInvariants.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace parkwatt;
using namespace parkwatt::bench;

namespace {

constexpr TimeMs kStartMs = 1'776'322'800'000; // 2026-04-16T07:00:00Z
constexpr double kStepH = 1.0 / 60;
constexpr int kPlanIntervals = 96;

class Garage {
public:
    Garage(int chargers, unsigned seed)
        : m_rng(seed)
    {
        const double n = chargers;
        m_site.grid = {6.0 * n + 100, 0.5 * n};
        BatterySpec b;
        b.id = QStringLiteral("bess");
        b.capacityKwh = 2 * n + 50;
        b.maxChargeKw = b.maxDischargeKw = n + 20;
        b.minSocPct = 10;
        b.maxSocPct = 95;
        b.roundtripEfficiency = 0.9;
        m_site.batteries.push_back(b);
        for (int i = 0; i < chargers; ++i) {
            ChargerSpec c;
            c.id = QStringLiteral("P%1").arg(i);
            const double kind = u();
            c.maxChargeKw = kind < 0.55 ? 11 : (kind < 0.9 ? 7.4 : 22);
            c.minChargeKw = c.maxChargeKw == 7.4 ? 1.4 : 4.1;
            c.bidirectional = u() < 0.5;
            c.maxDischargeKw = c.bidirectional ? std::min(c.maxChargeKw, 11.0) : 0;
            c.efficiency = u() < 0.5 ? 1.0 : 0.95;
            m_site.chargers.push_back(c);
        }
        m_policy.peakShaving = {true, 2.0 * n + 40};
        m_policy.selfSufficiency = {true, false};
        m_policy.backup = {true, 20, true, 2};
        m_policy.v2b.enabled = true;

        m_now.timeMs = kStartMs;
        m_now.stepH = kStepH;
        m_now.batteries.push_back({0.5 * b.capacityKwh, 50, true});
        m_now.chargers.resize(m_site.chargers.size());
        for (size_t i = 0; i < m_now.chargers.size(); ++i) {
            if (u() < 0.8)
                arrive(i);
        }
        weather();
    }

    const SiteSpec& site() const { return m_site; }
    const Policy& policy() const { return m_policy; }
    const SiteSnapshot& now() const { return m_now; }

    // A plan for every plugged EV (about what it needs spread to its departure, some V2B), a
    // battery schedule and a planned import at the peak target, from the current interval on.
    Plan plan()
    {
        Plan p;
        p.valid = true;
        p.resolutionS = 900;
        p.startMs = m_now.timeMs - m_now.timeMs % (900 * kMsPerSecond);
        p.madeAtMs = m_now.timeMs;
        p.batteryKw.resize(kPlanIntervals);
        p.gridImportKw.assign(kPlanIntervals, m_policy.peakShaving.importLimitKw);
        for (int i = 0; i < kPlanIntervals; ++i)
            p.batteryKw[size_t(i)] = (i % 8 < 4 ? -0.2 : 0.15) * m_site.batteries[0].maxChargeKw;
        p.plannedPeakKw = m_policy.peakShaving.importLimitKw;
        for (const ChargerState& c : m_now.chargers)
            if (c.plugged) {
                std::vector<double>& kw = p.evKw[c.sessionIndex];
                kw.resize(kPlanIntervals);
                const double hours = std::max(0.25, double(c.departureMs - m_now.timeMs) / 3.6e6);
                const double avgKw = std::max(0.0, c.targetEnergyKwh - c.energyKwh) / hours;
                for (double& x : kw)
                    x = c.v2xConsent && u() < 0.2 ? -0.5 * c.maxDischargeKw : avgKw * (0.5 + u());
            }
        return p;
    }

    // The devices follow the setpoints for one step; load and PV move; EVs leave and arrive.
    void advance(const Setpoints& out)
    {
        for (size_t i = 0; i < m_now.chargers.size(); ++i) {
            ChargerState& c = m_now.chargers[i];
            if (!c.plugged)
                continue;
            const double p = out.chargerKw[i], eta = m_site.chargers[i].efficiency;
            c.energyKwh = std::clamp(c.energyKwh + (p > 0 ? eta * p : p / eta) * kStepH, 0.0, c.capacityKwh);
        }
        for (size_t b = 0; b < m_now.batteries.size(); ++b) {
            const BatterySpec& spec = m_site.batteries[b];
            const double p = out.batteryKw[b], eta = std::sqrt(spec.roundtripEfficiency);
            BatteryState& st = m_now.batteries[b];
            st.energyKwh =
                std::clamp(st.energyKwh + (p > 0 ? eta * p : p / eta) * kStepH, 0.0, spec.capacityKwh);
            st.socPct = 100 * st.energyKwh / spec.capacityKwh;
        }
        m_now.timeMs += TimeMs(kStepH * 3.6e6);
        ++m_now.stepIndex;
        for (size_t i = 0; i < m_now.chargers.size(); ++i) {
            ChargerState& c = m_now.chargers[i];
            if (c.plugged && c.departureMs <= m_now.timeMs)
                c = ChargerState{};
            if (!c.plugged && u() < 0.002)
                arrive(i);
        }
        weather();
    }

private:
    double u() { return m_uniform(m_rng); }

    void arrive(size_t i)
    {
        const ChargerSpec& spec = m_site.chargers[i];
        ChargerState& c = m_now.chargers[i];
        c = ChargerState{};
        c.plugged = true;
        c.sessionIndex = m_sessions++;
        c.sessionId = QStringLiteral("S%1").arg(c.sessionIndex);
        c.capacityKwh = 40 + 60 * u();
        c.energyKwh = c.capacityKwh * (0.1 + 0.5 * u());
        c.minEnergyKwh = c.capacityKwh * 0.2 * u();
        c.targetEnergyKwh = c.capacityKwh * (0.6 + 0.4 * u());
        c.departureMs = m_now.timeMs + TimeMs((0.5 + 10 * u()) * 3.6e6);
        c.maxChargeKw = std::min(spec.maxChargeKw, u() < 0.3 ? 7.4 : 22.0);
        c.minChargeKw = spec.minChargeKw;
        c.v2xConsent = u() < 0.4;
        c.maxDischargeKw = c.v2xConsent && spec.bidirectional ? spec.maxDischargeKw : 0;
    }

    void weather()
    {
        const double n = double(m_site.chargers.size());
        m_now.loadKw = (1.2 + 0.6 * u()) * n;
        m_now.criticalLoadKw = 0.2 * m_now.loadKw;
        m_now.pvAvailableKw = (0.2 + 0.4 * u()) * n;
    }

    std::mt19937 m_rng;
    std::uniform_real_distribution<double> m_uniform{0.0, 1.0};
    SiteSpec m_site;
    Policy m_policy;
    SiteSnapshot m_now;
    int m_sessions = 0;
};

struct Figures {
    double medianMs = 0, p99Ms = 0, maxMs = 0;
    int unsafe = 0;
    double charging = 0, discharging = 0; // EVs per cycle, on average
};

Figures measure(int chargers, bool withPlan, int cycles)
{
    Garage garage(chargers, 20261122u + unsigned(chargers));
    Dispatcher dispatcher(garage.site(), garage.policy());
    Plan plan;
    std::vector<double> ms;
    ms.reserve(size_t(cycles));
    Figures f;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        if (withPlan && cycle % 15 == 0)
            plan = garage.plan(); // re-planned every 15 minutes, like the policy controller
        QElapsedTimer t;
        t.start();
        const Setpoints out = dispatcher.dispatch(garage.now(), withPlan ? &plan : nullptr);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        // Outside the timing: the figures only count if the setpoints are safe.
        if (!SafetyInvariants::violations(garage.site(), garage.policy(), garage.now(), out).empty())
            ++f.unsafe;
        for (const double kw : out.chargerKw) {
            f.charging += kw > 0 ? 1 : 0;
            f.discharging += kw < 0 ? 1 : 0;
        }
        garage.advance(out);
    }
    f.charging /= cycles;
    f.discharging /= cycles;
    f.medianMs = percentile(ms, 0.5);
    f.p99Ms = percentile(ms, 0.99);
    f.maxMs = *std::max_element(ms.begin(), ms.end());
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int cycles = argc > 1 ? std::max(10, std::atoi(argv[1])) : 600;

    std::vector<double> calMs;
    calMs.push_back(calibrationMs());
    std::printf("dispatcher per cycle: %d one-minute cycles per row, peak shaving, battery, backup, V2B\n",
                cycles);
    std::printf("%9s  %-5s %10s %10s %10s %13s %9s %12s %7s\n", "chargers", "plan", "median ms", "p99 ms",
                "max ms", "median/calib", "charging", "discharging", "unsafe");
    struct Row {
        int chargers;
        bool plan;
        Figures f;
    };
    std::vector<Row> rows;
    for (const int n : {50, 500, 2000}) {
        for (const bool withPlan : {true, false}) {
            rows.push_back({n, withPlan, measure(n, withPlan, cycles)});
            calMs.push_back(calibrationMs());
        }
    }
    std::sort(calMs.begin(), calMs.end());
    const double cal = calMs[calMs.size() / 2];
    for (const Row& r : rows)
        std::printf("%9d  %-5s %10.3f %10.3f %10.3f %13.5f %9.0f %12.0f %7d\n", r.chargers,
                    r.plan ? "yes" : "no", r.f.medianMs, r.f.p99Ms, r.f.maxMs, r.f.medianMs / cal,
                    r.f.charging, r.f.discharging, r.f.unsafe);
    std::printf("calibration median  %.1f ms (the same workload as bench_simulate)\n", cal);
    std::printf("charging/discharging: EVs with a setpoint > 0 / < 0 per cycle, on average\n");
    std::printf("target              p99 <= 5 ms at 500 chargers\n");
    return 0;
}
