// Tests for SitePhysics: hand-computed steps for every rule of the spec's physics, and a seeded
// randomized run that checks the power balance and the physical bounds in every step.

#include "SimTestUtil.h"
#include "sim/SitePhysics.h"

#include <QElapsedTimer>
#include <QTest>
#include <random>
#include <stdexcept>

using namespace parkwatt;
using namespace parkwatt::testutil;

namespace {

Setpoints setpoints(std::vector<double> batteryKw, std::vector<double> chargerKw) {
    Setpoints sp;
    sp.batteryKw = std::move(batteryKw);
    sp.chargerKw = std::move(chargerKw);
    return sp;
}

// A site with one bidirectional 11 kW charger and one consenting EV plugged in for the whole run.
Scenario oneEvScenario(double arrivalSocPct, double minSocPct, int stepS = 900, double durationH = 2) {
    Scenario sc = makeScenario(stepS, durationH);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11, 0, true, 11));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 50, arrivalSocPct, true, 100, minSocPct));
    return sc;
}

} // namespace

class TestSitePhysics : public QObject {
    Q_OBJECT

private slots:
    void batteryEfficiency_data();
    void batteryEfficiency();
    void batteryDeviceClamp_data();
    void batteryDeviceClamp();
    void batterySocBounds();
    void evMinimumPower_data();
    void evMinimumPower();
    void unpluggedCommandCounted();
    void pluggedStepRounding_data();
    void pluggedStepRounding();
    void snapshotFields();
    void evDischargeConsent_data();
    void evDischargeConsent();
    void evMinSocFloor();
    void evCapacityFit();
    void evEfficiency();
    void curtailmentAndExportLimit_data();
    void curtailmentAndExportLimit();
    void importLimitCounted_data();
    void importLimitCounted();
    void outageBalance_data();
    void outageBalance();
    void outageStepRule_data();
    void outageStepRule();
    void sessionOutcomes_data();
    void sessionOutcomes();
    void sessionOutcomeFlows();
    void stepsInOrder();
    void randomizedEnergyBalance_data();
    void randomizedEnergyBalance();
    void performance500Chargers();
};

void TestSitePhysics::batteryEfficiency_data() {
    QTest::addColumn<double>("roundtrip");
    QTest::addColumn<int>("stepS");
    QTest::addColumn<double>("commandKw");
    QTest::addColumn<double>("expectedDeltaKwh");

    // eta = sqrt(0.81) = 0.9: 10 kW for 1 h stores 9 kWh; 9 kW for 1 h takes 10 kWh out.
    QTest::newRow("charge rt 0.81") << 0.81 << 900 << 10.0 << 9.0;
    QTest::newRow("discharge rt 0.81") << 0.81 << 900 << -9.0 << -10.0;
    QTest::newRow("charge rt 0.81 1-min steps") << 0.81 << 60 << 10.0 << 9.0;
    QTest::newRow("charge lossless") << 1.0 << 300 << 20.0 << 20.0;
    QTest::newRow("discharge rt 0.64") << 0.64 << 900 << -8.0 << -10.0;
}

void TestSitePhysics::batteryEfficiency() {
    QFETCH(double, roundtrip);
    QFETCH(int, stepS);
    QFETCH(double, commandKw);
    QFETCH(double, expectedDeltaKwh);

    Scenario sc = makeScenario(stepS, 1);
    sc.site.batteries.push_back(makeBattery(100, 50, 50, 0, 100, roundtrip));
    SitePhysics physics(sc);
    const int steps = physics.stepCount();
    QCOMPARE(steps, 3600 / stepS);
    double energy = 0;
    for (int k = 0; k < steps; ++k) {
        const StepRecord& r = physics.apply(k, setpoints({commandKw}, {}));
        PW_COMPARE_NEAR(r.batteryKw, commandKw, 1e-12);
        PW_COMPARE_NEAR(r.gridKw, commandKw, 1e-12); // nothing else on site
        QCOMPARE(r.violations.deviceLimitClamps, 0);
        QVERIFY(!r.violations.batterySoc);
        energy = r.batteryEnergyKwh;
    }
    PW_COMPARE_NEAR(energy, 50.0 + expectedDeltaKwh, 1e-9);
}

void TestSitePhysics::batteryDeviceClamp_data() {
    QTest::addColumn<double>("commandKw");
    QTest::addColumn<double>("appliedKw");
    QTest::addColumn<int>("clamps");

    QTest::newRow("charge within rating") << 50.0 << 50.0 << 0;
    QTest::newRow("charge above rating") << 80.0 << 50.0 << 1;
    QTest::newRow("discharge within rating") << -40.0 << -40.0 << 0;
    QTest::newRow("discharge above rating") << -70.0 << -40.0 << 1;
    QTest::newRow("not a number") << std::nan("") << 0.0 << 1;
}

void TestSitePhysics::batteryDeviceClamp() {
    QFETCH(double, commandKw);
    QFETCH(double, appliedKw);
    QFETCH(int, clamps);

    Scenario sc = makeScenario(900, 1);
    BatterySpec battery = makeBattery(200, 50, 50);
    battery.maxDischargeKw = 40;
    sc.site.batteries.push_back(battery);
    SitePhysics physics(sc);
    const StepRecord& r = physics.apply(0, setpoints({commandKw}, {}));
    PW_COMPARE_NEAR(r.batteryKw, appliedKw, 1e-12);
    QCOMPARE(r.violations.deviceLimitClamps, clamps);
    PW_COMPARE_NEAR(r.batteryEnergyKwh, 100 + appliedKw * 0.25, 1e-12);
}

