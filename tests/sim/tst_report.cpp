// Tests for ReportBuilder and reportToJson: every KPI of the spec's report on hand-made step
// records, the 15-minute billing windows, the JSON keys, and a small physics run end to end.

#include "SimTestUtil.h"
#include "sim/Report.h"
#include "sim/SitePhysics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace parkwatt;
using namespace parkwatt::testutil;

namespace {

StepRecord record(int step, TimeMs timeMs, double stepH) {
    StepRecord r;
    r.step = step;
    r.timeMs = timeMs;
    r.stepH = stepH;
    return r;
}

// Records of `stepS` seconds from `startMs`, one per import power, nothing else on site.
std::vector<StepRecord> importRecords(TimeMs startMs, int stepS, const QList<double>& importKw) {
    std::vector<StepRecord> out;
    out.reserve(size_t(importKw.size()));
    for (int k = 0; k < importKw.size(); ++k) {
        StepRecord r = record(k, startMs + qint64(k) * stepS * kMsPerSecond, stepS / 3600.0);
        r.gridKw = importKw[k];
        r.loadKw = r.loadServedKw = std::max(0.0, importKw[k]);
        out.push_back(r);
    }
    return out;
}

ReportFigures build(const Scenario& sc, const std::vector<StepRecord>& records,
                    const std::vector<SessionOutcome>& outcomes = {}) {
    ReportBuilder builder(sc);
    for (const StepRecord& r : records)
        builder.add(r);
    return builder.finish(outcomes);
}

QStringList sortedKeys(const QJsonObject& o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys) {
    keys.sort();
    return keys;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void energyTotals();
    void peakWindows_data();
    void peakWindows();
    void selfSufficiency_data();
    void selfSufficiency();
    void selfConsumption_data();
    void selfConsumption();
    void cost();
    void equivalentCycles_data();
    void equivalentCycles();
    void evOutcomes();
    void violationCounts();
    void jsonKeys();
    void jsonValues();
    void physicsRunEndToEnd();
};

void TestReport::energyTotals() {
    Scenario sc = makeScenario(900, 1);
    StepRecord a = record(0, sc.startMs, 0.25);
    a.loadKw = 80;
    a.loadServedKw = 80;
    a.pvAvailableKw = 40;
    a.pvUsedKw = 40;
    a.batteryChargeKw = 0;
    a.batteryDischargeKw = 12;
    a.evChargeKw = 22;
    a.evDischargeKw = 0;
    a.gridKw = 80 + 22 - 12 - 40; // 50 import
    StepRecord b = record(1, sc.startMs + kMsPer15Min, 0.25);
    b.outage = true;
    b.loadKw = 80;
    b.loadServedKw = 16;
    b.criticalLoadKw = 20;
    b.criticalUnservedKw = 4;
    b.pvAvailableKw = 60;
    b.pvUsedKw = 30;
    b.batteryChargeKw = 10;
    b.evChargeKw = 8;
    b.evDischargeKw = 4;
    StepRecord c = record(2, sc.startMs + 2 * kMsPer15Min, 0.25);
    c.loadKw = c.loadServedKw = 10;
    c.pvAvailableKw = c.pvUsedKw = 70;
    c.gridKw = -60;

    const ReportFigures f = build(sc, {a, b, c});
    const EnergyTotals& e = f.energyKwh;
    QCOMPARE(f.steps, 3);
    QCOMPARE(f.scenario, QStringLiteral("test"));
    PW_COMPARE_NEAR(e.load, 170 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.loadServed, 106 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.criticalUnserved, 1, 1e-12);
    PW_COMPARE_NEAR(e.pvAvailable, 170 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.pvUsed, 140 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.pvCurtailed, 30 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.gridImport, 12.5, 1e-12);
    PW_COMPARE_NEAR(e.gridExport, 15, 1e-12);
    PW_COMPARE_NEAR(e.batteryCharge, 2.5, 1e-12);
    PW_COMPARE_NEAR(e.batteryDischarge, 3, 1e-12);
    PW_COMPARE_NEAR(e.evCharge, 30 * 0.25, 1e-12);
    PW_COMPARE_NEAR(e.evDischarge, 1, 1e-12);
    PW_COMPARE_NEAR(f.peakImportInstantKw, 50, 0);
    PW_COMPARE_NEAR(f.peakImportKw, 50, 1e-12);
}

void TestReport::peakWindows_data() {
    QTest::addColumn<int>("startOffsetS");
    QTest::addColumn<int>("stepS");
    QTest::addColumn<QList<double>>("importKw");
    QTest::addColumn<double>("peakKw");
    QTest::addColumn<double>("instantKw");

    // 5-min steps: 0, 0, 30 in one window average 10.
    QTest::newRow("one window 0,0,30") << 0 << 300 << QList<double>{0, 0, 30} << 10.0 << 30.0;
    // 30 kW for the last step of one window and the first of the next: 10 in each, never 20.
    QTest::newRow("run across a window boundary")
        << 0 << 300 << QList<double>{0, 0, 30, 30, 0, 0} << 10.0 << 30.0;
    QTest::newRow("sustained within a window")
        << 0 << 300 << QList<double>{0, 0, 0, 30, 30, 30} << 30.0 << 30.0;
    QTest::newRow("highest step outside the peak window")
        << 0 << 300 << QList<double>{12, 12, 12, 20, 10, 0} << 12.0 << 20.0;
    // A start at 00:10: the first window 00:00-00:15 is partial and still averaged over 15 minutes.
    QTest::newRow("partial first window") << 600 << 300 << QList<double>{30, 0, 0, 0} << 10.0 << 30.0;
    // Export (negative grid) is no import.
    QTest::newRow("export does not count") << 0 << 900 << QList<double>{-50, 8} << 8.0 << 8.0;
    // 1-min steps: 15 minutes at 1..15 kW average 8.
    QTest::newRow("1-min steps") << 0 << 60
                                 << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0} << 8.0
                                 << 15.0;
    // A start off the quarter hour (00:07:30) with 1-min steps: the step 00:14:30-00:15:30 draws
    // half its energy in each window (0.5 kWh each = 2 kW average).
    QTest::newRow("step straddling a boundary")
        << 450 << 60 << QList<double>{0, 0, 0, 0, 0, 0, 0, 60, 0, 0} << 2.0 << 60.0;
}

