// The policy controller end to end: planner + dispatcher driven by the engine over the site
// physics with perfect forecasts, judged against OptimumLp (an independent LP of the spec's
// physics at full step resolution): a feasible import limit is held with every reachable session
// met; an infeasible limit gives a billing peak within 3% of the least possible; with peak shaving
// off, grid import is within 2% of the least possible. Also when it re-plans.

#include "config/ScenarioReader.h"
#include "control/PolicyController.h"
#include "engine/WhatIfRun.h"
#include "support/OptimumLp.h"
#include "support/TinyScenarios.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <random>

using namespace parkwatt;

Q_DECLARE_METATYPE(std::function<parkwatt::Scenario()>)

namespace {

using ScenarioFactory = std::function<Scenario()>;

Scenario sharedScenario(const char* file)
{
    const auto loaded =
        loadScenarioFile(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/") + QString::fromLatin1(file));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.toString()));
    return *loaded.value;
}

// 4 h at 1-minute steps: 10 kW base load, 30 kW from 02:00 to 02:30, a 20 kWh battery starting
// empty (grid charging allowed), one EV (30 kWh wanted by 03:00) on a one-way 11 kW charger.
Scenario spikeWithBattery()
{
    Scenario s = test::oneChargerScenario();
    s.name = QStringLiteral("spike-with-battery");
    s.stepS = 60;
    std::vector<double> load(16, 10.0);
    load[8] = load[9] = 30;
    s.profiles.loadKw = Profile{900, load, false};
    s.site.batteries.push_back(test::battery(20, 20, 0, 0.9));
    s.policy.selfSufficiency.batteryGridCharging = true; // the site allows it (see the row below)
    s.sessions.push_back(test::session("ev", 0, "2026-07-14T00:07:00Z", "2026-07-14T03:00:00Z", 60, 10, 60));
    return s;
}

// The same site with PV at midday-like hours and a consenting EV on a bidirectional charger.
Scenario pvAndV2b()
{
    Scenario s = spikeWithBattery();
    s.name = QStringLiteral("pv-and-v2b");
    s.site.chargers[0].bidirectional = true;
    s.site.chargers[0].maxDischargeKw = 11;
    s.site.grid.exportLimitKw = 5;
    std::vector<double> pv(16, 0.0);
    for (int i = 2; i < 7; ++i)
        pv[size_t(i)] = 25;
    s.profiles.pvKw = Profile{900, pv, false};
    s.sessions[0].v2x = true;
    s.sessions[0].minSocPct = 20;
    s.policy.v2b.enabled = true;
    return s;
}

// The same with battery_grid_charging false: peak shaving (priority 5) outranks that rule
// (priority 6), so the least peak is the same, and so should be what the controller reaches.
Scenario spikeNoGridCharging()
{
    Scenario s = spikeWithBattery();
    s.name = QStringLiteral("spike-no-grid-charging");
    s.policy.selfSufficiency.batteryGridCharging = false;
    return s;
}

// A random small site and day (fixed seed, so reproducible): 6 h at 5-minute steps, 1-4
// chargers (some bidirectional, 6 A floors), maybe a battery, maybe PV, load with spikes, one or
// two sessions per charger, V2B on or off.
Scenario randomScenario(unsigned seed)
{
    std::mt19937 rng(seed);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto chance = [&](double p) { return uniform(0, 1) < p; };
    Scenario s;
    s.name = QStringLiteral("random-%1").arg(seed);
    s.startMs = test::at("2026-07-14T06:00:00Z");
    s.durationH = 6;
    s.stepS = 300;
    s.site.grid = {200, chance(0.5) ? uniform(0, 20) : 0.0};
    const int intervals = 24;
    std::vector<double> load, pv;
    const bool hasPv = chance(0.6);
    for (int i = 0; i < intervals; ++i) {
        load.push_back(uniform(8, 25) + (chance(0.15) ? uniform(10, 30) : 0.0));
        pv.push_back(hasPv ? std::max(0.0, 30 * std::sin(M_PI * (i + 0.5) / intervals) + uniform(-5, 5))
                           : 0.0);
    }
    s.profiles.loadKw = Profile{900, load, false};
    s.profiles.pvKw = Profile{900, pv, false};
    if (chance(0.7)) {
        BatterySpec b = test::battery(uniform(10, 40), uniform(10, 20), uniform(20, 80), 0.9);
        b.minSocPct = 10;
        b.maxSocPct = 95;
        s.site.batteries.push_back(b);
    }
    const int chargers = 1 + int(rng() % 4);
    for (int c = 0; c < chargers; ++c) {
        ChargerSpec charger;
        charger.id = QStringLiteral("C%1").arg(c);
        const bool threePhase = chance(0.6);
        charger.maxChargeKw = threePhase ? 11 : 7.4;
        charger.minChargeKw = threePhase ? 4.1 : 1.4;
        charger.bidirectional = chance(0.5);
        charger.maxDischargeKw = charger.bidirectional ? charger.maxChargeKw : 0;
        s.site.chargers.push_back(charger);
        double fromH = uniform(0, 1.5);
        const int sessions = 1 + int(rng() % 2);
        for (int k = 0; k < sessions && fromH < 5; ++k) {
            const double toH = std::min(6.0, fromH + uniform(1.5, 4));
            EvSession e;
            e.id = QStringLiteral("S%1-%2").arg(c).arg(k);
            e.chargerIndex = c;
            e.chargerId = charger.id;
            e.arrivalMs = s.startMs + qint64(fromH * 3.6e6);
            e.departureMs = s.startMs + qint64(toH * 3.6e6);
            e.capacityKwh = uniform(40, 80);
            e.arrivalSocPct = uniform(10, 50);
            e.targetSocPct = std::min(100.0, e.arrivalSocPct + uniform(10, 40));
            e.minSocPct = 20;
            e.v2x = chance(0.5);
            s.sessions.push_back(e);
            fromH = toH + uniform(0.1, 1);
        }
    }
    s.policy.v2b.enabled = chance(0.7);
    return s;
}

Scenario tinySpike()
{
    return sharedScenario("tiny-spike.json");
}
Scenario officeSummer()
{
    return sharedScenario("office-summer-24.json");
}

WhatIfResult runPolicy(const Scenario& scenario, ForecastMode mode = ForecastMode::Perfect)
{
    WhatIfOptions options;
    options.controller = ControllerKind::Policy;
    options.forecast = mode;
    return runWhatIf(scenario, options);
}

QByteArray describe(const ReportFigures& f)
{
    return QByteArray("peak ") + QByteArray::number(f.peakImportKw, 'f', 3) + " kW, import " +
           QByteArray::number(f.energyKwh.gridImport, 'f', 3) + " kWh, sessions met " +
           QByteArray::number(f.evSessionsMet) + "/" + QByteArray::number(f.evSessions) + ", unmet " +
           QByteArray::number(f.evEnergyUnmetKwh, 'f', 3) + " kWh, import-limit steps " +
           QByteArray::number(f.violationImportLimitSteps);
}

void addScenarioRows()
{
    QTest::addColumn<ScenarioFactory>("make");
    QTest::newRow("spike-with-battery") << ScenarioFactory(spikeWithBattery);
    QTest::newRow("spike-no-grid-charging") << ScenarioFactory(spikeNoGridCharging);
    QTest::newRow("pv-and-v2b") << ScenarioFactory(pvAndV2b);
    QTest::newRow("tiny-spike.json") << ScenarioFactory(tinySpike);
    QTest::newRow("office-summer-24.json") << ScenarioFactory(officeSummer);
    for (unsigned seed : {11u, 23u, 37u, 41u, 59u, 73u})
        QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(seed)))
            << ScenarioFactory([seed] { return randomScenario(seed); });
}

