// The safety checker: each rule it guards is broken once on purpose (and the checker must say
// so), and the safe neighbours of each case pass.

#include "control/SafetyInvariants.h"

#include <QTest>

using namespace parkwatt;

namespace {

// A site with a 100 kW connection (export 20 kW), one 100 kWh battery (50 kW, window 10-90 %),
// a bidirectional charger (11 kW, 4.1 kW minimum, 10 kW discharge) and a one-way charger.
struct Case {
    SiteSpec site;
    Policy policy;
    SiteSnapshot now;
    Setpoints setpoints;
};

Case baseCase()
{
    Case c;
    c.site.grid = {100, 20};
    BatterySpec battery;
    battery.capacityKwh = 100;
    battery.maxChargeKw = 50;
    battery.maxDischargeKw = 50;
    battery.minSocPct = 10;
    battery.maxSocPct = 90;
    c.site.batteries.push_back(battery);
    ChargerSpec twoWay;
    twoWay.id = QStringLiteral("A");
    twoWay.maxChargeKw = 11;
    twoWay.minChargeKw = 4.1;
    twoWay.bidirectional = true;
    twoWay.maxDischargeKw = 10;
    ChargerSpec oneWay = twoWay;
    oneWay.id = QStringLiteral("B");
    oneWay.bidirectional = false;
    oneWay.maxDischargeKw = 0;
    c.site.chargers = {twoWay, oneWay};
    c.policy.v2b.enabled = true;

    c.now.stepH = 0.25;
    c.now.loadKw = 50;
    c.now.pvAvailableKw = 10;
    c.now.criticalLoadKw = 10;
    BatteryState b;
    b.energyKwh = 50;
    b.socPct = 50;
    c.now.batteries.push_back(b);
    ChargerState ev;
    ev.plugged = true;
    ev.sessionIndex = 0;
    ev.energyKwh = 30;
    ev.capacityKwh = 60;
    ev.minEnergyKwh = 20;
    ev.targetEnergyKwh = 50;
    ev.maxChargeKw = 11;
    ev.minChargeKw = 4.1;
    ev.maxDischargeKw = 10;
    ev.v2xConsent = true;
    ChargerState ev2 = ev;
    ev2.sessionIndex = 1;
    ev2.maxDischargeKw = 0; // one-way charger
    c.now.chargers = {ev, ev2};
    c.setpoints.batteryKw = {0};
    c.setpoints.chargerKw = {0, 0};
    c.setpoints.chargerReasons = {QString(), QString()};
    return c;
}

} // namespace