void TestReport::peakWindows() {
    QFETCH(int, startOffsetS);
    QFETCH(int, stepS);
    QFETCH(QList<double>, importKw);
    QFETCH(double, peakKw);
    QFETCH(double, instantKw);

    Scenario sc = makeScenario(stepS, 1);
    const ReportFigures f =
        build(sc, importRecords(sc.startMs + startOffsetS * kMsPerSecond, stepS, importKw));
    PW_COMPARE_NEAR(f.peakImportKw, peakKw, 1e-9);
    PW_COMPARE_NEAR(f.peakImportInstantKw, instantKw, 0);
}

void TestReport::selfSufficiency_data() {
    QTest::addColumn<double>("loadServedKw");
    QTest::addColumn<double>("evChargeKw");
    QTest::addColumn<double>("gridKw");
    QTest::addColumn<double>("expectedPct");

    QTest::newRow("import a fifth") << 100.0 << 50.0 << 30.0 << 80.0;
    QTest::newRow("all from the grid") << 100.0 << 0.0 << 100.0 << 0.0;
    QTest::newRow("exporting") << 100.0 << 0.0 << -20.0 << 100.0;
    QTest::newRow("no consumption") << 0.0 << 0.0 << 0.0 << 100.0;
    QTest::newRow("grid charging the battery") << 10.0 << 0.0 << 20.0 << -100.0;
}

void TestReport::selfSufficiency() {
    QFETCH(double, loadServedKw);
    QFETCH(double, evChargeKw);
    QFETCH(double, gridKw);
    QFETCH(double, expectedPct);

    Scenario sc = makeScenario(900, 1);
    StepRecord r = record(0, sc.startMs, 1);
    r.loadKw = r.loadServedKw = loadServedKw;
    r.evChargeKw = evChargeKw;
    r.gridKw = gridKw;
    PW_COMPARE_NEAR(build(sc, {r}).selfSufficiencyPct, expectedPct, 1e-9);
}

