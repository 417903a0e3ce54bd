// Reserve coverage: hours of critical load the site could carry from its batteries (above
// min_soc, after losses) and, with ev_reserve, from consenting EVs above their floors.

#include "control/ReserveCoverage.h"

#include <QTest>
#include <cmath>

using namespace parkwatt;

class TstReserveCoverage : public QObject {
    Q_OBJECT
private slots:
    void hours_data()
    {
        QTest::addColumn<bool>("evReserve");
        QTest::addColumn<bool>("consent");
        QTest::addColumn<bool>("batteryOnline");
        QTest::addColumn<double>("criticalKw");
        QTest::addColumn<double>("expectedH");
        // Battery: 100 kWh at 50 %, min 10 %, roundtrip 0.81 (0.9 each way): 36 kWh deliverable.
        // EV: 50 kWh, floor 20 kWh, on a 0.95-efficient bidirectional charger: 28.5 kWh.
        QTest::newRow("battery only") << false << true << true << 12.0 << 3.0;
        QTest::newRow("ev_reserve adds the consenting EV")
            << true << true << true << 12.0 << (36 + 28.5) / 12;
        QTest::newRow("ev_reserve without consent") << true << false << true << 12.0 << 3.0;
        QTest::newRow("battery offline") << true << true << false << 12.0 << 28.5 / 12;
        QTest::newRow("no critical load: unbounded") << false << false << true << 0.0 << qInf();
    }
    void hours()
    {
        QFETCH(bool, evReserve);
        QFETCH(bool, consent);
        QFETCH(bool, batteryOnline);
        QFETCH(double, criticalKw);
        QFETCH(double, expectedH);
        SiteSpec site;
        BatterySpec battery;
        battery.capacityKwh = 100;
        battery.minSocPct = 10;
        battery.roundtripEfficiency = 0.81;
        site.batteries.push_back(battery);
        ChargerSpec charger;
        charger.maxChargeKw = 11;
        charger.bidirectional = true;
        charger.maxDischargeKw = 11;
        charger.efficiency = 0.95;
        site.chargers = {charger, charger};
        Policy policy;
        policy.backup = {true, 30, evReserve, 2};
        SiteSnapshot now;
        now.criticalLoadKw = criticalKw;
        now.batteries.push_back({50, 50, batteryOnline});
        ChargerState ev;
        ev.plugged = true;
        ev.energyKwh = 50;
        ev.minEnergyKwh = 20;
        ev.maxChargeKw = 11;
        ev.v2xConsent = consent;
        ev.maxDischargeKw = consent ? 11 : 0;
        ChargerState empty; // nothing plugged: never counted
        empty.energyKwh = 40;
        now.chargers = {ev, empty};
        const double h = ReserveCoverage::hours(site, policy, now);
        if (std::isinf(expectedH))
            QVERIFY(std::isinf(h));
        else
            QVERIFY2(std::abs(h - expectedH) < 1e-9, qPrintable(QString::number(h)));
    }
};

QTEST_GUILESS_MAIN(TstReserveCoverage)
#include "tst_reservecoverage.moc"