// Every session the optimum can meet is met; the others miss no more than the optimum does.
void verifyReachableSessionsMet(const WhatIfResult& r, const test::OptimumResult& optimum)
{
    if (optimum.targetShortfallKwh < 0.05)
        QVERIFY2(r.figures.evSessionsMet == r.figures.evSessions, describe(r.figures).constData());
    else
        QVERIFY2(r.figures.evEnergyUnmetKwh <= optimum.targetShortfallKwh + 0.05 * r.figures.evSessions,
                 describe(r.figures).constData());
}

} // namespace

class TstPolicyController : public QObject {
    Q_OBJECT
private slots:
    void isNamedPolicy()
    {
        const Scenario s = spikeWithBattery();
        QCOMPARE(makeController(ControllerKind::Policy, s)->name(), QStringLiteral("policy"));
    }

    void replansEvery15MinutesAndOnEvents()
    {
        Scenario s = spikeWithBattery();
        s.outages.push_back({test::at("2026-07-14T01:00:00Z"), test::at("2026-07-14T01:20:00Z")});
        PolicyController controller(s.site, s.policy);
        auto forecast = makeForecast(ForecastMode::Realistic, s); // knows sessions once plugged
        SiteSnapshot snap;
        snap.stepH = 1.0 / 60;
        snap.chargers.resize(1);
        snap.batteries.push_back({0, 0, true});
        auto at = [&](const char* iso) {
            snap.timeMs = test::at(iso);
            forecast->observe(snap);
            controller.dispatch(snap, *forecast);
            return controller.planCount();
        };
        QCOMPARE(at("2026-07-14T00:00:00Z"), 1);
        QCOMPARE(at("2026-07-14T00:01:00Z"), 1);
        QCOMPARE(at("2026-07-14T00:06:00Z"), 1);
        // The EV arrives at 00:07, unforeseen by a realistic forecast: re-plan at once.
        snap.chargers[0].plugged = true;
        snap.chargers[0].sessionIndex = 0;
        snap.chargers[0].departureMs = s.sessions[0].departureMs;
        snap.chargers[0].targetEnergyKwh = 36;
        snap.chargers[0].capacityKwh = 60;
        snap.chargers[0].energyKwh = 6;
        snap.chargers[0].maxChargeKw = 11;
        QCOMPARE(at("2026-07-14T00:07:00Z"), 2);
        QCOMPARE(at("2026-07-14T00:08:00Z"), 2);
        QCOMPARE(at("2026-07-14T00:15:00Z"), 3); // the next interval
        // The driver changes the target.
        snap.chargers[0].targetEnergyKwh = 40;
        QCOMPARE(at("2026-07-14T00:16:00Z"), 4);
        // The charger goes offline, and comes back.
        snap.chargers[0].online = false;
        QCOMPARE(at("2026-07-14T00:17:00Z"), 5);
        snap.chargers[0].online = true;
        QCOMPARE(at("2026-07-14T00:18:00Z"), 6);
        // Outage start and end.
        QCOMPARE(at("2026-07-14T00:30:00Z"), 7);
        snap.gridAvailable = false;
        QCOMPARE(at("2026-07-14T00:31:00Z"), 8);
        snap.gridAvailable = true;
        QCOMPARE(at("2026-07-14T00:32:00Z"), 9);
        // The EV leaves early.
        snap.chargers[0] = ChargerState{};
        QCOMPARE(at("2026-07-14T00:33:00Z"), 10);
        QVERIFY(controller.plan().valid);
    }

