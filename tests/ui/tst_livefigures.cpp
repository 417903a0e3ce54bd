// The live window's view model: what a facility manager reads for a cycle.

#include "live/LiveFigures.h"
#include "support/TinyScenarios.h"

#include <QTest>

using namespace parkwatt;

class TstLiveFigures : public QObject {
    Q_OBJECT
private slots:
    void formatsFlowsWithDirection()
    {
        Scenario s = test::oneChargerScenario();
        s.utcOffsetS = 3600;
        s.site.batteries.push_back(test::battery(100, 50, 50));
        const LiveFigures figures(s, QLocale(QLocale::English, QLocale::UnitedKingdom));
        StepRecord r;
        r.timeMs = test::at("2026-07-14T13:05:00Z");
        r.pvUsedKw = 42.24;
        r.loadServedKw = 30;
        r.gridKw = -12.5;
        r.batteryKw = -5;
        r.batteryEnergyKwh = 64;
        r.batteryCapacityKwh = 100;
        r.evsCharging = 3;
        r.evChargeKw = 33;
        r.evsPlugged = 1;
        const LiveFigureTexts t = figures.texts(r);
        QCOMPARE(t.timeOfDay, QStringLiteral("14:05"));
        QCOMPARE(t.pvKw, QStringLiteral("42.2 kW"));
        QCOMPARE(t.gridKw, QStringLiteral("export 12.5 kW"));
        QCOMPARE(t.batteryKw, QStringLiteral("discharging 5.0 kW"));
        QCOMPARE(t.batterySoc, QStringLiteral("64 %"));
        QCOMPARE(t.evCharging, QStringLiteral("3 cars, 33.0 kW"));
        QCOMPARE(t.evDischarging, QStringLiteral("none"));
        QCOMPARE(t.evPlugged, QStringLiteral("1 of 1 bays"));
        QCOMPARE(t.gridState, QStringLiteral("grid connected"));

        r.evsCharging = 1;
        r.evChargeKw = 11;
        QCOMPARE(figures.texts(r).evCharging, QStringLiteral("1 car, 11.0 kW"));
        r.gridKw = 0.01;
        r.outage = true;
        r.batteryKw = 0;
        QCOMPARE(figures.texts(r).gridKw, QStringLiteral("none"));
        QCOMPARE(figures.texts(r).batteryKw, QStringLiteral("idle"));
        QVERIFY(figures.texts(r).gridState.contains(QStringLiteral("outage")));
    }

    void siteWithoutBatterySaysSo()
    {
        const LiveFigures figures(test::oneChargerScenario(), QLocale::c());
        const LiveFigureTexts t = figures.texts(StepRecord{});
        QCOMPARE(t.batteryKw, QStringLiteral("no battery"));
        QCOMPARE(t.batterySoc, QStringLiteral("n/a"));
    }

    void policyInWordsListsEnabledPartsInPriorityOrder()
    {
        Policy p;
        QCOMPARE(LiveFigures::policyInWords(p),
                 QStringLiteral("self-sufficiency (battery charged from PV only), no V2B"));
        p.backup.enabled = true;
        p.backup.batteryReservePct = 20;
        p.peakShaving.enabled = true;
        p.peakShaving.importLimitKw = 120;
        p.v2b.enabled = true;
        QCOMPARE(
            LiveFigures::policyInWords(p),
            QStringLiteral("backup reserve 20 %, peak shaving at 120 kW, self-sufficiency (battery charged "
                           "from PV only), V2B with consenting cars"));
    }

    void followsTheLocale()
    {
        const LiveFigures german(test::oneChargerScenario(), QLocale(QLocale::German));
        QCOMPARE(german.power(1234.5), QStringLiteral("1.234,5 kW"));
    }
};

QTEST_MAIN(TstLiveFigures)
#include "tst_livefigures.moc"
