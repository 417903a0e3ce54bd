// Every fault knob of a simulated device, observed by our own transport over real loopback TCP:
// late answers time out a client that waits less, exceptions arrive with their code, garbage is a
// transport error that hurts nobody, silence times out on a live connection, a drop closes the
// connection and refuses new ones; clearing each knob restores service. Also the watchdog refresh
// semantics the wire now decides: a rewrite of the same setpoint feeds it, and an idle-timeout
// watchdog is fed by any request.

#include "devices/RegisterCodec.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

// The v2g map's "marker" input registers: "PKWT" at 0.
constexpr int kMarkerAddress = 0;

} // namespace

class TstDeviceFaults : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_library = ProfileLibrary::withBuiltIns();
    TimeMs m_nowMs = 1'000'000;
    std::unique_ptr<SimulatedModbusDevice> m_device;
    int m_port = 0;

    bool startDevice(const QString& profileId)
    {
        const DeviceProfile* profile = m_library.find(profileId);
        if (!profile)
            return false;
        m_device = std::make_unique<SimulatedModbusDevice>(*profile, [this] { return m_nowMs; });
        m_port = freePort();
        QString error;
        if (!m_device->start(QStringLiteral("127.0.0.1"), m_port, profile->transport.unit, &error)) {
            qWarning() << error;
            return false;
        }
        return m_device->setText(QStringLiteral("marker"), QStringLiteral("PKWT")) ||
               profileId != QLatin1String("parkwatt-v2g");
    }

    ModbusEndpoint endpoint(int timeoutMs) const
    {
        ModbusEndpoint e;
        e.port = m_port;
        e.unit = m_device->unit();
        e.timeoutMs = timeoutMs;
        e.retries = 0;
        e.backoffStartMs = 100;
        e.backoffMaxMs = 200;
        return e;
    }

    static ModbusResult readMarker(ModbusConnection& client)
    {
        return QCoro::waitFor(client.read(QModbusDataUnit::InputRegisters, kMarkerAddress, 2));
    }

    void setFault(FaultKind kind, int arg = 0)
    {
        QString error;
        QVERIFY2(m_device->setFault(FaultSpec{kind, arg}, &error), qPrintable(error));
    }

    // A request that is answered normally, within a generous bound (the client may be backing off).
    static bool recovers(ModbusConnection& client)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            if (readMarker(client).ok())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private slots:
    void init() { QVERIFY(startDevice(QStringLiteral("parkwatt-v2g"))); }
    void cleanup() { m_device.reset(); }

    void lateAnswersTimeOutAnImpatientClientOnly()
    {
        setFault(FaultKind::Late, 1500);
        ModbusConnection impatient(endpoint(300));
        const ModbusResult r = readMarker(impatient);
        QCOMPARE(r.failure, ModbusFailure::Timeout);

        ModbusConnection patient(endpoint(8000));
        QElapsedTimer t;
        t.start();
        const ModbusResult late = readMarker(patient);
        QVERIFY2(late.ok(), qPrintable(late.message));
        QVERIFY2(t.elapsed() >= 1400, qPrintable(QString::number(t.elapsed()))); // not before its time

        setFault(FaultKind::None);
        QVERIFY(recovers(impatient));
    }

    void exceptionAnswersCarryTheCode()
    {
        setFault(FaultKind::Exception, 6);
        ModbusConnection client(endpoint(5000));
        const ModbusResult r = readMarker(client);
        QCOMPARE(r.failure, ModbusFailure::Exception);
        QCOMPARE(r.exceptionCode, 6);
        // A write is refused the same way, and not applied.
        const ModbusResult w = QCoro::waitFor(client.writeRegisters(1001, {0, 5000}));
        QCOMPARE(w.failure, ModbusFailure::Exception);
        QVERIFY(!m_device->commandedKw().has_value());

        setFault(FaultKind::None);
        QVERIFY(recovers(client));
    }

    void garbageIsATransportErrorAndTheDeviceLivesOn()
    {
        setFault(FaultKind::Garbage);
        ModbusConnection client(endpoint(5000));
        for (int i = 0; i < 5; ++i) {
            ModbusConnection fresh(endpoint(5000));
            const ModbusResult r = readMarker(fresh);
            QVERIFY2(r.failure == ModbusFailure::Transport, qPrintable(r.message));
        }
        setFault(FaultKind::None);
        QVERIFY(recovers(client));
    }

    void silenceTimesOutOnALiveConnection()
    {
        setFault(FaultKind::Silence);
        ModbusConnection client(endpoint(300));
        const ModbusResult r = readMarker(client);
        QCOMPARE(r.failure, ModbusFailure::Timeout);
        // The device accepted the connection; it just never answers.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        QVERIFY(raw.waitForConnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_device->connectionCount() >= 1, 5000);

        setFault(FaultKind::None);
        QVERIFY(recovers(client));
    }

    void dropClosesAndRefusesUntilCleared()
    {
        ModbusConnection client(endpoint(5000));
        QVERIFY(readMarker(client).ok());
        QVERIFY(client.isConnected());

        setFault(FaultKind::Drop);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isConnected(), 5000);
        const ModbusResult r = readMarker(client);
        QVERIFY2(r.failure == ModbusFailure::NotConnected, qPrintable(r.message));
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        QVERIFY(!raw.waitForConnected(5000));
        QCOMPARE(raw.error(), QAbstractSocket::ConnectionRefusedError);

        setFault(FaultKind::None);
        QVERIFY(recovers(client));
        QCOMPARE(m_device->fault(), FaultSpec{});
    }

    void junkClosesOnlyItsOwnConnection()
    {
        ModbusConnection client(endpoint(5000));
        QVERIFY(readMarker(client).ok());
        QTcpSocket junk;
        junk.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        QVERIFY(junk.waitForConnected(5000));
        QByteArray bytes(4096, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        bytes[2] = 0x12; // a protocol id that is not Modbus
        junk.write(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(junk.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(readMarker(client).ok()); // the other client never noticed
    }

    void aRequestArrivingByteByByteIsAnswered()
    {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        QVERIFY(raw.waitForConnected(5000));
        // Transaction 7, protocol 0, length 6, unit 1, FC4 from 0, 2 registers.
        const QByteArray request = QByteArray::fromHex("000700000006010400000002");
        for (char c : request) {
            raw.write(&c, 1);
            QVERIFY(raw.waitForBytesWritten(5000));
            QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(raw.bytesAvailable() >= 13, 5000);
        QCOMPARE(raw.readAll().toHex(), QByteArray("000700000007010404504b5754")); // "PKWT"
    }

    void anotherUnitIsNotAnswered()
    {
        ModbusEndpoint e = endpoint(300);
        e.unit = 7;
        ModbusConnection client(e);
        QCOMPARE(readMarker(client).failure, ModbusFailure::Timeout);
    }

    void aRewriteOfTheSameSetpointFeedsTheWatchdog()
    {
        const DeviceProfile& profile = m_device->profile();
        const ProfileRegister* setpoint = profile.findRegister(profile.setpoint->registerName);
        const auto words = RegisterCodec::encodeNumber(setpoint->encoding, 4000);
        QVERIFY(words.ok());
        ModbusConnection client(endpoint(5000));
        QVERIFY(QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value)).ok());
        m_nowMs += 50'000;
        QVERIFY(QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value)).ok());
        m_nowMs += 50'000; // 100 s after the first write, 50 s after the refresh
        QVERIFY(!m_device->watchdogExpired());
        QCOMPARE(m_device->appliedKw(), 4.0);
        m_nowMs += 11'000;
        QVERIFY(m_device->watchdogExpired());
    }

    void anIdleTimeoutWatchdogIsFedByAnyRequest()
    {
        QVERIFY(startDevice(QStringLiteral("abb-terra-ac")));
        const DeviceProfile& profile = m_device->profile();
        QCOMPARE(profile.watchdog->kind, WatchdogKind::IdleTimeout);
        const ProfileRegister* setpoint = profile.findRegister(profile.setpoint->registerName);
        const auto words = RegisterCodec::encodeNumber(setpoint->encoding, 10); // A
        QVERIFY(words.ok());
        ModbusEndpoint e = endpoint(5000);
        e.writeSingleAsFc16 = true;
        ModbusConnection client(e);
        QVERIFY(QCoro::waitFor(client.writeRegisters(setpoint->address, *words.value)).ok());
        const double commanded = m_device->appliedKw();
        QVERIFY(commanded > 6);
        m_nowMs += 50'000;
        const ProfileRegister* power = profile.findMeaning(RegisterMeaning::Power);
        QVERIFY(QCoro::waitFor(client.read(QModbusDataUnit::HoldingRegisters, power->address, 2)).ok());
        m_nowMs += 50'000;
        QCOMPARE(m_device->appliedKw(), commanded); // the read kept it alive
        m_nowMs += 11'000;
        QVERIFY(m_device->watchdogExpired());
    }
};

QTEST_GUILESS_MAIN(TstDeviceFaults)
#include "tst_devicefaults.moc"