    void perfectForecastArrivalsAreNoSurprise()
    {
        const Scenario s = spikeWithBattery();
        // 16 intervals, one plan each; the arrival and departure were foreseen. (The car's energy
        // stays put in these snapshots: no drift re-plans here, another test covers them.)
        PolicyControllerOptions options;
        options.runEndMs = s.endMs();
        options.driftReplanGapS = 0;
        PolicyController controller(s.site, s.policy, options);
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        SiteSnapshot snap;
        snap.stepH = 1.0 / 60;
        snap.chargers.resize(1);
        snap.batteries.push_back({0, 0, true});
        for (int minute = 0; minute < 240; ++minute) {
            snap.timeMs = s.startMs + minute * 60'000LL;
            const bool plugged =
                snap.timeMs >= s.sessions[0].arrivalMs && snap.timeMs + 60'000 <= s.sessions[0].departureMs;
            snap.chargers[0] = ChargerState{};
            if (plugged) {
                snap.chargers[0].plugged = true;
                snap.chargers[0].sessionIndex = 0;
                snap.chargers[0].departureMs = s.sessions[0].departureMs;
                snap.chargers[0].targetEnergyKwh = s.sessions[0].targetEnergyKwh();
                snap.chargers[0].capacityKwh = 60;
                snap.chargers[0].energyKwh = 6;
                snap.chargers[0].maxChargeKw = 11;
            }
            controller.dispatch(snap, *forecast);
        }
        QCOMPARE(controller.planCount(), 16);
    }

