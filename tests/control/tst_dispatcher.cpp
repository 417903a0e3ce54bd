// The dispatcher, case by case along the priority stack of docs/scenario-and-site.md (hard limits,
// outage, departures, reserve, peak shaving, self-sufficiency), the rate limit, the reasons, and
// a randomized property test: 10,000+ random sites, snapshots, policies and plans, every one of
// whose setpoints must pass SafetyInvariants.

#include "config/ScenarioReader.h"
#include "control/Dispatcher.h"
#include "control/SafetyInvariants.h"
#include "engine/WhatIfRun.h"
#include "sim/SitePhysics.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace parkwatt;

namespace {

constexpr TimeMs kT0 = 1784030400000; // 2026-07-14T12:00:00Z
constexpr double kMinuteH = 1.0 / 60.0;

ChargerSpec charger(double maxKw = 11, double minKw = 4.1, bool bidirectional = true)
{
    ChargerSpec c;
    c.id = QStringLiteral("C");
    c.maxChargeKw = maxKw;
    c.minChargeKw = minKw;
    c.bidirectional = bidirectional;
    c.maxDischargeKw = bidirectional ? maxKw : 0;
    return c;
}

BatterySpec battery(double capacityKwh, double maxKw, double minSocPct = 5)
{
    BatterySpec b;
    b.id = QStringLiteral("bess");
    b.capacityKwh = capacityKwh;
    b.maxChargeKw = maxKw;
    b.maxDischargeKw = maxKw;
    b.minSocPct = minSocPct;
    return b;
}

SiteSpec site(double importLimitKw, int chargers, double exportLimitKw = 0)
{
    SiteSpec s;
    s.grid = {importLimitKw, exportLimitKw};
    for (int i = 0; i < chargers; ++i)
        s.chargers.push_back(charger());
    return s;
}

// An EV on a charger: energy now, target, hours to departure, floor, consent.
ChargerState ev(double energyKwh, double targetKwh, double departsInH, double floorKwh = 0,
                bool consent = false, double maxKw = 11, double minKw = 4.1)
{
    static int session = 0;
    ChargerState c;
    c.plugged = true;
    c.sessionIndex = session++;
    c.sessionId = QStringLiteral("S%1").arg(c.sessionIndex);
    c.energyKwh = energyKwh;
    c.capacityKwh = 80;
    c.minEnergyKwh = floorKwh;
    c.targetEnergyKwh = targetKwh;
    c.departureMs = kT0 + TimeMs(departsInH * 3.6e6);
    c.maxChargeKw = maxKw;
    c.minChargeKw = minKw;
    c.maxDischargeKw = consent ? maxKw : 0;
    c.v2xConsent = consent;
    return c;
}

SiteSnapshot snapshot(double loadKw, double pvKw, std::vector<ChargerState> chargers, double stepH = kMinuteH)
{
    SiteSnapshot s;
    s.timeMs = kT0;
    s.stepH = stepH;
    s.loadKw = loadKw;
    s.pvAvailableKw = pvKw;
    s.chargers = std::move(chargers);
    return s;
}

BatteryState batteryAt(double energyKwh, double capacityKwh)
{
    BatteryState b;
    b.energyKwh = energyKwh;
    b.socPct = 100 * energyKwh / capacityKwh;
    return b;
}

QString describe(const SiteSpec& s, const Policy& p, const SiteSnapshot& now, const Plan* plan,
                 const Setpoints& out)
{
    QString t;
    t += QStringLiteral("grid import %1 export %2; policy peak %3/%4 selfsuff %5/grid-charge %6 backup "
                        "%7/%8%/ev %9/%10 h v2b %11\n")
             .arg(s.grid.importLimitKw)
             .arg(s.grid.exportLimitKw)
             .arg(p.peakShaving.enabled)
             .arg(p.peakShaving.importLimitKw)
             .arg(p.selfSufficiency.enabled)
             .arg(p.selfSufficiency.batteryGridCharging)
             .arg(p.backup.enabled)
             .arg(p.backup.batteryReservePct)
             .arg(p.backup.evReserve)
             .arg(p.backup.reserveHours)
             .arg(p.v2b.enabled);
    t += QStringLiteral("snapshot t=%1 h=%2 grid=%3 load %4 pv %5 critical %6\n")
             .arg(now.timeMs)
             .arg(now.stepH)
             .arg(now.gridAvailable)
             .arg(now.loadKw)
             .arg(now.pvAvailableKw)
             .arg(now.criticalLoadKw);
    for (size_t b = 0; b < now.batteries.size(); ++b) {
        const BatterySpec& spec = s.batteries[b];
        t += QStringLiteral(
                 "  battery %1: cap %2 rating %3/%4 soc %5-%6 rt %7 online %8 energy %9 -> %10 kW\n")
                 .arg(b)
                 .arg(spec.capacityKwh)
                 .arg(spec.maxChargeKw)
                 .arg(spec.maxDischargeKw)
                 .arg(spec.minSocPct)
                 .arg(spec.maxSocPct)
                 .arg(spec.roundtripEfficiency)
                 .arg(now.batteries[b].online)
                 .arg(now.batteries[b].energyKwh)
                 .arg(out.batteryKw.size() > b ? out.batteryKw[b] : qQNaN());
    }
    for (size_t i = 0; i < now.chargers.size(); ++i) {
        const ChargerState& c = now.chargers[i];
        const ChargerSpec& spec = s.chargers[i];
        t += QStringLiteral(
                 "  charger %1: spec %2/%3 bidi %4 dis %5 eff %6 | online %7 plugged %8 E %9 floor %10 "
                 "target %11 cap %12 dep %13 h max %14 min %15 dis %16 consent %17 -> %18 kW (%19)\n")
                 .arg(i)
                 .arg(spec.maxChargeKw)
                 .arg(spec.minChargeKw)
                 .arg(spec.bidirectional)
                 .arg(spec.maxDischargeKw)
                 .arg(spec.efficiency)
                 .arg(c.online)
                 .arg(c.plugged)
                 .arg(c.energyKwh)
                 .arg(c.minEnergyKwh)
                 .arg(c.targetEnergyKwh)
                 .arg(c.capacityKwh)
                 .arg(double(c.departureMs - now.timeMs) / 3.6e6)
                 .arg(c.maxChargeKw)
                 .arg(c.minChargeKw)
                 .arg(c.maxDischargeKw)
                 .arg(c.v2xConsent)
                 .arg(out.chargerKw.size() > i ? out.chargerKw[i] : qQNaN())
                 .arg(out.chargerReasons.size() > i ? out.chargerReasons[i] : QString());
    }
    if (plan)
        t += QStringLiteral("plan valid %1 interval %2 peak %3\n")
                 .arg(plan->valid)
                 .arg(plan->intervalAt(now.timeMs))
                 .arg(plan->plannedPeakKw);
    return t;
}

double sum(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<double>)

class TstDispatcher : public QObject {
    Q_OBJECT
private slots:

    // (5) Peak shaving: flexible EVs share what is left under the limit, fairly, and are deferred.
    void peakShavingDefersFlexibleEvs_data()
    {
        QTest::addColumn<double>("loadKw");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("room for all") << 100.0 << std::vector<double>{11, 11, 11};
        QTest::newRow("20 kW left: equal shares")
            << 130.0 << std::vector<double>{20 / 3.0, 20 / 3.0, 20 / 3.0};
        QTest::newRow("10 kW left: shares below 4.1 kW, the least lax two run")
            << 140.0 << std::vector<double>{0, 5, 5};
        QTest::newRow("at the limit: all deferred") << 150.0 << std::vector<double>{0, 0, 0};
        QTest::newRow("above the limit: all deferred") << 160.0 << std::vector<double>{0, 0, 0};
    }
    void peakShavingDefersFlexibleEvs()
    {
        QFETCH(double, loadKw);
        QFETCH(std::vector<double>, expected);
        Policy policy;
        policy.peakShaving = {true, 150};
        const SiteSpec s = site(400, 3);
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now = snapshot(loadKw, 0, {ev(10, 50, 10), ev(10, 50, 8), ev(10, 50, 6)});
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(out.chargerKw[i] - expected[i]) < 1e-6,
                     qPrintable(describe(s, policy, now, nullptr, out)));
        QVERIFY(SafetyInvariants::violations(s, policy, now, out).empty());
        if (loadKw == 130.0)
            QCOMPARE(out.chargerReasons[0], QStringLiteral("peak limit 150 kW: 11 -> 6.7 kW"));
        if (loadKw == 150.0)
            QCOMPARE(out.chargerReasons[2], QStringLiteral("peak limit 150 kW: 11 -> 0 kW"));
    }

