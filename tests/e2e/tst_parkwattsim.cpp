// End to end: the built `parkwatt-sim` serving a site file's devices on loopback, read by our
// transport and by a third-party Modbus client (mbpoll), stopped cleanly by SIGTERM; playing a
// scenario in accelerated time (a car arriving, following a setpoint, leaving); every fault knob
// set at start and over the control channel; bad input refused with exit 2 naming the problem.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "support/FreePort.h"
#include "support/Processes.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>

using namespace parkwatt;
using parkwatt::test::freePort;
using parkwatt::test::writeFile;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");

QString writeSite(const QTemporaryDir& dir, int chargerPort, int meterPort, const QString& host)
{
    const QString path = dir.filePath(QStringLiteral("site.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Sim", "grid": { "import_limit_kw": 100 },
            "chargers": [ { "id": "B01", "max_charge_kw": 11, "min_charge_kw": 4.1 } ] },
  "devices": [
    { "id": "B01-evse", "role": "charger", "charger": "B01", "profile": "parkwatt-v2g",
      "host": "%3", "port": %1, "unit": 1 },
    { "id": "meter", "role": "grid_meter", "profile": "eastron-sdm630", "host": "127.0.0.1", "port": %2, "unit": 1 } ] })")
                .arg(chargerPort)
                .arg(meterPort)
                .arg(host)
                .toUtf8());
    return path;
}

// A scenario starting now on the test site's charger B01: a 64 kWh car from +60 s to +150 s.
QString writeScenario(const QTemporaryDir& dir, const QString& charger = QStringLiteral("B01"))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto iso = [&](int s) { return now.addSecs(s).toString(Qt::ISODate); };
    return writeFile(dir, QStringLiteral("scenario.json"),
                     QStringLiteral(R"({ "format": "parkwatt-scenario/1", "name": "e2e", "start": "%1",
  "duration_h": 1, "step_s": 60,
  "site": { "grid": { "import_limit_kw": 100, "export_limit_kw": 50 },
            "chargers": [ { "id": "%4", "max_charge_kw": 11, "min_charge_kw": 4.1, "bidirectional": true, "max_discharge_kw": 11 } ] },
  "profiles": { "resolution_s": 900, "pv_kw": 12.5, "load_kw": 30 },
  "sessions": [ { "id": "S1", "charger": "%4", "arrival": "%2", "departure": "%3", "capacity_kwh": 64,
                  "arrival_soc_pct": 35, "v2x": true } ] })")
                         .arg(iso(0), iso(60), iso(150), charger));
}

// Starts the simulator and waits for its banner to list every device.
bool startSim(QProcess& sim, const QStringList& args, QByteArray* banner)
{
    sim.start(kSim, args);
    if (!sim.waitForStarted(10000))
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && sim.state() == QProcess::Running && !banner->contains("serving meter")) {
        sim.waitForReadyRead(200);
        *banner += sim.readAllStandardOutput();
    }
    *banner += sim.readAllStandardOutput();
    return banner->contains("serving meter");
}

bool stopSim(QProcess& sim)
{
    ::kill(pid_t(sim.processId()), SIGTERM);
    return sim.waitForFinished(10000) && sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0;
}

// One control command; the lines answered, the last being "ok" or "error: ...".
QStringList control(int port, const QString& command)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(10000))
        return {QStringLiteral("error: cannot connect")};
    socket.write(command.toUtf8() + '\n');
    QStringList lines;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        while (socket.canReadLine()) {
            lines << QString::fromUtf8(socket.readLine()).trimmed();
            if (lines.back() == QLatin1String("ok") || lines.back().startsWith(QLatin1String("error:")))
                return lines;
        }
        socket.waitForReadyRead(200);
    }
    return lines;
}

ModbusEndpoint endpointAt(int port, int timeoutMs)
{
    ModbusEndpoint e;
    e.port = port;
    e.timeoutMs = timeoutMs;
    e.retries = 0;
    e.backoffStartMs = 100;
    e.backoffMaxMs = 200;
    return e;
}