void TestSitePhysics::batterySocBounds() {
    // 100 kWh, window [20, 90] %, lossless, 15-min steps.
    Scenario sc = makeScenario(900, 3);
    sc.site.batteries.push_back(makeBattery(100, 400, 25, 20, 90));
    SitePhysics physics(sc);

    // Discharging below the floor (by 0.1 kWh) is applied and counted.
    const StepRecord* r = &physics.apply(0, setpoints({-20.4}, {}));
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 19.9, 1e-12);
    PW_COMPARE_NEAR(r->batteryDischargeKw, 20.4, 1e-12);
    QVERIFY(r->violations.batterySoc);
    QCOMPARE(r->violations.deviceLimitClamps, 0);
    PW_COMPARE_NEAR(r->batterySocPct(), 19.9, 1e-12);

    // Idle below the floor: nothing new happened, nothing counted.
    r = &physics.apply(1, setpoints({0}, {}));
    QVERIFY(!r->violations.batterySoc);
    // Charging back up while still below the floor is not a violation.
    r = &physics.apply(2, setpoints({0.2}, {}));
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 19.95, 1e-12);
    QVERIFY(!r->violations.batterySoc);
    // Exactly to the ceiling: fine.
    r = &physics.apply(3, setpoints({280.2}, {}));
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 90, 1e-9);
    QVERIFY(!r->violations.batterySoc);
    // Above the ceiling (by 0.1 kWh): applied and counted.
    r = &physics.apply(4, setpoints({0.4}, {}));
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 90.1, 1e-9);
    QVERIFY(r->violations.batterySoc);
    // Physically full at 100 kWh: the power is reduced to what fits (9.9 kWh in 0.25 h = 39.6 kW),
    // which is not a device clamp, but the step still ends above max_soc.
    r = &physics.apply(5, setpoints({60}, {}));
    PW_COMPARE_NEAR(r->batteryChargeKw, 39.6, 1e-9);
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 100, 1e-12);
    QCOMPARE(r->violations.deviceLimitClamps, 0);
    QVERIFY(r->violations.batterySoc);
    // Full: nothing is accepted.
    r = &physics.apply(6, setpoints({40}, {}));
    PW_COMPARE_NEAR(r->batteryChargeKw, 0, 1e-12);
    PW_COMPARE_NEAR(r->gridKw, 0, 1e-12);
    // Discharging from 100 to 92: back inside the window, not counted.
    r = &physics.apply(7, setpoints({-32}, {}));
    PW_COMPARE_NEAR(r->batteryEnergyKwh, 92, 1e-9);
    QVERIFY(!r->violations.batterySoc);
    PW_COMPARE_NEAR(r->batteryCapacityKwh, 100, 0);
}

void TestSitePhysics::evMinimumPower_data() {
    QTest::addColumn<double>("sessionMaxKw");
    QTest::addColumn<double>("commandKw");
    QTest::addColumn<double>("appliedKw");
    QTest::addColumn<int>("clamps");

    const double unlimited = std::numeric_limits<double>::infinity();
    QTest::newRow("2 kW below the 4.1 kW floor pauses") << unlimited << 2.0 << 0.0 << 1;
    QTest::newRow("5 kW applied") << unlimited << 5.0 << 5.0 << 0;
    QTest::newRow("exactly the floor") << unlimited << 4.1 << 4.1 << 0;
    QTest::newRow("above the charger") << unlimited << 20.0 << 11.0 << 1;
    QTest::newRow("above the car") << 7.4 << 10.0 << 7.4 << 1;
    QTest::newRow("car limit below the floor") << 3.0 << 3.0 << 0.0 << 1;
    QTest::newRow("zero") << unlimited << 0.0 << 0.0 << 0;
    QTest::newRow("rounding residue is zero") << unlimited << 1e-12 << 0.0 << 0;
}

void TestSitePhysics::evMinimumPower() {
    QFETCH(double, sessionMaxKw);
    QFETCH(double, commandKw);
    QFETCH(double, appliedKw);
    QFETCH(int, clamps);

    Scenario sc = makeScenario(900, 1);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11, 4.1));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 60, 20));
    sc.sessions.back().maxChargeKw = sessionMaxKw;
    SitePhysics physics(sc);
    const SiteSnapshot snap = physics.snapshot(0);
    PW_COMPARE_NEAR(snap.chargers[0].maxChargeKw, std::min(11.0, sessionMaxKw), 0);
    PW_COMPARE_NEAR(snap.chargers[0].minChargeKw, 4.1, 0);

    const StepRecord& r = physics.apply(0, setpoints({}, {commandKw}));
    PW_COMPARE_NEAR(r.chargerKw[0], appliedKw, 1e-12);
    PW_COMPARE_NEAR(r.evChargeKw, appliedKw, 1e-12);
    QCOMPARE(r.violations.deviceLimitClamps, clamps);
    QCOMPARE(r.evsPlugged, 1);
    QCOMPARE(r.evsCharging, appliedKw > 0 ? 1 : 0);
    PW_COMPARE_NEAR(r.chargerEnergyKwh[0], 12 + appliedKw * 0.25, 1e-12);
    PW_COMPARE_NEAR(r.gridKw, appliedKw, 1e-12);
}

void TestSitePhysics::unpluggedCommandCounted() {
    Scenario sc = makeScenario(900, 1);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B02"), 11));
    SitePhysics physics(sc);
    // Two free chargers commanded, a missing battery entry and an extra entry ignored.
    const StepRecord& r = physics.apply(0, setpoints({5}, {7, -3, 9}));
    QCOMPARE(r.chargerKw.size(), size_t(2));
    PW_COMPARE_NEAR(r.chargerKw[0], 0, 0);
    PW_COMPARE_NEAR(r.chargerKw[1], 0, 0);
    QCOMPARE(r.violations.deviceLimitClamps, 2);
    QCOMPARE(r.evsPlugged, 0);
    PW_COMPARE_NEAR(r.gridKw, 0, 0);
    // Missing entries mean 0 and count nothing.
    const StepRecord& r2 = physics.apply(1, Setpoints{});
    QCOMPARE(r2.violations.deviceLimitClamps, 0);
}

void TestSitePhysics::pluggedStepRounding_data() {
    QTest::addColumn<int>("arrivalS");
    QTest::addColumn<int>("departureS");
    QTest::addColumn<int>("firstStep");
    QTest::addColumn<int>("lastStep");

    const int m = 60;
    QTest::newRow("00:07 to 01:05") << 7 * m << 65 * m << 1 << 3;
    QTest::newRow("on the boundaries 00:15 to 01:00") << 15 * m << 60 * m << 1 << 3;
    QTest::newRow("from the start") << 0 << 45 * m << 0 << 2;
    QTest::newRow("shorter than a step") << 1 * m << 14 * m << -1 << -1;
    QTest::newRow("inside two steps, none whole") << 10 * m << 25 * m << -1 << -1;
    QTest::newRow("exactly one step") << 14 * m << 30 * m << 1 << 1;
    QTest::newRow("one second late") << 15 * m + 1 << 60 * m << 2 << 3;
    QTest::newRow("one second early") << 15 * m << 60 * m - 1 << 1 << 2;
    QTest::newRow("past the end") << 90 * m << 600 * m << 6 << 7;
}

