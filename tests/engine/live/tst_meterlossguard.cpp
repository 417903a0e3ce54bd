// Without the grid meter no charger may go up; those above their fail-safe draw ramp down to it.

#include "engine/live/MeterLossGuard.h"

#include <QTest>

using namespace parkwatt;

class TstMeterLossGuard : public QObject {
    Q_OBJECT
private slots:
    void neverUpAndRampsDownTowardSafe()
    {
        const MeterLossGuard guard(2.0);
        Setpoints dispatched;
        // Charger 0 wants more than it had; 1 stays; 2 is at its safe draw and wants more;
        // 3 wants less than the ramp allows; 4 is discharging.
        dispatched.chargerKw = {11.0, 7.0, 6.0, 1.0, -5.0};
        dispatched.chargerReasons.resize(5);
        const std::vector<double> last = {7.0, 7.0, 4.1, 9.0, -5.0};
        const std::vector<double> safe = {4.1, 4.1, 4.1, 4.1, 4.1};
        const Setpoints out = guard.limit(dispatched, last, safe, {});
        QCOMPARE(out.chargerKw[0], 5.0); // 7 - 2, not 11
        QCOMPARE(out.chargerKw[1], 5.0);
        QCOMPARE(out.chargerKw[2], 4.1); // at safe: holds, never up
        QCOMPARE(out.chargerKw[3], 1.0); // lower than the ramp: as dispatched
        QCOMPARE(out.chargerKw[4], -5.0);
        QVERIFY(out.chargerReasons[0].contains(QStringLiteral("grid meter lost")));
        QVERIFY(out.chargerReasons[3].isEmpty());
    }

    void rampStopsAtTheSafeDraw()
    {
        const MeterLossGuard guard(3.0);
        Setpoints s;
        s.chargerKw = {11.0};
        s.chargerReasons.resize(1);
        double last = 11.0;
        for (int cycle = 0; cycle < 10; ++cycle) {
            const double next = guard.limit(s, {last}, {4.1}, {}).chargerKw[0];
            QVERIFY(next <= last);
            QVERIFY(next >= 4.1 - 1e-12);
            last = next;
        }
        QCOMPARE(last, 4.1);
    }

    void aChargerThatHadNothingGetsNothing()
    {
        const MeterLossGuard guard(2.0);
        Setpoints s;
        s.chargerKw = {11.0};
        QCOMPARE(guard.limit(s, {0.0}, {4.1}, {}).chargerKw[0], 0.0);
    }

    void batteriesMayNotChargeMore()
    {
        const MeterLossGuard guard(2.0);
        Setpoints s;
        s.batteryKw = {50.0, -20.0};
        const Setpoints out = guard.limit(s, {}, {}, {10.0, 0.0});
        QCOMPARE(out.batteryKw[0], 10.0);
        QCOMPARE(out.batteryKw[1], -20.0);
    }
};

QTEST_GUILESS_MAIN(TstMeterLossGuard)
#include "tst_meterlossguard.moc"
