// SunSpec over real loopback Modbus TCP: the model chain walked on the simulator for every
// built-in SunSpec profile and values read through the resolved addresses (scale factors and "not
// implemented" included); and hand-laid chains that are wrong (no marker, a required model
// missing, a length that runs off the address space or cuts a register off, no end marker) refused
// with an error that says so, in a bounded number of reads.

#include "devices/ProfileDriver.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "devices/sunspec/SunSpecChainWalker.h"
#include "devices/sunspec/SunSpecLayout.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QModbusTcpServer>
#include <QTest>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

ModbusEndpoint endpointAt(int port, int unit)
{
    ModbusEndpoint e;
    e.port = port;
    e.unit = unit;
    e.timeoutMs = 1000;
    e.retries = 0;
    return e;
}

// Qt's Modbus server holding `words` from 40000 (and nothing at 0 or 50000) on unit 1.
std::unique_ptr<QModbusTcpServer> chainServer(int port, const QList<quint16>& words, int base = 40000)
{
    auto server = std::make_unique<QModbusTcpServer>();
    QModbusDataUnitMap map;
    map.insert(QModbusDataUnit::HoldingRegisters,
               {QModbusDataUnit::HoldingRegisters, base, quint16(words.size())});
    server->setMap(map);
    server->setData(QModbusDataUnit(QModbusDataUnit::HoldingRegisters, base, words));
    server->setServerAddress(1);
    server->setConnectionParameter(QModbusDevice::NetworkAddressParameter, QStringLiteral("127.0.0.1"));
    server->setConnectionParameter(QModbusDevice::NetworkPortParameter, port);
    if (!server->connectDevice())
        return nullptr;
    return server;
}

// "SunS", then (id, length) blocks with zeroed bodies, then the end marker unless told not to.
QList<quint16> chainWords(std::initializer_list<std::pair<int, int>> models, bool endMarker = true)
{
    QList<quint16> words{kSunSpecMarkerHigh, kSunSpecMarkerLow};
    for (const auto& [id, length] : models) {
        words << quint16(id) << quint16(length);
        words.append(QList<quint16>(std::min(length, 2000), 0));
    }
    if (endMarker)
        words << kSunSpecEndId << 0;
    return words;
}

} // namespace

class TstSunSpec : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_library = ProfileLibrary::withBuiltIns();

