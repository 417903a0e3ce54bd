// Overrides from the bay detail, on the real stack: the control room attached to the demo garage
// (parkwatt-sim on loopback Modbus, the live engine in this process). A manager pauses a charging
// bay and the engine commands it 0 kW with the reason naming them; releasing gives it back to the
// engine. A viewer's buttons are disabled and say why. The status bar shows the engine, its
// cycle time and the last write.

#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"
#include "garage/BayDetailPanel.h"
#include "garage/BayOverrideBar.h"
#include "garage/BayStatus.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "shell/ControlRoomWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parkwatt;

class TstGarageOverrides : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<LiveDemo> m_demo;

    std::unique_ptr<ControlRoomWindow> windowFor(const Operator& op)
    {
        auto window = std::make_unique<ControlRoomWindow>(
            SiteContext::fromSiteFile(m_demo->site(), m_demo->scenario().utcOffsetS));
        window->attach(*m_demo->control(), op);
        window->show();
        return window;
    }

    // A bay with a car that the engine charges now.
    QString chargingBay(ControlRoomWindow& window)
    {
        window.refreshNow();
        const GarageModel& bays = *window.garage()->model();
        for (int row = 0; row < bays.rowCount(); ++row)
            if (bays.status(row).state == BayState::Charging)
                return bays.status(row).bayId;
        return {};
    }

    int indexOf(const QString& bay) const
    {
        const auto& chargers = m_demo->site().site.chargers;
        for (size_t c = 0; c < chargers.size(); ++c)
            if (chargers[c].id == bay)
                return int(c);
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.speed = 5;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    }

    void aManagerPausesAndReleasesABay()
    {
        const auto window = windowFor({QStringLiteral("maria"), UserRole::Manager});
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setCurrentPage(1);
        QString bay;
        QTRY_VERIFY_WITH_TIMEOUT(!(bay = chargingBay(*window)).isEmpty(), 15000);
        QVERIFY(window->garage()->chooseBay(bay));
        window->refreshNow();
        BayOverrideBar* bar = window->garage()->detail()->overrideBar();
        QPushButton* pause = bar->button(BayOverride::Pause);
        QVERIFY(pause->isEnabled());
        QVERIFY(!bar->button(BayOverride::None)->isEnabled()); // nothing to release yet

        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo->control()->overrides().count(bay), size_t(1), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bar->statusText().contains(QStringLiteral("paused")), 5000);
        QVERIFY(!pause->isEnabled()); // in force
        QVERIFY(bar->button(BayOverride::None)->isEnabled());
        const int c = indexOf(bay);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo->engine()->lastSetpoints().chargerKw.at(size_t(c)) == 0.0 &&
                                     m_demo->engine()->lastSetpoints().chargerReasons.at(size_t(c)).contains(
                                         QStringLiteral("paused by maria")),
                                 5000);
        window->refreshNow();
        QVERIFY2(window->garage()
                     ->detail()
                     ->field(QStringLiteral("reason"))
                     .contains(QStringLiteral("paused by maria")),
                 qPrintable(window->garage()->detail()->field(QStringLiteral("reason"))));

        QTest::mouseClick(bar->button(BayOverride::None), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo->control()->overrides().empty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 5000);
    }

    void aViewerCannotOverride()
    {
        const auto window = windowFor({QStringLiteral("lobby"), UserRole::Viewer});
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QString bay;
        QTRY_VERIFY_WITH_TIMEOUT(!(bay = chargingBay(*window)).isEmpty(), 15000);
        QVERIFY(window->garage()->chooseBay(bay));
        for (QPushButton* button : window->garage()->detail()->overrideButtons()) {
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("manager role")),
                     qPrintable(button->toolTip()));
        }
        QVERIFY(window->garage()->detail()->overrideBar()->statusText().contains(QStringLiteral("viewer")));
    }

    void theStatusBarShowsTheEngineCycleAndLastWrite()
    {
        const auto window = windowFor({QStringLiteral("maria"), UserRole::Manager});
        QVERIFY(window->bannerText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window->cyclesShown() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(QStringLiteral("last write")), 10000);
        const QString status = window->statusText();
        QVERIFY2(status.contains(QStringLiteral("demo garage on simulated Modbus devices")),
                 qPrintable(status));
        QVERIFY2(status.contains(QRegularExpression(QStringLiteral("cycle \\d+ ms"))), qPrintable(status));

        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusText().contains(QStringLiteral("Engine disconnected")), 3000);
        // A banner above every page says the engine is out of reach and how old the figures are.
        QVERIFY2(window->bannerText().contains(QStringLiteral("out of reach")),
                 qPrintable(window->bannerText()));
        QVERIFY(window->bannerText().contains(QStringLiteral("site time")));
    }
};

QTEST_MAIN(TstGarageOverrides)
#include "tst_garageoverrides.moc"
