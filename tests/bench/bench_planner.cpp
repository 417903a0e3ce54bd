// Benchmark: the planner's LP solve at 50 and 500 EVs over 96 15-minute intervals (synthetic but
// realistic garage days: commuters and residents, half of them on bidirectional chargers, a
// battery, PV and an office load), median and p99 over several solves; then 24 h of
// garage-spring-500 run with the policy controller (planner + dispatcher), wall time. Also the
// policy controller's dispatch() at 500 EVs while its re-plan is solved in the background
// (planInBackground, as `parkwattd run` uses it): per-call time and the wait for the plan.
// A program that prints figures, not a test.
//
// Usage: bench_planner [RUNS_50] [RUNS_500] [--no-garage]

#include "BenchStats.h"
#include "config/ScenarioReader.h"
#include "control/Planner.h"
#include "control/PolicyController.h"
#include "devices/SimulatedSite.h"
#include "engine/Clock.h"
#include "engine/Engine.h"
#include "sim/Report.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

using namespace parkwatt;
using namespace parkwatt::bench;

namespace {

constexpr TimeMs kStartMs = 1'776'290'400'000; // 2026-04-16T00:00:00+02:00
constexpr int kIntervals = 96;

struct Case {
    SiteSpec site;
    Policy policy;
    SiteSnapshot now;
    ForecastWindow window;
    std::vector<ExpectedSession> sessions;
};

// One synthetic garage day with `evs` chargers and about one session per charger, some plugged now.
Case makeCase(int evs, unsigned seed, bool shaving)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    Case c;
    c.site.grid = {std::max(200.0, evs * 9.0), 0};
    c.site.pv.push_back({QStringLiteral("roof"), 0.5 * evs + 50});
    BatterySpec b;
    b.id = QStringLiteral("bess");
    b.capacityKwh = 200;
    b.maxChargeKw = b.maxDischargeKw = 100;
    b.initialSocPct = 40;
    b.minSocPct = 10;
    b.maxSocPct = 95;
    b.roundtripEfficiency = 0.9;
    c.site.batteries.push_back(b);
    for (int i = 0; i < evs; ++i) {
        ChargerSpec ch;
        ch.id = QStringLiteral("P%1").arg(i);
        const bool threePhase = u(rng) < 0.6;
        ch.maxChargeKw = threePhase ? 11 : 7.4;
        ch.minChargeKw = threePhase ? 4.1 : 1.4;
        ch.bidirectional = u(rng) < 0.5;
        ch.maxDischargeKw = ch.bidirectional ? ch.maxChargeKw : 0;
        c.site.chargers.push_back(ch);
    }
    c.policy.peakShaving = {shaving, 0.35 * c.site.grid.importLimitKw};
    c.policy.v2b.enabled = true;

    c.now.timeMs = kStartMs + 7 * 3600'000LL; // 07:00, commuters arriving
    c.now.stepH = 1.0 / 60;
    c.now.batteries.push_back({80, 40, true});
    c.now.chargers.resize(size_t(evs));

    ForecastWindow& w = c.window;
    w.startMs = c.now.timeMs;
    w.resolutionS = 900;
    for (int i = 0; i < kIntervals; ++i) {
        const double hour = 7 + i * 0.25;
        const double dayHour = std::fmod(hour, 24);
        const double sun = std::max(0.0, std::sin((dayHour - 6) / 14 * M_PI));
        w.pvKw.push_back((0.5 * evs + 50) * sun * (0.8 + 0.2 * u(rng)));
        const bool office = dayHour >= 8 && dayHour < 18;
        w.loadKw.push_back((office ? 1.6 : 0.7) * evs + 30 + 10 * u(rng));
        w.criticalLoadKw.push_back(0.1 * evs);
        w.importPricePerKwh.push_back(office ? 0.28 : 0.18);
        w.exportPricePerKwh.push_back(0.07);
        w.outage.push_back(false);
    }

