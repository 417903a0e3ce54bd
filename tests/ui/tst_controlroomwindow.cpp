// The control-room window on the real demo garage, offscreen: cycles reach the overview and the
// garage, pages switch by keyboard and by the navigation, the flow diagram animates only on its
// page, and a bay can be searched and opened.

#include "CycleBuilder.h"
#include "config/ScenarioReader.h"
#include "engine/DemoRunner.h"
#include "garage/BayDetailPanel.h"
#include "garage/BayFilterModel.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "garage/SessionChart.h"
#include "live/PowerHistoryChart.h"
#include "overview/OverviewPage.h"
#include "overview/PowerFlowWidget.h"
#include "common/Theme.h"
#include "shell/ControlRoomWindow.h"

#include <QAbstractButton>
#include <QChartView>
#include <QComboBox>
#include <QXYSeries>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

namespace {
Scenario demo()
{
    const auto loaded = loadScenarioFile(QStringLiteral(":/parkwatt/demo/demo-garage.json"));
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error.toString()));
    return *loaded.value;
}
} // namespace

class TstControlRoomWindow : public QObject {
    Q_OBJECT
private slots:
    void demoGarageLoadsFromResources()
    {
        const Scenario s = demo();
        QCOMPARE(s.site.chargers.size(), size_t(40));
        QVERIFY(!s.site.batteries.empty());
    }

