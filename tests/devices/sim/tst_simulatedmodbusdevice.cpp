// A simulated charger on real loopback Modbus TCP, speaking its built-in profile: measurements
// read back through the transport and the codec, setpoints written by a client applied, the
// watchdog falling back to the fail-safe when the controller goes quiet.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <cmath>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

std::span<const quint16> span(const QVector<quint16>& v)
{
    return {v.data(), size_t(v.size())};
}

} // namespace

class TstSimulatedModbusDevice : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_library = ProfileLibrary::withBuiltIns();
    TimeMs m_nowMs = 1'000'000;

    std::unique_ptr<SimulatedModbusDevice> startDevice(const QString& profileId, int* port)
    {
        const DeviceProfile* profile = m_library.find(profileId);
        if (!profile)
            return nullptr;
        auto device = std::make_unique<SimulatedModbusDevice>(*profile, [this] { return m_nowMs; });
        *port = freePort();
        QString error;
        if (!device->start(QStringLiteral("127.0.0.1"), *port, profile->transport.unit, &error)) {
            qWarning() << error;
            return nullptr;
        }
        return device;
    }

    ModbusEndpoint endpoint(const QString& profileId, int port)
    {
        const DeviceProfile* profile = m_library.find(profileId);
        ModbusEndpoint e;
        e.port = port;
        e.unit = profile->transport.unit;
        e.timeoutMs = 500;
        e.retries = 0;
        e.writeSingleAsFc16 = profile->transport.writeFunction == 16;
        return e;
    }