void TestReport::selfConsumption_data() {
    QTest::addColumn<double>("pvAvailableKw");
    QTest::addColumn<double>("pvUsedKw");
    QTest::addColumn<double>("gridKw");
    QTest::addColumn<double>("expectedPct");

    QTest::newRow("export and curtailment") << 100.0 << 90.0 << -20.0 << 70.0;
    QTest::newRow("all used on site") << 100.0 << 100.0 << 15.0 << 100.0;
    QTest::newRow("no PV") << 0.0 << 0.0 << 40.0 << 100.0;
    QTest::newRow("all curtailed") << 50.0 << 0.0 << 10.0 << 0.0;
}

void TestReport::selfConsumption() {
    QFETCH(double, pvAvailableKw);
    QFETCH(double, pvUsedKw);
    QFETCH(double, gridKw);
    QFETCH(double, expectedPct);

    Scenario sc = makeScenario(900, 1);
    StepRecord r = record(0, sc.startMs, 0.25);
    r.pvAvailableKw = pvAvailableKw;
    r.pvUsedKw = pvUsedKw;
    r.gridKw = gridKw;
    const ReportFigures f = build(sc, {r});
    PW_COMPARE_NEAR(f.selfConsumptionPct, expectedPct, 1e-9);
    PW_COMPARE_NEAR(f.energyKwh.pvCurtailed, (pvAvailableKw - pvUsedKw) * 0.25, 1e-12);
}

void TestReport::cost() {
    Scenario sc = makeScenario(900, 1);
    sc.tariff.demandChargePerKw = 9.5;
    StepRecord a = record(0, sc.startMs, 0.25);
    a.gridKw = 100;
    a.importPricePerKwh = 0.2;
    a.exportPricePerKwh = 0.07;
    StepRecord b = record(1, sc.startMs + kMsPer15Min, 0.25);
    b.gridKw = -40;
    b.importPricePerKwh = 0.3;
    b.exportPricePerKwh = 0.07;
    StepRecord c = record(2, sc.startMs + 2 * kMsPer15Min, 0.25);
    c.gridKw = 60;
    c.importPricePerKwh = 0.1;
    const ReportFigures f = build(sc, {a, b, c});
    PW_COMPARE_NEAR(f.costEnergy, 25 * 0.2 + 15 * 0.1, 1e-12); // 6.5
    PW_COMPARE_NEAR(f.costExportRevenue, 10 * 0.07, 1e-12);    // 0.7
    PW_COMPARE_NEAR(f.peakImportKw, 100, 1e-12);
    PW_COMPARE_NEAR(f.costDemand, 950, 1e-9);
    PW_COMPARE_NEAR(f.costTotal, 6.5 + 950 - 0.7, 1e-9);
}

void TestReport::equivalentCycles_data() {
    QTest::addColumn<QList<double>>("capacitiesKwh");
    QTest::addColumn<double>("expectedCycles");

    // 100 kWh charged and 80 kWh discharged: 90 kWh of average throughput.
    QTest::newRow("two batteries, 200 kWh") << QList<double>{150, 50} << 0.45;
    QTest::newRow("one battery, 90 kWh") << QList<double>{90} << 1.0;
    QTest::newRow("no battery") << QList<double>{} << 0.0;
}

void TestReport::equivalentCycles() {
    QFETCH(QList<double>, capacitiesKwh);
    QFETCH(double, expectedCycles);

    Scenario sc = makeScenario(900, 1);
    for (double capacity : capacitiesKwh)
        sc.site.batteries.push_back(makeBattery(capacity, 100, 50));
    StepRecord a = record(0, sc.startMs, 1);
    a.batteryChargeKw = 100;
    StepRecord b = record(1, sc.startMs + 4 * kMsPer15Min, 1);
    b.batteryDischargeKw = 80;
    PW_COMPARE_NEAR(build(sc, {a, b}).batteryEquivalentCycles, expectedCycles, 1e-12);
}

void TestReport::evOutcomes() {
    Scenario sc = makeScenario(900, 1);
    std::vector<SessionOutcome> outcomes(4);
    outcomes[0].met = true;
    outcomes[0].shortfallKwh = 0.04; // met within the 0.05 kWh tolerance, still 0.04 short of target
    outcomes[1].met = false;
    outcomes[1].shortfallKwh = 5;
    outcomes[2].met = true;
    outcomes[3].met = false;
    outcomes[3].shortfallKwh = 2.5;
    const ReportFigures f = build(sc, {}, outcomes);
    QCOMPARE(f.evSessions, 4);
    QCOMPARE(f.evSessionsMet, 2);
    PW_COMPARE_NEAR(f.evEnergyUnmetKwh, 7.54, 1e-12);

    const ReportFigures none = build(sc, {});
    QCOMPARE(none.evSessions, 0);
    QCOMPARE(none.evSessionsMet, 0);
    PW_COMPARE_NEAR(none.evEnergyUnmetKwh, 0, 0);
}

