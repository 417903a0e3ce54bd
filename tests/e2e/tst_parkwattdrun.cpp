// End to end: `parkwattd run` controlling the devices `parkwatt-sim` serves on loopback, as two
// real processes: it commands the chargers, refuses a second controller naming the first, and on
// SIGTERM leaves every charger in its safe state and exits 0.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/ProfileLibrary.h"
#include "support/FreePort.h"
#include "support/Processes.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace parkwatt;
using parkwatt::test::freePort;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

QString siteJson(int chargerPort, int meterPort, const QString& chargerProfile)
{
    return QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "E2E garage", "grid": { "import_limit_kw": 60 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "%3", "host": "127.0.0.1", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ],
  "policy": { "peak_shaving": { "enabled": true, "import_limit_kw": 40 } } })")
        .arg(chargerPort)
        .arg(meterPort)
        .arg(chargerProfile);
}

// The Alfen's max_current register (A) as a client reads it.
std::optional<double> readAlfenMaxCurrent(int port)
{
    const ProfileLibrary profiles = ProfileLibrary::withBuiltIns();
    const ProfileRegister* reg =
        profiles.find(QStringLiteral("alfen-ng9xx"))->findRegister(QStringLiteral("max_current"));
    ModbusEndpoint e;
    e.port = port;
    e.timeoutMs = 1000;
    ModbusConnection client(e);
    const ModbusResult r =
        QCoro::waitFor(client.read(QModbusDataUnit::HoldingRegisters, reg->address, reg->registerCount()));
    if (!r.ok())
        return std::nullopt;
    return RegisterCodec::decodeNumber(reg->encoding,
                                       std::span<const quint16>(r.registers.data(), r.registers.size()))
        .value;
}

// A client read of one register with a meaning, decoded (kW for power in W).
std::optional<double> readRegister(int port, int unit, const QString& profileId, const QString& name)
{
    const ProfileLibrary profiles = ProfileLibrary::withBuiltIns();
    const ProfileRegister* reg = profiles.find(profileId)->findRegister(name);
    ModbusEndpoint e;
    e.port = port;
    e.unit = unit;
    e.timeoutMs = 1000;
    ModbusConnection client(e);
    const auto table = reg->function == RegisterFunction::Input ? QModbusDataUnit::InputRegisters
                                                                : QModbusDataUnit::HoldingRegisters;
    const ModbusResult r = QCoro::waitFor(client.read(table, reg->address, reg->registerCount()));
    if (!r.ok())
        return std::nullopt;
    const auto value = RegisterCodec::decodeNumber(
                           reg->encoding, std::span<const quint16>(r.registers.data(), r.registers.size()))
                           .value;
    if (!value)
        return std::nullopt;
    return reg->unit == Unit::W ? *value / 1000.0 : *value;
}

} // namespace

class TstParkwattdRun : public QObject {
    Q_OBJECT
private slots:
    void controlsRefusesASecondAndStopsSafely()
    {
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const QString site = writeFile(dir, QStringLiteral("site.json"),
                                       siteJson(chargerPort, freePort(), QStringLiteral("alfen-ng9xx")));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForStarted());
        QByteArray simOut;
        QTRY_VERIFY_WITH_TIMEOUT((simOut += sim.readAllStandardOutput()).contains("serving meter"), 10000);