// The v2g map (docs/device-profiles.md): state at input 100, power i32 W at 102, energy into the
// car u32 Wh at 104, SoC at 108 in 0.1 %; the power setpoint i32 W at holding 1001.
struct V2gReading {
    int state = -1;
    double powerKw = 0;
    double energyKwh = 0;
    double socPct = 0;
};

std::optional<V2gReading> readV2g(ModbusConnection& client)
{
    const ModbusResult r = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, 100, 9));
    if (!r.ok())
        return std::nullopt;
    const auto i32 = [&](int at) {
        return double(qint32(quint32(r.registers[at]) << 16 | r.registers[at + 1]));
    };
    return V2gReading{r.registers[0], i32(2) / 1000.0, i32(4) / 1000.0, r.registers[8] / 10.0};
}

bool writeV2gSetpointW(ModbusConnection& client, qint32 watts)
{
    const auto raw = quint32(watts);
    return QCoro::waitFor(client.writeRegisters(1001, {quint16(raw >> 16), quint16(raw & 0xFFFF)})).ok();
}

} // namespace

class TstParkwattSim : public QObject {
    Q_OBJECT
private slots:
    void servesTheSiteAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const QString site = writeSite(dir, chargerPort, freePort(), QStringLiteral("127.0.0.1"));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += sim.readAllStandardOutput()).contains("serving meter"), 5000);

        ModbusEndpoint e;
        e.port = chargerPort;
        e.timeoutMs = 1000;
        ModbusConnection client(e);
        const ModbusResult marker = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, 0, 3));
        QVERIFY2(marker.ok(), qPrintable(marker.message));
        RegisterEncoding text;
        text.type = RegisterType::String;
        text.words = 2;
        const QList<quint16> words = marker.registers.mid(0, 2);
        QCOMPARE(RegisterCodec::decodeString(text, std::span<const quint16>(words.data(), 2))
                     .value.value_or(QString()),
                 QStringLiteral("PKWT"));
        QCOMPARE(marker.registers.at(2), quint16(1)); // map version

        // A third-party client reads the documented values (mbpoll counts registers from 1).
        const QString mbpoll = QStandardPaths::findExecutable(QStringLiteral("mbpoll"));
        if (!mbpoll.isEmpty()) {
            QProcess poll;
            poll.start(mbpoll,
                       {QStringLiteral("-m"), QStringLiteral("tcp"), QStringLiteral("-a"),
                        QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-r"),
                        QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("3"), QStringLiteral("-p"),
                        QString::number(chargerPort), QStringLiteral("-1"), QStringLiteral("127.0.0.1")});
            QVERIFY(poll.waitForFinished(10000));
            const QByteArray out = poll.readAllStandardOutput();
            QVERIFY2(out.contains("[1]: \t20555") && out.contains("[2]: \t22356") && out.contains("[3]: \t1"),
                     out.constData()); // "PK", "WT", 1
        } else {
            qWarning(
                "mbpoll not installed (scripts/setup-debian.sh installs it): third-party read not checked");
        }

        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void playsAScenarioInAcceleratedTime()
    {
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const int meterPort = freePort();
        const QString site = writeSite(dir, chargerPort, meterPort, QStringLiteral("127.0.0.1"));
        const QString scenario = writeScenario(dir);
        QProcess sim;
        QByteArray banner;
        // Speed 5: the car arrives 12 s and leaves 30 s of wall time after the start.
        QVERIFY(startSim(sim,
                         {QStringLiteral("--site"), site, QStringLiteral("--scenario"), scenario,
                          QStringLiteral("--speed"), QStringLiteral("5")},
                         &banner));
        QVERIFY2(banner.contains("scenario \"e2e\"") && banner.contains("at speed 5"), banner.constData());

        ModbusConnection charger(endpointAt(chargerPort, 5000));
        ModbusConnection meter(endpointAt(meterPort, 5000));
        const auto meterKw = [&]() -> double {
            const ModbusResult r = QCoro::waitFor(meter.read(QModbusDataUnit::InputRegisters, 52, 2));
            if (!r.ok())
                return -1e9;
            const quint32 bits = quint32(r.registers[0]) << 16 | r.registers[1];
            float w = 0;
            std::memcpy(&w, &bits, sizeof w);
            return double(w) / 1000.0;
        };
        std::optional<V2gReading> v = readV2g(charger);
        QVERIFY(v);
        QCOMPARE(v->state, 0);                                    // A: the car is not there yet
        QTRY_COMPARE_WITH_TIMEOUT(meterKw(), 30.0 - 12.5, 20000); // load - PV

        QTRY_COMPARE_WITH_TIMEOUT(readV2g(charger).value_or(V2gReading{}).state, 1, 30000); // B: plugged
        QCOMPARE(readV2g(charger)->socPct, 35.0);
        QVERIFY(writeV2gSetpointW(charger, 11000));
        QTRY_COMPARE_WITH_TIMEOUT(readV2g(charger).value_or(V2gReading{}).powerKw, 11.0, 20000);
        QCOMPARE(readV2g(charger)->state, 2); // C
        QTRY_VERIFY_WITH_TIMEOUT(readV2g(charger).value_or(V2gReading{}).energyKwh > 0.01, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(readV2g(charger).value_or(V2gReading{}).socPct > 35.0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(meterKw(), 30.0 + 11.0 - 12.5, 20000);

        QTRY_COMPARE_WITH_TIMEOUT(readV2g(charger).value_or(V2gReading{}).state, 0, 60000); // gone: A
        v = readV2g(charger);
        QVERIFY(v);
        QCOMPARE(v->powerKw, 0.0);
        QVERIFY(v->energyKwh > 0.01); // the counter stays
        QVERIFY(stopSim(sim));
    }

    void faultsSetAtStartAndOverTheControlChannel()
    {
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const int meterPort = freePort();
        const int controlPort = freePort();
        const QString site = writeSite(dir, chargerPort, meterPort, QStringLiteral("127.0.0.1"));
        QProcess sim;
        QByteArray banner;
        QVERIFY(startSim(sim,
                         {QStringLiteral("--site"), site, QStringLiteral("--fault"),
                          QStringLiteral("B01-evse:exception:3"), QStringLiteral("--fault"),
                          QStringLiteral("meter:drop"), QStringLiteral("--control"),
                          QString::number(controlPort)},
                         &banner));
        QVERIFY2(banner.contains("fault B01-evse exception:3") && banner.contains("fault meter drop") &&
                     banner.contains(QStringLiteral("control on 127.0.0.1:%1").arg(controlPort).toUtf8()),
                 banner.constData());

        // At start: the charger answers every request with exception 3, the meter refuses connections.
        ModbusConnection charger(endpointAt(chargerPort, 500));
        ModbusResult r = QCoro::waitFor(charger.read(QModbusDataUnit::InputRegisters, 0, 3));
        QCOMPARE(r.failure, ModbusFailure::Exception);
        QCOMPARE(r.exceptionCode, 3);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(meterPort));
        QVERIFY(!raw.waitForConnected(5000));
        QCOMPARE(raw.error(), QAbstractSocket::ConnectionRefusedError);
        QStringList status = control(controlPort, QStringLiteral("status"));
        QVERIFY2(
            status.contains(QStringLiteral("device meter port %1 fault drop connections 0").arg(meterPort)),
            qPrintable(status.join(u'\n')));

        // Over the control channel, one knob after the other on the charger.
        const auto charged = [&](const QString& command) {
            const QStringList answer = control(controlPort, command);
            return answer.size() == 1 && answer.front() == QLatin1String("ok");
        };
        QVERIFY(charged(QStringLiteral("clear all")));
        ModbusConnection meter(endpointAt(meterPort, 500));
        QTRY_VERIFY_WITH_TIMEOUT(QCoro::waitFor(meter.read(QModbusDataUnit::InputRegisters, 52, 2)).ok(),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(QCoro::waitFor(charger.read(QModbusDataUnit::InputRegisters, 0, 3)).ok(),
                                 15000);

        QVERIFY(charged(QStringLiteral("fault B01-evse late 1500")));
        r = QCoro::waitFor(charger.read(QModbusDataUnit::InputRegisters, 0, 3));
        QCOMPARE(r.failure, ModbusFailure::Timeout); // 500 ms is not enough

        QVERIFY(charged(QStringLiteral("fault B01-evse garbage")));
        ModbusConnection fresh(endpointAt(chargerPort, 5000));
        r = QCoro::waitFor(fresh.read(QModbusDataUnit::InputRegisters, 0, 3));
        QVERIFY2(r.failure == ModbusFailure::Transport, qPrintable(r.message));

        QVERIFY(charged(QStringLiteral("fault B01-evse silence")));
        ModbusConnection patient(endpointAt(chargerPort, 800));
        r = QCoro::waitFor(patient.read(QModbusDataUnit::InputRegisters, 0, 3));
        QCOMPARE(r.failure, ModbusFailure::Timeout);

        QVERIFY(charged(QStringLiteral("fault B01-evse drop")));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, quint16(chargerPort));
        QVERIFY(!refused.waitForConnected(5000));

        QVERIFY(charged(QStringLiteral("clear B01-evse")));
        QTRY_VERIFY_WITH_TIMEOUT(QCoro::waitFor(charger.read(QModbusDataUnit::InputRegisters, 0, 3)).ok(),
                                 15000);
        status = control(controlPort, QStringLiteral("status"));
        QVERIFY2(status.front() == QLatin1String("time static") &&
                     status.contains(
                         QStringLiteral("device B01-evse port %1 fault none connections 1").arg(chargerPort)),
                 qPrintable(status.join(u'\n')));

        // Wrong commands are answered, never fatal.
        QCOMPARE(control(controlPort, QStringLiteral("fault B09-evse drop")).back(),
                 QStringLiteral("error: no device 'B09-evse'"));
        QVERIFY(control(controlPort, QStringLiteral("fault meter sometimes"))
                    .back()
                    .contains(QStringLiteral("unknown fault kind 'sometimes'")));
        QVERIFY(control(controlPort, QStringLiteral("reboot"))
                    .back()
                    .startsWith(QStringLiteral("error: unknown command")));
        // A line without end is cut off with a word, and the simulator carries on.
        QTcpSocket flood;
        flood.connectToHost(QHostAddress::LocalHost, quint16(controlPort));
        QVERIFY(flood.waitForConnected(10000));
        flood.write(QByteArray(5000, '\x01'));
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY(flood.readAll().startsWith("error: line longer than 1024 bytes"));
        QCOMPARE(control(controlPort, QStringLiteral("status")).back(), QStringLiteral("ok"));
        QVERIFY(stopSim(sim));
    }

    void eachFaultSetAtStart_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("failure");
        QTest::newRow("drop") << QStringLiteral("drop") << int(ModbusFailure::NotConnected);
        QTest::newRow("late") << QStringLiteral("late:1500") << int(ModbusFailure::Timeout);
        QTest::newRow("exception") << QStringLiteral("exception:3") << int(ModbusFailure::Exception);
        QTest::newRow("garbage") << QStringLiteral("garbage") << int(ModbusFailure::Transport);
        QTest::newRow("silence") << QStringLiteral("silence") << int(ModbusFailure::Timeout);
    }
    void eachFaultSetAtStart()
    {
        QFETCH(QString, fault);
        QFETCH(int, failure);
        QTemporaryDir dir;
        const int chargerPort = freePort();
        const int controlPort = freePort();
        const QString site = writeSite(dir, chargerPort, freePort(), QStringLiteral("127.0.0.1"));
        QProcess sim;
        QByteArray banner;
        QVERIFY(startSim(sim,
                         {QStringLiteral("--site"), site, QStringLiteral("--fault"),
                          QStringLiteral("B01-evse:") + fault, QStringLiteral("--control"),
                          QString::number(controlPort)},
                         &banner));
        // A short timeout where waiting is what the fault does, a long one where an answer comes.
        const bool waits = ModbusFailure(failure) == ModbusFailure::Timeout;
        ModbusConnection client(endpointAt(chargerPort, waits ? 500 : 5000));
        const ModbusResult r = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, 0, 3));
        QVERIFY2(r.failure == ModbusFailure(failure), qPrintable(r.message));
        QCOMPARE(control(controlPort, QStringLiteral("clear B01-evse")).back(), QStringLiteral("ok"));
        ModbusConnection healthy(endpointAt(chargerPort, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(QCoro::waitFor(healthy.read(QModbusDataUnit::InputRegisters, 0, 3)).ok(),
                                 15000);
        QVERIFY(stopSim(sim));
    }

    void badOptionsExit2NamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fault device")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("B09-evse:drop")}
            << QStringLiteral("--fault B09-evse:drop: no device 'B09-evse' in site.json");
        QTest::newRow("fault kind") << QStringList{QStringLiteral("--fault"), QStringLiteral("meter:laet")}
                                    << QStringLiteral("--fault meter:laet: unknown fault kind 'laet'");
        QTest::newRow("fault arg") << QStringList{QStringLiteral("--fault"),
                                                  QStringLiteral("meter:late:soon")}
                                   << QStringLiteral("--fault meter:late:soon: late: expected a delay in ms");
        QTest::newRow("fault form") << QStringList{QStringLiteral("--fault"), QStringLiteral("meter")}
                                    << QStringLiteral("--fault meter: expected DEVICE:KIND[:ARG]");
        QTest::newRow("speed") << QStringList{QStringLiteral("--scenario"), QStringLiteral("SCENARIO"),
                                              QStringLiteral("--speed"), QStringLiteral("0")}
                               << QStringLiteral("--speed 0: expected a number above 0");
        QTest::newRow("speed alone") << QStringList{QStringLiteral("--speed"), QStringLiteral("60")}
                                     << QStringLiteral("--speed needs --scenario");
        QTest::newRow("control") << QStringList{QStringLiteral("--control"), QStringLiteral("70000")}
                                 << QStringLiteral("--control 70000: expected a port");
        QTest::newRow("scenario file") << QStringList{QStringLiteral("--scenario"), QStringLiteral("BAD")}
                                       << QStringLiteral("bad-scenario.json: ");
        QTest::newRow("scenario charger")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("OTHER")}
            << QStringLiteral("device B01-evse: charger 'B01' is not in scenario.json");
    }
    void badOptionsExit2NamingTheProblem()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString site = writeSite(dir, freePort(), freePort(), QStringLiteral("127.0.0.1"));
        const QString good = writeScenario(dir);
        QTemporaryDir otherDir;
        const QString other = writeScenario(otherDir, QStringLiteral("B07"));
        const QString bad =
            writeFile(dir, QStringLiteral("bad-scenario.json"),
                      QStringLiteral(R"({ "format": "parkwatt-scenario/1", "start": "yesterday" })"));
        extra.replaceInStrings(QStringLiteral("SCENARIO"), good);
        extra.replaceInStrings(QStringLiteral("BAD"), bad);
        extra.replaceInStrings(QStringLiteral("OTHER"), other);
        QProcess sim;
        sim.start(kSim, QStringList{QStringLiteral("--site"), site} + extra);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray err = sim.readAllStandardError();
        QVERIFY2(err.startsWith("parkwatt-sim: ") && err.contains(expected.toUtf8()), err.constData());
        QVERIFY(!sim.readAllStandardOutput().contains("serving")); // refused before serving anything
    }

    void refusesANonLoopbackDeviceNamingIt()
    {
        QTemporaryDir dir;
        const QString site = writeSite(dir, freePort(), freePort(), QStringLiteral("192.0.2.21"));
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), site});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 2);
        const QByteArray err = sim.readAllStandardError();
        QVERIFY2(err.contains("B01-evse") && err.contains("loopback"), err.constData());
    }

    void aBadSiteFileIsAOneLineError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"parkwatt-site/1\"}");
        f.close();
        QProcess sim;
        sim.start(kSim, {QStringLiteral("--site"), path});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().startsWith("parkwatt-sim: bad.json: "));
    }
};

QTEST_GUILESS_MAIN(TstParkwattSim)
#include "tst_parkwattsim.moc"