void TestReport::violationCounts() {
    Scenario sc = makeScenario(900, 2);
    std::vector<StepRecord> records;
    records.reserve(8);
    for (int k = 0; k < 8; ++k)
        records.push_back(record(k, sc.startMs + k * kMsPer15Min, 0.25));
    records[0].violations.importLimit = true;
    records[1].violations.importLimit = true;
    records[1].violations.batterySoc = true;
    records[2].violations.exportLimit = true;
    records[3].violations.evMinSoc = true;
    records[4].violations.evMinSoc = true;
    records[5].violations.evMinSoc = true;
    records[5].violations.deviceLimitClamps = 3; // three clamps, one step
    records[6].violations.deviceLimitClamps = 1;
    const ReportFigures f = build(sc, records);
    QCOMPARE(f.violationImportLimitSteps, 2);
    QCOMPARE(f.violationExportLimitSteps, 1);
    QCOMPARE(f.violationEvMinSocSteps, 3);
    QCOMPARE(f.violationBatterySocSteps, 1);
    QCOMPARE(f.violationDeviceLimitSteps, 2);
}

void TestReport::jsonKeys() {
    ReportFigures f;
    f.scenario = QStringLiteral("office-garage-july-weekday");
    ReportFigures base = f;

    const QStringList topKeys{QStringLiteral("format"),
                              QStringLiteral("scenario"),
                              QStringLiteral("steps"),
                              QStringLiteral("energy_kwh"),
                              QStringLiteral("peak_import_kw"),
                              QStringLiteral("peak_import_instant_kw"),
                              QStringLiteral("self_sufficiency_pct"),
                              QStringLiteral("self_consumption_pct"),
                              QStringLiteral("ev"),
                              QStringLiteral("cost"),
                              QStringLiteral("battery_equivalent_cycles"),
                              QStringLiteral("violations")};
    const QStringList energyKeys{QStringLiteral("load"),
                                 QStringLiteral("load_served"),
                                 QStringLiteral("critical_unserved"),
                                 QStringLiteral("pv_available"),
                                 QStringLiteral("pv_used"),
                                 QStringLiteral("pv_curtailed"),
                                 QStringLiteral("grid_import"),
                                 QStringLiteral("grid_export"),
                                 QStringLiteral("battery_charge"),
                                 QStringLiteral("battery_discharge"),
                                 QStringLiteral("ev_charge"),
                                 QStringLiteral("ev_discharge")};
    const QStringList evKeys{QStringLiteral("sessions"), QStringLiteral("sessions_met"),
                             QStringLiteral("energy_unmet_kwh")};
    const QStringList costKeys{QStringLiteral("energy"), QStringLiteral("demand"),
                               QStringLiteral("export_revenue"), QStringLiteral("total")};
    const QStringList violationKeys{QStringLiteral("import_limit_steps"),
                                    QStringLiteral("export_limit_steps"), QStringLiteral("ev_min_soc_steps"),
                                    QStringLiteral("battery_soc_steps"),
                                    QStringLiteral("device_limit_steps")};

    const QJsonObject plain = reportToJson(f);
    QCOMPARE(sortedKeys(plain), sorted(topKeys));
    QCOMPARE(plain.value(QStringLiteral("format")).toString(), QStringLiteral("parkwatt-report/1"));
    QCOMPARE(sortedKeys(plain.value(QStringLiteral("energy_kwh")).toObject()), sorted(energyKeys));
    QCOMPARE(sortedKeys(plain.value(QStringLiteral("ev")).toObject()), sorted(evKeys));
    QCOMPARE(sortedKeys(plain.value(QStringLiteral("cost")).toObject()), sorted(costKeys));
    QCOMPARE(sortedKeys(plain.value(QStringLiteral("violations")).toObject()), sorted(violationKeys));

    const QJsonObject withBaseline = reportToJson(f, &base);
    QStringList withBaselineKeys = topKeys;
    withBaselineKeys << QStringLiteral("baseline");
    QCOMPARE(sortedKeys(withBaseline), sorted(withBaselineKeys));
    const QJsonObject baseline = withBaseline.value(QStringLiteral("baseline")).toObject();
    QStringList baselineKeys = topKeys;
    baselineKeys.removeAll(QStringLiteral("format"));
    QCOMPARE(sortedKeys(baseline), sorted(baselineKeys));
    QCOMPARE(sortedKeys(baseline.value(QStringLiteral("energy_kwh")).toObject()), sorted(energyKeys));
    QCOMPARE(sortedKeys(baseline.value(QStringLiteral("ev")).toObject()), sorted(evKeys));
    QCOMPARE(sortedKeys(baseline.value(QStringLiteral("cost")).toObject()), sorted(costKeys));
    QCOMPARE(sortedKeys(baseline.value(QStringLiteral("violations")).toObject()), sorted(violationKeys));
}