        const QStringList runArgs = {QStringLiteral("run"),
                                     QStringLiteral("--site"),
                                     site,
                                     QStringLiteral("--lock-dir"),
                                     dir.path(),
                                     QStringLiteral("--cycle-ms"),
                                     QStringLiteral("500")};
        QProcess engine;
        engine.start(kEngine, runArgs);
        QVERIFY(engine.waitForStarted());
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += engine.readAllStandardError()).contains("cycle 1:"), 15000);
        QVERIFY2(log.contains("1/2 devices read") == false, log.constData()); // both devices answer
        // No car at the bay: the engine holds the charger at 0 A.
        QTRY_COMPARE_WITH_TIMEOUT(readAlfenMaxCurrent(chargerPort).value_or(-1), 0.0, 10000);

        QProcess second;
        second.start(kEngine, runArgs);
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 3);
        const QByteArray refusal = second.readAllStandardError();
        QVERIFY2(refusal.contains(QStringLiteral("pid %1").arg(engine.processId()).toUtf8()),
                 refusal.constData());

        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(15000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
        log += engine.readAllStandardError();
        QVERIFY2(log.contains("1 of 1 chargers confirmed their safe state"), log.constData());
        QCOMPARE(readAlfenMaxCurrent(chargerPort).value_or(-1), 6.0); // the profile's safe state

        // The lock went with the engine: a new one may control the site.
        QProcess third;
        third.start(kEngine, runArgs + QStringList{QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(third.waitForFinished(15000));
        QCOMPARE(third.exitCode(), 0);

        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(10000));
    }

    // The simulator plays a scenario (three cars arrive on bidirectional chargers, the building
    // draws 12 kW); the engine charges them and the grid meter never sees more than the
    // connection's 30 kW (3% over while a car ramps down to a lower setpoint is tolerated).
    void chargesTheScenarioCarsWithinTheConnectionLimit()
    {
        QTemporaryDir dir;
        const int meterPort = freePort();
        QString chargers, devices, sessions;
        std::vector<int> ports;
        for (int i = 1; i <= 3; ++i) {
            ports.push_back(freePort());
            chargers +=
                QStringLiteral(
                    R"(%1{ "id": "B0%2", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 })")
                    .arg(i > 1 ? QStringLiteral(",") : QString())
                    .arg(i);
            devices +=
                QStringLiteral(
                    R"(,{ "id": "B0%1-evse", "role": "charger", "charger": "B0%1", "profile": "parkwatt-v2g", "host": "127.0.0.1", "port": %2, "unit": 1 })")
                    .arg(i)
                    .arg(ports.back());
            sessions +=
                QStringLiteral(
                    R"(%1{ "id": "S%2", "charger": "B0%2", "arrival": "2026-11-22T08:00:00Z", "departure": "2026-11-22T18:00:00Z", "capacity_kwh": 60, "arrival_soc_pct": 20, "target_soc_pct": 80 })")
                    .arg(i > 1 ? QStringLiteral(",") : QString())
                    .arg(i);
        }
        const QString site = writeFile(dir, QStringLiteral("site.json"),
                                       QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Scenario garage", "grid": { "import_limit_kw": 30 }, "chargers": [ %1 ] },
  "devices": [ { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 }%3 ],
  "policy": { "peak_shaving": { "enabled": true, "import_limit_kw": 30 } } })")
                                           .arg(chargers)
                                           .arg(meterPort)
                                           .arg(devices));
        const QString scenario = writeFile(dir, QStringLiteral("scenario.json"),
                                           QStringLiteral(R"({ "format": "parkwatt-scenario/1", "name": "e2e",
  "start": "2026-11-22T08:00:00Z", "duration_h": 10, "step_s": 60,
  "site": { "grid": { "import_limit_kw": 30 }, "chargers": [ %1 ] },
  "profiles": { "resolution_s": 900, "pv_kw": 0, "load_kw": 12 }, "sessions": [ %2 ] })")
                                               .arg(chargers, sessions));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site, QStringLiteral("--scenario"), scenario});
        QVERIFY(sim.waitForStarted());
        QByteArray simOut;
        QTRY_VERIFY_WITH_TIMEOUT((simOut += sim.readAllStandardOutput()).contains("serving B03-evse"), 10000);

        QProcess engine;
        engine.start(kEngine, {QStringLiteral("run"), QStringLiteral("--site"), site,
                               QStringLiteral("--lock-dir"), dir.path()});
        QVERIFY(engine.waitForStarted());
        // The cars charge: their chargers' measured power rises...
        QTRY_VERIFY_WITH_TIMEOUT(
            readRegister(ports[0], 1, QStringLiteral("parkwatt-v2g"), QStringLiteral("power")).value_or(0) >
                1.0,
            20000);
        // ...and the meter stays at or under the peak limit while they do.
        double highestKw = 0;
        double evKw = 0;
        for (int i = 0; i < 10; ++i) {
            QTest::qWait(500);
            const auto grid =
                readRegister(meterPort, 1, QStringLiteral("eastron-sdm630"), QStringLiteral("power_total"));
            QVERIFY(grid);
            highestKw = std::max(highestKw, *grid);
        }
        for (int port : ports)
            evKw +=
                readRegister(port, 1, QStringLiteral("parkwatt-v2g"), QStringLiteral("power")).value_or(0);
        QVERIFY2(highestKw <= 30.0 * 1.03, qPrintable(QStringLiteral("grid %1 kW").arg(highestKw)));
        QVERIFY2(evKw > 8.0, qPrintable(QStringLiteral("EVs %1 kW").arg(evKw))); // the room is used

        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(15000));
        QCOMPARE(engine.exitCode(), 0);
        QVERIFY(engine.readAllStandardError().contains("3 of 3 chargers confirmed their safe state"));
        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(10000));
    }

    // --db: the run records its cycles, sessions and writes; the audit chain verifies; the stored
    // series export; a file that is not a Parkwatt database is refused untouched, and --move-aside
    // keeps it under another name and starts a new one.
    void recordsIntoItsDatabase()
    {
        QTemporaryDir dir;
        const QString site = writeFile(dir, QStringLiteral("site.json"),
                                       siteJson(freePort(), freePort(), QStringLiteral("alfen-ng9xx")));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForStarted());
        QByteArray simOut;
        QTRY_VERIFY_WITH_TIMEOUT((simOut += sim.readAllStandardOutput()).contains("serving meter"), 10000);

        const QString db = dir.filePath(QStringLiteral("site.db"));
        const QString from = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        const auto runFor = [&](const QString& dbPath, const QStringList& extra) {
            QProcess engine;
            engine.start(kEngine,
                         QStringList{QStringLiteral("run"), QStringLiteral("--site"), site,
                                     QStringLiteral("--lock-dir"), dir.path(), QStringLiteral("--cycle-ms"),
                                     QStringLiteral("250"), QStringLiteral("--duration"), QStringLiteral("2"),
                                     QStringLiteral("--db"), dbPath} +
                             extra);
            engine.waitForFinished(20000);
            return std::pair(engine.exitCode(), engine.readAllStandardError());
        };
        const auto [code, err] = runFor(db, {});
        QVERIFY2(code == 0, err.constData());

        QProcess verify;
        verify.start(kEngine,
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY(verify.waitForFinished(15000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());

        const QString csv = dir.filePath(QStringLiteral("grid.csv"));
        QProcess exportRun;
        exportRun.start(kEngine,
                        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--from"), from,
                         QStringLiteral("--to"),
                         QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate),
                         QStringLiteral("--series"), QStringLiteral("site.grid_kw,charger.B01.setpoint_kw"),
                         QStringLiteral("--csv"), csv});
        QVERIFY(exportRun.waitForFinished(15000));
        QVERIFY2(exportRun.exitCode() == 0, exportRun.readAllStandardError().constData());
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray rows = exported.readAll();
        // About 8 cycles of 250 ms in 2 s, exported in one-second buckets: both series have rows.
        QVERIFY2(rows.count("site.grid_kw,") >= 2 && rows.count("charger.B01.setpoint_kw,") >= 2,
                 rows.constData());

        const QString foreign =
            writeFile(dir, QStringLiteral("notes.db"), QStringLiteral("my notes, not a database"));
        const auto [refused, why] = runFor(foreign, {});
        QCOMPARE(refused, 2);
        QVERIFY2(why.contains("--move-aside"), why.constData());
        QFile kept(foreign);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("my notes, not a database")); // never overwritten
        kept.close();
        const auto [moved, movedLog] = runFor(foreign, {QStringLiteral("--move-aside")});
        QVERIFY2(moved == 0, movedLog.constData());
        const QStringList asides = QDir(dir.path()).entryList({QStringLiteral("notes.db.*-*")});
        QCOMPARE(asides.size(), 1);
        QFile aside(dir.filePath(asides.first()));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray("my notes, not a database"));

        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(10000));
    }

    void badSitesAreRefusedNamingTheDevice()
    {
        QTemporaryDir dir;
        const QString site = writeFile(dir, QStringLiteral("site.json"),
                                       siteJson(freePort(), freePort(), QStringLiteral("no-such-charger")));
        QProcess engine;
        engine.start(kEngine, {QStringLiteral("run"), QStringLiteral("--site"), site,
                               QStringLiteral("--lock-dir"), dir.path()});
        QVERIFY(engine.waitForFinished(15000));
        QCOMPARE(engine.exitCode(), 2);
        const QByteArray err = engine.readAllStandardError();
        QVERIFY2(err.contains("device B01-evse: no device profile 'no-such-charger'"), err.constData());

        QProcess missing;
        missing.start(kEngine, {QStringLiteral("run"), QStringLiteral("--site"),
                                dir.filePath(QStringLiteral("nope.json"))});
        QVERIFY(missing.waitForFinished(15000));
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.readAllStandardError().contains("nope.json"));
    }
};

QTEST_GUILESS_MAIN(TstParkwattdRun)
#include "tst_parkwattdrun.moc"