    for (int i = 0; i < evs; ++i) {
        ExpectedSession s;
        s.sessionIndex = i;
        s.chargerIndex = i;
        const bool resident = u(rng) < 0.3;
        const double arriveH = resident ? 7 - 10 * u(rng) : 7 + 3 * u(rng); // residents: plugged overnight
        const double stayH = resident ? 10 + 4 * u(rng) : 6 + 4 * u(rng);
        s.arrivalMs = kStartMs + qint64(arriveH * 3.6e6);
        s.departureMs = kStartMs + qint64((arriveH + stayH) * 3.6e6);
        s.capacityKwh = 40 + 60 * u(rng);
        s.arrivalEnergyKwh = s.capacityKwh * (0.2 + 0.4 * u(rng));
        s.targetEnergyKwh = s.capacityKwh * (0.7 + 0.3 * u(rng));
        s.minEnergyKwh = s.capacityKwh * 0.2;
        s.maxChargeKw = u(rng) < 0.2 ? 7.4 : 11;
        s.v2x = u(rng) < 0.5;
        if (s.arrivalMs <= c.now.timeMs) {
            ChargerState& st = c.now.chargers[size_t(i)];
            st.plugged = true;
            st.sessionIndex = i;
            st.energyKwh = s.arrivalEnergyKwh + 0.3 * (s.targetEnergyKwh - s.arrivalEnergyKwh);
            st.capacityKwh = s.capacityKwh;
            st.targetEnergyKwh = s.targetEnergyKwh;
            st.minEnergyKwh = s.minEnergyKwh;
            st.departureMs = s.departureMs;
            st.maxChargeKw = std::min(s.maxChargeKw, c.site.chargers[size_t(i)].maxChargeKw);
            st.minChargeKw = c.site.chargers[size_t(i)].minChargeKw;
            st.v2xConsent = s.v2x;
            st.maxDischargeKw = s.v2x ? c.site.chargers[size_t(i)].maxDischargeKw : 0;
        }
        c.sessions.push_back(s);
    }
    return c;
}

void benchSolves(int evs, int runs)
{
    for (const bool shaving : {false, true}) {
        std::vector<double> totalMs, solveMs;
        PlannerStats last;
        int failures = 0;
        for (int r = 0; r < runs; ++r) {
            const Case c = makeCase(evs, 1000u + unsigned(r), shaving);
            Planner planner(c.site, c.policy);
            QElapsedTimer t;
            t.start();
            const Plan plan = planner.plan(c.now, c.window, c.sessions);
            totalMs.push_back(double(t.nsecsElapsed()) / 1e6);
            solveMs.push_back(planner.lastStats().solveMs);
            failures += plan.valid ? 0 : 1;
            last = planner.lastStats();
        }
        std::printf("%5d EVs  %-13s %3d runs  median %8.1f ms  p99 %8.1f ms  (solve only: median %8.1f ms)  "
                    "LP %d cols x %d rows, %d nz, %d iterations  failed %d\n",
                    evs, shaving ? "peak shaving" : "self-suff.", runs, percentile(totalMs, 0.5),
                    percentile(totalMs, 0.99), percentile(solveMs, 0.5), last.columns, last.rows,
                    last.nonZeros, last.iterations, failures);
        std::fflush(stdout);
    }
}

// Hands out one fixed window and session list (a Case) as a forecast.
class FixedForecast final : public Forecast {
public:
    explicit FixedForecast(const Case& c)
        : m_case(c)
    {
    }
    void observe(const SiteSnapshot&) override {}
    ForecastWindow window(TimeMs, int, int) const override { return m_case.window; }
    std::vector<ExpectedSession> sessions(TimeMs) const override { return m_case.sessions; }

private:
    const Case& m_case;
};