class TstSafetyInvariants : public QObject {
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expected"); // a substring of the violation, empty when safe
        QTest::newRow("idle is safe") << "idle"
                                      << "";
        QTest::newRow("charging 11 kW is safe") << "charge 11"
                                                << "";
        QTest::newRow("charging 11.1 kW is above the rating") << "charge 11.1"
                                                              << "above its limit";
        QTest::newRow("charging 4.1 kW is at the minimum") << "charge 4.1"
                                                           << "";
        QTest::newRow("charging 3 kW is between 0 and the minimum") << "charge 3"
                                                                    << "minimum";
        QTest::newRow("vehicle limit 7 kW below the charger's") << "vehicle 7, charge 7.4"
                                                                << "above its limit";
        QTest::newRow("discharging 10 kW with consent is safe") << "charge -10"
                                                                << "";
        QTest::newRow("discharging 10.5 kW is above the discharge limit") << "charge -10.5"
                                                                          << "above its limit";
        QTest::newRow("discharging without consent") << "no consent, charge -5"
                                                     << "without consent";
        QTest::newRow("discharging on the one-way charger") << "second -5"
                                                            << "without consent";
        QTest::newRow("discharging with V2B disabled") << "v2b off, charge -5"
                                                       << "V2B disabled";
        QTest::newRow("discharging to the floor exactly") << "energy 22.5, charge -10"
                                                          << "";
        QTest::newRow("discharging below the floor") << "energy 22, charge -10"
                                                     << "below its floor";
        QTest::newRow("offline charger commanded") << "offline, charge 5"
                                                   << "offline";
        QTest::newRow("unplugged charger commanded") << "unplugged, charge 5"
                                                     << "no EV";
        QTest::newRow("battery charging 50 kW is safe") << "battery 40"
                                                        << "";
        QTest::newRow("battery above its rating") << "battery 51"
                                                  << "above its rating";
        QTest::newRow("battery charged above its window") << "soc 85, battery 40"
                                                          << "above its window";
        QTest::newRow("battery discharged below its window") << "soc 15, battery -40"
                                                             << "below its window";
        QTest::newRow("battery discharge above its rating") << "battery -55"
                                                            << "above its rating";
        QTest::newRow("import at the connection limit") << "load 110, battery 0, charge 0"
                                                        << "";
        QTest::newRow("import above the connection limit") << "load 100, charge 11"
                                                           << "connection limit";
        QTest::newRow("load alone above the limit, nothing added: allowed") << "load 130, battery -20"
                                                                            << "";
        QTest::newRow("load alone above the limit, EV charging added") << "load 130, battery -20, charge 5"
                                                                       << "charging added";
        QTest::newRow("PV export beyond the limit is curtailed, not a violation") << "load 0, pv 200"
                                                                                  << "";
        QTest::newRow("battery discharge exported beyond the limit") << "load 0, battery -25"
                                                                     << "export limit";
        QTest::newRow("outage: charging from PV surplus") << "outage, pv 30, charge 11"
                                                          << "";
        QTest::newRow("outage: charging beyond PV surplus") << "outage, pv 15, charge 11"
                                                            << "left after the critical load";
        QTest::newRow("outage: charging from the battery, the critical load served")
            << "outage, pv 15, battery -10, charge 11"
            << "";
        QTest::newRow("outage: charging from the battery while critical load is shed")
            << "outage, pv 0, battery -15, charge 11"
            << "left after the critical load";
        QTest::newRow("outage: a consenting EV lends to another, the critical load served")
            << "outage, ev reserve, pv 10, charge -5, second 5"
            << "";
        QTest::newRow("outage: battery charged from a discharging EV, critical load short")
            << "outage, ev reserve, pv 4, charge -10, battery 5"
            << "left after the critical load";
        QTest::newRow("outage: EV discharge without ev_reserve") << "outage, charge -5"
                                                                 << "without ev_reserve";
        QTest::newRow("outage: EV discharge with ev_reserve") << "outage, ev reserve, charge -5"
                                                              << "";
        // An offline charger draws its fail-safe current, which nobody can change: counted as load.
        QTest::newRow("offline charger's fail-safe counted: within the limit")
            << "load 90, failsafe 10, charge 4.1"
            << "";
        QTest::newRow("offline charger's fail-safe counted: above the limit")
            << "load 90, failsafe 10, charge 11"
            << "connection limit";
        QTest::newRow("load and fail-safe alone above the limit, EV charging added")
            << "load 105, failsafe 10, battery -5, charge 4.1"
            << "charging added";
        QTest::newRow("outage: charging within what the critical load and the fail-safe leave")
            << "outage, pv 30, failsafe 10, charge 4.1"
            << "";
        QTest::newRow("outage: charging beyond what the critical load and the fail-safe leave")
            << "outage, pv 30, failsafe 10, charge 11"
            << "left after the critical load";
        QTest::newRow("a fail-safe draw is not relied on to absorb an export")
            << "load 0, failsafe 10, battery -25"
            << "export limit";
        QTest::newRow("an online charger's fail-safe draw is not counted") << "load 90, draw 10, charge 11"
                                                                           << "";
    }
    void rules()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, expected);
        Case c = baseCase();
        for (const QString& part : mutation.split(QStringLiteral(", "))) {
            const QStringList w = part.split(QLatin1Char(' '));
            const double v = w.size() > 1 ? w.last().toDouble() : 0;
            if (w[0] == QLatin1String("charge"))
                c.setpoints.chargerKw[0] = v;
            else if (w[0] == QLatin1String("second"))
                c.setpoints.chargerKw[1] = v;
            else if (w[0] == QLatin1String("vehicle"))
                c.now.chargers[0].maxChargeKw = v;
            else if (part == QLatin1String("no consent")) {
                c.now.chargers[0].v2xConsent = false;
                c.now.chargers[0].maxDischargeKw = 0;
            } else if (part == QLatin1String("v2b off"))
                c.policy.v2b.enabled = false;
            else if (w[0] == QLatin1String("energy"))
                c.now.chargers[0].energyKwh = v;
            else if (w[0] == QLatin1String("offline"))
                c.now.chargers[0].online = false;
            else if (w[0] == QLatin1String("failsafe")) {
                c.now.chargers[1].online = false;
                c.now.chargers[1].offlineDrawKw = v;
            } else if (w[0] == QLatin1String("draw"))
                c.now.chargers[1].offlineDrawKw = v; // set, but the charger is online
            else if (w[0] == QLatin1String("unplugged"))
                c.now.chargers[0].plugged = false;
            else if (w[0] == QLatin1String("battery"))
                c.setpoints.batteryKw[0] = v;
            else if (w[0] == QLatin1String("soc"))
                c.now.batteries[0].energyKwh = v;
            else if (w[0] == QLatin1String("load"))
                c.now.loadKw = v;
            else if (w[0] == QLatin1String("pv"))
                c.now.pvAvailableKw = v;
            else if (w[0] == QLatin1String("outage"))
                c.now.gridAvailable = false;
            else if (part == QLatin1String("ev reserve"))
                c.policy.backup.evReserve = true;
            else if (w[0] != QLatin1String("idle"))
                QFAIL(qPrintable(QStringLiteral("unknown mutation ") + part));
        }
        const std::vector<QString> found = SafetyInvariants::violations(c.site, c.policy, c.now, c.setpoints);
        const QString all = QStringList(found.begin(), found.end()).join(QStringLiteral("; "));
        if (expected.isEmpty())
            QVERIFY2(found.empty(), qPrintable(all));
        else
            QVERIFY2(all.contains(expected),
                     qPrintable(QStringLiteral("expected '%1' in: %2").arg(expected, all)));
    }

    void offlineDrawSumsOfflineChargersOnly()
    {
        Case c = baseCase();
        c.now.chargers[0].offlineDrawKw = 3; // online: not counted
        c.now.chargers[1].online = false;
        c.now.chargers[1].offlineDrawKw = 4.1;
        QCOMPARE(SafetyInvariants::offlineDrawKw(c.now), 4.1);
    }

    void setpointVectorsMustMatchTheSite()
    {
        Case c = baseCase();
        c.setpoints.chargerKw.pop_back();
        QCOMPARE(SafetyInvariants::violations(c.site, c.policy, c.now, c.setpoints).size(), size_t(1));
    }

    void chargerLimitsCombineSpecAndState()
    {
        Case c = baseCase();
        c.site.chargers[0].efficiency = 0.95;
        c.now.chargers[0].maxChargeKw = 7.4;
        const ChargerLimits lim = SafetyInvariants::chargerLimits(c.site, c.now, 0);
        QVERIFY(lim.usable);
        QCOMPARE(lim.maxChargeKw, 7.4);
        QCOMPARE(lim.minChargeKw, 4.1);
        QCOMPARE(lim.maxDischargeKw, 10.0);
        QCOMPARE(lim.eta, 0.95);
        QCOMPARE(SafetyInvariants::chargerLimits(c.site, c.now, 1).maxDischargeKw, 0.0);
    }
};

QTEST_GUILESS_MAIN(TstSafetyInvariants)
#include "tst_safetyinvariants.moc"