void TestSitePhysics::pluggedStepRounding() {
    QFETCH(int, arrivalS);
    QFETCH(int, departureS);
    QFETCH(int, firstStep);
    QFETCH(int, lastStep);

    Scenario sc = makeScenario(900, 2);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11));
    sc.sessions.push_back(makeSession(0, atMs(0, 0, arrivalS), atMs(0, 0, departureS), 60, 10));
    SitePhysics physics(sc);
    double expectedEnergy = 6;
    int pluggedSteps = 0;
    for (int k = 0; k < physics.stepCount(); ++k) {
        const bool plugged = firstStep >= 0 && k >= firstStep && k <= lastStep;
        const SiteSnapshot snap = physics.snapshot(k);
        QCOMPARE(snap.chargers[0].plugged, plugged);
        QCOMPARE(snap.chargers[0].sessionIndex, plugged ? 0 : -1);
        if (plugged)
            PW_COMPARE_NEAR(snap.chargers[0].energyKwh, expectedEnergy, 1e-12);
        const StepRecord& r = physics.apply(k, setpoints({}, {11}));
        if (plugged) {
            expectedEnergy += 11 * 0.25;
            ++pluggedSteps;
        }
        PW_COMPARE_NEAR(r.chargerKw[0], plugged ? 11 : 0, 0);
        QCOMPARE(r.violations.deviceLimitClamps, plugged ? 0 : 1);
        QCOMPARE(r.evsPlugged, plugged ? 1 : 0);
        PW_COMPARE_NEAR(r.chargerEnergyKwh[0], plugged ? expectedEnergy : 0, 1e-12);
    }
    QCOMPARE(pluggedSteps, firstStep < 0 ? 0 : lastStep - firstStep + 1);
    const auto outcomes = physics.sessionOutcomes();
    PW_COMPARE_NEAR(outcomes[0].energyAtDepartureKwh, expectedEnergy, 1e-12);
    PW_COMPARE_NEAR(outcomes[0].chargedKwh, pluggedSteps * 2.75, 1e-12);
}

void TestSitePhysics::snapshotFields() {
    Scenario sc = makeScenario(900, 1);
    sc.profiles.pvKw = Profile{900, {0, 1.5, 3, 4.5}, false};
    sc.profiles.loadKw = Profile{1800, {80, 60}, false};
    sc.profiles.criticalLoadKw = Profile::constantValue(20);
    sc.profiles.importPricePerKwh = Profile{900, {0.21, 0.21, 0.19, 0.19}, false};
    sc.profiles.exportPricePerKwh = Profile::constantValue(0.07);
    sc.site.batteries.push_back(makeBattery(300, 150, 40, 5, 100, 0.9));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("A"), 22, 4.1, true, 11));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B"), 11, 1.4, false, 0));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("C"), 11));
    EvSession a = makeSession(0, sc.startMs, atMs(5, 0), 64, 35, true, 80, 30);
    a.maxChargeKw = 7.4;
    EvSession b = makeSession(-1, atMs(0, 30), atMs(9, 0), 40, 50, true, 90, 20);
    b.chargerId = QStringLiteral("B"); // resolved by id
    sc.sessions = {a, b};
    sc.outages.push_back(Outage{atMs(0, 32), atMs(0, 44)});

    SitePhysics physics(sc);
    for (int k = 0; k < 4; ++k) {
        const SiteSnapshot s = physics.snapshot(k);
        QCOMPARE(s.stepIndex, k);
        QCOMPARE(s.timeMs, atMs(0, 15 * k));
        PW_COMPARE_NEAR(s.stepH, 0.25, 0);
        QCOMPARE(s.gridAvailable, k != 2);
        PW_COMPARE_NEAR(s.pvAvailableKw, 1.5 * k, 0);
        PW_COMPARE_NEAR(s.loadKw, k < 2 ? 80 : 60, 0);
        PW_COMPARE_NEAR(s.criticalLoadKw, 20, 0);
        PW_COMPARE_NEAR(s.importPricePerKwh, k < 2 ? 0.21 : 0.19, 0);
        PW_COMPARE_NEAR(s.exportPricePerKwh, 0.07, 0);
        QCOMPARE(s.batteries.size(), size_t(1));
        PW_COMPARE_NEAR(s.batteries[0].energyKwh, 120, 1e-12);
        PW_COMPARE_NEAR(s.batteries[0].socPct, 40, 1e-12);
        QCOMPARE(s.chargers.size(), size_t(3));

        const ChargerState& ca = s.chargers[0];
        QVERIFY(ca.plugged);
        QCOMPARE(ca.sessionIndex, 0);
        QCOMPARE(ca.sessionId, a.id);
        PW_COMPARE_NEAR(ca.energyKwh, 0.35 * 64, 1e-12);
        PW_COMPARE_NEAR(ca.capacityKwh, 64, 0);
        PW_COMPARE_NEAR(ca.minEnergyKwh, 0.30 * 64, 1e-12);
        PW_COMPARE_NEAR(ca.targetEnergyKwh, 0.80 * 64, 1e-12);
        QCOMPARE(ca.departureMs, a.departureMs);
        PW_COMPARE_NEAR(ca.maxChargeKw, 7.4, 0);
        PW_COMPARE_NEAR(ca.minChargeKw, 4.1, 0);
        PW_COMPARE_NEAR(ca.maxDischargeKw, 11, 0);
        QVERIFY(ca.v2xConsent);

        const ChargerState& cb = s.chargers[1];
        QCOMPARE(cb.plugged, k >= 2);
        if (k >= 2) {
            QCOMPARE(cb.sessionIndex, 1);
            PW_COMPARE_NEAR(cb.maxChargeKw, 11, 0);
            PW_COMPARE_NEAR(cb.maxDischargeKw, 0, 0); // consent, but a one-way charger
            QVERIFY(cb.v2xConsent);
            PW_COMPARE_NEAR(cb.energyKwh, 20, 1e-12);
        }
        QVERIFY(!s.chargers[2].plugged);
        QCOMPARE(s.chargers[2].sessionIndex, -1);
        physics.apply(k, Setpoints{});
    }
}

void TestSitePhysics::evDischargeConsent_data() {
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<bool>("v2x");
    QTest::addColumn<double>("commandKw");
    QTest::addColumn<double>("appliedKw");
    QTest::addColumn<int>("clamps");
    QTest::addColumn<double>("snapshotMaxDischargeKw");

    QTest::newRow("bidirectional with consent") << true << true << -5.0 << -5.0 << 0 << 7.0;
    QTest::newRow("bidirectional without consent refused") << true << false << -5.0 << 0.0 << 1 << 0.0;
    QTest::newRow("one-way charger refused") << false << true << -5.0 << 0.0 << 1 << 0.0;
    QTest::newRow("above the discharge rating") << true << true << -11.0 << -7.0 << 1 << 7.0;
}