    void unannouncedOutageIsPlannedIslanded()
    {
        // Realistic forecasts do not announce outages: once the grid is gone, the plan assumes it
        // stays gone for at least an hour (the backup's reserve_hours when longer).
        Scenario s = spikeWithBattery();
        s.site.batteries[0].initialSocPct = 50;
        s.policy.backup = {true, 20, false, 2};
        PolicyController controller(s.site, s.policy, PolicyControllerOptions{{}, s.endMs()});
        auto forecast = makeForecast(ForecastMode::Realistic, s);
        SiteSnapshot snap;
        snap.timeMs = s.startMs + 30 * 60'000LL;
        snap.stepH = 1.0 / 60;
        snap.loadKw = 10;
        snap.criticalLoadKw = 4;
        snap.chargers.resize(1);
        snap.batteries.push_back({10, 50, true});
        forecast->observe(snap);
        controller.dispatch(snap, *forecast);
        QVERIFY(controller.plan().valid);
        QVERIFY(controller.plan().gridImportKw[2] > 0); // the grid is there
        snap.timeMs += 60'000;
        snap.gridAvailable = false;
        forecast->observe(snap);
        controller.dispatch(snap, *forecast);
        const Plan& plan = controller.plan();
        QVERIFY(plan.valid);
        for (int i = 0; i < 8; ++i) // 00:30 to 02:30
            QCOMPARE(plan.gridImportKw[size_t(i)], 0.0);
        QVERIFY(plan.gridImportKw[9] > 0);
    }

    void announcedOutageEndsWhenTheForecastSays()
    {
        // A perfect forecast announces the outage (00:31-00:46): the plan made in it is islanded
        // until then, not for a guessed hour, so the PV surplus is not held back for a critical
        // load the grid will carry.
        Scenario s = spikeWithBattery();
        s.outages.push_back({test::at("2026-07-14T00:31:00Z"), test::at("2026-07-14T00:46:00Z")});
        PolicyController controller(s.site, s.policy, PolicyControllerOptions{{}, s.endMs()});
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        SiteSnapshot snap;
        snap.timeMs = test::at("2026-07-14T00:32:00Z");
        snap.stepH = 1.0 / 60;
        snap.gridAvailable = false;
        snap.loadKw = 10;
        snap.chargers.resize(1);
        snap.batteries.push_back({10, 50, true});
        controller.dispatch(snap, *forecast);
        const Plan& plan = controller.plan();
        QVERIFY(plan.valid);
        QCOMPARE(plan.outage.size() > 3, true);
        QVERIFY(plan.outage[0] && plan.outage[1]); // 00:30-00:45, 00:45-01:00 (overlaps to 00:46)
        QVERIFY(!plan.outage[2] && !plan.outage[3]);
        QVERIFY(plan.gridImportKw[2] > 0);
    }

    void residentialOutageMeetsEverySessionWithPerfectForecasts()
    {
        // residential-winter-60-outage: S0043 arrives in the 14:30-16:00 outage and leaves at 15:59.
        // It was 2.3 kWh short: the plan assumed the island lasted an hour from each re-plan (past
        // the announced end), and a small plan rounded up to a charger's minimum took its surplus.
        const Scenario s = sharedScenario("residential-winter-60-outage.json");
        const WhatIfResult r = runPolicy(s);
        QVERIFY2(r.figures.evSessionsMet == r.figures.evSessions, describe(r.figures).constData());
        QCOMPARE(r.figures.violationImportLimitSteps, 0);
    }

    void replansWhenTheCarsFallBehindThePlan()
    {
        // The plan charges the car from 00:07 (it needs 30 kWh by 03:00 with the spike at 02:00);
        // the car takes nothing. After 5 minutes behind by more than 0.5 kWh: a re-plan.
        const Scenario s = spikeWithBattery();
        PolicyController controller(s.site, s.policy, PolicyControllerOptions{{}, s.endMs()});
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        SiteSnapshot snap;
        snap.stepH = 1.0 / 60;
        snap.chargers.resize(1);
        snap.batteries.push_back({0, 0, true});
        ChargerState& ev = snap.chargers[0];
        ev.plugged = true;
        ev.sessionIndex = 0;
        ev.departureMs = s.sessions[0].departureMs;
        ev.targetEnergyKwh = s.sessions[0].targetEnergyKwh();
        ev.capacityKwh = 60;
        ev.energyKwh = 6; // and stays there
        ev.maxChargeKw = 11;
        QList<int> plans;
        for (int minute = 7; minute <= 14; ++minute) {
            snap.timeMs = s.startMs + minute * 60'000LL;
            controller.dispatch(snap, *forecast);
            plans << controller.planCount();
        }
        QCOMPARE(plans, (QList<int>{1, 1, 1, 1, 1, 2, 2, 2}));
    }

