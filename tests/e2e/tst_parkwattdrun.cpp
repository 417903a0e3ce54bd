// End to end: `parkwattd run` controlling the devices `parkwatt-sim` serves on loopback, as two
// real processes: it commands the chargers, refuses a second controller naming the first, and on
// SIGTERM leaves every charger in its safe state and exits 0.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/ProfileLibrary.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kEngine = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

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
