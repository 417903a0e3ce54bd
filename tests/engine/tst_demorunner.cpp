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
