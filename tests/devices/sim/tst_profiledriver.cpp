// Every built-in charger profile, driven through ProfileDriver over real loopback Modbus TCP
// against a simulated device speaking the same profile: control taken, setpoints round-trip (a
// one-way charger is never asked to discharge), measurements decoded, impossible values refused,
// the watchdog refreshed in time, the safe state applied.

#include "devices/ProfileDriver.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QTcpServer>
#include <QTest>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

} // namespace

class TstProfileDriver : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_library = ProfileLibrary::withBuiltIns();
    TimeMs m_nowMs = 5'000'000;

    struct Rig {
        std::unique_ptr<SimulatedModbusDevice> device;
        std::unique_ptr<ModbusConnection> connection;
        std::unique_ptr<ProfileDriver> driver;
    };

    Rig rig(const QString& profileId)
    {
        Rig r;
        const DeviceProfile* profile = m_library.find(profileId);
        if (!profile)
            return r;
        r.device = std::make_unique<SimulatedModbusDevice>(*profile, [this] { return m_nowMs; });
        const int port = freePort();
        QString error;
        if (!r.device->start(QStringLiteral("127.0.0.1"), port, profile->transport.unit, &error)) {
            qWarning() << error;
            r.device.reset();
            return r;
        }
        ModbusEndpoint e;
        e.port = port;
        e.unit = profile->transport.unit;
        e.timeoutMs = 500;
        e.retries = 0;
        e.writeSingleAsFc16 = profile->transport.writeFunction == 16;
        r.connection = std::make_unique<ModbusConnection>(e);
        r.driver = std::make_unique<ProfileDriver>(r.device->profile(), *r.connection);
        return r;
    }

