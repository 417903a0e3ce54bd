// The accelerated demo run: cycles published in order, the day starts over at its end, the timer
// advances simulated time at the chosen speed.

#include "engine/DemoRunner.h"
#include "support/TinyScenarios.h"

#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

class TstDemoRunner : public QObject {
    Q_OBJECT
private slots:
    void publishesCyclesAndRestartsTheDay()
    {
        DemoRunner runner(test::oneChargerScenario()); // 16 steps of 15 minutes
        QSignalSpy cycles(&runner, &DemoRunner::cycleCompleted);
        QSignalSpy restarts(&runner, &DemoRunner::dayRestarted);
        for (int i = 0; i < 17; ++i)
            runner.stepOnce();
        QCOMPARE(cycles.size(), 17);
        QCOMPARE(restarts.size(), 1);
    }

    void publishesEveryChargerWithItsReason()
    {
        DemoRunner runner(test::oneChargerScenario());
        QSignalSpy steps(&runner, &DemoRunner::cycleCompleted);
        QSignalSpy published(&runner, &DemoRunner::cyclePublished);
        runner.stepOnce();
        runner.stepOnce();
        QCOMPARE(published.size(), 2);
        const auto cycle = published.at(1).at(0).value<PublishedCycle>();
        const auto step = steps.at(1).at(0).value<StepRecord>();
        QCOMPARE(cycle.applied.timeMs, step.timeMs);
        QCOMPARE(cycle.applied.gridKw, step.gridKw);
        QCOMPARE(cycle.sensed.chargers.size(), size_t(1));
        QCOMPARE(cycle.commanded.chargerKw.size(), size_t(1));
        QCOMPARE(cycle.commanded.chargerReasons.size(), size_t(1));
        QVERIFY(!cycle.commanded.chargerReasons[0].isEmpty());
    }

    void timerRunsAtTheChosenSpeed()
    {
        DemoRunner runner(test::oneChargerScenario());
        runner.setSpeed(900 * 20); // 20 quarter-hour steps per real second
        QSignalSpy cycles(&runner, &DemoRunner::cycleCompleted);
        runner.start();
        QVERIFY(runner.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 5, 5000);
        runner.stop();
        const qsizetype seen = cycles.size();
        QTest::qWait(200);
        QCOMPARE(cycles.size(), seen);
    }
};

QTEST_GUILESS_MAIN(TstDemoRunner)
#include "tst_demorunner.moc"