private slots:
    void measurementsReadBackThroughTheProfile()
    {
        int port = 0;
        auto device = startDevice(QStringLiteral("parkwatt-v2g"), &port);
        QVERIFY(device);
        QVERIFY(device->setText(QStringLiteral("marker"), QStringLiteral("PKWT")));
        QVERIFY(device->setMeasurement(RegisterMeaning::Power, -7.4)); // discharging 7.4 kW
        QVERIFY(device->setMeasurement(RegisterMeaning::Soc, 63.5));
        QVERIFY(device->setIecState(IecState::C));
        QVERIFY(!device->setMeasurement(RegisterMeaning::GridPower, 1)); // a charger has no such register

        const DeviceProfile& profile = device->profile();
        ModbusConnection client(endpoint(profile.id, port));
        const ProfileRegister* marker = profile.findRegister(QStringLiteral("marker"));
        ModbusResult r = QCoro::waitFor(
            client.read(QModbusDataUnit::InputRegisters, marker->address, marker->registerCount()));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(RegisterCodec::decodeString(marker->encoding, span(r.registers)).value.value_or(QString()),
                 QStringLiteral("PKWT"));

        const ProfileRegister* power = profile.findMeaning(RegisterMeaning::Power);
        r = QCoro::waitFor(
            client.read(QModbusDataUnit::InputRegisters, power->address, power->registerCount()));
        QVERIFY(r.ok());
        QCOMPARE(RegisterCodec::decodeNumber(power->encoding, span(r.registers)).value.value_or(0), -7400.0);

        const ProfileRegister* soc = profile.findMeaning(RegisterMeaning::Soc);
        r = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, soc->address, 1));
        QVERIFY(r.ok());
        QCOMPARE(r.registers.front(), quint16(635)); // 0.1 % units

        const ProfileRegister* state = profile.findMeaning(RegisterMeaning::Iec61851State);
        r = QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, state->address, 1));
        QVERIFY(r.ok());
        QCOMPARE(state->iecState(double(r.registers.front())), std::optional<IecState>(IecState::C));
    }

    void aWrittenSetpointIsAppliedUntilTheWatchdogExpires()
    {
        int port = 0;
        auto device = startDevice(QStringLiteral("parkwatt-v2g"), &port);
        QVERIFY(device);
        QSignalSpy written(device.get(), &SimulatedModbusDevice::setpointWritten);
        const DeviceProfile& profile = device->profile();
        ModbusConnection client(endpoint(profile.id, port));

        const ProfileRegister* setpoint = profile.findRegister(profile.setpoint->registerName);
        const auto words = RegisterCodec::encodeNumber(setpoint->encoding, -5000); // W, discharge
        QVERIFY(words.ok());
        const ModbusResult r = QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(written.size(), 1);
        QCOMPARE(device->commandedKw(), std::optional<double>(-5.0));
        QCOMPARE(device->appliedKw(), -5.0);

        // 59 s later the setpoint still holds; past the 60 s validity the fail-safe (0 W) applies.
        m_nowMs += 59'000;
        QCOMPARE(device->appliedKw(), -5.0);
        m_nowMs += 2'000;
        QVERIFY(device->watchdogExpired());
        QCOMPARE(device->appliedKw(), 0.0);
    }

    void aOneWayChargerNeverDischarges()
    {
        int port = 0;
        auto device = startDevice(QStringLiteral("alfen-ng9xx"), &port);
        QVERIFY(device);
        const DeviceProfile& profile = device->profile();
        QVERIFY(profile.setpoint);
        const ProfileRegister* setpoint = profile.findRegister(profile.setpoint->registerName);
        ModbusConnection client(endpoint(profile.id, port));
        const auto words = RegisterCodec::encodeNumber(setpoint->encoding, 16); // A
        QVERIFY(words.ok());
        const ModbusResult r = QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(device->commandedKw().has_value());
        QVERIFY(qAbs(*device->commandedKw() - 16 * 3 * 230 / 1000.0) < 1e-9);

        // A negative current sent to a one-way charger is taken as no charging, never as discharge.
        const auto negative = RegisterCodec::encodeNumber(setpoint->encoding, -10);
        QVERIFY(negative.ok());
        QVERIFY(QCoro::waitFor(client.writeRegisters(setpoint->address, *negative.value)).ok());
        QCOMPARE(device->commandedKw(), std::optional<double>(0.0));
    }

    void aPhaseSwitchChangesWhatACurrentMeans()
    {
        int port = 0;
        auto device = startDevice(QStringLiteral("alfen-ng9xx"), &port);
        QVERIFY(device);
        const DeviceProfile& profile = device->profile();
        ModbusConnection client(endpoint(profile.id, port));
        const ProfileRegister* phases = profile.findMeaning(RegisterMeaning::Phases);
        QVERIFY(phases && phases->writable());
        QVERIFY(QCoro::waitFor(client.writeRegisters(phases->address, {1})).ok());
        QCOMPARE(device->phases(), 1);
        const ProfileRegister* setpoint = profile.findRegister(profile.setpoint->registerName);
        const auto words = RegisterCodec::encodeNumber(setpoint->encoding, 16); // A
        QVERIFY(QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value)).ok());
        QVERIFY(qAbs(*device->commandedKw() - 16 * 230 / 1000.0) < 1e-9);          // one phase: 3.68 kW
        QVERIFY(QCoro::waitFor(client.writeRegisters(phases->address, {2})).ok()); // not a phase count
        QCOMPARE(device->phases(), 1);
    }

    void aSunSpecValueTooLargeForItsRegisterRaisesTheScaleFactor()
    {
        int port = 0;
        auto device = startDevice(QStringLiteral("sunspec-inverter"), &port);
        QVERIFY(device);
        QVERIFY(device->setMeasurement(RegisterMeaning::PvPower, 12.5));  // 12500 W fits an i16
        QVERIFY(device->setMeasurement(RegisterMeaning::PvPower, 250.0)); // 250000 W does not
        const DeviceProfile& profile = device->profile();                 // addresses resolved in the chain
        const ProfileRegister* w = profile.findMeaning(RegisterMeaning::PvPower);
        const ProfileRegister* sf = profile.findRegister(w->scaleFactorRegister);
        ModbusConnection client(endpoint(profile.id, port));
        const ModbusResult raw =
            QCoro::waitFor(client.read(QModbusDataUnit::HoldingRegisters, w->address, 1));
        const ModbusResult scale =
            QCoro::waitFor(client.read(QModbusDataUnit::HoldingRegisters, sf->address, 1));
        QVERIFY(raw.ok() && scale.ok());
        const int exponent = qint16(scale.registers.front());
        QCOMPARE(exponent, 1);
        QCOMPARE(qint16(raw.registers.front()) * std::pow(10.0, exponent), 250000.0);
    }

    void refusesNonLoopbackAddresses()
    {
        const DeviceProfile* profile = m_library.find(QStringLiteral("parkwatt-v2g"));
        QVERIFY(profile);
        SimulatedModbusDevice device(*profile, [] { return TimeMs(0); });
        QString error;
        QVERIFY(!device.start(QStringLiteral("192.0.2.10"), 1502, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("loopback")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstSimulatedModbusDevice)
#include "tst_simulatedmodbusdevice.moc"
