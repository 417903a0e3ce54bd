// The Modbus TCP transport over real loopback TCP: against Qt's own Modbus server (reads, writes,
// FC16 for one register, exception codes) and against a scripted server that answers slowly or
// not at all (one request in flight, the minimum gap, timeouts, back-off and reconnection).

#include "devices/modbus/ModbusConnection.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QDataStream>
#include <QElapsedTimer>
#include <QModbusTcpServer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

// Qt's Modbus server with 100 holding registers on unit 1.
std::unique_ptr<QModbusTcpServer> startQtServer(int port)
{
    auto server = std::make_unique<QModbusTcpServer>();
    QModbusDataUnitMap map;
    map.insert(QModbusDataUnit::HoldingRegisters, {QModbusDataUnit::HoldingRegisters, 0, 100});
    map.insert(QModbusDataUnit::Coils, {QModbusDataUnit::Coils, 0, 20});
    server->setMap(map);
    server->setServerAddress(1);
    server->setConnectionParameter(QModbusDevice::NetworkAddressParameter, QStringLiteral("127.0.0.1"));
    server->setConnectionParameter(QModbusDevice::NetworkPortParameter, port);
    if (!server->connectDevice())
        return nullptr;
    return server;
}

// A Modbus TCP server written out by hand: answers every read with zeros after `delayMs`, or never
// (silent), and records when each request arrived and how many were outstanding at once.
class ScriptedServer : public QTcpServer {
public:
    // How the server misbehaves: answer properly, or with one of the faults of real devices.
    enum class Mode { Proper, Garbage, Truncated, LyingLength, WrongTransaction, ByteAtATime };
    Mode mode = Mode::Proper;
    int delayMs = 50;
    bool silent = false;
    int outstanding = 0;
    int maxOutstanding = 0;
    QList<qint64> arrivalsMs;
    QList<qint64> answersMs;
    QElapsedTimer clock;

    ScriptedServer()
    {
        clock.start();
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (buffer.size() >= 7) {
            const int length = (quint8(buffer[4]) << 8) | quint8(buffer[5]);
            if (buffer.size() < 6 + length)
                return;
            const QByteArray frame = buffer.left(6 + length);
            buffer.remove(0, 6 + length);
            arrivalsMs << clock.elapsed();
            maxOutstanding = std::max(maxOutstanding, ++outstanding);
            if (silent)
                continue;
            QTimer::singleShot(delayMs, socket, [this, socket, frame] { answer(socket, frame); });
        }
    }
    void answer(QTcpSocket* socket, const QByteArray& frame)
    {
        const quint8 function = quint8(frame[7]);
        const int count = (quint8(frame[10]) << 8) | quint8(frame[11]);
        QByteArray pdu;
        pdu.append(char(function)).append(char(count * 2)).append(QByteArray(count * 2, '\0'));
        QByteArray reply = frame.left(4); // transaction and protocol id
        reply.append(char((pdu.size() + 1) >> 8))
            .append(char((pdu.size() + 1) & 0xff))
            .append(frame[6])
            .append(pdu);
        --outstanding;
        answersMs << clock.elapsed();
        switch (mode) {
        case Mode::Proper:
            socket->write(reply);
            break;
        case Mode::Garbage: {
            QByteArray noise(37, '\0');
            for (char& c : noise)
                c = char(m_random.bounded(256));
            socket->write(noise);
            break;
        }
        case Mode::Truncated:
            socket->write(reply.left(reply.size() / 2));
            break;
        case Mode::LyingLength:
            reply[4] = char(0);
            reply[5] = char(200); // claims 200 bytes follow
            socket->write(reply);
            break;
        case Mode::WrongTransaction:
            reply[1] = char(reply[1] + 1);
            socket->write(reply);
            break;
        case Mode::ByteAtATime:
            for (int i = 0; i < reply.size(); ++i)
                QTimer::singleShot(5 * i, socket, [socket, b = reply.mid(i, 1)] { socket->write(b); });
            break;
        }
    }
    QRandomGenerator m_random{20261122};
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

ModbusEndpoint endpointAt(int port)
{
    ModbusEndpoint e;
    e.port = port;
    e.timeoutMs = 300;
    e.retries = 0;
    e.backoffStartMs = 200;
    e.backoffMaxMs = 800;
    return e;
}

} // namespace