private slots:
    void chargerProfile_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString& id : m_library.ids()) {
            const DeviceProfile* p = m_library.find(id);
            if (p->role == DeviceRole::Charger && p->setpoint && !p->isSunSpec())
                QTest::newRow(qPrintable(id)) << id;
        }
    }
    void chargerProfile()
    {
        QFETCH(QString, profile);
        Rig r = rig(profile);
        QVERIFY(r.driver);
        const ModbusResult control = QCoro::waitFor(r.driver->takeControl());
        QVERIFY2(control.ok(), qPrintable(control.message));

        // 7 kW round-trips within what the register's resolution allows (1 A = 0.69 kW at 3 x 230 V).
        ModbusResult w = QCoro::waitFor(r.driver->writeSetpointKw(7.0, m_nowMs));
        QVERIFY2(w.ok(), qPrintable(w.message));
        QVERIFY(r.device->commandedKw().has_value());
        QVERIFY2(*r.device->commandedKw() <= 7.0 + 1e-4 &&
                     *r.device->commandedKw() > 7.0 - 0.7, // f32 rounding
                 qPrintable(QString::number(*r.device->commandedKw())));

        // Discharge: applied on a bidirectional charger, never sent to a one-way one.
        w = QCoro::waitFor(r.driver->writeSetpointKw(-5.0, m_nowMs));
        QVERIFY2(w.ok(), qPrintable(w.message));
        if (r.device->profile().bidirectional)
            QVERIFY2(qAbs(*r.device->commandedKw() + 5.0) < 0.7,
                     qPrintable(QString::number(*r.device->commandedKw())));
        else
            QCOMPARE(*r.device->commandedKw(), 0.0);

        // Measurements come back decoded.
        const bool hasPower = r.device->setMeasurement(RegisterMeaning::Power, 7.4);
        QVERIFY(r.device->setIecState(IecState::C));
        const DeviceReading reading = QCoro::waitFor(r.driver->poll());
        QVERIFY2(reading.valid, qPrintable(reading.fault));
        QCOMPARE(reading.state, std::optional<IecState>(IecState::C));
        if (hasPower) {
            QVERIFY(reading.powerKw.has_value());
            QVERIFY2(qAbs(*reading.powerKw - 7.4) < 0.01, qPrintable(QString::number(*reading.powerKw)));
        }

        // The watchdog is refreshed before it expires, and the refresh keeps the device's setpoint.
        if (r.device->profile().watchdog) {
            const double refreshS = r.device->profile().watchdog->refreshIntervalS();
            // An alive counter has not been written yet: its first refresh is due at once.
            if (r.device->profile().watchdog->kind == WatchdogKind::AliveCounter) {
                QVERIFY(r.driver->watchdogNeedsRefresh(m_nowMs));
                QVERIFY(QCoro::waitFor(r.driver->refreshWatchdog(m_nowMs)).ok());
            }
            QVERIFY(!r.driver->watchdogNeedsRefresh(m_nowMs));
            m_nowMs += TimeMs(refreshS * 1000);
            QVERIFY(r.driver->watchdogNeedsRefresh(m_nowMs));
            QVERIFY(QCoro::waitFor(r.driver->refreshWatchdog(m_nowMs)).ok());
            QVERIFY(!r.driver->watchdogNeedsRefresh(m_nowMs));
        }

        const ModbusResult safe = QCoro::waitFor(r.driver->applySafeState());
        QVERIFY2(safe.ok(), qPrintable(safe.message));
    }

    void impossibleValuesMakeTheReadingInvalid()
    {
        Rig r = rig(QStringLiteral("parkwatt-v2g"));
        QVERIFY(r.driver);
        QVERIFY(r.device->setIecState(IecState::B));
        QVERIFY(r.device->setMeasurement(RegisterMeaning::Soc, 55));
        DeviceReading reading = QCoro::waitFor(r.driver->poll());
        QVERIFY2(reading.valid, qPrintable(reading.fault));
        QCOMPARE(reading.socPct, std::optional<double>(55));

        QVERIFY(r.device->setMeasurement(RegisterMeaning::Soc, 250));
        reading = QCoro::waitFor(r.driver->poll());
        QVERIFY(!reading.valid);
        QVERIFY2(reading.fault.contains(QStringLiteral("soc")) &&
                     reading.fault.contains(QStringLiteral("250")),
                 qPrintable(reading.fault));
        QVERIFY(!reading.socPct.has_value()); // invalid means no values, never stale ones

        QVERIFY(r.device->setMeasurement(RegisterMeaning::Soc, 60));
        QVERIFY(r.device->setMeasurement(RegisterMeaning::EnergyImport, 1200));
        QVERIFY(QCoro::waitFor(r.driver->poll()).valid);
        QVERIFY(r.device->setMeasurement(RegisterMeaning::EnergyImport, 1100)); // counter ran backwards
        reading = QCoro::waitFor(r.driver->poll());
        QVERIFY(!reading.valid);
        QVERIFY2(reading.fault.contains(QStringLiteral("backwards")), qPrintable(reading.fault));
    }

    void aDeadDeviceGivesAnInvalidReadingAtOnce()
    {
        Rig r = rig(QStringLiteral("parkwatt-v2g"));
        QVERIFY(r.driver);
        r.device->stop();
        const DeviceReading reading = QCoro::waitFor(r.driver->poll());
        QVERIFY(!reading.valid);
        QVERIFY(!reading.fault.isEmpty());
    }

    void readsAreMergedIntoFewRequests()
    {
        const DeviceProfile* v2g = m_library.find(QStringLiteral("parkwatt-v2g"));
        QVERIFY(v2g);
        const std::vector<ReadBlock> blocks = ProfileDriver::planReads(*v2g);
        // State, power, energies, SoC, voltage and current sit together at 100..110.
        QCOMPARE(blocks.size(), size_t(1));
        QCOMPARE(blocks[0].address, 100);
        QVERIFY(blocks[0].count <= 12);
    }
};

QTEST_GUILESS_MAIN(TstProfileDriver)
#include "tst_profiledriver.moc"