// dispatch() of a background-planning controller, called every 50 ms of wall time (1 s of site
// time each) from the first call, which asks for a plan, until that plan is in force.
void benchBackgroundDispatch(int evs, int runs)
{
    std::vector<double> callMs, waitMs;
    int calls = 0;
    for (int r = 0; r < runs; ++r) {
        const Case c = makeCase(evs, 2000u + unsigned(r), true);
        FixedForecast forecast(c);
        PolicyControllerOptions options;
        options.planInBackground = true;
        PolicyController controller(c.site, c.policy, options);
        SiteSnapshot now = c.now;
        QElapsedTimer wait;
        wait.start();
        while (controller.planCount() == 0 && wait.elapsed() < 60'000) {
            QElapsedTimer t;
            t.start();
            controller.dispatch(now, forecast);
            callMs.push_back(double(t.nsecsElapsed()) / 1e6);
            ++calls;
            now.timeMs += 1000;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        waitMs.push_back(double(wait.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "%5d EVs  background planning  %3d runs  dispatch() median %6.2f ms  p99 %6.2f ms  max %6.2f ms "
        "(%d calls)  plan in force after median %7.0f ms\n",
        evs, runs, percentile(callMs, 0.5), percentile(callMs, 0.99),
        *std::max_element(callMs.begin(), callMs.end()), calls, percentile(waitMs, 0.5));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs50 = argc > 1 ? std::max(1, atoi(argv[1])) : 21;
    const int runs500 = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    bool garage = true;
    for (int i = 1; i < argc; ++i)
        garage = garage && std::strcmp(argv[i], "--no-garage") != 0;

    std::printf("Planner solve, 96 intervals of 15 min (targets: 50 EVs <= 500 ms, 500 EVs <= 5 s)\n");
    benchSolves(50, runs50);
    benchSolves(500, runs500);
    std::printf(
        "\nPolicy controller with planInBackground, a dispatch every 50 ms while the first plan is solved\n");
    benchBackgroundDispatch(500, std::max(1, runs500 / 2));

    if (!garage)
        return 0;
    const auto loaded =
        loadScenarioFile(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/garage-spring-500.json"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error.toString()));
        return 2;
    }
    std::printf("\n24 h of garage-spring-500 with the policy controller (target <= 60 s)\n");
    const Scenario& scenario = *loaded.value;
    for (const ForecastMode mode : {ForecastMode::Perfect, ForecastMode::Realistic}) {
        // The what-if loop of runWhatIf, spelled out to read the controller's planning figures.
        SimulatedClock clock(scenario.startMs);
        SimulatedSite site(scenario);
        PolicyControllerOptions options;
        options.runEndMs = scenario.endMs();
        options.planner.demandChargePerKw = scenario.tariff.demandChargePerKw;
        PolicyController controller(scenario.site, scenario.policy, options);
        auto forecast = makeForecast(mode, scenario);
        Engine engine(clock, site, controller, *forecast);
        ReportBuilder report(scenario);
        struct Sink final : StepSink {
            ReportBuilder& builder;
            explicit Sink(ReportBuilder& b)
                : builder(b)
            {
            }
            void record(const CycleRecord& cycle) override { builder.add(cycle.applied); }
        } sink(report);
        engine.addSink(&sink);

        QElapsedTimer t;
        t.start();
        double planMs = 0, maxPlanMs = 0;
        for (int step = 0; step < site.physics().stepCount(); ++step) {
            const int plans = controller.planCount();
            engine.runCycle();
            if (controller.planCount() != plans) {
                const double ms =
                    controller.lastPlannerStats().buildMs + controller.lastPlannerStats().solveMs;
                planMs += ms;
                maxPlanMs = std::max(maxPlanMs, ms);
            }
            clock.advanceMs(qint64(scenario.stepS) * kMsPerSecond);
        }
        const double wallS = double(t.nsecsElapsed()) / 1e9;
        const ReportFigures f = report.finish(site.physics().sessionOutcomes());
        std::printf(
            "forecast %-9s  wall %6.1f s  plans %4d (planning %6.1f s, longest %6.0f ms)  peak %7.1f kW  "
            "import %8.1f kWh  sessions met %d/%d\n",
            mode == ForecastMode::Perfect ? "perfect" : "realistic", wallS, controller.planCount(),
            planMs / 1000, maxPlanMs, f.peakImportKw, f.energyKwh.gridImport, f.evSessionsMet, f.evSessions);
        std::fflush(stdout);
    }
    return 0;
}
