// Uncontrolled charging: full power from arrival to target, the last step trimmed but never below
// the charger's floor; the battery only stores PV surplus and covers load, never from the grid.

#include "control/BaselineController.h"
#include "control/Forecast.h"
#include "support/TinyScenarios.h"

#include <QTest>

using namespace parkwatt;

class TstBaselineController : public QObject {
    Q_OBJECT
private:
    static SiteSnapshot snapshotWithEv(double energyKwh, double targetKwh)
    {
        SiteSnapshot s;
        s.stepH = 0.25;
        ChargerState c;
        c.plugged = true;
        c.energyKwh = energyKwh;
        c.targetEnergyKwh = targetKwh;
        c.maxChargeKw = 11;
        c.minChargeKw = 4.1;
        s.chargers.push_back(c);
        return s;
    }

private slots:
    void evChargeFollowsRemainingEnergy_data()
    {
        QTest::addColumn<double>("energyKwh");
        QTest::addColumn<double>("targetKwh");
        QTest::addColumn<double>("expectedKw");
        QTest::newRow("far from target: full power") << 10.0 << 40.0 << 11.0;
        QTest::newRow("last step trimmed: 2 kWh in 15 min") << 38.0 << 40.0 << 8.0;
        QTest::newRow("tiny remainder: never below the 4.1 kW floor") << 39.9 << 40.0 << 4.1;
        QTest::newRow("at target: off") << 40.0 << 40.0 << 0.0;
        QTest::newRow("above target: off") << 45.0 << 40.0 << 0.0;
    }
    void evChargeFollowsRemainingEnergy()
    {
        QFETCH(double, energyKwh);
        QFETCH(double, targetKwh);
        QFETCH(double, expectedKw);
        Scenario scenario = test::oneChargerScenario();
        BaselineController controller(scenario.site);
        auto forecast = makeForecast(ForecastMode::Perfect, scenario);
        const Setpoints out = controller.dispatch(snapshotWithEv(energyKwh, targetKwh), *forecast);
        QCOMPARE(out.chargerKw.size(), size_t(1));
        QVERIFY2(qAbs(out.chargerKw[0] - expectedKw) < 1e-9, qPrintable(QString::number(out.chargerKw[0])));
    }

    void unpluggedOrOfflineChargerGetsNothing()
    {
        Scenario scenario = test::oneChargerScenario();
        BaselineController controller(scenario.site);
        auto forecast = makeForecast(ForecastMode::Perfect, scenario);
        SiteSnapshot s = snapshotWithEv(0, 40);
        s.chargers[0].online = false;
        QCOMPARE(controller.dispatch(s, *forecast).chargerKw[0], 0.0);
        s.chargers[0].online = true;
        s.chargers[0].plugged = false;
        QCOMPARE(controller.dispatch(s, *forecast).chargerKw[0], 0.0);
    }

    void batteryStoresSurplusAndCoversDeficitOnly_data()
    {
        QTest::addColumn<double>("pvKw");
        QTest::addColumn<double>("loadKw");
        QTest::addColumn<double>("socPct");
        QTest::addColumn<double>("expectedKw");
        // 100 kWh, 50 kW, roundtrip 1, limits 10..90 %.
        QTest::newRow("surplus 30 kW stored") << 50.0 << 20.0 << 50.0 << 30.0;
        QTest::newRow("surplus capped by rating") << 120.0 << 20.0 << 50.0 << 50.0;
        QTest::newRow("surplus capped by room: 2 kWh in 15 min") << 50.0 << 20.0 << 88.0 << 8.0;
        QTest::newRow("deficit 15 kW covered") << 5.0 << 20.0 << 50.0 << -15.0;
        QTest::newRow("deficit capped by energy above min: 1 kWh in 15 min") << 0.0 << 20.0 << 11.0 << -4.0;
        QTest::newRow("at min: nothing") << 0.0 << 20.0 << 10.0 << 0.0;
        QTest::newRow("balanced: idle") << 20.0 << 20.0 << 50.0 << 0.0;
    }
    void batteryStoresSurplusAndCoversDeficitOnly()
    {
        QFETCH(double, pvKw);
        QFETCH(double, loadKw);
        QFETCH(double, socPct);
        QFETCH(double, expectedKw);
        Scenario scenario = test::oneChargerScenario();
        BatterySpec b = test::battery(100, 50, socPct);
        b.minSocPct = 10;
        b.maxSocPct = 90;
        scenario.site.batteries.push_back(b);
        BaselineController controller(scenario.site);
        auto forecast = makeForecast(ForecastMode::Perfect, scenario);
        SiteSnapshot s;
        s.stepH = 0.25;
        s.pvAvailableKw = pvKw;
        s.loadKw = loadKw;
        s.chargers.resize(1);
        s.batteries.push_back({socPct, socPct, true});
        const Setpoints out = controller.dispatch(s, *forecast);
        QVERIFY2(qAbs(out.batteryKw.at(0) - expectedKw) < 1e-9,
                 qPrintable(QString::number(out.batteryKw[0])));
    }

    void neverDischargesAnEv()
    {
        Scenario scenario = test::oneChargerScenario();
        BaselineController controller(scenario.site);
        auto forecast = makeForecast(ForecastMode::Perfect, scenario);
        SiteSnapshot s = snapshotWithEv(60, 40); // above target, consenting, bidirectional
        s.chargers[0].v2xConsent = true;
        s.chargers[0].maxDischargeKw = 11;
        s.loadKw = 80;
        QCOMPARE(controller.dispatch(s, *forecast).chargerKw[0], 0.0);
    }
};

QTEST_GUILESS_MAIN(TstBaselineController)
#include "tst_baselinecontroller.moc"