    void feasibleLimitIsHeld_data() { addScenarioRows(); }
    void feasibleLimitIsHeld()
    {
        QFETCH(ScenarioFactory, make);
        Scenario s = make();
        const test::OptimumResult least = test::leastBillingPeakKw(s);
        QVERIFY(least.ok);
        // A limit 10% above the least possible peak (and at least 1 kW above): feasible.
        const double limit = std::max(least.value * 1.10, least.value + 1.0);
        s.policy.peakShaving = {true, limit};
        const WhatIfResult r = runPolicy(s);
        const QByteArray what = describe(r.figures) + ", limit " + QByteArray::number(limit, 'f', 3) +
                                ", least " + QByteArray::number(least.value, 'f', 3);
        qInfo("%s", what.constData());
        verifyReachableSessionsMet(r, least);
        QVERIFY2(r.figures.peakImportKw <= limit + 0.05, what.constData());
    }

    void infeasibleLimitGivesTheLeastPeak_data() { addScenarioRows(); }
    void infeasibleLimitGivesTheLeastPeak()
    {
        QFETCH(ScenarioFactory, make);
        Scenario s = make();
        s.policy.peakShaving = {true, 1.0};
        const test::OptimumResult least = test::leastBillingPeakKw(s);
        QVERIFY(least.ok);
        const WhatIfResult r = runPolicy(s);
        const double ratio = least.value > 0 ? r.figures.peakImportKw / least.value : 1.0;
        const QByteArray what = describe(r.figures) + ", least peak " +
                                QByteArray::number(least.value, 'f', 3) + " kW, ratio " +
                                QByteArray::number(ratio, 'f', 4);
        qInfo("%s", what.constData());
        verifyReachableSessionsMet(r, least);
        // pv-and-v2b was 1.034 with a fixed 3-minute departure margin on a car with 9.4 minutes
        // of slack; the margin is now at most a fifth of a car's slack (1.020).
        QVERIFY2(ratio <= 1.03, what.constData());
    }

    void importNearTheLeastWithoutPeakShaving_data() { addScenarioRows(); }
    void importNearTheLeastWithoutPeakShaving()
    {
        QFETCH(ScenarioFactory, make);
        Scenario s = make();
        s.policy.peakShaving.enabled = false;
        s.policy.selfSufficiency.enabled = true;
        const test::OptimumResult least = test::leastGridImportKwh(s);
        QVERIFY(least.ok);
        const WhatIfResult r = runPolicy(s);
        const double ratio = least.value > 0 ? r.figures.energyKwh.gridImport / least.value : 1.0;
        const QByteArray what = describe(r.figures) + ", least import " +
                                QByteArray::number(least.value, 'f', 3) + " kWh, ratio " +
                                QByteArray::number(ratio, 'f', 4);
        qInfo("%s", what.constData());
        verifyReachableSessionsMet(r, least);
        QVERIFY2(ratio <= 1.02, what.constData());
    }

    // Realistic forecasts (persistence, sessions known from arrival): the issue asks for the same
    // ratios, aiming at 1.15 or better on peak. Reported; a miss is a skip with the ratio.
    void realisticForecastRatios_data() { addScenarioRows(); }
    void realisticForecastRatios()
    {
        QFETCH(ScenarioFactory, make);
        Scenario s = make();
        s.policy.peakShaving = {true, 1.0};
        const test::OptimumResult leastPeak = test::leastBillingPeakKw(s);
        const WhatIfResult shaved = runPolicy(s, ForecastMode::Realistic);
        s.policy.peakShaving.enabled = false;
        const test::OptimumResult leastImport = test::leastGridImportKwh(s);
        const WhatIfResult unshaved = runPolicy(s, ForecastMode::Realistic);
        QVERIFY(leastPeak.ok && leastImport.ok);
        const double peakRatio = shaved.figures.peakImportKw / std::max(1e-9, leastPeak.value);
        const double importRatio = unshaved.figures.energyKwh.gridImport / std::max(1e-9, leastImport.value);
        const QByteArray what = "realistic: peak ratio " + QByteArray::number(peakRatio, 'f', 4) + " (" +
                                describe(shaved.figures) + "), import ratio " +
                                QByteArray::number(importRatio, 'f', 4) + " (" + describe(unshaved.figures) +
                                ")";
        qInfo("%s", what.constData());
        if (peakRatio > 1.15)
            QSKIP(QByteArray("peak ratio above the 1.15 aim: " + what).constData());
    }
};

QTEST_GUILESS_MAIN(TstPolicyController)
#include "tst_policycontroller.moc"
