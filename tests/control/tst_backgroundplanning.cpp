// The policy controller with planInBackground (real-time control): dispatch() never waits for the
// solver, follows the previous plan (or none) until the new one is ready, adopts it at the next
// dispatch, coalesces re-plans wanted while one is solved, and can be destroyed during a solve.
// A solve is held on the worker with the beforeBackgroundSolve hook, so no test depends on how
// fast the machine is.

#include "control/PolicyController.h"
#include "support/TinyScenarios.h"

#include <QTest>
#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace parkwatt;

namespace {

// 4 h at 1-minute steps: 10 kW load, 30 kW from 02:00 to 02:30, a 20 kWh battery and one EV that
// wants 30 kWh by 03:00: a plan with something to decide (the battery and the car).
Scenario spikeScenario()
{
    Scenario s = test::oneChargerScenario();
    s.stepS = 60;
    std::vector<double> load(16, 10.0);
    load[8] = load[9] = 30;
    s.profiles.loadKw = Profile{900, load, false};
    s.site.batteries.push_back(test::battery(20, 20, 0, 0.9));
    s.policy.selfSufficiency.batteryGridCharging = true;
    s.policy.peakShaving = {true, 1.0};
    s.sessions.push_back(test::session("ev", 0, "2026-07-14T00:07:00Z", "2026-07-14T03:00:00Z", 60, 10, 60));
    return s;
}

SiteSnapshot snapshotAt(const Scenario& s, const char* iso)
{
    SiteSnapshot snap;
    snap.timeMs = test::at(iso);
    snap.stepH = 1.0 / 60;
    snap.loadKw = 10;
    snap.batteries.push_back({0, 0, true});
    snap.chargers.resize(1);
    ChargerState& ev = snap.chargers[0];
    ev.plugged = true;
    ev.sessionIndex = 0;
    ev.sessionId = QStringLiteral("ev");
    ev.departureMs = s.sessions[0].departureMs;
    ev.targetEnergyKwh = s.sessions[0].targetEnergyKwh();
    ev.capacityKwh = 60;
    ev.energyKwh = 6;
    ev.maxChargeKw = 11;
    ev.minChargeKw = 4.1;
    return snap;
}

// Holds every background solve until opened; counts the solves that started.
struct SolveGate {
    std::promise<void> open;
    std::shared_future<void> opened = open.get_future().share();
    std::shared_ptr<std::atomic<int>> started = std::make_shared<std::atomic<int>>(0);

    std::function<void()> hook()
    {
        return [opened = opened, started = started] {
            ++*started;
            opened.wait();
        };
    }
};

PolicyControllerOptions backgroundOptions(const Scenario& s, std::function<void()> beforeSolve = {})
{
    PolicyControllerOptions options;
    options.runEndMs = s.endMs();
    options.planInBackground = true;
    options.beforeBackgroundSolve = std::move(beforeSolve);
    return options;
}

} // namespace

class TstBackgroundPlanning : public QObject {
    Q_OBJECT
private slots:
    void firstDispatchReturnsWithoutAPlanWhichAppearsLater()
    {
        const Scenario s = spikeScenario();
        SolveGate gate;
        PolicyController controller(s.site, s.policy, backgroundOptions(s, gate.hook()));
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        SiteSnapshot snap = snapshotAt(s, "2026-07-14T00:10:00Z");

        // The solve is held: dispatch answers at once, without a plan, and safely.
        const Setpoints first = controller.dispatch(snap, *forecast);
        QVERIFY(!controller.plan().valid);
        QCOMPARE(controller.planCount(), 0);
        QVERIFY(controller.planPending());
        QCOMPARE(first.chargerKw.size(), size_t(1));
        QVERIFY(first.chargerKw[0] <= 11 + 1e-9);
        QVERIFY(!first.chargerReasons[0].isEmpty());
        QTRY_COMPARE(gate.started->load(), 1);

        gate.open.set_value();
        QTRY_VERIFY_WITH_TIMEOUT(
            (snap.timeMs += 100, controller.dispatch(snap, *forecast), controller.plan().valid), 20000);
        QCOMPARE(controller.planCount(), 1);
        QVERIFY(!controller.planPending());
        QCOMPARE(gate.started->load(), 1); // no further solve was asked for
        QVERIFY(controller.lastPlannerStats().optimal);
    }