void TestSitePhysics::evDischargeConsent() {
    QFETCH(bool, bidirectional);
    QFETCH(bool, v2x);
    QFETCH(double, commandKw);
    QFETCH(double, appliedKw);
    QFETCH(int, clamps);
    QFETCH(double, snapshotMaxDischargeKw);

    Scenario sc = makeScenario(900, 1);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11, 0, bidirectional, 7));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 50, 80, v2x));
    SitePhysics physics(sc);
    PW_COMPARE_NEAR(physics.snapshot(0).chargers[0].maxDischargeKw, snapshotMaxDischargeKw, 0);
    const StepRecord& r = physics.apply(0, setpoints({}, {commandKw}));
    PW_COMPARE_NEAR(r.chargerKw[0], appliedKw, 1e-12);
    PW_COMPARE_NEAR(r.evDischargeKw, -appliedKw, 1e-12);
    QCOMPARE(r.evsDischarging, appliedKw < 0 ? 1 : 0);
    QCOMPARE(r.violations.deviceLimitClamps, clamps);
    PW_COMPARE_NEAR(r.chargerEnergyKwh[0], 40 + appliedKw * 0.25, 1e-12);
    PW_COMPARE_NEAR(r.gridKw, appliedKw, 1e-12);
}

void TestSitePhysics::evMinSocFloor() {
    // 50 kWh car at 20 kWh, floor 30 % = 15 kWh; 11 kW for 15 min moves 2.75 kWh.
    SitePhysics physics(oneEvScenario(40, 30));
    const StepRecord* r = &physics.apply(0, setpoints({}, {-11}));
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 17.25, 1e-12);
    QVERIFY(!r->violations.evMinSoc);
    r = &physics.apply(1, setpoints({}, {-11})); // to 14.5: below the floor, applied and counted
    PW_COMPARE_NEAR(r->chargerKw[0], -11, 0);
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 14.5, 1e-12);
    QVERIFY(r->violations.evMinSoc);
    QCOMPARE(r->violations.deviceLimitClamps, 0);
    r = &physics.apply(2, setpoints({}, {0})); // idle below the floor: nothing counted
    QVERIFY(!r->violations.evMinSoc);
    r = &physics.apply(3, setpoints({}, {4})); // charging below the floor: fine
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 15.5, 1e-12);
    QVERIFY(!r->violations.evMinSoc);
    r = &physics.apply(4, setpoints({}, {-2})); // exactly to the floor: fine
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 15, 1e-12);
    QVERIFY(!r->violations.evMinSoc);
    const auto outcomes = physics.sessionOutcomes();
    PW_COMPARE_NEAR(outcomes[0].dischargedKwh, 2.75 + 2.75 + 0.5, 1e-12);
    PW_COMPARE_NEAR(outcomes[0].chargedKwh, 1, 1e-12);
}

void TestSitePhysics::evCapacityFit() {
    // 49 of 50 kWh: 11 kW for 15 min would overfill; the car takes 1 kWh (4 kW) and stops.
    SitePhysics full(oneEvScenario(98, 0));
    const StepRecord* r = &full.apply(0, setpoints({}, {11}));
    PW_COMPARE_NEAR(r->chargerKw[0], 4, 1e-9);
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 50, 1e-12);
    QCOMPARE(r->violations.deviceLimitClamps, 0);
    r = &full.apply(1, setpoints({}, {11}));
    PW_COMPARE_NEAR(r->chargerKw[0], 0, 1e-12);
    QCOMPARE(r->evsCharging, 0);

    // 1 of 50 kWh: an 11 kW discharge delivers 4 kW and empties the car (below its 0 % floor: never).
    SitePhysics empty(oneEvScenario(2, 0));
    r = &empty.apply(0, setpoints({}, {-11}));
    PW_COMPARE_NEAR(r->chargerKw[0], -4, 1e-9);
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 0, 1e-12);
    QVERIFY(!r->violations.evMinSoc);

    // With losses (eta 0.8) the grid side is what counts: 1 kWh of room takes 5 kW for 15 min,
    // and 1 kWh in the car delivers 3.2 kW.
    Scenario lossy = oneEvScenario(98, 0);
    lossy.site.chargers[0].efficiency = 0.8;
    SitePhysics lossyFull(lossy);
    r = &lossyFull.apply(0, setpoints({}, {11}));
    PW_COMPARE_NEAR(r->chargerKw[0], 5, 1e-9);
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 50, 1e-12);
    lossy.sessions[0].arrivalSocPct = 2;
    SitePhysics lossyEmpty(lossy);
    r = &lossyEmpty.apply(0, setpoints({}, {-11}));
    PW_COMPARE_NEAR(r->chargerKw[0], -3.2, 1e-9);
    PW_COMPARE_NEAR(r->chargerEnergyKwh[0], 0, 1e-12);
}

void TestSitePhysics::evEfficiency() {
    Scenario sc = oneEvScenario(50, 0, 900, 2);
    sc.site.chargers[0].efficiency = 0.9;
    SitePhysics physics(sc);
    double energy = 0;
    for (int k = 0; k < 4; ++k)
        energy = physics.apply(k, setpoints({}, {10})).chargerEnergyKwh[0];
    PW_COMPARE_NEAR(energy, 25 + 9, 1e-9); // 10 kWh from the grid, 9 kWh in the car
    for (int k = 4; k < 8; ++k)
        energy = physics.apply(k, setpoints({}, {-9})).chargerEnergyKwh[0];
    PW_COMPARE_NEAR(energy, 34 - 10, 1e-9); // 9 kWh to the site takes 10 kWh out of the car
    const auto outcomes = physics.sessionOutcomes();
    PW_COMPARE_NEAR(outcomes[0].chargedKwh, 10, 1e-12);
    PW_COMPARE_NEAR(outcomes[0].dischargedKwh, 9, 1e-12);
}

