// The Devices page on the live demo garage (parkwatt-sim on loopback Modbus, one charger silenced):
// every device listed with its round-trip time, the silent one shown as not answering with its
// fault, and the role, problems-only and search filters.

#include "devices/DeviceTableModel.h"
#include "devices/DevicesPage.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSiteControl.h"

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

    void listsEveryDeviceWithItsHealth()
    {
        DevicesPage page(*m_demo->control(), FigureFormat(m_demo->scenario().utcOffsetS));
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
        QVERIFY2(page.summaryText().contains(QStringLiteral("1 not answering")), qPrintable(page.summaryText()));
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
