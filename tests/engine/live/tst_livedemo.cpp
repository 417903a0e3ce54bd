// The demo on the real stack: parkwatt-sim serving the demo garage on loopback as a child
// process, the live engine controlling it over Modbus TCP.

#include "engine/live/LiveDemo.h"

#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

class TstLiveDemo : public QObject {
    Q_OBJECT
private slots:
    void runsTheDemoGarageOverLoopbackModbus()
    {
        LiveDemo demo;
        QSignalSpy started(&demo, &LiveDemo::started);
        QSignalSpy failed(&demo, &LiveDemo::failed);
        QSignalSpy cycles(&demo, &LiveDemo::cyclePublished);
        demo.start(60, QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim"));
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(demo.site().site.chargers.size(), size_t(40));
        // Every device answers, and cars of the demo day are plugged in and charging.
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 3, 15000);
        const auto cycle = cycles.last().at(0).value<PublishedCycle>();
        QCOMPARE(cycle.sensed.chargers.size(), size_t(40));
        QVERIFY2(cycle.offlineDevices.isEmpty(), qPrintable(cycle.offlineDevices.join(u',')));
        int plugged = 0;
        for (const ChargerState& c : cycle.sensed.chargers)
            plugged += c.plugged ? 1 : 0;
        QVERIFY(plugged > 0);
        QVERIFY(std::isfinite(cycle.applied.gridKw));

        QSignalSpy stopped(&demo, &LiveDemo::stopped);
        demo.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
    }

    void saysWhyWhenTheSimulatorIsMissing()
    {
        LiveDemo demo;
        QSignalSpy failed(&demo, &LiveDemo::failed);
        demo.start(60, QStringLiteral("/nonexistent/parkwatt-sim"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("simulator")),
                 qPrintable(failed.at(0).at(0).toString()));
        QTest::qWait(200);
        QCOMPARE(failed.count(), 1); // said once
    }
};

QTEST_GUILESS_MAIN(TstLiveDemo)
#include "tst_livedemo.moc"