    void cyclesReachBothPagesAndPagesSwitch()
    {
        DemoRunner runner(demo());
        ControlRoomWindow window(SiteContext::fromScenario(runner.scenario()));
        connect(&runner, &DemoRunner::cyclePublished, &window, &ControlRoomWindow::showCycle);
        PublishedCycle last;
        connect(&runner, &DemoRunner::cyclePublished, this, [&last](const PublishedCycle& c) { last = c; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageCount(), 2);
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(window.overview()->flowDiagram()->isAnimating());
        QCOMPARE(window.overview()->tileText(QStringLiteral("pv_energy")), QStringLiteral("—"));

        for (int i = 0; i < 12 * 60 + 30; ++i) // to 12:30 in 60 s steps
            runner.stepOnce();
        QCOMPARE(window.cyclesShown(), qint64(12 * 60 + 30));
        QTRY_VERIFY(window.overview()->tileText(QStringLiteral("pv_energy")) != QStringLiteral("—"));
        QVERIFY(window.overview()->tileText(QStringLiteral("pv_energy")).endsWith(QStringLiteral(" kWh")));
        QVERIFY(window.overview()->today().pvKwh() > 10);
        QVERIFY(window.overview()->policyText().contains(QStringLiteral("peak shaving at 120 kW")));
        QCOMPARE(window.overview()->alarmTexts(), QStringList{QStringLiteral("No open alarms")});
        QCOMPARE(window.overview()->flowDiagram()->flows().pvKw, last.applied.pvUsedKw);
        QCOMPARE(window.overview()->chart()->pointCount(), qsizetype(12 * 60 + 30));
        // The status line gives the time the last cycle sensed the site (12:29 for the cycle to 12:30).
        window.refreshNow();
        QVERIFY2(window.statusText().contains(QStringLiteral("Site time 12:29")),
                 qPrintable(window.statusText()));

        // Ctrl+2: the garage; the hidden overview stops animating.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 1);
        QVERIFY(window.garage()->isVisible());
        QVERIFY(!window.overview()->flowDiagram()->isAnimating());
        GaragePage* garage = window.garage();
        QTRY_VERIFY(garage->model()->countIn(BayState::Free) < 40);
        int plugged = 0;
        for (size_t i = 0; i < last.sensed.chargers.size(); ++i)
            plugged += last.sensed.chargers[i].plugged ? 1 : 0;
        QCOMPARE(40 - garage->model()->countIn(BayState::Free) - garage->model()->countIn(BayState::Offline),
                 plugged);

        // The navigation list goes back to the overview, which animates again.
        auto* navigation = window.findChild<QListWidget*>();
        QVERIFY(navigation);
        navigation->setCurrentRow(0);
        QCOMPARE(window.currentPage(), 0);
        QVERIFY(window.overview()->flowDiagram()->isAnimating());
        const QImage overview = window.grab().toImage();
        QVERIFY(!overview.isNull());
        overview.save(QStringLiteral("control-room-overview.png"));
    }

    void searchFilterAndOpenABay()
    {
        DemoRunner runner(demo());
        ControlRoomWindow window(SiteContext::fromScenario(runner.scenario()));
        connect(&runner, &DemoRunner::cyclePublished, &window, &ControlRoomWindow::showCycle);
        PublishedCycle last;
        connect(&runner, &DemoRunner::cyclePublished, this, [&last](const PublishedCycle& c) { last = c; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 11 * 60; ++i)
            runner.stepOnce();
        window.setCurrentPage(1);
        GaragePage* garage = window.garage();
        window.refreshNow();

        // Ctrl+F, type a bay id, Enter: the bay is chosen and shown in detail.
        QTest::keyClick(garage, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(garage->searchField()->hasFocus());
        QTest::keyClicks(garage->searchField(), QStringLiteral("l2-0"));
        QCOMPARE(garage->filter()->rowCount(), 9); // L2-01 .. L2-09
        QTest::keyClicks(garage->searchField(), QStringLiteral("7"));
        QCOMPARE(garage->filter()->rowCount(), 1);
        QTest::keyClick(garage->searchField(), Qt::Key_Return);
        QVERIFY(garage->bayView()->hasFocus());
        const int row = runner.scenario().site.chargerIndex(QStringLiteral("L2-07"));
        QCOMPARE(garage->detail()->field(QStringLiteral("state")),
                 bayStateName(garage->model()->status(row).state));
        const QString reason = last.commanded.chargerReasons[size_t(row)];
        QCOMPARE(garage->detail()->field(QStringLiteral("reason")),
                 reason.isEmpty() ? QStringLiteral("—") : reason);

        // The arrow keys walk the bays; the detail follows.
        garage->searchField()->clear();
        QTest::keyClick(garage->bayView(), Qt::Key_Right);
        const int next = garage->filter()->mapToSource(garage->bayView()->currentIndex()).row();
        QCOMPARE(next, row + 1);
        QCOMPARE(garage->detail()->field(QStringLiteral("state")),
                 bayStateName(garage->model()->status(next).state));

        // A state filter with its count; clicking it narrows the view to that state.
        garage->searchField()->clear();
        QAbstractButton* charging = garage->stateButton(int(BayState::Charging));
        QVERIFY(charging->text().startsWith(QStringLiteral("Charging (")));
        QTest::mouseClick(charging, Qt::LeftButton);
        QCOMPARE(garage->filter()->rowCount(), garage->model()->countIn(BayState::Charging));
        QTest::mouseClick(garage->stateButton(std::nullopt), Qt::LeftButton);
        QCOMPARE(garage->filter()->rowCount(), 40);

        // Clicking a tile opens it; overrides are there but need an engine that takes commands
        // (tst_garageoverrides drives them on the live demo).
        QListView* view = garage->bayView();
        const QModelIndex third = garage->filter()->index(2, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
        QCOMPARE(garage->detail()->field(QStringLiteral("state")),
                 bayStateName(garage->model()->status(2).state));
        QCOMPARE(garage->detail()->overrideButtons().size(), 3);
        for (QPushButton* button : garage->detail()->overrideButtons()) {
            QVERIFY(!button->isEnabled());
            QVERIFY(button->toolTip().contains(QStringLiteral("engine that takes commands")));
        }

        QVERIFY(garage->chooseBay(QStringLiteral("L1-04")));
        window.refreshNow();
        QVERIFY(garage->detail()->chart()->isVisibleTo(garage) ||
                garage->model()->status(3).state == BayState::Free);
        QVERIFY(!garage->chooseBay(QStringLiteral("nowhere")));
        window.grab().save(QStringLiteral("control-room-garage.png"));
    }

    // A live cycle with the grid meter lost and a charger missing: unknown shows as "—", never 0,
    // and the alarm is listed with its time.
    void liveGapsShowAsUnknownAndAlarms()
    {
        SiteContext site = test::garageSite(4);
        site.simulated = false;
        ControlRoomWindow window(site);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PublishedCycle p = test::emptyCycle(site, test::at("2026-07-14T14:05:00Z"), 1.0 / 3600);
        test::plugCar(p, 1, 20, 40, test::at("2026-07-14T17:00:00Z"), 7.4);
        p.applied.gridKw = test::kUnknown;
        p.applied.loadServedKw = 30;
        p.sensed.chargers[2].online = false;
        p.applied.chargerKw[2] = test::kUnknown;
        p.offlineDevices = {QStringLiteral("grid-meter"), QStringLiteral("B0003")};
        window.showCycle(p);
        window.refreshNow();

        QCOMPARE(window.overview()->flowDiagram()->lineLabel(FlowNode::Grid), QStringLiteral("—"));
        QCOMPARE(window.overview()->tileText(QStringLiteral("self_sufficiency")), QStringLiteral("—"));
        QCOMPARE(window.overview()->tileDetail(QStringLiteral("pv_energy")), QStringLiteral("since 14:05"));
        const QStringList alarms = window.overview()->alarmTexts();
        QCOMPARE(alarms.size(), 2);
        QVERIFY2(alarms.first().contains(QStringLiteral("not answering since 14:05")),
                 qPrintable(alarms.first()));
        QVERIFY(window.statusText().contains(QStringLiteral("2 devices not answering")));

        window.setCurrentPage(1);
        window.refreshNow();
        QCOMPARE(window.garage()->model()->countIn(BayState::Offline), 1);
        QCOMPARE(window.garage()->model()->countIn(BayState::Charging), 1);
        QVERIFY(window.garage()->chooseBay(QStringLiteral("B0003")));
        QCOMPARE(window.garage()->detail()->field(QStringLiteral("power")), QStringLiteral("—"));
        QCOMPARE(window.garage()->detail()->field(QStringLiteral("state")), QStringLiteral("offline"));
    }

    // The theme switch: dark and light palettes for every widget, charts restyled in place (their
    // series keep their colours), the choice saved for the next start.
    void themeSwitchesBetweenLightAndDark()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ParkwattTest"));
        ControlRoomWindow window(SiteContext::fromScenario(demo()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox* themes = window.themeSwitch();
        QVERIFY(themes);
        QCOMPARE(themes->accessibleName(), QStringLiteral("Theme"));
        auto* chartView = window.findChild<QChartView*>();
        QVERIFY(chartView);
        const QList<QAbstractSeries*> series = chartView->chart()->series();
        QVERIFY(!series.isEmpty());
        const QColor seriesColour = static_cast<QXYSeries*>(series.first())->color();

        themes->setCurrentIndex(themes->findData(int(ThemeMode::Dark)));
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Theme::isDark(window.palette()));
        QVERIFY(chartView->chart()->backgroundBrush().color().lightness() < 128);
        QCOMPARE(static_cast<QXYSeries*>(series.first())->color(), seriesColour);
        QCOMPARE(Theme::saved(), ThemeMode::Dark);

        themes->setCurrentIndex(themes->findData(int(ThemeMode::Light)));
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY(chartView->chart()->backgroundBrush().color().lightness() > 200);
        QCOMPARE(Theme::saved(), ThemeMode::Light);
        themes->setCurrentIndex(themes->findData(int(ThemeMode::System)));
        QCOMPARE(Theme::saved(), ThemeMode::System);
    }
};

QTEST_MAIN(TstControlRoomWindow)
#include "tst_controlroomwindow.moc"