void TestSitePhysics::curtailmentAndExportLimit_data() {
    QTest::addColumn<double>("pvKw");
    QTest::addColumn<double>("loadKw");
    QTest::addColumn<double>("batteryKw");
    QTest::addColumn<double>("exportLimitKw");
    QTest::addColumn<double>("pvUsedKw");
    QTest::addColumn<double>("gridKw");
    QTest::addColumn<bool>("exportViolation");

    QTest::newRow("surplus within the limit") << 100.0 << 10.0 << 0.0 << 150.0 << 100.0 << -90.0 << false;
    QTest::newRow("surplus curtailed to the limit") << 100.0 << 10.0 << 0.0 << 50.0 << 60.0 << -50.0 << false;
    QTest::newRow("no export allowed") << 100.0 << 10.0 << 0.0 << 0.0 << 10.0 << 0.0 << false;
    QTest::newRow("battery absorbs the surplus") << 100.0 << 10.0 << 40.0 << 50.0 << 100.0 << -50.0 << false;
    QTest::newRow("battery export, no PV to curtail")
        << 0.0 << 10.0 << -100.0 << 50.0 << 0.0 << -90.0 << true;
    QTest::newRow("all PV curtailed, still too much")
        << 30.0 << 10.0 << -100.0 << 50.0 << 0.0 << -90.0 << true;
    QTest::newRow("just beyond the limit") << 0.0 << 10.0 << -60.01 << 50.0 << 0.0 << -50.01 << true;
    QTest::newRow("partly curtailed with battery") << 30.0 << 10.0 << -50.0 << 50.0 << 10.0 << -50.0 << false;
}

void TestSitePhysics::curtailmentAndExportLimit() {
    QFETCH(double, pvKw);
    QFETCH(double, loadKw);
    QFETCH(double, batteryKw);
    QFETCH(double, exportLimitKw);
    QFETCH(double, pvUsedKw);
    QFETCH(double, gridKw);
    QFETCH(bool, exportViolation);

    Scenario sc = makeScenario(900, 1);
    sc.site.grid.exportLimitKw = exportLimitKw;
    sc.profiles.pvKw = Profile::constantValue(pvKw);
    sc.profiles.loadKw = Profile::constantValue(loadKw);
    sc.site.batteries.push_back(makeBattery(500, 100, 50));
    SitePhysics physics(sc);
    const StepRecord& r = physics.apply(0, setpoints({batteryKw}, {}));
    PW_COMPARE_NEAR(r.pvAvailableKw, pvKw, 0);
    PW_COMPARE_NEAR(r.pvUsedKw, pvUsedKw, 1e-12);
    PW_COMPARE_NEAR(r.gridKw, gridKw, 1e-12);
    PW_COMPARE_NEAR(r.batteryKw, batteryKw, 1e-12); // the battery follows its command
    PW_COMPARE_NEAR(r.loadServedKw, loadKw, 0);
    QCOMPARE(r.violations.exportLimit, exportViolation);
    QVERIFY(!r.violations.importLimit);
    PW_COMPARE_NEAR(balanceErrorKw(r), 0, 1e-9);
}

void TestSitePhysics::importLimitCounted_data() {
    QTest::addColumn<double>("loadKw");
    QTest::addColumn<double>("evKw");
    QTest::addColumn<bool>("violation");

    QTest::newRow("at the limit") << 400.0 << 0.0 << false;
    QTest::newRow("load above the limit") << 450.0 << 0.0 << true;
    QTest::newRow("load just above the limit") << 400.01 << 0.0 << true;
    QTest::newRow("EV pushes over the limit") << 395.0 << 11.0 << true;
    QTest::newRow("EV fits") << 389.0 << 11.0 << false;
}

void TestSitePhysics::importLimitCounted() {
    QFETCH(double, loadKw);
    QFETCH(double, evKw);
    QFETCH(bool, violation);

    Scenario sc = makeScenario(900, 1);
    sc.profiles.loadKw = Profile::constantValue(loadKw);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 60, 10));
    SitePhysics physics(sc);
    const StepRecord& r = physics.apply(0, setpoints({}, {evKw}));
    PW_COMPARE_NEAR(r.gridKw, loadKw + evKw, 1e-12); // applied, not hidden
    PW_COMPARE_NEAR(r.chargerKw[0], evKw, 0);
    QCOMPARE(r.violations.importLimit, violation);
}

void TestSitePhysics::outageBalance_data() {
    QTest::addColumn<double>("pvKw");
    QTest::addColumn<double>("criticalKw");
    QTest::addColumn<double>("batteryCmdKw");
    QTest::addColumn<double>("ev1CmdKw");
    QTest::addColumn<double>("ev2CmdKw");
    QTest::addColumn<double>("servedKw");
    QTest::addColumn<double>("pvUsedKw");
    QTest::addColumn<double>("batteryKw");
    QTest::addColumn<double>("ev1Kw");
    QTest::addColumn<double>("ev2Kw");

    QTest::newRow("battery covers critical")
        << 0.0 << 20.0 << -20.0 << 0.0 << 0.0 << 20.0 << 0.0 << -20.0 << 0.0 << 0.0;
    QTest::newRow("consenting EV covers critical")
        << 0.0 << 8.0 << 0.0 << -8.0 << 0.0 << 8.0 << 0.0 << 0.0 << -8.0 << 0.0;
    QTest::newRow("shedding") << 0.0 << 20.0 << -5.0 << 0.0 << 0.0 << 5.0 << 0.0 << -5.0 << 0.0 << 0.0;
    QTest::newRow("nothing at all") << 0.0 << 20.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("PV curtailed to critical")
        << 50.0 << 10.0 << 0.0 << 0.0 << 0.0 << 10.0 << 10.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("PV charges battery, rest curtailed")
        << 50.0 << 10.0 << 30.0 << 0.0 << 0.0 << 10.0 << 40.0 << 30.0 << 0.0 << 0.0;
    QTest::newRow("PV short: critical partly served")
        << 15.0 << 10.0 << 10.0 << 0.0 << 0.0 << 5.0 << 15.0 << 10.0 << 0.0 << 0.0;
    QTest::newRow("charging cut: battery first")
        << 10.0 << 4.0 << 8.0 << 5.0 << 5.0 << 0.0 << 10.0 << 0.0 << 5.0 << 5.0;
    QTest::newRow("charging cut: then EVs proportionally")
        << 6.0 << 4.0 << 4.0 << 5.0 << 3.0 << 0.0 << 6.0 << 0.0 << 3.75 << 2.25;
    QTest::newRow("over-discharge: battery reduced")
        << 0.0 << 20.0 << -30.0 << 0.0 << 0.0 << 20.0 << 0.0 << -20.0 << 0.0 << 0.0;
    QTest::newRow("over-discharge: battery first, EV kept")
        << 0.0 << 20.0 << -30.0 << -10.0 << 0.0 << 20.0 << 0.0 << -10.0 << -10.0 << 0.0;
    QTest::newRow("over-discharge: then EVs proportionally")
        << 0.0 << 20.0 << -5.0 << -10.0 << -20.0 << 20.0 << 0.0 << 0.0 << -20.0 / 3 << -40.0 / 3;
    QTest::newRow("EV discharge charges the battery")
        << 0.0 << 5.0 << 6.0 << -11.0 << 0.0 << 5.0 << 0.0 << 6.0 << -11.0 << 0.0;
}