void TestReport::jsonValues() {
    ReportFigures f;
    f.scenario = QStringLiteral("s");
    f.steps = 1440;
    f.energyKwh.load = 1234.5;
    f.energyKwh.gridImport = 60;
    f.energyKwh.evDischarge = -0.0;
    f.energyKwh.criticalUnserved = 1.1250259982868252e-15; // floating-point residue
    f.energyKwh.gridExport = 15236.16416807796;
    f.peakImportKw = 30;
    f.peakImportInstantKw = 31.5;
    f.selfSufficiencyPct = 12.25;
    f.selfConsumptionPct = 100;
    f.evSessions = 658;
    f.evSessionsMet = 650;
    f.evEnergyUnmetKwh = 42.125;
    f.costEnergy = 10;
    f.costDemand = 285;
    f.costExportRevenue = 1.5;
    f.costTotal = 293.5;
    f.batteryEquivalentCycles = 0.75;
    f.violationImportLimitSteps = 1;
    f.violationExportLimitSteps = 2;
    f.violationEvMinSocSteps = 3;
    f.violationBatterySocSteps = 4;
    f.violationDeviceLimitSteps = 5;
    ReportFigures base;
    base.scenario = QStringLiteral("s");
    base.peakImportKw = 44;

    // Through text and back, as an outside tool reads it.
    const QJsonObject o =
        QJsonDocument::fromJson(QJsonDocument(reportToJson(f, &base)).toJson(QJsonDocument::Compact))
            .object();
    QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("s"));
    QCOMPARE(o.value(QStringLiteral("steps")).toInt(), 1440);
    const QJsonObject e = o.value(QStringLiteral("energy_kwh")).toObject();
    QCOMPARE(e.value(QStringLiteral("load")).toDouble(), 1234.5);
    QCOMPARE(e.value(QStringLiteral("grid_import")).toDouble(), 60.0);
    QVERIFY(!std::signbit(e.value(QStringLiteral("ev_discharge")).toDouble()));
    QCOMPARE(e.value(QStringLiteral("critical_unserved")).toDouble(), 0.0);
    PW_COMPARE_NEAR(e.value(QStringLiteral("grid_export")).toDouble(), 15236.164168078, 1e-9);
    QCOMPARE(o.value(QStringLiteral("peak_import_kw")).toDouble(), 30.0);
    QCOMPARE(o.value(QStringLiteral("peak_import_instant_kw")).toDouble(), 31.5);
    QCOMPARE(o.value(QStringLiteral("self_sufficiency_pct")).toDouble(), 12.25);
    QCOMPARE(o.value(QStringLiteral("self_consumption_pct")).toDouble(), 100.0);
    const QJsonObject ev = o.value(QStringLiteral("ev")).toObject();
    QCOMPARE(ev.value(QStringLiteral("sessions")).toInt(), 658);
    QCOMPARE(ev.value(QStringLiteral("sessions_met")).toInt(), 650);
    QCOMPARE(ev.value(QStringLiteral("energy_unmet_kwh")).toDouble(), 42.125);
    const QJsonObject cost = o.value(QStringLiteral("cost")).toObject();
    QCOMPARE(cost.value(QStringLiteral("energy")).toDouble(), 10.0);
    QCOMPARE(cost.value(QStringLiteral("demand")).toDouble(), 285.0);
    QCOMPARE(cost.value(QStringLiteral("export_revenue")).toDouble(), 1.5);
    QCOMPARE(cost.value(QStringLiteral("total")).toDouble(), 293.5);
    QCOMPARE(o.value(QStringLiteral("battery_equivalent_cycles")).toDouble(), 0.75);
    const QJsonObject v = o.value(QStringLiteral("violations")).toObject();
    QCOMPARE(v.value(QStringLiteral("import_limit_steps")).toInt(), 1);
    QCOMPARE(v.value(QStringLiteral("export_limit_steps")).toInt(), 2);
    QCOMPARE(v.value(QStringLiteral("ev_min_soc_steps")).toInt(), 3);
    QCOMPARE(v.value(QStringLiteral("battery_soc_steps")).toInt(), 4);
    QCOMPARE(v.value(QStringLiteral("device_limit_steps")).toInt(), 5);
    QCOMPARE(
        o.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("peak_import_kw")).toDouble(),
        44.0);
    QVERIFY(!reportToJson(f).contains(QStringLiteral("baseline")));
}