    void adoptedPlanEqualsTheInlinePlan()
    {
        const Scenario s = spikeScenario();
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        const SiteSnapshot snap = snapshotAt(s, "2026-07-14T00:10:00Z");

        PolicyControllerOptions inlineOptions;
        inlineOptions.runEndMs = s.endMs();
        PolicyController inlineController(s.site, s.policy, inlineOptions);
        inlineController.dispatch(snap, *forecast);
        const Plan& expected = inlineController.plan();
        QVERIFY(expected.valid);

        PolicyController background(s.site, s.policy, backgroundOptions(s));
        background.dispatch(snap, *forecast);
        background.waitForPlan();
        SiteSnapshot next = snap;
        next.timeMs += 60'000; // the same interval, nothing changed: no new request
        background.dispatch(next, *forecast);
        const Plan& adopted = background.plan();
        QVERIFY(adopted.valid);
        QCOMPARE(background.planCount(), 1);
        QCOMPARE(adopted.madeAtMs, expected.madeAtMs);
        QCOMPARE(adopted.startMs, expected.startMs);
        QCOMPARE(adopted.batteryKw, expected.batteryKw);
        QCOMPARE(adopted.gridImportKw, expected.gridImportKw);
        QCOMPARE(adopted.plannedPeakKw, expected.plannedPeakKw);
        QCOMPARE(adopted.evKw, expected.evKw);
        QCOMPARE(adopted.outage, expected.outage);
        // The adopted plan is followed at the current time, not at the time it was asked for.
        QVERIFY(adopted.intervalAt(next.timeMs) == 0);
    }

    void replansWantedDuringASolveAreCoalescedIntoOne()
    {
        const Scenario s = spikeScenario();
        SolveGate gate;
        PolicyController controller(s.site, s.policy, backgroundOptions(s, gate.hook()));
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        SiteSnapshot snap = snapshotAt(s, "2026-07-14T00:16:00Z");
        controller.dispatch(snap, *forecast);
        QTRY_COMPARE(gate.started->load(), 1);

        // Three events while the first solve is held: the driver changes the target twice, the
        // battery goes offline. Each wants a re-plan; one waits.
        for (double target : {40.0, 42.0}) {
            snap.timeMs += 60'000;
            snap.chargers[0].targetEnergyKwh = target;
            controller.dispatch(snap, *forecast);
        }
        snap.timeMs += 60'000;
        snap.batteries[0].online = false;
        const TimeMs lastEventMs = snap.timeMs;
        controller.dispatch(snap, *forecast);
        QVERIFY(controller.planPending());
        QCOMPARE(gate.started->load(), 1);
        QCOMPARE(controller.planCount(), 0);

        gate.open.set_value();
        controller.waitForPlan();
        snap.timeMs += 60'000;
        const TimeMs adoptedMs = snap.timeMs;
        controller.dispatch(snap, *forecast); // adopts the first, starts the one that waited
        QCOMPARE(controller.planCount(), 1);
        QCOMPARE(controller.plan().madeAtMs, test::at("2026-07-14T00:16:00Z"));
        QVERIFY(controller.planPending());
        controller.waitForPlan();
        snap.timeMs += 60'000;
        controller.dispatch(snap, *forecast);
        QCOMPARE(controller.planCount(), 2);
        QCOMPARE(gate.started->load(), 2);
        QVERIFY(!controller.planPending());
        // The one that waited was made from the inputs of when it started, after the last event.
        QVERIFY(controller.plan().madeAtMs > lastEventMs);
        QCOMPARE(controller.plan().madeAtMs, adoptedMs);
        for (double kw : controller.plan().batteryKw)
            QCOMPARE(kw, 0.0); // it saw the battery offline
    }

    void destroyedDuringASolveWaitsForIt()
    {
        const Scenario s = spikeScenario();
        SolveGate gate;
        auto controller =
            std::make_unique<PolicyController>(s.site, s.policy, backgroundOptions(s, gate.hook()));
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        controller->dispatch(snapshotAt(s, "2026-07-14T00:10:00Z"), *forecast);
        QTRY_COMPARE(gate.started->load(), 1);
        QVERIFY(controller->planPending());

        // The solve is still held when destruction begins; it is let go while the destructor waits.
        std::thread opener([&gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            gate.open.set_value();
        });
        controller.reset();
        opener.join();
        QCOMPARE(gate.started->load(), 1);
    }

    void destroyedRightAfterASolveStartsIsSafe()
    {
        // No gate: the solve runs while the controller (and the forecast) go away.
        const Scenario s = spikeScenario();
        for (int i = 0; i < 5; ++i) {
            auto forecast = makeForecast(ForecastMode::Perfect, s);
            auto controller = std::make_unique<PolicyController>(s.site, s.policy, backgroundOptions(s));
            controller->dispatch(snapshotAt(s, "2026-07-14T00:10:00Z"), *forecast);
            forecast.reset(); // the worker holds copies, never the forecast itself
            controller.reset();
        }
    }

    void whatIfDefaultStaysInline()
    {
        const Scenario s = spikeScenario();
        PolicyControllerOptions options;
        options.runEndMs = s.endMs();
        QVERIFY(!options.planInBackground);
        PolicyController controller(s.site, s.policy, options);
        auto forecast = makeForecast(ForecastMode::Perfect, s);
        controller.dispatch(snapshotAt(s, "2026-07-14T00:10:00Z"), *forecast);
        QVERIFY(controller.plan().valid); // planned before dispatch returned
        QCOMPARE(controller.planCount(), 1);
        QVERIFY(!controller.planPending());
    }
};

QTEST_GUILESS_MAIN(TstBackgroundPlanning)
#include "tst_backgroundplanning.moc"
