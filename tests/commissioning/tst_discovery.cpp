// End to end: `parkwattd discover` as a process against `parkwatt-sim` serving one device of every
// built-in profile on loopback (real sockets, the simulator's real register maps). Every device is
// found with its profile and nothing else is: a closed port in the list yields nothing. A range of
// addresses where nothing listens, and a range that is never routed, finish within their timeouts.
// Bad input exits 2 naming the option.

#include "engine/live/LoopbackPorts.h"
#include "support/FreePort.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QModbusTcpServer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <map>

using namespace parkwatt;

namespace {

const QString kSim = QStringLiteral(PARKWATT_BIN_DIR "/parkwatt-sim");
const QString kParkwattd = QStringLiteral(PARKWATT_BIN_DIR "/parkwattd");

struct SimDevice {
    QString id;
    QString role;
    QString profile;
    QString charger; // role charger
    int port = 0;
};

struct Run {
    int exitCode = -1; // -1: killed after the timeout
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

Run runDiscover(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QElapsedTimer t;
    t.start();
    process.start(kParkwattd, QStringList{QStringLiteral("discover")} + arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.elapsedMs = t.elapsed();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

private slots:
    void findsEverySimulatedDeviceAndNothingElse();
    void unreachableRangesFinishPromptly();
    void anUnknownDeviceIsReportedWithoutAProfile();
    void badInputExitsTwo();
};

void TestDiscovery::findsEverySimulatedDeviceAndNothingElse()
{
    std::vector<SimDevice> devices{
        {QStringLiteral("grid"), QStringLiteral("grid_meter"), QStringLiteral("sunspec-meter"), {}, 0},
        {QStringLiteral("sub"), QStringLiteral("load_meter"), QStringLiteral("eastron-sdm630"), {}, 0},
        {QStringLiteral("pv"), QStringLiteral("pv_inverter"), QStringLiteral("sunspec-inverter"), {}, 0},
        {QStringLiteral("bat"), QStringLiteral("battery"), QStringLiteral("sunspec-storage"), {}, 0},
        {QStringLiteral("alfen"), QStringLiteral("charger"), QStringLiteral("alfen-ng9xx"),
         QStringLiteral("B01"), 0},
        {QStringLiteral("v2g"), QStringLiteral("charger"), QStringLiteral("parkwatt-v2g"),
         QStringLiteral("B02"), 0},
        {QStringLiteral("vestel"), QStringLiteral("charger"), QStringLiteral("vestel-evc04"),
         QStringLiteral("B03"), 0},
        {QStringLiteral("abb"), QStringLiteral("charger"), QStringLiteral("abb-terra-ac"),
         QStringLiteral("B04"), 0},
        {QStringLiteral("wallbox"), QStringLiteral("charger"), QStringLiteral("wallbox-quasar"),
         QStringLiteral("B05"), 0},
        {QStringLiteral("phoenix"), QStringLiteral("charger"), QStringLiteral("phoenix-ev-eth"),
         QStringLiteral("B06"), 0},
    };
    // One more port than devices: the last stays closed.
    const QList<int> ports = chooseLoopbackPorts(int(devices.size()) + 1);
    QCOMPARE(ports.size(), qsizetype(devices.size()) + 1);
    const int closedPort = ports.back();

    QStringList chargers;
    QStringList deviceJson;
    for (size_t i = 0; i < devices.size(); ++i) {
        SimDevice& d = devices[i];
        d.port = ports.at(qsizetype(i));
        QString json =
            QStringLiteral(
                R"({ "id": "%1", "role": "%2", "profile": "%3", "host": "127.0.0.1", "port": %4, "unit": 1)")
                .arg(d.id, d.role, d.profile)
                .arg(d.port);
        if (!d.charger.isEmpty()) {
            json += QStringLiteral(R"(, "charger": "%1")").arg(d.charger);
            chargers << QStringLiteral(R"({ "id": "%1", "max_charge_kw": 11, "min_charge_kw": 4.1 })")
                            .arg(d.charger);
        }
        deviceJson << json + QStringLiteral(" }");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sitePath = dir.filePath(QStringLiteral("site.json"));
    {
        QFile f(sitePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({ "format": "parkwatt-site/1",
  "site": { "name": "Discovery", "grid": { "import_limit_kw": 100 }, "chargers": [ %1 ] },
  "devices": [ %2 ] })")
                    .arg(chargers.join(QStringLiteral(", ")), deviceJson.join(QStringLiteral(",\n    ")))
                    .toUtf8());
    }

    QProcess sim;
    sim.start(kSim, {QStringLiteral("--site"), sitePath});
    QVERIFY(sim.waitForStarted(10000));
    QByteArray banner;
    const QByteArray lastLine = "serving " + devices.back().id.toUtf8();
    QElapsedTimer started;
    started.start();
    while (started.elapsed() < 30000 && sim.state() == QProcess::Running && !banner.contains(lastLine)) {
        sim.waitForReadyRead(200);
        banner += sim.readAllStandardOutput();
    }
    QVERIFY2(banner.contains(lastLine), banner.constData() + sim.readAllStandardError());

    QStringList portList;
    for (const int p : ports)
        portList << QString::number(p);
    const Run run =
        runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                     portList.join(QLatin1Char(',')), QStringLiteral("--units"), QStringLiteral("1")},
                    60000);
    ::kill(pid_t(sim.processId()), SIGTERM);
    QVERIFY(sim.waitForFinished(10000));

    QVERIFY2(run.exitCode == 0, run.err.constData());
    qInfo("discover over %zu devices and 1 closed port took %lld ms", devices.size(),
          static_cast<long long>(run.elapsedMs));
    QVERIFY2(run.elapsedMs < 20000, run.err.constData());
    QJsonParseError parseError{};
    const QJsonObject report = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("parkwatt-discovery/1"));
    const QJsonObject scanned = report.value(QStringLiteral("scanned")).toObject();
    QCOMPARE(scanned.value(QStringLiteral("addresses")).toInt(), 1);
    QCOMPARE(scanned.value(QStringLiteral("ports")).toArray().size(), ports.size());
    QCOMPARE(scanned.value(QStringLiteral("units")).toArray(), (QJsonArray{1}));
    QCOMPARE(report.value(QStringLiteral("open_ports")).toInt(), int(devices.size()));
    QVERIFY2(report.value(QStringLiteral("silent")).toArray().isEmpty(), run.out.constData());
    QVERIFY(report.value(QStringLiteral("elapsed_ms")).isDouble());

