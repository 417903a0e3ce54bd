// The first window on the real demo garage: cycles from the engine reach the tiles and the chart;
// pause and speed reach the runner. Offscreen, with a screenshot for people to look at.

#include "config/ScenarioReader.h"
#include "engine/DemoRunner.h"
#include "live/LiveSiteWindow.h"
#include "live/PowerHistoryChart.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

class TstLiveSiteWindow : public QObject {
    Q_OBJECT
private slots:
    void demoGarageLoadsFromResources()
    {
        const auto loaded = loadScenarioFile(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        QCOMPARE(loaded.value->site.chargers.size(), size_t(40));
        QVERIFY(loaded.value->sessions.size() >= 40);
        QVERIFY(!loaded.value->site.batteries.empty());
        QVERIFY(!loaded.value->site.pv.empty());
    }

    void cyclesReachTilesAndChart()
    {
        const auto loaded = loadScenarioFile(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
        QVERIFY(loaded.ok());
        DemoRunner runner(*loaded.value);
        LiveSiteWindow window(runner.scenario());
        connect(&runner, &DemoRunner::cycleCompleted, &window, &LiveSiteWindow::showCycle);
        StepRecord last;
        connect(&runner, &DemoRunner::cycleCompleted, this, [&last](const StepRecord& r) { last = r; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Run to 12:30 of the simulated day (60 s steps).
        for (int i = 0; i < 12 * 60 + 30; ++i)
            runner.stepOnce();
        const LiveFigureTexts expected = LiveFigures(runner.scenario()).texts(last);
        QCOMPARE(window.tileText(QStringLiteral("time")), expected.timeOfDay);
        QCOMPARE(window.tileText(QStringLiteral("pv")), expected.pvKw);
        QCOMPARE(window.tileText(QStringLiteral("ev_charging")), expected.evCharging);
        QVERIFY(last.pvUsedKw > 1); // midday on a sunny day
        QVERIFY(last.evsPlugged > 0);
        QCOMPARE(window.chart()->pointCount(), qsizetype(12 * 60 + 30));

        QTest::qWait(300); // let the chart refresh timer draw
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QStringLiteral("live-site-window.png"));
    }

    void pauseAndSpeedReachTheRunner()
    {
        const auto loaded = loadScenarioFile(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
        QVERIFY(loaded.ok());
        LiveSiteWindow window(*loaded.value);
        QSignalSpy paused(&window, &LiveSiteWindow::pauseToggled);
        QSignalSpy speed(&window, &LiveSiteWindow::speedChosen);
        auto* pause = window.findChild<QPushButton*>();
        QVERIFY(pause);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().first().toBool(), true);
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        auto* combo = window.findChild<QComboBox*>();
        QVERIFY(combo);
        combo->setCurrentIndex(2);
        QCOMPARE(speed.size(), 1);
        QCOMPARE(speed.first().first().toDouble(), 3600.0);
    }
};

QTEST_MAIN(TstLiveSiteWindow)
#include "tst_livesitewindow.moc"
