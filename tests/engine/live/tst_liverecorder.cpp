// What the live engine records, through a real engine on loopback Modbus into a real SQLite file:
// the cycle's series, the charger's fault as an event, the session, the policy change with its
// audit entry; and a full disk raises a storage alarm while control goes on.

#include "control/Forecast.h"
#include "control/PolicyController.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "engine/live/LiveEngine.h"
#include "engine/live/LiveRecorder.h"
#include "storage/RecordReader.h"
#include "storage/StorageWriter.h"
#include "storage/TimeSeriesReader.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using parkwatt::test::freePort;

class TstLiveRecorder : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_profiles = ProfileLibrary::withBuiltIns();
    WallClock m_clock;
    SiteFile m_site;
    std::unique_ptr<SimulatedModbusDevice> m_meter, m_charger;

    void startSite()
    {
        m_site = SiteFile{};
        m_site.site.name = QStringLiteral("Recorded garage");
        m_site.site.grid.importLimitKw = 60;
        ChargerSpec c;
        c.id = QStringLiteral("B01");
        c.maxChargeKw = 11;
        c.minChargeKw = 4.1;
        m_site.site.chargers.push_back(c);
        const auto serve = [&](const QString& id, DeviceRole role, const QString& profile,
                               const QString& charger) {
            DeviceSpec d{id, role, profile, QStringLiteral("127.0.0.1"), freePort(), 1, charger};
            auto device = std::make_unique<SimulatedModbusDevice>(*m_profiles.find(profile),
                                                                  [this] { return m_clock.now(); });
            QString error;
            if (!device->start(d.host, d.port, d.unit, &error))
                qWarning() << error;
            m_site.devices.push_back(d);
            return device;
        };
        m_meter = serve(QStringLiteral("meter"), DeviceRole::GridMeter, QStringLiteral("eastron-sdm630"), {});
        m_charger = serve(QStringLiteral("B01-evse"), DeviceRole::Charger, QStringLiteral("alfen-ng9xx"),
                          QStringLiteral("B01"));
        m_meter->setMeasurement(RegisterMeaning::GridPower, 4.0);
        m_charger->setIecState(IecState::C);
    }

private slots:
    void recordsCyclesFaultsSessionsAndPolicies()
    {
        startSite();
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto writer = StorageWriter::open(db, {}, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        PolicyController controller(m_site.site, m_site.policy);
        auto forecast = makeLiveForecast();
        LiveEngine engine(m_site, m_profiles, controller, *forecast, m_clock);
        engine.setPolicyApplier([&controller](const Policy& p) { controller.setPolicy(p); });
        LiveRecorder recorder(engine, *writer);
        const TimeMs from = m_clock.now() - 1000;
        for (int i = 0; i < 3; ++i)
            QCoro::waitFor(engine.runCycle());
        m_charger->stop(); // the charger goes away: a fault
        for (int i = 0; i < 2; ++i)
            QCoro::waitFor(engine.runCycle());
        Policy shaving = m_site.policy;
        shaving.peakShaving.enabled = true;
        shaving.peakShaving.importLimitKw = 30;
        QString why;
        QVERIFY2(engine.applyPolicy(shaving, QStringLiteral("manager"), &why), qPrintable(why));
        QVERIFY(writer->flush());
        const TimeMs to = m_clock.now() + 1000;

        auto reader = TimeSeriesReader::open(db, &error);
        QVERIFY(reader);
        const auto grid = reader->query(QStringLiteral("site.grid_kw"), from, to, 100, &error);
        QVERIFY2(grid && !grid->buckets.empty(), qPrintable(error.toString()));
        QCOMPARE(grid->buckets.front().max, 4.0);
        const auto setpoint = reader->query(QStringLiteral("charger.B01.setpoint_kw"), from, to, 100, &error);
        QVERIFY(setpoint && !setpoint->buckets.empty());
        const auto state = reader->query(QStringLiteral("charger.B01.state"), from, to, 100, &error);
        QVERIFY(state && !state->buckets.empty());
        QCOMPARE(state->buckets.back().min, 0.0); // offline at the end (ChargerSeriesState::Offline)

        RecordReader records(reader->connection());
        const auto events = records.events(from, to, &error);
        QVERIFY(events);
        QCOMPARE(events->size(), size_t(1));
        QCOMPARE(events->front().source, QStringLiteral("device.B01-evse"));
        QVERIFY(!events->front().clearedAt);
        const auto sessions = records.sessions(from, to, &error);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), size_t(1));
        QCOMPARE(sessions->front().session.charger, QStringLiteral("B01"));
        QVERIFY(reader->connection().queryInt("SELECT count(*) FROM policy_versions").value_or(0) >= 1);
        QVERIFY(reader->connection()
                    .queryInt("SELECT count(*) FROM audit WHERE action = 'setpoint.write'")
                    .value_or(0) >= 1);
        QVERIFY(reader->connection()
                    .queryInt("SELECT count(*) FROM audit WHERE action = 'engine.start'")
                    .value_or(0) == 1);
    }

    void aFullDiskRaisesAStorageAlarmAndControlGoesOn()
    {
        startSite();
        QTemporaryDir dir;
        StorageError error;
        auto writer = StorageWriter::open(dir.filePath(QStringLiteral("site.db")), {}, &error);
        QVERIFY(writer);
        PolicyController controller(m_site.site, m_site.policy);
        auto forecast = makeLiveForecast();
        LiveEngine engine(m_site, m_profiles, controller, *forecast, m_clock);
        LiveRecorder recorder(engine, *writer);
        QSignalSpy alarms(&recorder, &LiveRecorder::storageAlarm);
        QCoro::waitFor(engine.runCycle());
        QVERIFY(writer->flush());
        writer->setMaxDatabaseBytes(QFileInfo(dir.filePath(QStringLiteral("site.db"))).size()); // full now
        for (int i = 0; i < 100 && alarms.isEmpty(); ++i) {
            const CycleStats stats = QCoro::waitFor(engine.runCycle()); // control goes on
            QCOMPARE(stats.devicesMissing, 0);
            QTest::qWait(50);
        }
        QVERIFY(!alarms.isEmpty());
        QVERIFY(alarms.first().at(0).toBool());
        writer->setMaxDatabaseBytes(0); // space returns
        QTRY_VERIFY_WITH_TIMEOUT(alarms.size() >= 2, 10000);
        QVERIFY(!alarms.last().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TstLiveRecorder)
#include "tst_liverecorder.moc"