void TestReport::physicsRunEndToEnd() {
    // The shared tiny-spike scenario, built in code: one 11 kW bidirectional charger, no PV, 4 h at
    // 15-min steps, a 30 kW load spike at 02:00 after the car has left. Hand-checked: uncontrolled
    // charging needs 10 kWh (0 -> 20 % of 50 kWh), imports 60 kWh in all, billing peak 30 kW.
    Scenario sc = makeScenario(900, 4);
    sc.name = QStringLiteral("tiny-spike");
    sc.site.grid.importLimitKw = 100;
    sc.site.grid.exportLimitKw = 0;
    sc.site.chargers.push_back(makeCharger(QStringLiteral("A"), 11, 0, true, 11));
    sc.profiles.loadKw =
        Profile{900, {10, 10, 10, 10, 10, 10, 10, 10, 30, 30, 10, 10, 10, 10, 10, 10}, false};
    sc.profiles.importPricePerKwh = Profile::constantValue(0.2);
    sc.tariff.demandChargePerKw = 9.5;
    sc.sessions.push_back(makeSession(0, atMs(0, 0), atMs(2, 0), 50, 0, false, 20));

    SitePhysics physics(sc);
    ReportBuilder builder(sc);
    for (int k = 0; k < physics.stepCount(); ++k) {
        const SiteSnapshot s = physics.snapshot(k);
        const ChargerState& ev = s.chargers[0];
        const double missing = ev.targetEnergyKwh - ev.energyKwh;
        const double kw = ev.plugged && missing > 1e-9 ? std::min(ev.maxChargeKw, missing / s.stepH) : 0.0;
        Setpoints sp;
        sp.chargerKw = {kw};
        builder.add(physics.apply(k, sp));
    }
    const auto outcomes = physics.sessionOutcomes();
    const ReportFigures f = builder.finish(outcomes);
    QCOMPARE(f.steps, 16);
    PW_COMPARE_NEAR(f.energyKwh.load, 50, 1e-9);
    PW_COMPARE_NEAR(f.energyKwh.evCharge, 10, 1e-9);
    PW_COMPARE_NEAR(f.energyKwh.gridImport, 60, 1e-9);
    PW_COMPARE_NEAR(f.energyKwh.gridExport, 0, 0);
    PW_COMPARE_NEAR(f.peakImportKw, 30, 1e-9);
    PW_COMPARE_NEAR(f.peakImportInstantKw, 30, 1e-9);
    PW_COMPARE_NEAR(f.selfSufficiencyPct, 0, 1e-9);
    PW_COMPARE_NEAR(f.selfConsumptionPct, 100, 0);
    QCOMPARE(f.evSessions, 1);
    QCOMPARE(f.evSessionsMet, 1);
    PW_COMPARE_NEAR(f.evEnergyUnmetKwh, 0, 1e-9);
    PW_COMPARE_NEAR(f.costEnergy, 12, 1e-9);
    PW_COMPARE_NEAR(f.costDemand, 285, 1e-9);
    PW_COMPARE_NEAR(f.costTotal, 297, 1e-9);
    PW_COMPARE_NEAR(f.batteryEquivalentCycles, 0, 0);
    QCOMPARE(f.violationImportLimitSteps + f.violationExportLimitSteps + f.violationEvMinSocSteps +
                 f.violationBatterySocSteps + f.violationDeviceLimitSteps,
             0);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