void TestSitePhysics::outageBalance() {
    QFETCH(double, pvKw);
    QFETCH(double, criticalKw);
    QFETCH(double, batteryCmdKw);
    QFETCH(double, ev1CmdKw);
    QFETCH(double, ev2CmdKw);
    QFETCH(double, servedKw);
    QFETCH(double, pvUsedKw);
    QFETCH(double, batteryKw);
    QFETCH(double, ev1Kw);
    QFETCH(double, ev2Kw);

    Scenario sc = makeScenario(900, 1);
    sc.profiles.pvKw = Profile::constantValue(pvKw);
    sc.profiles.loadKw = Profile::constantValue(100); // the normal load: not served in an outage
    sc.profiles.criticalLoadKw = Profile::constantValue(criticalKw);
    sc.site.batteries.push_back(makeBattery(100, 50, 50));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("E1"), 11, 0, true, 22));
    sc.site.chargers.push_back(makeCharger(QStringLiteral("E2"), 11, 0, true, 22));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 60, 50, true));
    sc.sessions.push_back(makeSession(1, sc.startMs, sc.endMs(), 60, 50, true));
    sc.outages.push_back(Outage{sc.startMs, sc.endMs()});
    SitePhysics physics(sc);
    QVERIFY(!physics.snapshot(0).gridAvailable);
    const StepRecord& r = physics.apply(0, setpoints({batteryCmdKw}, {ev1CmdKw, ev2CmdKw}));
    QVERIFY(r.outage);
    PW_COMPARE_NEAR(r.gridKw, 0, 0);
    PW_COMPARE_NEAR(r.loadKw, 100, 0);
    PW_COMPARE_NEAR(r.criticalLoadKw, criticalKw, 0);
    PW_COMPARE_NEAR(r.loadServedKw, servedKw, 1e-12);
    PW_COMPARE_NEAR(r.criticalUnservedKw, criticalKw - servedKw, 1e-12);
    PW_COMPARE_NEAR(r.pvUsedKw, pvUsedKw, 1e-12);
    PW_COMPARE_NEAR(r.batteryKw, batteryKw, 1e-12);
    PW_COMPARE_NEAR(r.chargerKw[0], ev1Kw, 1e-12);
    PW_COMPARE_NEAR(r.chargerKw[1], ev2Kw, 1e-12);
    PW_COMPARE_NEAR(r.batteryEnergyKwh, 50 + batteryKw * 0.25, 1e-12);
    PW_COMPARE_NEAR(r.chargerEnergyKwh[0], 30 + ev1Kw * 0.25, 1e-12);
    PW_COMPARE_NEAR(r.chargerEnergyKwh[1], 30 + ev2Kw * 0.25, 1e-12);
    QCOMPARE(r.violations.deviceLimitClamps, 0); // islanding limits are physics, not clamps
    QVERIFY(!r.violations.importLimit && !r.violations.exportLimit);
    PW_COMPARE_NEAR(balanceErrorKw(r), 0, 1e-9);
}

void TestSitePhysics::outageStepRule_data() {
    QTest::addColumn<int>("fromS");
    QTest::addColumn<int>("toS");
    QTest::addColumn<QList<bool>>("outageSteps");

    const int m = 60;
    QTest::newRow("inside steps 0 and 1") << 10 * m << 20 * m << QList<bool>{true, true, false, false};
    QTest::newRow("exactly step 1") << 15 * m << 30 * m << QList<bool>{false, true, false, false};
    QTest::newRow("ends at a step start") << 0 << 15 * m << QList<bool>{true, false, false, false};
    QTest::newRow("one second overlap") << 15 * m - 1 << 15 * m << QList<bool>{true, false, false, false};
    QTest::newRow("empty interval") << 15 * m << 15 * m << QList<bool>{false, false, false, false};
    QTest::newRow("from before the start") << -3600 << 1 << QList<bool>{true, false, false, false};
    QTest::newRow("past the end") << 45 * m << 5 * 3600 << QList<bool>{false, false, false, true};
    QTest::newRow("entirely after") << 3600 << 7200 << QList<bool>{false, false, false, false};
}

void TestSitePhysics::outageStepRule() {
    QFETCH(int, fromS);
    QFETCH(int, toS);
    QFETCH(QList<bool>, outageSteps);

    Scenario sc = makeScenario(900, 1);
    sc.outages.push_back(Outage{sc.startMs + fromS * kMsPerSecond, sc.startMs + toS * kMsPerSecond});
    SitePhysics physics(sc);
    for (int k = 0; k < 4; ++k) {
        QCOMPARE(physics.outageDuring(k), outageSteps[k]);
        QCOMPARE(physics.snapshot(k).gridAvailable, !outageSteps[k]);
        QCOMPARE(physics.apply(k, Setpoints{}).outage, outageSteps[k]);
    }
}

void TestSitePhysics::sessionOutcomes_data() {
    QTest::addColumn<double>("arrivalSocPct");
    QTest::addColumn<bool>("met");
    QTest::addColumn<double>("shortfallKwh");

    // Target 80 % of 50 kWh = 40 kWh; met within 0.05 kWh.
    QTest::newRow("at target") << 80.0 << true << 0.0;
    QTest::newRow("above target") << 90.0 << true << 0.0;
    QTest::newRow("0.04 kWh short: met") << 79.92 << true << 0.04;
    QTest::newRow("0.06 kWh short: not met") << 79.88 << false << 0.06;
    QTest::newRow("far short") << 20.0 << false << 30.0;
}

void TestSitePhysics::sessionOutcomes() {
    QFETCH(double, arrivalSocPct);
    QFETCH(bool, met);
    QFETCH(double, shortfallKwh);

    Scenario sc = makeScenario(900, 1);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11));
    sc.sessions.push_back(makeSession(0, sc.startMs, sc.endMs(), 50, arrivalSocPct, false, 80));
    SitePhysics physics(sc);
    for (int k = 0; k < physics.stepCount(); ++k)
        physics.apply(k, Setpoints{});
    const auto outcomes = physics.sessionOutcomes();
    QCOMPARE(outcomes.size(), size_t(1));
    QCOMPARE(outcomes[0].sessionIndex, 0);
    QCOMPARE(outcomes[0].met, met);
    PW_COMPARE_NEAR(outcomes[0].shortfallKwh, shortfallKwh, 1e-9);
    PW_COMPARE_NEAR(outcomes[0].energyAtDepartureKwh, arrivalSocPct / 100 * 50, 1e-12);
}