    // (3) over (5): an EV that must charge now to make its departure gets full power over the
    // peak target; one with time to spare waits.
    void urgentEvGetsFullPowerOverPeak_data()
    {
        QTest::addColumn<double>("departsInH");
        QTest::addColumn<double>("expectedKw");
        QTest::newRow("laxity 0: full power") << 1.0 << 11.0;
        QTest::newRow("laxity 2 h: waits") << 3.0 << 0.0;
        QTest::newRow("unreachable: full power anyway") << 0.5 << 11.0;
    }
    void urgentEvGetsFullPowerOverPeak()
    {
        QFETCH(double, departsInH);
        QFETCH(double, expectedKw);
        Policy policy;
        policy.peakShaving = {true, 150};
        const SiteSpec s = site(400, 2);
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now = snapshot(150, 0, {ev(39, 50, departsInH), ev(10, 50, 10)});
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        QVERIFY2(std::abs(out.chargerKw[0] - expectedKw) < 1e-9,
                 qPrintable(describe(s, policy, now, nullptr, out)));
        QCOMPARE(out.chargerKw[1], 0.0);
        if (departsInH == 1.0)
            QCOMPARE(out.chargerReasons[0], QStringLiteral("departs 13:00, needs 11 kWh: full power"));
    }

    // (1) over (3): when not every urgent EV fits under the connection limit, least laxity first.
    void leastLaxityFirstUnderScarcity()
    {
        Policy policy;
        const SiteSpec s = site(100, 3);
        Dispatcher dispatcher(s, policy);
        // Laxities 0.045 h, 0.064 h and 0 h; 20 kW of room.
        const SiteSnapshot now = snapshot(80, 0, {ev(45, 50, 0.5), ev(45.2, 50, 0.5), ev(44.5, 50, 0.5)});
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[2] - 11) < 1e-9, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[0] - 9) < 1e-6, qPrintable(d));
        QVERIFY2(out.chargerKw[1] == 0, qPrintable(d));
        QVERIFY2(out.chargerReasons[0].startsWith(QStringLiteral("grid limit 100 kW: 11 -> 9 kW")),
                 qPrintable(d));
        QVERIFY(SafetyInvariants::violations(s, policy, now, out).empty());
    }

    // (1) When the load alone is above the connection limit: the battery (below its reserve)
    // and V2B bring the import down as far as they can; charging is added only where they make
    // room for it under the limit.
    void loadAloneAboveConnectionLimit_data()
    {
        QTest::addColumn<double>("batteryRatingKw");
        QTest::addColumn<bool>("v2b");
        QTest::addColumn<double>("urgentKw");
        QTest::addColumn<double>("batteryKw");
        QTest::addColumn<double>("v2bKw");
        QTest::addColumn<double>("gridKw");
        QTest::newRow("a 50 kW battery covers the excess and the urgent EV")
            << 50.0 << false << 11.0 << -41.0 << 0.0 << 100.0;
        QTest::newRow("a 20 kW battery cannot: no charging, import 110 kW")
            << 20.0 << false << 0.0 << -20.0 << 0.0 << 110.0;
        QTest::newRow("V2B first, then the battery below its reserve: back at the limit")
            << 20.0 << true << 0.0 << -19.0 << -11.0 << 100.0;
    }
    void loadAloneAboveConnectionLimit()
    {
        QFETCH(double, batteryRatingKw);
        QFETCH(bool, v2b);
        QFETCH(double, urgentKw);
        QFETCH(double, batteryKw);
        QFETCH(double, v2bKw);
        QFETCH(double, gridKw);
        Policy policy;
        policy.backup = {true, 50, false, 0};
        policy.v2b.enabled = v2b;
        SiteSpec s = site(100, 2);
        s.batteries.push_back(battery(100, batteryRatingKw));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(130, 0, {ev(39, 50, 1.0), ev(60, 40, 10, 20, true)}, 0.25);
        now.batteries.push_back(batteryAt(40, 100)); // below its 50 % reserve
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[0] - urgentKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] - v2bKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(now.loadKw + sum(out.chargerKw) + sum(out.batteryKw) - gridKw) < 1e-6,
                 qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
        if (v2b)
            QCOMPARE(out.chargerReasons[1], QStringLiteral("V2B: grid limit 100 kW, -11 kW"));
    }

    // Fair sharing: water-filling, and an EV that cannot get its minimum gets 0 for the others.
    void waterFillingDropsAnEvBelowItsMinimum()
    {
        Policy policy;
        SiteSpec s = site(100, 0);
        s.chargers = {charger(11, 0), charger(11, 0), charger(11, 6)};
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now = snapshot(90, 0,
                                          {ev(10, 50, 10, 0, false, 11, 0), ev(10, 50, 9, 0, false, 11, 0),
                                           ev(10, 50, 8, 0, false, 11, 6)});
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[0] - 5) < 1e-6 && std::abs(out.chargerKw[1] - 5) < 1e-6,
                 qPrintable(d));
        QVERIFY2(out.chargerKw[2] == 0, qPrintable(d));
        QCOMPARE(out.chargerReasons[2], QStringLiteral("grid limit 100 kW: 11 -> 0 kW"));
    }

    // (4/5) V2B shaves what the battery cannot, spread by energy above each car's floor.
    void v2bSpreadsByEnergyAboveFloor()
    {
        Policy policy;
        policy.peakShaving = {true, 100};
        policy.v2b.enabled = true;
        const SiteSpec s = site(400, 3);
        Dispatcher dispatcher(s, policy);
        // 30 and 10 kWh above the floor; the third car did not consent.
        const SiteSnapshot now =
            snapshot(108, 0, {ev(50, 40, 10, 20, true), ev(30, 40, 10, 20, true), ev(30, 40, 10, 20, false)});
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[0] + 6) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] + 2) < 1e-6, qPrintable(d));
        QVERIFY2(out.chargerKw[2] == 0, qPrintable(d));
        QCOMPARE(out.chargerReasons[0], QStringLiteral("V2B: shaving peak 100 kW, -6 kW"));
        QVERIFY(SafetyInvariants::violations(s, policy, now, out).empty());
    }

    void v2bRefused_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<double>("expectedKw");
        QTest::newRow("consenting car with energy to spare: discharges") << "ok" << -8.0;
        QTest::newRow("no consent") << "no consent" << 0.0;
        QTest::newRow("one-way charger") << "one-way" << 0.0;
        QTest::newRow("at its floor") << "floor" << 0.0;
        QTest::newRow("would miss its departure target") << "departs" << 0.0;
        QTest::newRow("only what it can recharge before departure (15 min steps)") << "recharge" << -2.2;
        QTest::newRow("V2B disabled") << "disabled" << 0.0;
    }
    void v2bRefused()
    {
        QFETCH(QString, variant);
        QFETCH(double, expectedKw);
        Policy policy;
        policy.peakShaving = {true, 100};
        policy.v2b.enabled = variant != QLatin1String("disabled");
        SiteSpec s = site(400, 1);
        if (variant == QLatin1String("one-way"))
            s.chargers[0].bidirectional = false; // even if the car says it may
        ChargerState car = ev(50, 40, 10, 20, variant != QLatin1String("no consent"));
        double stepH = kMinuteH;
        if (variant == QLatin1String("floor"))
            car.energyKwh = 20;
        if (variant == QLatin1String("departs"))
            car = ev(40, 40, 0.06, 20, true);
        if (variant == QLatin1String("recharge")) {
            car = ev(40, 40, 0.35, 20, true); // 0.05 h to spare at 11 kW: 0.55 kWh over 15 min
            stepH = 0.25;
        }
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now = snapshot(108, 0, {car}, stepH);
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        QVERIFY2(std::abs(out.chargerKw[0] - expectedKw) < 1e-6,
                 qPrintable(describe(s, policy, now, nullptr, out)));
        QVERIFY(SafetyInvariants::violations(s, policy, now, out).empty());
    }

    // (2) Outage: PV, then the battery, then consenting EVs (ev_reserve) serve the critical load;
    // the rest is shed. EVs and the battery charge from PV surplus only.
    void outage_data()
    {
        QTest::addColumn<double>("criticalKw");
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<bool>("evReserve");
        QTest::addColumn<double>("batteryKw");
        QTest::addColumn<std::vector<double>>("evKw");
        QTest::newRow("battery, then EVs by energy above floor")
            << 30.0 << 5.0 << true << -10.0 << std::vector<double>{-11, -4, 0};
        QTest::newRow("without ev_reserve: battery, then shed")
            << 30.0 << 5.0 << false << -10.0 << std::vector<double>{0, 0, 0};
        QTest::newRow("more than all can give: shed the rest")
            << 60.0 << 5.0 << true << -10.0 << std::vector<double>{-11, -11, 0};
        QTest::newRow("small PV surplus: battery first")
            << 3.0 << 5.0 << true << 2.0 << std::vector<double>{0, 0, 0};
        QTest::newRow("PV surplus: battery, then EVs that need it, then the others")
            << 10.0 << 40.0 << true << 10.0 << std::vector<double>{9, 11, 0};
    }
    void outage()
    {
        QFETCH(double, criticalKw);
        QFETCH(double, pvKw);
        QFETCH(bool, evReserve);
        QFETCH(double, batteryKw);
        QFETCH(std::vector<double>, evKw);
        Policy policy;
        policy.backup = {true, 30, evReserve, 2};
        policy.v2b.enabled = true;
        SiteSpec s = site(400, 3);
        s.batteries.push_back(battery(100, 10));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(
            80, pvKw, {ev(50, 40, 10, 20, true), ev(30, 40, 10, 20, true), ev(30, 40, 10, 20, false)}, 0.25);
        now.chargers[2].plugged = false;
        now.gridAvailable = false;
        now.criticalLoadKw = criticalKw;
        now.batteries.push_back(batteryAt(50, 100));
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        for (size_t i = 0; i < evKw.size(); ++i)
            QVERIFY2(std::abs(out.chargerKw[i] - evKw[i]) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
        if (evKw[0] < 0)
            QVERIFY2(out.chargerReasons[0].startsWith(QStringLiteral("outage: critical load")),
                     qPrintable(d));
    }

    // (2, 3) Outage: once the critical load is served, a car that must charge now to make its
    // departure gets PV surplus and stored energy beyond what the critical load needs for the
    // rest of the outage (the plan's outage end, else reserve_hours = 2 h: 20 kWh at 10 kW), from
    // the battery, then from consenting cars that stay. A car with time to spare waits.
    void outageDepartureTargets_data()
    {
        QTest::addColumn<double>("batteryKwh");
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<int>("planOutageMin"); // the plan's outage lasts this long; -1: no plan
        QTest::addColumn<bool>("lenders");      // two consenting cars that stay, with ev_reserve
        QTest::addColumn<double>("urgentKw");
        QTest::addColumn<double>("batteryKw");
        QTest::addColumn<double>("lentKw");
        QTest::newRow("45 kWh stored, 20 needed: the car charges from the battery")
            << 50.0 << 0.0 << -1 << false << 11.0 << -21.0 << 0.0;
        QTest::newRow("20 kWh stored, 20 needed: the critical load keeps it")
            << 25.0 << 0.0 << -1 << false << 0.0 << -10.0 << 0.0;
        QTest::newRow("10 kWh stored, 20 needed for 2 h: nothing to spare")
            << 15.0 << 0.0 << -1 << false << 0.0 << -10.0 << 0.0;
        QTest::newRow("10 kWh stored, the plan's outage ends in 30 min: 5 kWh to spare")
            << 15.0 << 0.0 << 30 << false << 11.0 << -21.0 << 0.0;
        QTest::newRow("4 kW PV surplus below the minimum, nothing to spare: the battery stores it")
            << 25.0 << 14.0 << -1 << false << 0.0 << 4.0 << 0.0;
        QTest::newRow("4 kW PV surplus and the battery's spare")
            << 50.0 << 14.0 << -1 << false << 11.0 << -7.0 << 0.0;
        QTest::newRow("battery empty: consenting cars that stay serve the load and lend the rest")
            << 5.0 << 0.0 << -1 << true << 11.0 << 0.0 << -21.0;
    }
    void outageDepartureTargets()
    {
        QFETCH(double, batteryKwh);
        QFETCH(double, pvKw);
        QFETCH(int, planOutageMin);
        QFETCH(bool, lenders);
        QFETCH(double, urgentKw);
        QFETCH(double, batteryKw);
        QFETCH(double, lentKw);
        Policy policy;
        policy.backup = {true, 30, lenders, 2};
        policy.v2b.enabled = true;
        SiteSpec s = site(400, 4);
        s.batteries.push_back(battery(100, 50, 5));
        Dispatcher dispatcher(s, policy);
        // 10 kWh short, 0.9 h left at 11 kW: must charge now. The second has 10 h.
        SiteSnapshot now = snapshot(
            80, pvKw, {ev(30, 40, 0.9), ev(30, 40, 10), ev(70, 40, 10, 20, true), ev(70, 40, 10, 20, true)});
        if (!lenders)
            now.chargers[2].plugged = now.chargers[3].plugged = false;
        now.gridAvailable = false;
        now.criticalLoadKw = 10;
        now.batteries.push_back(batteryAt(batteryKwh, 100));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw.assign(8, 0.0);
        plan.gridImportKw.assign(8, 0.0);
        plan.outage.assign(8, false);
        for (int i = 0; i * 15 < planOutageMin; ++i)
            plan.outage[size_t(i)] = true;
        const Plan* usedPlan = planOutageMin >= 0 ? &plan : nullptr;
        const Setpoints out = dispatcher.dispatch(now, usedPlan);
        const QString d = describe(s, policy, now, usedPlan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - urgentKw) < 1e-6, qPrintable(d));
        QCOMPARE(out.chargerKw[1], 0.0);
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[2] + out.chargerKw[3] - lentKw) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
        if (urgentKw > 0)
            QVERIFY2(out.chargerReasons[0].startsWith(QStringLiteral("outage: departs ")), qPrintable(d));
        else
            QCOMPARE(out.chargerReasons[0], QStringLiteral("outage: no charging"));
        if (lentKw < 0)
            QCOMPARE(out.chargerReasons[2],
                     QStringLiteral("outage: -10.5 kW to cars that must leave charged"));
    }

    // In an outage the PV surplus goes first to the cars a plan made for that outage charges now,
    // then to the battery; without such a plan the battery comes first.
    void outagePlannedCarsBeforeTheBattery_data()
    {
        QTest::addColumn<bool>("planKnowsOutage");
        QTest::addColumn<double>("carKw");
        QTest::addColumn<double>("batteryKw");
        // Critical 10 kW, PV 30 kW: 20 kW surplus; the plan charges the car at 7.4 kW.
        QTest::newRow("plan made for the outage: car first") << true << 7.4 << 12.6;
        QTest::newRow("plan without the outage: battery first") << false << 0.0 << 20.0;
    }
    void outagePlannedCarsBeforeTheBattery()
    {
        QFETCH(bool, planKnowsOutage);
        QFETCH(double, carKw);
        QFETCH(double, batteryKw);
        Policy policy;
        SiteSpec s = site(400, 1);
        s.batteries.push_back(battery(100, 50, 5));
        Dispatcher dispatcher(s, policy);
        // 10 kWh short with 6 h left: not urgent, so only the plan puts it before the battery.
        SiteSnapshot now = snapshot(80, 30, {ev(30, 40, 6)});
        now.gridAvailable = false;
        now.criticalLoadKw = 10;
        now.batteries.push_back(batteryAt(20, 100));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw.assign(8, 0.0);
        plan.gridImportKw.assign(8, 0.0);
        plan.outage.assign(8, planKnowsOutage);
        plan.evKw[now.chargers[0].sessionIndex].assign(8, 7.4);
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - carKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
    }

    // In an outage the plan's cars are served least laxity first, planned powers at or above the
    // minimum before small ones rounded up to it; a car that leaves before the outage ends may also
    // have the battery discharge the plan set aside (it cannot charge from the grid later).
    void outagePlannedCarsByLaxityAndDeparture_data()
    {
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<double>("planBatteryKw");
        QTest::addColumn<double>("secondLeavesInH");
        QTest::addColumn<double>("firstKw");
        QTest::addColumn<double>("secondKw");
        QTest::addColumn<double>("batteryKw");
        // Critical 10 kW; the first car is planned 1 kW (below its 4.1 kW minimum) and stays 6 h,
        // the second is planned 8 kW; the plan's outage ends in 30 minutes.
        QTest::newRow("8 kW surplus: the 8 kW plan before a 1 kW plan rounded up")
            << 18.0 << 0.0 << 0.4 << 0.0 << 8.0 << 0.0;
        QTest::newRow("6 kW surplus and the plan's battery: for the car that leaves in the outage")
            << 16.0 << -5.0 << 0.4 << 0.0 << 8.0 << -2.0;
        QTest::newRow("6 kW surplus, the car leaves after the outage: PV only")
            << 16.0 << -5.0 << 3.0 << 0.0 << 6.0 << 0.0;
    }
    void outagePlannedCarsByLaxityAndDeparture()
    {
        QFETCH(double, pvKw);
        QFETCH(double, planBatteryKw);
        QFETCH(double, secondLeavesInH);
        QFETCH(double, firstKw);
        QFETCH(double, secondKw);
        QFETCH(double, batteryKw);
        Policy policy;
        SiteSpec s = site(400, 2);
        s.batteries.push_back(battery(100, 50, 5));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(80, pvKw, {ev(30, 40, 6), ev(30, 33, secondLeavesInH)});
        now.gridAvailable = false;
        now.criticalLoadKw = 10;
        now.batteries.push_back(batteryAt(20, 100));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw.assign(8, 0.0);
        plan.batteryKw[0] = planBatteryKw;
        plan.gridImportKw.assign(8, 0.0);
        plan.outage = {true, true, false, false, false, false, false, false};
        plan.evKw[now.chargers[0].sessionIndex].assign(8, 1.0);
        plan.evKw[now.chargers[1].sessionIndex].assign(8, 8.0);
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - firstKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] - secondKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
    }

    // (4) The backup reserve holds outside outages; only the connection limit goes below it.
    void reserveHeld_data()
    {
        QTest::addColumn<double>("importLimitKw");
        QTest::addColumn<bool>("backup");
        QTest::addColumn<bool>("evReserve");
        QTest::addColumn<double>("expectedKw");
        QTest::newRow("shaving stops at the 30 % reserve: 5 kWh in 15 min")
            << 400.0 << true << false << -20.0;
        QTest::newRow("the connection limit goes below it") << 120.0 << true << false << -30.0;
        QTest::newRow("ev_reserve: a consenting EV's 20 kWh count toward it")
            << 400.0 << true << true << -50.0;
        QTest::newRow("backup off: down to min_soc") << 400.0 << false << false << -50.0;
    }
    void reserveHeld()
    {
        QFETCH(double, importLimitKw);
        QFETCH(bool, backup);
        QFETCH(bool, evReserve);
        QFETCH(double, expectedKw);
        Policy policy;
        policy.peakShaving = {true, 100};
        policy.backup = {backup, 30, evReserve, 2};
        SiteSpec s = site(importLimitKw, 1);
        s.batteries.push_back(battery(100, 50));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(150, 0, {ev(60, 40, 10, 20, true)}, 0.25);
        now.criticalLoadKw = 10;
        now.batteries.push_back(batteryAt(35, 100));
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.batteryKw[0] - expectedKw) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
    }

    // (6) No battery charging from the grid unless allowed; PV surplus always goes in.
    void batteryGridCharging_data()
    {
        QTest::addColumn<bool>("gridCharging");
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<bool>("withPlan");
        QTest::addColumn<double>("expectedKw");
        QTest::newRow("no plan: covers the deficit") << false << 0.0 << false << -30.0;
        QTest::newRow("no plan: stores PV surplus") << false << 80.0 << false << 30.0;
        QTest::newRow("plan charges 30 kW, grid charging off: nothing") << false << 0.0 << true << 0.0;
        QTest::newRow("plan charges 30 kW, grid charging on") << true << 0.0 << true << 30.0;
        QTest::newRow("plan charges 30 kW, grid charging off: only the 10 kW surplus")
            << false << 60.0 << true << 10.0;
        QTest::newRow("plan charges 30 kW for a later peak: shaving outranks it")
            << false << 0.0 << true << 30.0;
    }
    void batteryGridCharging()
    {
        QFETCH(bool, gridCharging);
        QFETCH(double, pvKw);
        QFETCH(bool, withPlan);
        QFETCH(double, expectedKw);
        Policy policy;
        policy.selfSufficiency = {true, gridCharging};
        if (QByteArray(QTest::currentDataTag()).contains("shaving"))
            policy.peakShaving = {true, 90};
        SiteSpec s = site(400, 0);
        s.batteries.push_back(battery(100, 30));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(50, pvKw, {}, 0.25);
        now.batteries.push_back(batteryAt(50, 100));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {30};
        plan.gridImportKw = {80};
        const Setpoints out = dispatcher.dispatch(now, withPlan ? &plan : nullptr);
        QVERIFY2(std::abs(out.batteryKw[0] - expectedKw) < 1e-6,
                 qPrintable(describe(s, policy, now, nullptr, out)));
    }

    // (6) PV surplus: EVs that need energy, then the battery, then EVs beyond their target.
    void pvSurplusBeforeExport()
    {
        Policy policy;
        SiteSpec s = site(400, 2, 100);
        s.batteries.push_back(battery(100, 30));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(20, 100, {ev(10, 50, 10), ev(50, 50, 10)});
        now.batteries.push_back(batteryAt(50, 100));
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        const QString d = describe(s, policy, now, nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[0] - 11) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - 30) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] - 11) < 1e-6, qPrintable(d));
        QCOMPARE(out.chargerReasons[1], QStringLiteral("PV surplus, 11 kW"));
    }

    // The plan's EV power is followed, and the plan's (higher) planned peak is the target.
    void followsThePlan_data()
    {
        QTest::addColumn<double>("loadKw");
        QTest::addColumn<double>("plannedPeakKw");
        QTest::addColumn<double>("plannedKw");
        QTest::addColumn<double>("unplannedKw");
        QTest::newRow("room: planned power, the unplanned EV what it needs") << 100.0 << 0.0 << 6.0 << 11.0;
        QTest::newRow("10 kW under the limit: shared") << 140.0 << 0.0 << 5.0 << 5.0;
        QTest::newRow("the plan's peak of 160 kW is the target") << 140.0 << 160.0 << 6.0 << 11.0;
    }
    void followsThePlan()
    {
        QFETCH(double, loadKw);
        QFETCH(double, plannedPeakKw);
        QFETCH(double, plannedKw);
        QFETCH(double, unplannedKw);
        Policy policy;
        policy.peakShaving = {true, 150};
        const SiteSpec s = site(400, 2);
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now = snapshot(loadKw, 0, {ev(10, 50, 10), ev(10, 50, 10)});
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0 - 60000;
        plan.batteryKw = {0, 0};
        plan.gridImportKw = {0, 0};
        plan.plannedPeakKw = plannedPeakKw;
        plan.evKw[now.chargers[0].sessionIndex] = {6, 6};
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - plannedKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] - unplannedKw) < 1e-6, qPrintable(d));
        if (loadKw == 100.0)
            QCOMPARE(out.chargerReasons[0], QStringLiteral("plan: 6 kW"));
    }

    // PV surplus: the plan's battery charging comes before cars beyond their planned power (that
    // PV is stored for later); what the battery cannot take goes to the cars. Without a plan the
    // cars that need energy come first.
    // Under peak shaving, room below the billing peak already paid for goes to cars that still
    // need energy, beyond their plan (never above the peak target, never without shaving).
    void roomBelowThePaidPeakGoesToCarsBeyondThePlan_data()
    {
        QTest::addColumn<bool>("shaving");
        QTest::addColumn<double>("billedPeakKw");
        QTest::addColumn<double>("expectedKw");
        // Load 5 kW, the car planned at 5 kW, the plan's peak 14 kW.
        QTest::newRow("nothing paid yet: the plan") << true << 0.0 << 5.0;
        QTest::newRow("13 kW paid: up to it") << true << 13.0 << 8.0;
        QTest::newRow("30 kW paid: up to the 14 kW target") << true << 30.0 << 9.0;
        QTest::newRow("no peak shaving: the plan") << false << 30.0 << 5.0;
    }
    void roomBelowThePaidPeakGoesToCarsBeyondThePlan()
    {
        QFETCH(bool, shaving);
        QFETCH(double, billedPeakKw);
        QFETCH(double, expectedKw);
        Policy policy;
        policy.peakShaving = {shaving, 1};
        const SiteSpec s = site(400, 1);
        Dispatcher dispatcher(s, policy);
        dispatcher.setBilledPeakKw(billedPeakKw);
        const SiteSnapshot now = snapshot(5, 0, {ev(10, 50, 10)});
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {0, 0};
        plan.gridImportKw = {10, 10};
        plan.plannedPeakKw = 14;
        plan.evKw[now.chargers[0].sessionIndex] = {5, 5};
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - expectedKw) < 1e-6, qPrintable(d));
        QVERIFY(dispatcher.lastViolations().empty());
    }

    // What room below the paid peak the cars leave, the battery fills, when the site lets it charge
    // from the grid (it then shaves a spike the forecast did not see).
    void batteryFillsToThePaidPeakWhenGridChargingIsAllowed_data()
    {
        QTest::addColumn<bool>("gridCharging");
        QTest::addColumn<double>("carKw");
        QTest::addColumn<double>("batteryKw");
        // Load 5 kW, the car needs 1 kWh (4.1 kW, its minimum, in a 15-minute step), 13 kW paid,
        // the plan's peak 14 kW.
        QTest::newRow("grid charging allowed: cars first, then the battery") << true << 4.1 << 3.9;
        QTest::newRow("grid charging not allowed: the car only") << false << 4.1 << 0.0;
    }
    void batteryFillsToThePaidPeakWhenGridChargingIsAllowed()
    {
        QFETCH(bool, gridCharging);
        QFETCH(double, carKw);
        QFETCH(double, batteryKw);
        Policy policy;
        policy.peakShaving = {true, 1};
        policy.selfSufficiency.batteryGridCharging = gridCharging;
        SiteSpec s = site(400, 1);
        s.batteries.push_back(battery(100, 50, 5));
        Dispatcher dispatcher(s, policy);
        dispatcher.setBilledPeakKw(13);
        SiteSnapshot now = snapshot(5, 0, {ev(10, 11, 10)}, 0.25);
        now.batteries.push_back(batteryAt(20, 100));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {0, 0};
        plan.gridImportKw = {5, 5};
        plan.plannedPeakKw = 14;
        plan.evKw[now.chargers[0].sessionIndex] = {0, 0};
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] - carKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QCOMPARE(out.chargerReasons[0], QStringLiteral("ahead of plan, under the 13 kW peak paid: 4.1 kW"));
        QVERIFY(dispatcher.lastViolations().empty());
    }

    void pvSurplusFollowsThePlansBatteryCharging_data()
    {
        QTest::addColumn<bool>("withPlan");
        QTest::addColumn<double>("plannedBatteryKw");
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<double>("evKw");
        QTest::addColumn<double>("batteryKw");
        QTest::newRow("plan stores 40 of the 45 kW surplus: the car keeps its 5 kW")
            << true << 40.0 << 65.0 << 5.0 << 40.0;
        QTest::newRow("plan stores 30: the car gets 5 + 10, the battery the rest")
            << true << 30.0 << 65.0 << 11.0 << 34.0;
        QTest::newRow("plan stores 60, above the 50 kW rating: the car gets what the battery cannot take")
            << true << 60.0 << 80.0 << 10.0 << 50.0;
        QTest::newRow("plan discharges: the surplus goes to the car first")
            << true << -10.0 << 65.0 << 11.0 << 34.0;
        QTest::newRow("no plan: the car first, then the battery") << false << 0.0 << 65.0 << 11.0 << 34.0;
    }
    void pvSurplusFollowsThePlansBatteryCharging()
    {
        QFETCH(bool, withPlan);
        QFETCH(double, plannedBatteryKw);
        QFETCH(double, pvKw);
        QFETCH(double, evKw);
        QFETCH(double, batteryKw);
        Policy policy;
        SiteSpec s = site(400, 1);
        s.batteries.push_back(battery(200, 50));
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(20, pvKw, {ev(10, 50, 10)});
        now.batteries.push_back(batteryAt(100, 200));
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {plannedBatteryKw};
        plan.gridImportKw = {0};
        plan.evKw[now.chargers[0].sessionIndex] = {5};
        const Setpoints out = dispatcher.dispatch(now, withPlan ? &plan : nullptr);
        const QString d = describe(s, policy, now, withPlan ? &plan : nullptr, out);
        QVERIFY2(std::abs(out.chargerKw[0] - evKw) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.batteryKw[0] - batteryKw) < 1e-6, qPrintable(d));
        QVERIFY2(SafetyInvariants::violations(s, policy, now, out).empty(), qPrintable(d));
    }

    // The plan's V2B is followed car by car: the cars it discharges make room for the one it
    // charges; a consenting car the plan leaves alone is not touched.
    void followsThePlansV2bPerCar()
    {
        Policy policy;
        policy.peakShaving = {true, 100};
        policy.v2b.enabled = true;
        const SiteSpec s = site(400, 3);
        Dispatcher dispatcher(s, policy);
        const SiteSnapshot now =
            snapshot(100, 0, {ev(30, 30, 10, 20, true), ev(20, 60, 10, 0, true), ev(50, 40, 10, 20, true)});
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {0};
        plan.gridImportKw = {100};
        plan.plannedPeakKw = 100;
        plan.evKw[now.chargers[0].sessionIndex] = {-5};
        plan.evKw[now.chargers[1].sessionIndex] = {11};
        plan.evKw[now.chargers[2].sessionIndex] = {0};
        const Setpoints out = dispatcher.dispatch(now, &plan);
        const QString d = describe(s, policy, now, &plan, out);
        QVERIFY2(std::abs(out.chargerKw[0] + 5) < 1e-6, qPrintable(d));
        QVERIFY2(std::abs(out.chargerKw[1] - 5) < 1e-6, qPrintable(d));
        QVERIFY2(out.chargerKw[2] == 0, qPrintable(d));
        QCOMPARE(out.chargerReasons[0], QStringLiteral("V2B: plan, -5 kW"));
        QCOMPARE(out.chargerReasons[1], QStringLiteral("peak limit 100 kW: 11 -> 5 kW"));
    }

    // A planned average below the charger's minimum is met by running at the minimum in just
    // enough steps (not throughout): 1 kW planned on a 4.1 kW charger for 15 minutes.
    void plannedPowerBelowTheMinimumIsDutyCycled()
    {
        Policy policy;
        const SiteSpec s = site(400, 1);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(50, 0, {ev(10, 50, 10)});
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {0, 0};
        plan.gridImportKw = {0, 0};
        plan.evKw[now.chargers[0].sessionIndex] = {1, 1};
        int running = 0;
        for (int minute = 0; minute < 15; ++minute) {
            now.timeMs = kT0 + minute * 60000;
            const Setpoints out = dispatcher.dispatch(now, &plan);
            QVERIFY2(out.chargerKw[0] == 0 || out.chargerKw[0] == 4.1, qPrintable(out.chargerReasons[0]));
            running += out.chargerKw[0] > 0 ? 1 : 0;
            now.chargers[0].energyKwh += out.chargerKw[0] * now.stepH;
        }
        // 0.25 kWh planned: 4 minutes at 4.1 kW (0.273 kWh) is the nearest.
        QCOMPARE(running, 4);
        QVERIFY(std::abs(now.chargers[0].energyKwh - 10 - 0.25) < 0.5 * 4.1 / 60);
    }

    // The billing peak is a 15-minute average: what the window's first minutes left unused under
    // the limit may be imported later in the same window, and the window still averages 100 kW.
    void peakTargetIsA15MinuteAverage()
    {
        Policy policy;
        policy.peakShaving = {true, 100};
        const SiteSpec s = site(400, 1);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(80, 0, {ev(10, 50, 10)});
        double windowKwh = 0;
        for (int minute = 0; minute < 15; ++minute) {
            now.timeMs = kT0 + minute * 60000;
            now.loadKw = minute < 5 ? 80 : 100;
            const Setpoints out = dispatcher.dispatch(now, nullptr);
            const double expectedKw = minute < 5 ? 11.0 : 4.5; // 5 min x 9 kW unused, spread over 10 min
            QVERIFY2(std::abs(out.chargerKw[0] - expectedKw) < 1e-6,
                     qPrintable(QStringLiteral("minute %1: %2 kW").arg(minute).arg(out.chargerKw[0])));
            windowKwh += (now.loadKw + out.chargerKw[0]) * now.stepH;
        }
        QVERIFY2(windowKwh / 0.25 <= 100 + 1e-6, qPrintable(QString::number(windowKwh / 0.25)));
        // The next window starts afresh: at 100 kW of load there is no room.
        now.timeMs = kT0 + 15 * 60000;
        QCOMPARE(dispatcher.dispatch(now, nullptr).chargerKw[0], 0.0);
    }

    // A setpoint changes at most once per 10 s, unless a limit forces a decrease.
    void rateLimit()
    {
        Policy policy;
        const SiteSpec s = site(100, 1);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(50, 0, {ev(10, 50, 10)}, 1.0 / 3600);
        auto at = [&](int second, double loadKw) {
            now.timeMs = kT0 + second * 1000;
            now.loadKw = loadKw;
            const Setpoints out = dispatcher.dispatch(now, nullptr);
            if (!SafetyInvariants::violations(s, policy, now, out).empty())
                return -1.0;
            return out.chargerKw[0];
        };
        QCOMPARE(at(0, 50), 11.0);
        QCOMPARE(at(1, 95), 5.0); // the connection limit forces the decrease at once
        QCOMPARE(at(2, 50), 5.0); // may go up again only 10 s after the last change
        QCOMPARE(at(10, 50), 5.0);
        QCOMPARE(at(11, 50), 11.0);
        QCOMPARE(at(12, 95.9), 4.1); // forced again
        QCOMPARE(at(13, 97), 0.0);   // 3 kW left is below the minimum: forced to 0

        // A decrease no limit forces (the plan lowers the EV) waits too.
        Dispatcher planned(s, policy);
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw = {0};
        plan.gridImportKw = {0};
        plan.evKw[now.chargers[0].sessionIndex] = {11};
        now.loadKw = 50;
        now.timeMs = kT0;
        QCOMPARE(planned.dispatch(now, &plan).chargerKw[0], 11.0);
        plan.evKw[now.chargers[0].sessionIndex] = {4.1};
        now.timeMs = kT0 + 1000;
        const Setpoints held = planned.dispatch(now, &plan);
        QCOMPARE(held.chargerKw[0], 11.0);
        QVERIFY2(held.chargerReasons[0].startsWith(QStringLiteral("held at 11 kW")),
                 qPrintable(held.chargerReasons[0]));
        now.timeMs = kT0 + 10000;
        QCOMPARE(planned.dispatch(now, &plan).chargerKw[0], 4.1);

        // Disabled: follows at once.
        Dispatcher unlimited(s, policy);
        unlimited.setMinChangeIntervalMs(0);
        now.timeMs = kT0;
        QCOMPARE(unlimited.dispatch(now, &plan).chargerKw[0], 4.1);
        plan.evKw[now.chargers[0].sessionIndex] = {11};
        now.timeMs = kT0 + 1000;
        QCOMPARE(unlimited.dispatch(now, &plan).chargerKw[0], 11.0);
    }

    void reasonsForIdleChargers()
    {
        Policy policy;
        const SiteSpec s = site(100, 3);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(10, 0, {ev(10, 50, 10), ev(50, 50, 10), ev(10, 50, 10)});
        now.chargers[0].plugged = false;
        now.chargers[2].online = false;
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        QCOMPARE(out.chargerReasons[0], QStringLiteral("no EV"));
        QCOMPARE(out.chargerReasons[1], QStringLiteral("target reached"));
        QCOMPARE(out.chargerReasons[2], QStringLiteral("offline"));
        QCOMPARE(sum(out.chargerKw), 0.0);

        // A target above what the car holds, and a charger whose minimum exceeds the car's limit.
        now = snapshot(10, 0, {ev(80, 90, 10), ev(10, 50, 10, 0, false, 3.7, 4.1), ev(10, 50, 10)});
        const Setpoints stuck = dispatcher.dispatch(now, nullptr);
        QCOMPARE(stuck.chargerReasons[0], QStringLiteral("battery full"));
        QCOMPARE(stuck.chargerReasons[1],
                 QStringLiteral("cannot charge: minimum 4.1 kW above its 3.7 kW limit"));
        QCOMPARE(stuck.chargerReasons[2], QStringLiteral("needs 40 kWh: full power"));
        QCOMPARE(stuck.chargerKw[2], 11.0);
    }

    // An offline charger may still draw its fail-safe current (the engine cannot change it): it
    // counts against the connection limit, the peak target and an island's supply, is commanded 0
    // and says why.
    void offlineChargersCountAtTheirFailsafe_data()
    {
        QTest::addColumn<bool>("shaving");
        QTest::addColumn<bool>("outage");
        QTest::addColumn<double>("roomKw"); // for the two online EVs together
        // Connection 25 kW, load 5 kW, fail-safe 4.1 kW: 15.9 kW left.
        QTest::newRow("connection limit") << false << false << 25.0 - 5 - 4.1;
        // Peak target 20 kW (connection 100 kW): 10.9 kW left.
        QTest::newRow("peak target") << true << false << 20.0 - 5 - 4.1;
        // Islanded: PV 20 kW, critical load 5 kW, fail-safe 4.1 kW: 10.9 kW of surplus.
        QTest::newRow("outage balance") << false << true << 20.0 - 5 - 4.1;
    }
    void offlineChargersCountAtTheirFailsafe()
    {
        QFETCH(bool, shaving);
        QFETCH(bool, outage);
        QFETCH(double, roomKw);
        Policy policy;
        policy.peakShaving = {shaving, 20};
        const SiteSpec s = site(shaving ? 100 : 25, 3);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(5, outage ? 20 : 0, {ev(10, 50, 10), ev(10, 50, 10), ev(10, 50, 10)});
        now.criticalLoadKw = 5;
        now.gridAvailable = !outage;
        now.chargers[2].online = false;
        now.chargers[2].offlineDrawKw = 4.1;
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        QVERIFY2(
            dispatcher.lastViolations().empty(),
            qPrintable(QStringList(dispatcher.lastViolations().begin(), dispatcher.lastViolations().end())
                           .join(QStringLiteral("; "))));
        QCOMPARE(out.chargerKw[2], 0.0);
        QCOMPARE(out.chargerReasons[2], QStringLiteral("offline: counted at fail-safe 4.1 kW"));
        const double evKw = out.chargerKw[0] + out.chargerKw[1];
        QVERIFY2(evKw <= roomKw + 1e-6, qPrintable(QString::number(evKw)));
        QVERIFY2(evKw >= roomKw - 1e-6, qPrintable(QString::number(evKw))); // and all of it is used
    }

    void offlineFailsafeAloneAboveTheLimitAddsNothing()
    {
        // Load 22 kW and two offline chargers at 4.1 kW against a 30 kW connection: nothing to add.
        Policy policy;
        const SiteSpec s = site(30, 3);
        Dispatcher dispatcher(s, policy);
        SiteSnapshot now = snapshot(22, 0, {ev(10, 50, 10), ev(10, 50, 10), ev(10, 50, 10)});
        now.chargers[1].online = now.chargers[2].online = false;
        now.chargers[1].offlineDrawKw = now.chargers[2].offlineDrawKw = 4.1;
        const Setpoints out = dispatcher.dispatch(now, nullptr);
        QVERIFY(dispatcher.lastViolations().empty());
        QCOMPARE(sum(out.chargerKw), 0.0);
    }

    // Closed loop over the shared scenarios through the site physics (no plan: the dispatcher
    // alone): the physics must never see a violation or a setpoint it had to clamp, and every
    // session the baseline meets is met.
    void closedLoopOnSharedScenarios_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("policyVariant");
        const QDir dir(QStringLiteral(PARKWATT_SHARED_DIR "/scenarios"));
        for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            for (const char* variant : {"scenario", "all on", "tight peak"})
                QTest::newRow(qPrintable(file + QLatin1Char('/') + QLatin1String(variant)))
                    << dir.filePath(file) << QString::fromLatin1(variant);
        }
    }
    void closedLoopOnSharedScenarios()
    {
        QFETCH(QString, file);
        QFETCH(QString, policyVariant);
        LoadResult<Scenario> loaded = loadScenarioFile(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        Scenario scenario = *loaded.value;
        if (policyVariant == QLatin1String("all on")) {
            scenario.policy.peakShaving.enabled = true;
            if (scenario.policy.peakShaving.importLimitKw <= 0)
                scenario.policy.peakShaving.importLimitKw = 0.5 * scenario.site.grid.importLimitKw;
            scenario.policy.selfSufficiency = {true, false};
            scenario.policy.backup = {true, 30, true, 2};
            scenario.policy.v2b.enabled = true;
        }
        double peakKw[2] = {0, 0};
        auto run = [&](bool controlled, int& badSteps, QString& firstBad) {
            double windowKwh = 0;
            const int stepsPerWindow = std::max(1, 900 / scenario.stepS);
            SitePhysics physics(scenario);
            Dispatcher dispatcher(scenario.site, scenario.policy);
            dispatcher.setUtcOffsetS(scenario.utcOffsetS);
            dispatcher.setCheckInvariants(false);
            SiteSnapshot now;
            Setpoints out;
            for (int step = 0; step < physics.stepCount(); ++step) {
                physics.snapshotInto(step, now);
                if (controlled) {
                    out = dispatcher.dispatch(now, nullptr);
                } else {
                    out.batteryKw.assign(now.batteries.size(), 0.0);
                    out.chargerKw.assign(now.chargers.size(), 0.0);
                    for (size_t i = 0; i < now.chargers.size(); ++i) {
                        const ChargerState& c = now.chargers[i];
                        if (c.plugged && c.energyKwh < c.targetEnergyKwh - 1e-6)
                            out.chargerKw[i] = c.maxChargeKw;
                    }
                }
                const std::vector<QString> unsafe =
                    controlled ? SafetyInvariants::violations(scenario.site, scenario.policy, now, out)
                               : std::vector<QString>{};
                const StepRecord& r = physics.apply(step, out);
                windowKwh += std::max(0.0, r.gridKw) * r.stepH;
                if ((step + 1) % stepsPerWindow == 0) {
                    peakKw[controlled ? 0 : 1] = std::max(peakKw[controlled ? 0 : 1], windowKwh / 0.25);
                    windowKwh = 0;
                }
                const StepViolations& v = r.violations;
                const bool importBad =
                    v.importLimit && now.loadKw - now.pvAvailableKw <= scenario.site.grid.importLimitKw;
                if (controlled && (!unsafe.empty() || importBad || v.exportLimit || v.evMinSoc ||
                                   v.batterySoc || v.deviceLimitClamps > 0)) {
                    if (badSteps++ == 0)
                        firstBad =
                            QStringLiteral("step %1: import %2 export %3 evMin %4 soc %5 clamps %6 %7")
                                .arg(step)
                                .arg(v.importLimit)
                                .arg(v.exportLimit)
                                .arg(v.evMinSoc)
                                .arg(v.batterySoc)
                                .arg(v.deviceLimitClamps)
                                .arg(QStringList(unsafe.begin(), unsafe.end()).join(QStringLiteral("; ")));
                }
            }
            return physics.sessionOutcomes();
        };
        int badSteps = 0, ignored = 0;
        QString firstBad, ignoredText;
        const std::vector<SessionOutcome> baseline = run(false, ignored, ignoredText);
        if (policyVariant == QLatin1String("tight peak")) {
            // 80 % of the uncontrolled peak, battery and V2B on: the dispatcher alone, without a plan.
            scenario.policy.peakShaving = {true, 0.8 * peakKw[1]};
            scenario.policy.v2b.enabled = true;
        }
        const std::vector<SessionOutcome> controlled = run(true, badSteps, firstBad);
        QVERIFY2(badSteps == 0,
                 qPrintable(QStringLiteral("%1 bad steps, first %2").arg(badSteps).arg(firstBad)));
        int met = 0, baselineMet = 0, missed = 0;
        QString missedText;
        for (size_t i = 0; i < controlled.size(); ++i) {
            met += controlled[i].met ? 1 : 0;
            baselineMet += baseline[i].met ? 1 : 0;
            // In an outage the critical load outranks departures (the baseline sheds it instead).
            const EvSession& session = scenario.sessions[i];
            const bool outage =
                std::any_of(scenario.outages.begin(), scenario.outages.end(), [&](const Outage& o) {
                    return o.startMs < session.departureMs && session.arrivalMs < o.endMs;
                });
            if (baseline[i].met && !controlled[i].met && !outage && missed++ < 5)
                missedText += QStringLiteral(" %1 short %2 kWh;")
                                  .arg(scenario.sessions[i].id)
                                  .arg(controlled[i].shortfallKwh);
        }
        qInfo("%s: %d of %zu sessions met (baseline %d), billing peak %.1f kW (baseline %.1f, target %s)",
              qPrintable(QFileInfo(file).fileName()), met, controlled.size(), baselineMet, peakKw[0],
              peakKw[1],
              scenario.policy.peakShaving.enabled
                  ? qPrintable(QString::number(scenario.policy.peakShaving.importLimitKw))
                  : "none");
        // Controlled is never worse than uncontrolled, and without a plan the dispatcher alone holds
        // 80 % of the uncontrolled peak where EVs and the battery make that possible.
        QVERIFY2(peakKw[0] <= peakKw[1] + 0.01, qPrintable(QString::number(peakKw[0])));
        if (policyVariant == QLatin1String("tight peak") && !file.endsWith(QLatin1String("tiny-spike.json")))
            QVERIFY2(peakKw[0] <= 1.001 * scenario.policy.peakShaving.importLimitKw,
                     qPrintable(QString::number(peakKw[0])));
        QVERIFY2(missed == 0,
                 qPrintable(
                     QStringLiteral("%1 sessions the baseline meets missed:%2").arg(missed).arg(missedText)));
    }

    // Closed loop through the whole engine (planner and dispatcher, perfect forecasts) on the
    // outage scenario with backup on: departure targets (rule 3) rank right after the outage's
    // critical load (rule 2), so the policy meets every session uncontrolled charging meets and
    // sheds no more critical load than it.
    void closedLoopOutageWithBackup()
    {
        LoadResult<Scenario> loaded = loadScenarioFile(
            QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/residential-winter-60-outage.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        Scenario scenario = *loaded.value;
        scenario.policy.backup = {true, 30, true, 2};
        WhatIfOptions options;
        options.forecast = ForecastMode::Perfect;
        options.controller = ControllerKind::Baseline;
        const WhatIfResult baseline = runWhatIf(scenario, options);
        options.controller = ControllerKind::Policy;
        const WhatIfResult policy = runWhatIf(scenario, options);
        const ReportFigures& b = baseline.figures;
        const ReportFigures& p = policy.figures;
        qInfo("sessions met %d of %d (baseline %d), critical unserved %.2f kWh (baseline %.2f), "
              "unmet EV energy %.2f kWh (baseline %.2f)",
              p.evSessionsMet, p.evSessions, b.evSessionsMet, p.energyKwh.criticalUnserved,
              b.energyKwh.criticalUnserved, p.evEnergyUnmetKwh, b.evEnergyUnmetKwh);
        QString missed;
        for (size_t i = 0; i < policy.sessions.size() && i < baseline.sessions.size(); ++i)
            if (baseline.sessions[i].met && !policy.sessions[i].met)
                missed += QStringLiteral(" %1 short %2 kWh;")
                              .arg(scenario.sessions[i].id)
                              .arg(policy.sessions[i].shortfallKwh);
        QVERIFY2(p.evSessionsMet >= b.evSessionsMet, qPrintable(QStringLiteral("missed:") + missed));
        QVERIFY2(p.energyKwh.criticalUnserved <= b.energyKwh.criticalUnserved + 1e-6,
                 qPrintable(QString::number(p.energyKwh.criticalUnserved)));
        QCOMPARE(p.violationImportLimitSteps + p.violationExportLimitSteps + p.violationEvMinSocSteps +
                     p.violationBatterySocSteps + p.violationDeviceLimitSteps,
                 0);
    }

    // Random sites (0-50 chargers, 0-3 batteries), states, policies and plans: every setpoint
    // must pass SafetyInvariants, including a second cycle 1 s later (the rate limit's holds).
    void randomizedPropertyTest()
    {
        QRandomGenerator rng(20261122);
        auto uniform = [&rng](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
        auto chance = [&rng](double p) { return rng.generateDouble() < p; };
        constexpr int kCases = 12000;
        int checked = 0, withPlan = 0, outages = 0, infeasible = 0, charging = 0, discharging = 0;
        for (int k = 0; k < kCases; ++k) {
            SiteSpec s;
            s.grid = {chance(0.05) ? 0.0 : uniform(0, 600), chance(0.3) ? 0.0 : uniform(0, 200)};
            const int nb = int(rng.bounded(4));
            for (int b = 0; b < nb; ++b) {
                BatterySpec spec;
                spec.capacityKwh = uniform(5, 500);
                spec.maxChargeKw = chance(0.1) ? 0.0 : uniform(1, 200);
                spec.maxDischargeKw = chance(0.1) ? 0.0 : uniform(1, 200);
                spec.minSocPct = chance(0.3) ? 0.0 : uniform(0, 40);
                spec.maxSocPct = chance(0.3) ? 100.0 : uniform(60, 100);
                spec.roundtripEfficiency = chance(0.3) ? 1.0 : uniform(0.7, 1.0);
                s.batteries.push_back(spec);
            }
            const int nc = int(rng.bounded(51));
            for (int c = 0; c < nc; ++c) {
                ChargerSpec spec = charger(uniform(3, 50), chance(0.2) ? 0.0 : uniform(1, 8), chance(0.5));
                if (chance(0.05))
                    spec.minChargeKw = spec.maxChargeKw + 1; // cannot charge at all
                spec.maxDischargeKw = spec.bidirectional ? uniform(0, spec.maxChargeKw) : 0.0;
                spec.efficiency = chance(0.5) ? 1.0 : uniform(0.85, 1.0);
                s.chargers.push_back(spec);
            }
            Policy policy;
            policy.peakShaving = {chance(0.6), uniform(0, 500)};
            policy.selfSufficiency = {chance(0.8), chance(0.4)};
            policy.backup = {chance(0.5), uniform(0, 60), chance(0.5), uniform(0, 4)};
            policy.v2b.enabled = chance(0.5);

            SiteSnapshot now;
            now.timeMs = kT0 + TimeMs(rng.bounded(100000000));
            const double steps[] = {1.0 / 3600, 1.0 / 60, 0.25, 1.0, 0.0};
            now.stepH = steps[rng.bounded(chance(0.02) ? 5 : 4)];
            now.gridAvailable = !chance(0.15);
            now.loadKw = uniform(0, 700);
            now.pvAvailableKw = chance(0.4) ? 0.0 : uniform(0, 500);
            now.criticalLoadKw = uniform(0, now.loadKw);
            for (const BatterySpec& spec : s.batteries) {
                BatteryState st = batteryAt(uniform(0, spec.capacityKwh), spec.capacityKwh);
                st.online = !chance(0.1);
                now.batteries.push_back(st);
            }
            int sessions = 0;
            auto arrive = [&](const ChargerSpec& spec, ChargerState& c) {
                c = ChargerState{};
                c.online = !chance(0.1);
                c.plugged = chance(0.75);
                c.sessionIndex = sessions++;
                c.sessionId = QStringLiteral("S%1").arg(c.sessionIndex);
                if (c.plugged) {
                    c.capacityKwh = uniform(20, 100);
                    c.energyKwh = uniform(0, c.capacityKwh);
                    c.minEnergyKwh = chance(0.3) ? 0.0 : uniform(0, 0.5 * c.capacityKwh);
                    c.targetEnergyKwh = uniform(0, c.capacityKwh);
                    c.departureMs = chance(0.05) ? 0 : now.timeMs + TimeMs(uniform(-1, 24) * 3.6e6);
                    c.maxChargeKw = std::min(spec.maxChargeKw, chance(0.3) ? uniform(3, 50) : 1e9);
                    c.minChargeKw = spec.minChargeKw;
                    c.v2xConsent = chance(0.5);
                    c.maxDischargeKw =
                        c.v2xConsent && (spec.bidirectional || chance(0.1)) ? spec.maxDischargeKw + 1 : 0.0;
                }
                // What it would draw offline at its own fail-safe current (counted only offline).
                c.offlineDrawKw = chance(0.7) ? uniform(0, spec.maxChargeKw) : 0.0;
            };
            now.chargers.resize(s.chargers.size());
            for (size_t i = 0; i < s.chargers.size(); ++i)
                arrive(s.chargers[i], now.chargers[i]);
            Plan plan;
            const bool usePlan = chance(0.5);
            if (usePlan) {
                plan.valid = !chance(0.05);
                plan.startMs = now.timeMs - TimeMs(rng.bounded(900)) * 1000;
                for (int i = 0; i < 4; ++i) {
                    plan.batteryKw.push_back(uniform(-200, 200));
                    plan.gridImportKw.push_back(uniform(-100, 600));
                }
                plan.plannedPeakKw = chance(0.5) ? 0.0 : uniform(0, 600);
                for (const ChargerState& c : now.chargers) {
                    if (chance(0.7))
                        plan.evKw[c.sessionIndex] = {uniform(-20, 30), uniform(-20, 30), uniform(-20, 30),
                                                     uniform(-20, 30)};
                }
                ++withPlan;
            }

            Dispatcher dispatcher(s, policy);
            dispatcher.setCheckInvariants(false);
            Setpoints last;
            for (int cycle = 0; cycle < 4; ++cycle) {
                if (cycle > 0) {
                    // 1 s, 5 s or a step later, the devices having followed the last setpoints:
                    // other load and PV, plans and policies changed. Rate-limit holds, the billing
                    // window's account and duty cycles may not break anything either.
                    const double stepH = now.stepH;
                    const TimeMs laterMs =
                        cycle == 3 ? TimeMs(std::llround(stepH * 3.6e6)) : (cycle == 1 ? 1000 : 5000);
                    for (size_t i = 0; i < now.chargers.size(); ++i) {
                        ChargerState& c = now.chargers[i];
                        const double p = last.chargerKw[i], eta = s.chargers[i].efficiency;
                        c.energyKwh =
                            std::clamp(c.energyKwh + (p > 0 ? eta * p : p / eta) * stepH, 0.0, c.capacityKwh);
                    }
                    for (size_t b = 0; b < now.batteries.size(); ++b) {
                        const double p = last.batteryKw[b],
                                     eta = std::sqrt(s.batteries[b].roundtripEfficiency);
                        now.batteries[b].energyKwh =
                            std::clamp(now.batteries[b].energyKwh + (p > 0 ? eta * p : p / eta) * stepH, 0.0,
                                       s.batteries[b].capacityKwh);
                    }
                    now.timeMs += std::max<TimeMs>(laterMs, 1000);
                    now.loadKw = uniform(0, 700);
                    now.pvAvailableKw = chance(0.4) ? 0.0 : uniform(0, 500);
                    now.criticalLoadKw = uniform(0, now.loadKw);
                    if (chance(0.2))
                        now.gridAvailable = !now.gridAvailable;
                    if (chance(0.3)) {
                        policy.v2b.enabled = !policy.v2b.enabled;
                        dispatcher.setPolicy(policy);
                    }
                    for (auto& [session, kw] : plan.evKw)
                        kw[0] = uniform(-20, 30);
                    for (size_t i = 0; i < now.chargers.size(); ++i) {
                        if (chance(0.05))
                            arrive(s.chargers[i], now.chargers[i]); // a departure and maybe a new car
                        else if (chance(0.02))
                            now.chargers[i].online = !now.chargers[i].online;
                    }
                }
                const Setpoints out = dispatcher.dispatch(now, usePlan ? &plan : nullptr);
                last = out;
                const std::vector<QString> found = SafetyInvariants::violations(s, policy, now, out);
                if (!found.empty()) {
                    const QString all = QStringList(found.begin(), found.end()).join(QStringLiteral("\n  "));
                    QFAIL(
                        qPrintable(QStringLiteral("case %1 cycle %2:\n  %3\n%4")
                                       .arg(k)
                                       .arg(cycle)
                                       .arg(all, describe(s, policy, now, usePlan ? &plan : nullptr, out))));
                }
                QCOMPARE(out.chargerReasons.size(), now.chargers.size());
                for (size_t i = 0; i < out.chargerKw.size(); ++i) {
                    QVERIFY(!out.chargerReasons[i].isEmpty());
                    charging += out.chargerKw[i] > 0 ? 1 : 0;
                    discharging += out.chargerKw[i] < 0 ? 1 : 0;
                }
                outages += now.gridAvailable ? 0 : 1;
                infeasible += now.gridAvailable &&
                                      now.loadKw - now.pvAvailableKw + SafetyInvariants::offlineDrawKw(now) >
                                          s.grid.importLimitKw
                                  ? 1
                                  : 0;
                ++checked;
            }
        }
        qInfo(
            "%d dispatches checked (%d with a plan, %d in outages, %d with the load alone above the limit); "
            "%d EV setpoints charging, %d discharging",
            checked, withPlan, outages, infeasible, charging, discharging);
        QVERIFY(checked >= 40000);
        QVERIFY(infeasible > 100 && outages > 1000 && discharging > 1000);
    }

    // Large sites (50, 500 and 2,000 chargers; tight peak limit, battery, V2B, backup), with a plan
    // for every EV and without one: every cycle safe. (How long a cycle takes is measured by
    // tests/bench/bench_dispatcher, a program that prints figures, not here.)
    void largeSitesStaySafe_data()
    {
        QTest::addColumn<int>("chargers");
        QTest::addColumn<bool>("withPlan");
        QTest::addColumn<bool>("scarce");
        for (int n : {50, 500, 2000}) {
            QTest::addRow("%d chargers, plan", n) << n << true << false;
            QTest::addRow("%d chargers, no plan", n) << n << false << false;
            QTest::addRow("%d chargers, no plan, 1.4 and 4.1 kW minimums, scarce", n) << n << false << true;
        }
    }
    void largeSitesStaySafe()
    {
        QFETCH(int, chargers);
        QFETCH(bool, withPlan);
        QFETCH(bool, scarce);
        const double n = chargers;
        QRandomGenerator rng(7);
        Policy policy;
        policy.peakShaving = {true, 1.8 * n};
        policy.backup = {true, 20, true, 2};
        policy.v2b.enabled = true;
        SiteSpec s = site(5 * n, chargers);
        if (scarce) {
            // Every other charger is a 7.4 kW wallbox with a 1.4 kW floor; the peak leaves
            // about 1 kW per car, so minimums decide who charges.
            for (size_t i = 0; i < s.chargers.size(); i += 2)
                s.chargers[i] = charger(7.4, 1.4);
            policy.peakShaving = {true, 1.4 * n};
            s.batteries.clear();
        }
        s.batteries.push_back(battery(2 * n, n));
        SiteSnapshot now = snapshot(1.4 * n, 0.4 * n, {});
        if (!scarce)
            now.batteries.push_back(batteryAt(1.2 * n, 2 * n));
        for (int i = 0; i < chargers; ++i) {
            const double cap = 40 + 60 * rng.generateDouble();
            now.chargers.push_back(ev(cap * rng.generateDouble(), cap * 0.8, 0.5 + 10 * rng.generateDouble(),
                                      cap * 0.2, rng.generateDouble() < 0.4));
            now.chargers.back().capacityKwh = cap;
            now.chargers.back().minChargeKw = s.chargers[size_t(i)].minChargeKw;
            now.chargers.back().maxChargeKw = s.chargers[size_t(i)].maxChargeKw;
        }
        Plan plan;
        plan.valid = true;
        plan.startMs = kT0;
        plan.batteryKw.assign(96, -0.1 * n);
        plan.gridImportKw.assign(96, 1.8 * n);
        for (const ChargerState& c : now.chargers)
            plan.evKw[c.sessionIndex].assign(96, 5 * rng.generateDouble() - 1);
        Dispatcher dispatcher(s, policy);
        dispatcher.setCheckInvariants(false);
        double chargingKw = 0;
        for (int cycle = 0; cycle < 20; ++cycle) {
            now.timeMs = kT0 + cycle * 60000;
            now.loadKw = (scarce ? 0.4 : 1.4 + 0.6 * rng.generateDouble()) * n;
            const Setpoints out = dispatcher.dispatch(now, withPlan ? &plan : nullptr);
            const std::vector<QString> found = SafetyInvariants::violations(s, policy, now, out);
            QVERIFY2(found.empty(),
                     qPrintable(QStringList(found.begin(), found.end()).join(QStringLiteral("; "))));
            chargingKw += sum(out.chargerKw);
        }
        QVERIFY(chargingKw > 0);
    }
};

QTEST_GUILESS_MAIN(TstDispatcher)
#include "tst_dispatcher.moc"
