// The Devices page on the live demo garage (parkwatt-sim on loopback Modbus, one charger silenced):
// every device listed with its round-trip time, the silent one shown as not answering with its
// fault, and the role, problems-only and search filters. The model on its own with DeviceStatus
// values first. PARKWATT_DEVICES_SCREENSHOT / _DARK=FILE write the page at 1600x1000.

#include "common/Theme.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace parkwatt;

class TstDevicesPage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<LiveDemo> m_demo;

    static QString cell(const QAbstractItemModel* m, int row, int column)
    {
        return m->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<LiveDemo>();
        QSignalSpy started(m_demo.get(), &LiveDemo::started);
        QSignalSpy failed(m_demo.get(), &LiveDemo::failed);
        LiveDemoOptions options;
        options.program = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
        options.startAtS = 12 * 3600;
        options.faults = {QStringLiteral("L2-20-evse:silence")};
        m_demo->start(options);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 30000);
        QVERIFY(failed.isEmpty());
        QSignalSpy cycles(m_demo->control(), &SiteControl::cyclePublished);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.count() >= 3, 15000);
    }

    void modelShowsStatusValues()
    {
        DeviceTableModel model{FigureFormat(3600)};
        DeviceStatus up;
        up.id = QStringLiteral("L1-01-evse");
        up.role = QStringLiteral("charger");
        up.online = true;
        up.lastAnswerMs = 1795334400000 + 7 * kMsPerSecond; // 2026-11-22 08:00:07 UTC
        up.roundTripMs = 2.345;
        up.requests = 1200;
        up.errors = 0;
        up.firmware = QStringLiteral("1.4.2");
        DeviceStatus down = up;
        down.id = QStringLiteral("L1-02-evse");
        down.online = false;
        down.fault = QStringLiteral("timeout after 500 ms");
        down.roundTripMs.reset();
        down.errors = 17;
        model.setDevices({up, down});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(&model, 0, DeviceTableModel::LastAnswer),
                 QStringLiteral("09:00:07")); // the site's clock
        QCOMPARE(cell(&model, 0, DeviceTableModel::RoundTrip), QStringLiteral("2.3 ms"));
        QCOMPARE(cell(&model, 0, DeviceTableModel::Role), QStringLiteral("charger"));
        QCOMPARE(cell(&model, 0, DeviceTableModel::Firmware), QStringLiteral("1.4.2"));
        QCOMPARE(cell(&model, 1, DeviceTableModel::State), QStringLiteral("not answering"));
        QCOMPARE(cell(&model, 1, DeviceTableModel::RoundTrip), FigureFormat::unknown());
        // An offline row is tinted and says why on every cell.
        QVERIFY(model.index(1, DeviceTableModel::Address).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, DeviceTableModel::Address).data(Qt::BackgroundRole).isValid());
        QVERIFY(
            model.index(1, DeviceTableModel::Model).data(Qt::ToolTipRole).toString().contains(down.fault));
        QVERIFY(model.index(0, DeviceTableModel::Errors).data(Qt::ToolTipRole).isNull());
        // Same devices again: updated in place, no reset (the selection survives).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        up.requests = 1201;
        model.setDevices({up, down});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(&model, 0, DeviceTableModel::Requests), QLocale().toString(1201));
    }

    void listsEveryDeviceWithItsHealth()
    {
        DevicesPage page(*m_demo->control(), SiteContext::fromScenario(m_demo->scenario()));
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        const QAbstractItemModel* rows = page.filter();
        QCOMPARE(rows->rowCount(), int(m_demo->site().devices.size()));
        int answering = 0;
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (cell(rows, r, DeviceTableModel::Id) == QStringLiteral("L2-20-evse")) {
                QCOMPARE(cell(rows, r, DeviceTableModel::State), QStringLiteral("not answering"));
                QVERIFY(!rows->index(r, DeviceTableModel::State).data(Qt::ToolTipRole).toString().isEmpty());
                QCOMPARE(cell(rows, r, DeviceTableModel::RoundTrip), QStringLiteral("—"));
                continue;
            }
            QCOMPARE(cell(rows, r, DeviceTableModel::State), QStringLiteral("online"));
            QVERIFY2(cell(rows, r, DeviceTableModel::RoundTrip).endsWith(QStringLiteral(" ms")),
                     qPrintable(cell(rows, r, DeviceTableModel::RoundTrip)));
            ++answering;
        }
        QCOMPARE(answering, rows->rowCount() - 1);
        QVERIFY2(page.summaryText().contains(QStringLiteral("1 not answering")),
                 qPrintable(page.summaryText()));
        // Firmware as parkwatt-sim presents it, read from the Parkwatt V2G chargers' identification.
        int withFirmware = 0;
        for (int r = 0; r < rows->rowCount(); ++r)
            if (cell(rows, r, DeviceTableModel::Firmware) == QStringLiteral(PARKWATT_VERSION))
                ++withFirmware;
        QVERIFY2(withFirmware >= 19, qPrintable(QString::number(withFirmware)));
        // Sorting by round trip puts the silent charger (no time) first.
        page.table()->sortByColumn(DeviceTableModel::RoundTrip, Qt::AscendingOrder);
        QCOMPARE(cell(rows, 0, DeviceTableModel::Id), QStringLiteral("L2-20-evse"));
        page.table()->sortByColumn(DeviceTableModel::Id, Qt::AscendingOrder);

        if (const QString shot = qEnvironmentVariable("PARKWATT_DEVICES_SCREENSHOT"); !shot.isEmpty()) {
            page.table()->selectRow(2);
            QTest::qWait(50);
            QVERIFY(page.grab().save(shot));
        }
        if (const QString shot = qEnvironmentVariable("PARKWATT_DEVICES_SCREENSHOT_DARK"); !shot.isEmpty()) {
            Theme::apply(ThemeMode::Dark);
            page.refresh();
            QTest::qWait(50);
            QVERIFY(page.grab().save(shot));
            Theme::apply(ThemeMode::Light);
        }
    }

    void filtersByRoleProblemsAndSearch()
    {
        DevicesPage page(*m_demo->control(), FigureFormat(m_demo->scenario().utcOffsetS));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        const QAbstractItemModel* rows = page.filter();

        page.roleFilter()->setCurrentIndex(page.roleFilter()->findData(QStringLiteral("grid_meter")));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, DeviceTableModel::Role).data().toString(), QStringLiteral("grid meter"));
        page.roleFilter()->setCurrentIndex(0);

        QTest::mouseClick(page.problemsOnly(), Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(cell(rows, 0, DeviceTableModel::Id), QStringLiteral("L2-20-evse"));
        QTest::mouseClick(page.problemsOnly(), Qt::LeftButton);

        // Keyboard: Tab goes role, problems only, search, table.
        page.roleFilter()->setFocus();
        QTRY_VERIFY(page.roleFilter()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(page.problemsOnly()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(page.searchField()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(page.table()->hasFocus());
        QVERIFY(!page.table()->accessibleName().isEmpty());
        QVERIFY(!page.searchField()->accessibleName().isEmpty());
        QVERIFY(!page.roleFilter()->accessibleName().isEmpty());

        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page.searchField()->hasFocus());
        QTest::keyClicks(page.searchField(), QStringLiteral("L1-0"));
        QCOMPARE(rows->rowCount(), 9); // L1-01 .. L1-09
        page.searchField()->clear();
        QCOMPARE(rows->rowCount(), int(m_demo->site().devices.size()));
    }

    void cleanupTestCase()
    {
        QSignalSpy stopped(m_demo.get(), &LiveDemo::stopped);
        m_demo->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 15000);
    }
};

QTEST_MAIN(TstDevicesPage)
#include "tst_devicespage.moc"