void TestSitePhysics::sessionOutcomeFlows() {
    // Two sessions on one charger, one after the other, plus one never plugged (too short).
    Scenario sc = makeScenario(900, 2);
    sc.site.chargers.push_back(makeCharger(QStringLiteral("B01"), 11, 0, true, 11));
    sc.sessions.push_back(makeSession(0, atMs(0, 45), atMs(2, 0), 40, 50, true, 60));   // steps 3..7
    sc.sessions.push_back(makeSession(0, atMs(0, 0), atMs(0, 45), 40, 10, false, 50));  // steps 0..2
    sc.sessions.push_back(makeSession(0, atMs(0, 50), atMs(0, 55), 40, 30, false, 30)); // never
    SitePhysics physics(sc);
    for (int k = 0; k < physics.stepCount(); ++k) {
        const SiteSnapshot s = physics.snapshot(k);
        QCOMPARE(s.chargers[0].sessionIndex, k < 3 ? 1 : 0);
        physics.apply(k, setpoints({}, {k == 4 ? -8.0 : 8.0}));
    }
    const auto o = physics.sessionOutcomes();
    QCOMPARE(o.size(), size_t(3));
    // Session 1: 4 kWh + 3 x 2 kWh = 10 kWh, target 20 kWh.
    PW_COMPARE_NEAR(o[1].energyAtDepartureKwh, 10, 1e-12);
    PW_COMPARE_NEAR(o[1].chargedKwh, 6, 1e-12);
    QVERIFY(!o[1].met);
    PW_COMPARE_NEAR(o[1].shortfallKwh, 10, 1e-12);
    // Session 0: 20 kWh + 4 x 2 - 2 = 26 kWh, target 24 kWh.
    PW_COMPARE_NEAR(o[0].energyAtDepartureKwh, 26, 1e-12);
    PW_COMPARE_NEAR(o[0].chargedKwh, 8, 1e-12);
    PW_COMPARE_NEAR(o[0].dischargedKwh, 2, 1e-12);
    QVERIFY(o[0].met);
    PW_COMPARE_NEAR(o[0].shortfallKwh, 0, 0);
    // Session 2 was never plugged: judged on its arrival energy (12 kWh, target 12 kWh).
    PW_COMPARE_NEAR(o[2].energyAtDepartureKwh, 12, 1e-12);
    PW_COMPARE_NEAR(o[2].chargedKwh, 0, 0);
    QVERIFY(o[2].met);
}

void TestSitePhysics::stepsInOrder() {
    Scenario sc = makeScenario(900, 1);
    SitePhysics physics(sc);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, physics.apply(1, Setpoints{}));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, physics.snapshot(2));
    for (int k = 0; k < 4; ++k)
        physics.apply(k, Setpoints{});
    QCOMPARE(physics.nextStep(), 4);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, physics.apply(4, Setpoints{}));
}