private slots:
    void walksTheSimulatedChain_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("inverter") << QStringLiteral("sunspec-inverter");
        QTest::newRow("storage") << QStringLiteral("sunspec-storage");
        QTest::newRow("meter") << QStringLiteral("sunspec-meter");
    }
    void walksTheSimulatedChain()
    {
        QFETCH(QString, profile);
        const DeviceProfile* sunspec = m_library.find(profile);
        QVERIFY(sunspec && sunspec->isSunSpec());
        SimulatedModbusDevice device(*sunspec, [] { return TimeMs(0); });
        const int port = freePort();
        QString error;
        QVERIFY2(device.start(QStringLiteral("127.0.0.1"), port, sunspec->transport.unit, &error),
                 qPrintable(error));

        ModbusConnection connection(endpointAt(port, sunspec->transport.unit));
        const SunSpecWalk walk =
            QCoro::waitFor(SunSpecChainWalker::walk(connection, sunspecBasesFor(*sunspec)));
        QVERIFY2(walk.chain, qPrintable(walk.error));
        const SunSpecChain expected = sunspecLayoutFor(*sunspec);
        QCOMPARE(walk.chain->base, 40000);
        QCOMPARE(walk.chain->models.size(), expected.models.size());
        QCOMPARE(walk.chain->models.front().id, 1);
        QCOMPARE(walk.chain->models.front().length, 66);
        for (size_t i = 0; i < expected.models.size(); ++i) {
            QCOMPARE(walk.chain->models[i].id, expected.models[i].id);
            QCOMPARE(walk.chain->models[i].address, expected.models[i].address);
            QCOMPARE(walk.chain->models[i].length, expected.models[i].length);
            if (const auto standard = sunspecStandardLength(expected.models[i].id))
                QCOMPARE(walk.chain->models[i].length, *standard);
        }
        QCOMPARE(walk.reads, 1 + int(expected.models.size()) + 1); // marker, headers, end marker

        // The driver resolves the same chain and reads through the absolute addresses.
        ProfileDriver driver(*sunspec, connection);
        const ModbusResult resolved = QCoro::waitFor(driver.resolve());
        QVERIFY2(resolved.ok(), qPrintable(resolved.message));
        QVERIFY(driver.isResolved());
        for (const ProfileRegister& reg : driver.profile().registers) {
            const SunSpecModelBlock* model = walk.chain->find(*reg.sunspecModel);
            QVERIFY(model);
            QCOMPARE(reg.address, model->address + sunspec->findRegister(reg.name)->address);
        }

        if (profile == QLatin1String("sunspec-inverter")) {
            QVERIFY(device.setNumber(QStringLiteral("w"), 12345));
            QVERIFY(device.setNumber(QStringLiteral("w_sf"), -1)); // 1234.5 W
            QVERIFY(device.setNumber(QStringLiteral("wh"), 4321));
            QVERIFY(device.setNumber(QStringLiteral("wh_sf"), 3)); // 4321 kWh
            DeviceReading r = QCoro::waitFor(driver.poll());
            QVERIFY2(r.valid, qPrintable(r.fault));
            QCOMPARE(r.pvPowerKw, std::optional<double>(1.2345));
            QCOMPARE(r.energyExportKwh, std::optional<double>(4321));
            QVERIFY(device.setNumber(QStringLiteral("w"), -32768)); // not implemented
            r = QCoro::waitFor(driver.poll());
            QVERIFY2(r.valid, qPrintable(r.fault));
            QVERIFY(!r.pvPowerKw.has_value());
            QVERIFY(device.setNumber(QStringLiteral("w"), 100));
            QVERIFY(device.setNumber(QStringLiteral("w_sf"), 90)); // no device scales by 10^90
            r = QCoro::waitFor(driver.poll());
            QVERIFY(!r.valid);
            QVERIFY2(r.fault.contains(QStringLiteral("w_sf")), qPrintable(r.fault));
        } else if (profile == QLatin1String("sunspec-meter")) {
            QVERIFY(device.setNumber(QStringLiteral("tot_wh_imp"), 123456));
            QVERIFY(device.setNumber(QStringLiteral("tot_wh_exp"), 789));
            QVERIFY(device.setNumber(QStringLiteral("tot_wh_sf"), 1)); // x 10 Wh
            const DeviceReading r = QCoro::waitFor(driver.poll());
            QVERIFY2(r.valid, qPrintable(r.fault));
            QCOMPARE(r.energyImportKwh, std::optional<double>(1234.56));
            QCOMPARE(r.energyExportKwh, std::optional<double>(7.89));
        } else {
            QVERIFY(device.setNumber(QStringLiteral("battery_w"), -2500));
            QVERIFY(device.setNumber(QStringLiteral("battery_w_sf"), 0));
            const DeviceReading r = QCoro::waitFor(driver.poll());
            QVERIFY2(r.valid, qPrintable(r.fault));
            QCOMPARE(r.batteryPowerKw, std::optional<double>(-2.5));
        }
    }

    void aMissingModelIsNamed()
    {
        const int port = freePort();
        auto server = chainServer(port, chainWords({{1, 66}, {120, 26}}));
        QVERIFY(server);
        ModbusConnection connection(endpointAt(port, 1));
        ProfileDriver driver(*m_library.find(QStringLiteral("sunspec-inverter")), connection);
        const DeviceReading r = QCoro::waitFor(driver.poll());
        QVERIFY(!r.valid);
        QVERIFY2(r.fault.contains(QStringLiteral("model(s) 103 (or 101, 102) missing")) &&
                     r.fault.contains(QStringLiteral("has 1, 120")),
                 qPrintable(r.fault));
        QVERIFY(!driver.isResolved());
    }

    void anAlternativeModelStandsIn()
    {
        const int port = freePort();
        auto server = chainServer(port, chainWords({{1, 66}, {101, 50}}));
        QVERIFY(server);
        QVERIFY(server->setData(QModbusDataUnit::HoldingRegisters, 40002 + 68 + 14, 2000)); // 101 W
        ModbusConnection connection(endpointAt(port, 1));
        ProfileDriver driver(*m_library.find(QStringLiteral("sunspec-inverter")), connection);
        const DeviceReading r = QCoro::waitFor(driver.poll());
        QVERIFY2(r.valid, qPrintable(r.fault));
        QCOMPARE(r.pvPowerKw, std::optional<double>(2.0));
    }

    void brokenChainsAreRefused_data()
    {
        QTest::addColumn<QList<quint16>>("words");
        QTest::addColumn<QString>("error");
        QTest::newRow("no marker") << QList<quint16>(100, 0)
                                   << QStringLiteral("no SunSpec marker \"SunS\" at 40000, 0, 50000");
        QTest::newRow("length past 65535") << chainWords({{1, 66}, {103, 0xFFF0}}, false)
                                           << QStringLiteral("length 65520 runs past register 65535");
        QTest::newRow("length cuts a register off")
            << chainWords({{1, 66}, {103, 10}})
            << QStringLiteral("register w (model 103 offset 14) lies beyond");
        // A length that jumps past the device's registers: the read there is refused (illegal
        // address), which ends the chain as on SMA devices, so 103 is missing.
        QTest::newRow("length past the map") << chainWords({{1, 66}, {7, 900}}, false).mid(0, 72)
                                             << QStringLiteral("103 (or 101, 102) missing");
        QList<quint16> endless{kSunSpecMarkerHigh, kSunSpecMarkerLow};
        for (int i = 0; i < 200; ++i)
            endless << 1 << 0;
        QTest::newRow("no end marker") << endless << QStringLiteral("no end marker after 64 models");
    }
    void brokenChainsAreRefused()
    {
        QFETCH(QList<quint16>, words);
        QFETCH(QString, error);
        const int port = freePort();
        auto server = chainServer(port, words);
        QVERIFY(server);
        ModbusConnection connection(endpointAt(port, 1));
        const DeviceProfile& inverter = *m_library.find(QStringLiteral("sunspec-inverter"));
        const SunSpecWalk walk =
            QCoro::waitFor(SunSpecChainWalker::walk(connection, sunspecBasesFor(inverter)));
        QVERIFY(walk.reads <= 3 + SunSpecChainWalker::kDefaultMaxModels + 1);
        ProfileDriver driver(inverter, connection);
        const ModbusResult r = QCoro::waitFor(driver.resolve());
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(error), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("sunspec-inverter")), qPrintable(r.message));
    }

    void theMarkerIsAlsoFoundAtZero()
    {
        const int port = freePort();
        auto server = chainServer(port, chainWords({{1, 66}, {103, 50}}), 0);
        QVERIFY(server);
        ModbusConnection connection(endpointAt(port, 1));
        const SunSpecWalk walk = QCoro::waitFor(SunSpecChainWalker::walk(
            connection, sunspecBasesFor(*m_library.find(QStringLiteral("sunspec-inverter")))));
        QVERIFY2(walk.chain, qPrintable(walk.error));
        QCOMPARE(walk.chain->base, 0);
        QCOMPARE(walk.chain->models.size(), size_t(2));
        QCOMPARE(walk.chain->models[1].address, 70);
    }

    void aSilentDeviceFailsWithinTheDeadline()
    {
        const int port = freePort(); // nothing listens
        ModbusConnection connection(endpointAt(port, 1));
        const SunSpecWalk walk = QCoro::waitFor(SunSpecChainWalker::walk(connection, {40000, 0, 50000}));
        QVERIFY(!walk.chain);
        QCOMPARE(walk.reads, 1); // a device that does not answer is not searched further
        QVERIFY2(walk.error.contains(QStringLiteral("not connected")), qPrintable(walk.error));
    }
};

QTEST_GUILESS_MAIN(TstSunSpec)
#include "tst_sunspec.moc"