    std::map<int, QJsonObject> byPort;
    for (const QJsonValue& v : report.value(QStringLiteral("found")).toArray()) {
        const QJsonObject found = v.toObject();
        QCOMPARE(found.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(found.value(QStringLiteral("unit")).toInt(), 1);
        const int port = found.value(QStringLiteral("port")).toInt();
        QVERIFY2(port != closedPort, "the closed port yields nothing");
        QVERIFY2(byPort.emplace(port, found).second, "each port once");
    }
    QCOMPARE(byPort.size(), devices.size());
    for (const SimDevice& d : devices) {
        QVERIFY2(byPort.count(d.port), qPrintable(d.id));
        const QJsonObject found = byPort.at(d.port);
        const QByteArray context = d.id.toUtf8() + ": " + QJsonDocument(found).toJson(QJsonDocument::Compact);
        QVERIFY2(found.value(QStringLiteral("profile")).toString() == d.profile, context.constData());
        const bool sunspec = d.profile.startsWith(QLatin1String("sunspec-"));
        QVERIFY2(found.value(QStringLiteral("sunspec")).isObject() == sunspec, context.constData());
        if (sunspec)
            QVERIFY2(found.value(QStringLiteral("match")).toString() == QStringLiteral("sunspec"),
                     context.constData());
        if (d.profile == QLatin1String("sunspec-meter")) {
            const QJsonObject s = found.value(QStringLiteral("sunspec")).toObject();
            QCOMPARE(s.value(QStringLiteral("base")).toInt(), 40000);
            QCOMPARE(s.value(QStringLiteral("models")).toArray(), (QJsonArray{1, 203}));
            QCOMPARE(found.value(QStringLiteral("role")).toString(), QStringLiteral("grid_meter"));
        }
        // What the simulator says about itself (docs/simulator.md), where the profile can say it.
        // ("Parkwatt simulator" fits SunSpec's 32 characters, not parkwatt-v2g's 16, so the
        // simulator leaves that one empty.)
        if (sunspec)
            QVERIFY2(found.value(QStringLiteral("manufacturer")).toString() ==
                         QStringLiteral("Parkwatt simulator"),
                     context.constData());
        if (d.profile == QLatin1String("parkwatt-v2g") || d.profile == QLatin1String("alfen-ng9xx") ||
            sunspec) {
            QVERIFY2(found.value(QStringLiteral("serial")).toString() == QStringLiteral("SIM-") + d.id,
                     context.constData());
        }
    }
    QCOMPARE(byPort.at(devices[5].port).value(QStringLiteral("match")).toString(), QStringLiteral("expect"));
    QCOMPARE(byPort.at(devices[4].port).value(QStringLiteral("match")).toString(),
             QStringLiteral("identity"));
    QCOMPARE(byPort.at(devices[4].port).value(QStringLiteral("role")).toString(), QStringLiteral("charger"));
}

void TestDiscovery::unreachableRangesFinishPromptly()
{
    const int closedPort = test::freePort();
    // Loopback addresses where nothing listens: refused at once.
    const Run refused = runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.2-127.0.0.3"),
                                     QStringLiteral("--ports"), QString::number(closedPort),
                                     QStringLiteral("--timeout-ms"), QStringLiteral("500")},
                                    30000);
    QVERIFY2(refused.exitCode == 0, refused.err.constData());
    qInfo("127.0.0.2-3 on a closed port: %lld ms", static_cast<long long>(refused.elapsedMs));
    QVERIFY2(refused.elapsedMs < 5000, refused.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(refused.out).object();
    QCOMPARE(report.value(QStringLiteral("scanned")).toObject().value(QStringLiteral("addresses")).toInt(),
             2);
    QVERIFY(report.value(QStringLiteral("found")).toArray().isEmpty());
    QVERIFY(report.value(QStringLiteral("silent")).toArray().isEmpty());
    QCOMPARE(report.value(QStringLiteral("open_ports")).toInt(), 0);

    // TEST-NET-1 (RFC 5737) is never routed: connects are dropped or fail, never answered. Eight
    // addresses, two at a time, 300 ms each: about 1.2 s when every connect times out.
    const Run filtered =
        runDiscover({QStringLiteral("--hosts"), QStringLiteral("192.0.2.0/29"), QStringLiteral("--ports"),
                     QStringLiteral("502"), QStringLiteral("--timeout-ms"), QStringLiteral("300"),
                     QStringLiteral("--concurrency"), QStringLiteral("2")},
                    30000);
    QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
    qInfo("192.0.2.0/29 (never routed): %lld ms", static_cast<long long>(filtered.elapsedMs));
    QVERIFY2(filtered.elapsedMs < 8000, filtered.err.constData());
    const QJsonObject filteredReport = QJsonDocument::fromJson(filtered.out).object();
    QCOMPARE(
        filteredReport.value(QStringLiteral("scanned")).toObject().value(QStringLiteral("addresses")).toInt(),
        8);
    QVERIFY(filteredReport.value(QStringLiteral("found")).toArray().isEmpty());
}

void TestDiscovery::anUnknownDeviceIsReportedWithoutAProfile()
{
    // Qt's own Modbus server in this process with ten holding registers: no profile's map.
    const int port = test::freePort();
    QModbusTcpServer server;
    QModbusDataUnitMap map;
    map.insert(QModbusDataUnit::HoldingRegisters, {QModbusDataUnit::HoldingRegisters, 0, 10});
    server.setMap(map);
    server.setServerAddress(1);
    server.setConnectionParameter(QModbusDevice::NetworkAddressParameter, QStringLiteral("127.0.0.1"));
    server.setConnectionParameter(QModbusDevice::NetworkPortParameter, port);
    QVERIFY(server.connectDevice());
    QVERIFY(server.setData(QModbusDataUnit::HoldingRegisters, 0, 0x4142));

    // The event loop must run for the server to answer: no waitForFinished here.
    QProcess process;
    process.start(kParkwattd, {QStringLiteral("discover"), QStringLiteral("--hosts"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), QString::number(port),
                               QStringLiteral("--timeout-ms"), QStringLiteral("500")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray found = report.value(QStringLiteral("found")).toArray();
    QCOMPARE(found.size(), 1);
    const QJsonObject device = found.first().toObject();
    const QByteArray context = QJsonDocument(device).toJson(QJsonDocument::Compact);
    QCOMPARE(device.value(QStringLiteral("port")).toInt(), port);
    QVERIFY2(device.value(QStringLiteral("profile")).isNull(), context.constData());
    QVERIFY2(device.value(QStringLiteral("sunspec")).isNull(), context.constData());
    QVERIFY2(device.value(QStringLiteral("role")).isNull(), context.constData());
    QVERIFY2(!device.contains(QStringLiteral("candidates")), context.constData());
    QVERIFY2(err.contains("no profile"), err.constData());
}

void TestDiscovery::badInputExitsTwo()
{
    const Run tooMany = runDiscover({QStringLiteral("--hosts"), QStringLiteral("10.0.0.0/21"),
                                     QStringLiteral("--ports"), QStringLiteral("502")},
                                    10000);
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains("--hosts") && tooMany.err.contains("2048"), tooMany.err.constData());
    QVERIFY(tooMany.out.isEmpty());

    const Run badPort = runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--ports"), QStringLiteral("502,70000")},
                                    10000);
    QCOMPARE(badPort.exitCode, 2);
    QVERIFY2(badPort.err.contains("--ports"), badPort.err.constData());

    const Run badUnit =
        runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                     QStringLiteral("502"), QStringLiteral("--units"), QStringLiteral("248")},
                    10000);
    QCOMPARE(badUnit.exitCode, 2);
    QVERIFY2(badUnit.err.contains("--units"), badUnit.err.constData());

    const Run noPorts = runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.1")}, 10000);
    QCOMPARE(noPorts.exitCode, 2);
    QVERIFY2(noPorts.err.contains("--ports"), noPorts.err.constData());

    const Run badTimeout =
        runDiscover({QStringLiteral("--hosts"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                     QStringLiteral("502"), QStringLiteral("--timeout-ms"), QStringLiteral("0")},
                    10000);
    QCOMPARE(badTimeout.exitCode, 2);
    QVERIFY2(badTimeout.err.contains("--timeout-ms"), badTimeout.err.constData());
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