void TestSitePhysics::randomizedEnergyBalance_data() {
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed : {1u, 7u, 42u, 2026u, 31337u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestSitePhysics::randomizedEnergyBalance() {
    QFETCH(unsigned, seed);
    std::mt19937 rng(seed);
    auto uniform = [&rng](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    auto chance = [&rng](double p) { return std::bernoulli_distribution(p)(rng); };

    Scenario sc = makeScenario(60, 8); // 480 steps
    sc.site.grid.importLimitKw = 120;
    sc.site.grid.exportLimitKw = 30;
    Profile pv{900, {}, false}, load{900, {}, false}, critical{900, {}, false};
    for (int i = 0; i < 32; ++i) {
        pv.values.push_back(chance(0.3) ? 0.0 : uniform(0, 150));
        load.values.push_back(uniform(5, 120));
        critical.values.push_back(uniform(0, 40));
    }
    sc.profiles.pvKw = pv;
    sc.profiles.loadKw = load;
    sc.profiles.criticalLoadKw = critical;
    for (int b = 0; b < 3; ++b)
        sc.site.batteries.push_back(
            makeBattery(uniform(10, 200), uniform(5, 60), uniform(0, 100), 10, 90, uniform(0.8, 1.0)));
    const int chargers = 12;
    for (int c = 0; c < chargers; ++c) {
        const bool bidirectional = chance(0.5);
        ChargerSpec spec = makeCharger(QStringLiteral("C%1").arg(c), chance(0.5) ? 11 : 22,
                                       chance(0.5) ? 4.1 : 0, bidirectional, bidirectional ? 11 : 0);
        spec.efficiency = chance(0.5) ? 1.0 : uniform(0.85, 1.0);
        sc.site.chargers.push_back(spec);
    }
    for (int s = 0; s < 40; ++s) {
        const TimeMs arrival = sc.startMs + TimeMs(uniform(0, 7 * 3600)) * kMsPerSecond;
        const TimeMs departure = arrival + TimeMs(uniform(60, 4 * 3600)) * kMsPerSecond;
        EvSession session = makeSession(int(rng() % chargers), arrival, departure, uniform(20, 90),
                                        uniform(0, 100), chance(0.6), uniform(20, 100), uniform(0, 40));
        if (chance(0.3))
            session.maxChargeKw = uniform(3, 11);
        sc.sessions.push_back(session);
    }
    for (int o = 0; o < 3; ++o) {
        const TimeMs from = sc.startMs + TimeMs(uniform(0, 8 * 3600)) * kMsPerSecond;
        sc.outages.push_back(Outage{from, from + TimeMs(uniform(30, 3600)) * kMsPerSecond});
    }

    SitePhysics physics(sc);
    int outageSteps = 0, clampSteps = 0, curtailSteps = 0, shedSteps = 0, violationSteps = 0;
    Setpoints sp;
    for (int k = 0; k < physics.stepCount(); ++k) {
        const SiteSnapshot snap = physics.snapshot(k);
        sp.batteryKw.assign(sc.site.batteries.size(), 0.0);
        for (size_t b = 0; b < sp.batteryKw.size(); ++b)
            sp.batteryKw[b] = chance(0.2) ? 0.0 : uniform(-1.3, 1.3) * sc.site.batteries[b].maxChargeKw;
        sp.chargerKw.assign(size_t(chargers), 0.0);
        for (size_t c = 0; c < sp.chargerKw.size(); ++c)
            sp.chargerKw[c] = chance(0.2) ? 0.0 : uniform(-15, 25);

        const StepRecord& r = physics.apply(k, sp);
        QCOMPARE(r.step, k);
        QCOMPARE(r.outage, !snap.gridAvailable);
        const double error = balanceErrorKw(r);
        QVERIFY2(std::abs(error) <= 1e-9,
                 qPrintable(QStringLiteral("step %1: balance off by %2").arg(k).arg(error)));
        QVERIFY(r.pvUsedKw >= -1e-12 && r.pvUsedKw <= r.pvAvailableKw + 1e-12);
        QVERIFY(r.batteryChargeKw >= 0 && r.batteryDischargeKw >= 0);
        QVERIFY(r.evChargeKw >= 0 && r.evDischargeKw >= 0);
        PW_COMPARE_NEAR(r.batteryKw, r.batteryChargeKw - r.batteryDischargeKw, 1e-12);
        if (r.outage) {
            ++outageSteps;
            QCOMPARE(r.gridKw, 0.0);
            QVERIFY(r.loadServedKw >= 0 && r.loadServedKw <= r.criticalLoadKw + 1e-12);
            PW_COMPARE_NEAR(r.criticalUnservedKw, r.criticalLoadKw - r.loadServedKw, 1e-12);
            QVERIFY(!r.violations.importLimit && !r.violations.exportLimit);
            shedSteps += r.criticalUnservedKw > 1e-9 ? 1 : 0;
        } else {
            QCOMPARE(r.loadServedKw, r.loadKw);
            QCOMPARE(r.criticalUnservedKw, 0.0);
            QCOMPARE(r.violations.importLimit, r.gridKw > sc.site.grid.importLimitKw + 1e-9);
            if (r.violations.exportLimit)
                PW_COMPARE_NEAR(r.pvUsedKw, 0, 0);
            curtailSteps += r.pvUsedKw < r.pvAvailableKw - 1e-9 ? 1 : 0;
            violationSteps += r.violations.importLimit || r.violations.exportLimit ? 1 : 0;
        }
        clampSteps += r.violations.deviceLimitClamps > 0 ? 1 : 0;

        // Per-device bounds and sums.
        double evCharge = 0, evDischarge = 0;
        for (int c = 0; c < chargers; ++c) {
            const ChargerSpec& spec = sc.site.chargers[size_t(c)];
            const ChargerState& state = snap.chargers[size_t(c)];
            const double p = r.chargerKw[size_t(c)];
            QVERIFY(p <= state.maxChargeKw + 1e-12);
            QVERIFY(-p <= state.maxDischargeKw + 1e-12);
            if (!state.plugged) {
                QCOMPARE(p, 0.0);
                QCOMPARE(r.chargerEnergyKwh[size_t(c)], 0.0);
                continue;
            }
            const double eta = spec.efficiency;
            const double expected = state.energyKwh + (p > 0 ? eta * p : p / eta) * r.stepH;
            PW_COMPARE_NEAR(r.chargerEnergyKwh[size_t(c)], expected, 1e-9);
            QVERIFY(r.chargerEnergyKwh[size_t(c)] >= 0 &&
                    r.chargerEnergyKwh[size_t(c)] <= state.capacityKwh + 1e-12);
            (p > 0 ? evCharge : evDischarge) += std::abs(p);
        }
        PW_COMPARE_NEAR(r.evChargeKw, evCharge, 1e-9);
        PW_COMPARE_NEAR(r.evDischargeKw, evDischarge, 1e-9);
        QVERIFY(r.batteryEnergyKwh >= 0 && r.batteryEnergyKwh <= r.batteryCapacityKwh + 1e-9);
    }
    // The run went through every branch worth checking.
    QVERIFY(outageSteps > 0);
    QVERIFY(clampSteps > 0);
    QVERIFY(curtailSteps > 0);
    QVERIFY(shedSteps > 0);
    QVERIFY(violationSteps > 0);
}

void TestSitePhysics::performance500Chargers() {
    // The garage-spring-500 shape: 500 chargers, about 1.3 sessions each, a day at 1-min steps.
    Scenario sc = makeScenario(60, 24);
    sc.site.batteries.push_back(makeBattery(300, 150, 50, 5, 95, 0.9));
    std::mt19937 rng(500);
    for (int c = 0; c < 500; ++c) {
        sc.site.chargers.push_back(makeCharger(QStringLiteral("P%1").arg(c), 11, 4.1, c % 4 == 0, 11));
        const int sessions = c % 3 == 0 ? 2 : 1;
        for (int s = 0; s < sessions; ++s) {
            // 4 to 8 hours plugged: 36 kWh at 11 kW takes 3.3 h, so every session reaches its target.
            const TimeMs arrival = atMs(s == 0 ? 5 : 15, int(rng() % 60));
            const TimeMs departure = arrival + TimeMs(4 + rng() % 5) * 3600 * kMsPerSecond;
            sc.sessions.push_back(makeSession(c, arrival, departure, 60, 20, c % 4 == 0, 80, 20));
        }
    }
    SitePhysics physics(sc);
    SiteSnapshot snap;
    Setpoints sp;
    sp.batteryKw.assign(1, 0.0);
    sp.chargerKw.assign(500, 0.0);
    double evKwh = 0;
    QElapsedTimer timer;
    timer.start();
    for (int k = 0; k < physics.stepCount(); ++k) {
        physics.snapshotInto(k, snap);
        for (size_t c = 0; c < snap.chargers.size(); ++c) {
            const ChargerState& state = snap.chargers[c];
            sp.chargerKw[c] =
                state.plugged && state.energyKwh < state.targetEnergyKwh ? state.maxChargeKw : 0.0;
        }
        sp.batteryKw[0] = k % 2 == 0 ? 20.0 : -20.0;
        const StepRecord& r = physics.apply(k, sp);
        evKwh += r.evChargeKw * r.stepH;
    }
    const qint64 elapsedNs = timer.nsecsElapsed();
    qInfo("500 chargers x %d steps (snapshot + apply): %.1f ms, %.2f us per step", physics.stepCount(),
          double(elapsedNs) / 1e6, double(elapsedNs) / 1e3 / physics.stepCount());
    // Every session went from 12 to its 48 kWh target, overshooting by less than one step at 11 kW.
    const double sessions = double(sc.sessions.size());
    QVERIFY2(evKwh >= 36 * sessions - 1e-6 && evKwh <= (36 + 11.0 / 60) * sessions,
             qPrintable(QString::number(evKwh)));
    QVERIFY2(elapsedNs < 1'000'000'000, "500 chargers x 1440 steps must run well under 1 s");
}

QTEST_GUILESS_MAIN(TestSitePhysics)
#include "tst_sitephysics.moc"