class TstModbusConnection : public QObject {
    Q_OBJECT
private slots:
    void writesAndReadsBackHoldingRegisters()
    {
        const int port = freePort();
        auto server = startQtServer(port);
        QVERIFY(server);
        ModbusConnection device(endpointAt(port));
        const ModbusResult written = QCoro::waitFor(device.writeRegisters(10, {1, 2, 0xBEEF}));
        QVERIFY2(written.ok(), qPrintable(written.message));
        const ModbusResult read = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 9, 5));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.registers, (QVector<quint16>{0, 1, 2, 0xBEEF, 0}));
        QVERIFY(device.isConnected());
        QCOMPARE(device.currentBackoffMs(), 0);
    }

    void readsFewerCoilsThanAByteHolds()
    {
        // The answer carries whole bytes; Qt hands back all their bits (8 for 1 coil).
        const int port = freePort();
        auto server = startQtServer(port);
        QVERIFY(server);
        QVERIFY(server->setData(QModbusDataUnit::Coils, 3, 1));
        QVERIFY(server->setData(QModbusDataUnit::Coils, 12, 1));
        ModbusConnection device(endpointAt(port));
        const ModbusResult one = QCoro::waitFor(device.read(QModbusDataUnit::Coils, 3, 1));
        QVERIFY2(one.ok(), qPrintable(one.message));
        QCOMPARE(one.bits, QVector<bool>{true});
        const ModbusResult eleven = QCoro::waitFor(device.read(QModbusDataUnit::Coils, 2, 11));
        QVERIFY2(eleven.ok(), qPrintable(eleven.message));
        QCOMPARE(eleven.bits.size(), 11);
        QCOMPARE(eleven.bits.at(1), true);
        QCOMPARE(eleven.bits.at(10), true);
        QCOMPARE(eleven.bits.count(true), 2);
    }

    void oneRegisterGoesAsFc16WhenTheDeviceWantsIt()
    {
        const int port = freePort();
        auto server = startQtServer(port);
        QVERIFY(server);
        ModbusEndpoint e = endpointAt(port);
        e.writeSingleAsFc16 = true;
        ModbusConnection device(e);
        const ModbusResult written = QCoro::waitFor(device.writeRegisters(42, {1234}));
        QVERIFY2(written.ok(), qPrintable(written.message));
        quint16 value = 0;
        QVERIFY(server->data(QModbusDataUnit::HoldingRegisters, 42, &value));
        QCOMPARE(value, quint16(1234));
    }

    void anExceptionIsTheDevicesAnswerNotAConnectionFailure()
    {
        const int port = freePort();
        auto server = startQtServer(port);
        QVERIFY(server);
        ModbusConnection device(endpointAt(port));
        const ModbusResult r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 500, 2));
        QCOMPARE(r.failure, ModbusFailure::Exception);
        QCOMPARE(r.exceptionCode, 2); // illegal data address
        QVERIFY2(r.message.contains(QStringLiteral("read 500")), qPrintable(r.message));
        QCOMPARE(device.currentBackoffMs(), 0); // the device is alive
        QVERIFY(QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1)).ok());
    }

    void aDeadDeviceFailsFastBacksOffAndReconnects()
    {
        const int port = freePort(); // nothing listens here yet
        ModbusConnection device(endpointAt(port));
        QElapsedTimer t;
        t.start();
        ModbusResult r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1));
        QCOMPARE(r.failure, ModbusFailure::NotConnected);
        QCOMPARE(device.currentBackoffMs(), 200);
        // While backing off, a request fails at once: a dead device never stalls a cycle.
        t.restart();
        r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1));
        QCOMPARE(r.failure, ModbusFailure::NotConnected);
        QVERIFY(t.elapsed() < 100);
        QTest::qWait(250);
        r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1));
        QCOMPARE(r.failure, ModbusFailure::NotConnected);
        QCOMPARE(device.currentBackoffMs(), 400); // doubled

        auto server = startQtServer(port);
        QVERIFY(server);
        QTest::qWait(450);
        r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(device.currentBackoffMs(), 0);
    }

    void oneRequestInFlightWithAMinimumGap()
    {
        ScriptedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ModbusEndpoint e = endpointAt(server.serverPort());
        e.minGapMs = 30;
        ModbusConnection device(e);
        std::vector<QCoro::Task<ModbusResult>> reads;
        for (int i = 0; i < 4; ++i)
            reads.push_back(device.read(QModbusDataUnit::HoldingRegisters, i, 2));
        for (auto& task : reads) {
            const ModbusResult r = QCoro::waitFor(task);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(r.registers.size(), 2);
        }
        QCOMPARE(server.arrivalsMs.size(), 4);
        QCOMPARE(server.maxOutstanding, 1);
        for (int i = 1; i < 4; ++i)
            QVERIFY2(server.arrivalsMs[i] - server.answersMs[i - 1] >= 25,
                     qPrintable(QStringLiteral("request %1 came %2 ms after the previous answer")
                                    .arg(i)
                                    .arg(server.arrivalsMs[i] - server.answersMs[i - 1])));
    }

    void aMisbehavingServerNeverStallsTheRest_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("answers");
        QTest::newRow("random bytes") << int(ScriptedServer::Mode::Garbage) << false;
        QTest::newRow("truncated frame") << int(ScriptedServer::Mode::Truncated) << false;
        QTest::newRow("lying length field") << int(ScriptedServer::Mode::LyingLength) << false;
        QTest::newRow("wrong transaction id") << int(ScriptedServer::Mode::WrongTransaction) << false;
        QTest::newRow("one byte at a time") << int(ScriptedServer::Mode::ByteAtATime) << true;
    }
    void aMisbehavingServerNeverStallsTheRest()
    {
        QFETCH(int, mode);
        QFETCH(bool, answers);
        ScriptedServer hostile;
        hostile.mode = ScriptedServer::Mode(mode);
        hostile.delayMs = 5;
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        ScriptedServer good;
        QVERIFY(good.listen(QHostAddress::LocalHost, 0));
        ModbusEndpoint badEndpoint = endpointAt(hostile.serverPort());
        badEndpoint.timeoutMs = 1500; // far longer than the good device's answer takes
        ModbusConnection bad(badEndpoint);
        ModbusConnection fine(endpointAt(good.serverPort()));

        // Both devices polled at once, as in an engine cycle: the good one is answered in its
        // usual time whatever the other does, and the bad one ends within its bound.
        QElapsedTimer t;
        t.start();
        auto badRead = bad.read(QModbusDataUnit::HoldingRegisters, 0, 2);
        auto fineRead = fine.read(QModbusDataUnit::HoldingRegisters, 0, 2);
        const ModbusResult fineResult = QCoro::waitFor(fineRead);
        QVERIFY2(fineResult.ok(), qPrintable(fineResult.message));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed()))); // not held up by the bad one
        const ModbusResult badResult = QCoro::waitFor(badRead);
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        if (answers) {
            QVERIFY2(badResult.ok(), qPrintable(badResult.message));
            QCOMPARE(badResult.registers.size(), 2);
        } else {
            QVERIFY(!badResult.ok());
            QVERIFY(!badResult.message.isEmpty());
        }
        QCOMPARE(bad.inFlight(), 0);
        // The good device keeps answering afterwards.
        QVERIFY(QCoro::waitFor(fine.read(QModbusDataUnit::HoldingRegisters, 2, 2)).ok());
    }

    void aSilentDeviceTimesOutAndGoesOffline()
    {
        ScriptedServer server;
        server.silent = true;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ModbusConnection device(endpointAt(server.serverPort()));
        QElapsedTimer t;
        t.start();
        const ModbusResult r = QCoro::waitFor(device.read(QModbusDataUnit::HoldingRegisters, 0, 1));
        QCOMPARE(r.failure, ModbusFailure::Timeout);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(device.currentBackoffMs(), 200);
        QCOMPARE(device.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TstModbusConnection)
#include "tst_modbusconnection.moc"
