// Devices that answer wrongly, over real loopback TCP: a hand-written Modbus TCP server per
// misbehaviour (random bytes, truncated frames, MBAP length fields that lie, foreign transaction
// ids, a wrong unit id or function code, an exception, silence, a connection closed mid-frame, and
// a correct answer trickling in one byte at a time). For each, ModbusConnection and ProfileDriver
// end every request within its bound with a failure (or the right values), the device recovers
// when it behaves again, and a good simulated device polled and written at the same time keeps its
// pace throughout, as in an engine cycle where every device is polled concurrently.

#include "devices/ProfileDriver.h"
#include "devices/modbus/ModbusConnection.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SimulatedModbusDevice.h"
#include "support/FreePort.h"

#include <QCoro/QCoroTask>
#include <QCoro/QCoroTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <chrono>

using namespace parkwatt;
using parkwatt::test::freePort;

namespace {

enum class Behaviour {
    Proper,
    RandomBytes,
    Truncated,
    LengthTooLong,  // the MBAP length claims 10 bytes more than follow
    LengthTooShort, // claims only the unit id and function code
    LengthHuge,     // 0xFFFF
    LengthZero,     // 0: Qt's "length - 1" wraps to 65535
    WrongTransaction,
    WrongUnit,
    WrongFunction, // answers an FC3 read as FC4 and an FC4 read as FC3
    Exception,     // exception 04, server device failure
    Silence,
    CloseMidFrame,
    ByteAtATime, // a correct answer, one byte every 5 ms
};

// A Modbus TCP device written out by hand over one register bank (FC3 and FC4 read it, FC6 and
// FC16 write it), answering properly or misbehaving as told.
class ScriptedDevice : public QTcpServer {
public:
    Behaviour behaviour = Behaviour::Proper;
    QVector<quint16> bank = QVector<quint16>(65536, 0);
    int requests = 0;
    QList<int> functions; // of every request, in order

    ScriptedDevice()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                // Not on disconnected: that may come inside onData(), which holds the buffer.
                connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
            }
        });
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (buffer.size() >= 8) {
            const int length = (quint8(buffer[4]) << 8) | quint8(buffer[5]);
            if (buffer.size() < 6 + length)
                return;
            const QByteArray frame = buffer.left(6 + length);
            buffer.remove(0, 6 + length);
            ++requests;
            functions << quint8(frame[7]);
            respond(socket, frame);
        }
    }

    static quint16 word(const QByteArray& bytes, int at)
    {
        return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
    }

    // The proper answer PDU (function code first).
    QByteArray answerPdu(const QByteArray& frame)
    {
        const quint8 function = quint8(frame[7]);
        const int address = word(frame, 8);
        QByteArray pdu(1, char(function));
        if (function == 3 || function == 4) {
            const int count = word(frame, 10);
            pdu.append(char(count * 2));
            for (int i = 0; i < count; ++i)
                pdu.append(char(bank[(address + i) & 0xFFFF] >> 8))
                    .append(char(bank[(address + i) & 0xFFFF]));
        } else if (function == 6) {
            bank[address] = word(frame, 10);
            pdu.append(frame.mid(8, 4));
        } else if (function == 16) {
            const int count = word(frame, 10);
            for (int i = 0; i < count; ++i)
                bank[(address + i) & 0xFFFF] = word(frame, 13 + 2 * i);
            pdu.append(frame.mid(8, 4));
        } else {
            pdu = QByteArray(1, char(function | 0x80)).append(char(1));
        }
        return pdu;
    }

    static QByteArray frameFor(const QByteArray& request, const QByteArray& pdu)
    {
        QByteArray out = request.left(4); // transaction and protocol id
        out.append(char((pdu.size() + 1) >> 8)).append(char((pdu.size() + 1) & 0xFF)).append(request[6]);
        return out + pdu;
    }

    void respond(QTcpSocket* socket, const QByteArray& request)
    {
        QByteArray pdu = answerPdu(request);
        QByteArray reply = frameFor(request, pdu);
        switch (behaviour) {
        case Behaviour::Proper:
            socket->write(reply);
            break;
        case Behaviour::RandomBytes: {
            QByteArray noise(37, '\0');
            for (char& c : noise)
                c = char(m_random.bounded(256));
            socket->write(noise);
            break;
        }
        case Behaviour::Truncated:
            socket->write(reply.left(reply.size() / 2));
            break;
        case Behaviour::LengthTooLong:
            reply[5] = char(quint8(reply[5]) + 10);
            socket->write(reply);
            break;
        case Behaviour::LengthTooShort:
            reply[4] = 0;
            reply[5] = 2;
            socket->write(reply);
            break;
        case Behaviour::LengthHuge:
            reply[4] = char(0xFF);
            reply[5] = char(0xFF);
            socket->write(reply);
            break;
        case Behaviour::LengthZero:
            reply[4] = 0;
            reply[5] = 0;
            socket->write(reply);
            break;
        case Behaviour::WrongTransaction:
            reply[0] = char(quint8(reply[0]) ^ 0x5A);
            socket->write(reply);
            break;
        case Behaviour::WrongUnit:
            reply[6] = char(quint8(reply[6]) + 1);
            socket->write(reply);
            break;
        case Behaviour::WrongFunction:
            if (pdu[0] == 3 || pdu[0] == 4)
                pdu[0] = char(pdu[0] == 3 ? 4 : 3);
            else
                pdu[0] = char(pdu[0] == 6 ? 16 : 6);
            socket->write(frameFor(request, pdu));
            break;
        case Behaviour::Exception:
            socket->write(frameFor(request, QByteArray(1, char(quint8(request[7]) | 0x80)).append(char(4))));
            break;
        case Behaviour::Silence:
            break;
        case Behaviour::CloseMidFrame:
            socket->write(reply.left(reply.size() - 3));
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Behaviour::ByteAtATime:
            for (int i = 0; i < reply.size(); ++i)
                QTimer::singleShot(5 * i, socket, [socket, b = reply.mid(i, 1)] { socket->write(b); });
            break;
        }
    }

    QRandomGenerator m_random{20261122};
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// What the misbehaving device's requests came to, and how long each took.
struct BadOutcome {
    ModbusResult read;
    qint64 readMs = 0;
    DeviceReading poll;
    qint64 pollMs = 0;
    ModbusResult write;
    qint64 writeMs = 0;
};

QCoro::Task<BadOutcome> exerciseBadDevice(ModbusConnection* connection, ProfileDriver* driver)
{
    BadOutcome out;
    QElapsedTimer t;
    t.start();
    out.read = co_await connection->read(QModbusDataUnit::HoldingRegisters, 0, 2);
    out.readMs = t.restart();
    out.poll = co_await driver->poll();
    out.pollMs = t.restart();
    out.write = co_await driver->writeSetpointKw(4.0, 1'000'000);
    out.writeMs = t.restart();
    co_return out;
}

struct GoodOutcome {
    int cycles = 0;
    qint64 slowestCycleMs = 0;
    QString firstProblem;
};

// An engine cycle for the good device, every 50 ms until told to stop: poll, then write.
QCoro::Task<GoodOutcome> driveGoodDevice(ProfileDriver* driver, SimulatedModbusDevice* device,
                                         const bool* stop)
{
    GoodOutcome out;
    QElapsedTimer t;
    while (!*stop || out.cycles == 0) {
        t.start();
        const DeviceReading reading = co_await driver->poll();
        const double kw = out.cycles % 2 == 0 ? 3.0 : -2.0;
        const ModbusResult written = co_await driver->writeSetpointKw(kw, 1'000'000 + out.cycles);
        out.slowestCycleMs = std::max(out.slowestCycleMs, t.elapsed());
        ++out.cycles;
        if (out.firstProblem.isEmpty()) {
            if (!reading.valid)
                out.firstProblem = reading.fault;
            else if (!written.ok())
                out.firstProblem = written.message;
            else if (!device->commandedKw() || qAbs(*device->commandedKw() - kw) > 1e-6)
                out.firstProblem = QStringLiteral("cycle %1: the device holds %2 kW, not %3")
                                       .arg(out.cycles)
                                       .arg(device->commandedKw().value_or(-999))
                                       .arg(kw);
        }
        co_await QCoro::sleepFor(std::chrono::milliseconds(50));
    }
    co_return out;
}

constexpr int kBadTimeoutMs = 1500;
// Everything one request may take: the attempt, the guard on a reply Qt never finishes (1 s),
// connecting, and room for a slow, busy machine.
constexpr qint64 kBadBoundMs = kBadTimeoutMs + 1000 + kBadTimeoutMs + 4000;
// A good device's cycle takes a few ms; held behind the bad one it would take its timeout.
constexpr qint64 kGoodCycleBoundMs = 1000;

} // namespace

class TstMisbehavingServer : public QObject {
    Q_OBJECT
private:
    ProfileLibrary m_library = ProfileLibrary::withBuiltIns();

private slots:
    void aBadDeviceFailsAloneAndRecovers_data()
    {
        QTest::addColumn<int>("behaviour");
        // "fails": every request fails; "answers": every request succeeds with the right values;
        // "exception": the device's exception comes back as such; "desyncs": see below.
        QTest::addColumn<QString>("expect");
        QTest::newRow("random bytes") << int(Behaviour::RandomBytes) << "fails";
        QTest::newRow("truncated frame") << int(Behaviour::Truncated) << "fails";
        QTest::newRow("length too long") << int(Behaviour::LengthTooLong) << "fails";
        // Qt 6.4 reads a PDU by its function code's own byte count, past a length field that is
        // too short: the first answer is taken, the bytes left over then garble the next answer,
        // whose request fails, and the reconnection that follows clears them.
        QTest::newRow("length too short") << int(Behaviour::LengthTooShort) << "desyncs";
        QTest::newRow("length huge") << int(Behaviour::LengthHuge) << "fails";
        QTest::newRow("length zero") << int(Behaviour::LengthZero) << "fails";
        QTest::newRow("wrong transaction id") << int(Behaviour::WrongTransaction) << "fails";
        QTest::newRow("wrong function code") << int(Behaviour::WrongFunction) << "fails";
        QTest::newRow("exception") << int(Behaviour::Exception) << "exception";
        QTest::newRow("silence") << int(Behaviour::Silence) << "fails";
        QTest::newRow("closed mid-frame") << int(Behaviour::CloseMidFrame) << "fails";
        QTest::newRow("one byte at a time") << int(Behaviour::ByteAtATime) << "answers";
        // Qt 6.4's QModbusTcpClient matches answers by transaction id only and never looks at the
        // unit id: an answer from another unit is taken (docs/device-profiles.md, "Transport").
        QTest::newRow("wrong unit id") << int(Behaviour::WrongUnit) << "answers";
    }
    void aBadDeviceFailsAloneAndRecovers()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, expect);
        const DeviceProfile* v2g = m_library.find(QStringLiteral("parkwatt-v2g"));
        QVERIFY(v2g);

        ScriptedDevice hostile;
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        hostile.bank[0] = 0x1234;
        hostile.bank[1] = 0xBEEF;
        hostile.bank[108] = 555; // parkwatt-v2g soc: 55.5 %
        hostile.behaviour = Behaviour(behaviour);
        ModbusEndpoint badEndpoint;
        badEndpoint.port = hostile.serverPort();
        badEndpoint.timeoutMs = kBadTimeoutMs;
        badEndpoint.retries = 0;
        badEndpoint.backoffStartMs = 300;
        badEndpoint.backoffMaxMs = 600;
        ModbusConnection badConnection(badEndpoint);
        ProfileDriver badDriver(*v2g, badConnection);

        SimulatedModbusDevice good(*v2g, [] { return TimeMs(1'000'000); });
        QString error;
        const int goodPort = freePort();
        QVERIFY2(good.start(QStringLiteral("127.0.0.1"), goodPort, 1, &error), qPrintable(error));
        QVERIFY(good.setIecState(IecState::C));
        ModbusEndpoint goodEndpoint;
        goodEndpoint.port = goodPort;
        goodEndpoint.timeoutMs = 1000;
        goodEndpoint.retries = 0;
        ModbusConnection goodConnection(goodEndpoint);
        ProfileDriver goodDriver(*v2g, goodConnection);

        // Both started, then awaited: the good device's cycles run while the bad one misbehaves.
        bool badDone = false;
        auto goodWork = driveGoodDevice(&goodDriver, &good, &badDone);
        auto badWork = exerciseBadDevice(&badConnection, &badDriver);
        const BadOutcome bad = QCoro::waitFor(badWork);
        badDone = true;
        const GoodOutcome fine = QCoro::waitFor(goodWork);

        QVERIFY2(fine.firstProblem.isEmpty(), qPrintable(fine.firstProblem));
        QVERIFY2(fine.slowestCycleMs < kGoodCycleBoundMs,
                 qPrintable(QStringLiteral("slowest good cycle %1 ms").arg(fine.slowestCycleMs)));
        QVERIFY(fine.cycles >= 1);

        for (const qint64 ms : {bad.readMs, bad.pollMs, bad.writeMs})
            QVERIFY2(ms < kBadBoundMs, qPrintable(QStringLiteral("a request took %1 ms").arg(ms)));
        QCOMPARE(badConnection.inFlight(), 0);
        if (expect == QLatin1String("answers")) {
            QVERIFY2(bad.read.ok(), qPrintable(bad.read.message));
            QCOMPARE(bad.read.registers, (QVector<quint16>{0x1234, 0xBEEF}));
            QVERIFY2(bad.poll.valid, qPrintable(bad.poll.fault));
            QCOMPARE(bad.poll.socPct, std::optional<double>(55.5));
            QVERIFY2(bad.write.ok(), qPrintable(bad.write.message));
            QCOMPARE(qint32((hostile.bank[1001] << 16) | hostile.bank[1002]), 4000); // W, one FC16
        } else if (expect == QLatin1String("desyncs")) {
            QVERIFY2(bad.read.ok(), qPrintable(bad.read.message));
            QCOMPARE(bad.read.registers, (QVector<quint16>{0x1234, 0xBEEF}));
            QVERIFY(!bad.poll.valid);
            QVERIFY2(bad.poll.fault.contains(QStringLiteral("read 100")), qPrintable(bad.poll.fault));
        } else {
            QVERIFY(!bad.read.ok());
            QVERIFY(!bad.poll.valid);
            QVERIFY(!bad.write.ok());
            // Every failure names the device (host:port unit) and what was asked.
            const QString device = QStringLiteral("127.0.0.1:%1 unit 1").arg(hostile.serverPort());
            QVERIFY2(bad.read.message.contains(device) && bad.read.message.contains(QStringLiteral("read 0")),
                     qPrintable(bad.read.message));
            QVERIFY2(bad.poll.fault.contains(device), qPrintable(bad.poll.fault));
            QVERIFY2(bad.write.message.contains(device) &&
                         bad.write.message.contains(QStringLiteral("write 1001")),
                     qPrintable(bad.write.message));
            if (expect == QLatin1String("exception")) {
                QCOMPARE(bad.read.failure, ModbusFailure::Exception);
                QCOMPARE(bad.read.exceptionCode, 4);
                QCOMPARE(badConnection.currentBackoffMs(), 0); // an answering device is alive
            }
        }

        // Once it behaves, the same connection and driver read it again (after their back-off).
        hostile.behaviour = Behaviour::Proper;
        ModbusResult again;
        QTRY_VERIFY_WITH_TIMEOUT(
            (again = QCoro::waitFor(badConnection.read(QModbusDataUnit::HoldingRegisters, 0, 2))).ok(),
            15000);
        QCOMPARE(again.registers, (QVector<quint16>{0x1234, 0xBEEF}));
        const DeviceReading recovered = QCoro::waitFor(badDriver.poll());
        QVERIFY2(recovered.valid, qPrintable(recovered.fault));
        QCOMPARE(recovered.socPct, std::optional<double>(55.5));
        const ModbusResult rewritten = QCoro::waitFor(badDriver.writeSetpointKw(-3.0, 1'000'000));
        QVERIFY2(rewritten.ok(), qPrintable(rewritten.message));
        QCOMPARE(qint32((hostile.bank[1001] << 16) | hostile.bank[1002]), -3000);
    }

    // Many requests into a device that keeps sending garbage: no request outlives its bound, none
    // is left in flight, and nothing piles up.
    void garbageAfterEveryRequestNeverLeavesARequestBehind()
    {
        ScriptedDevice hostile;
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        ModbusEndpoint e;
        e.port = hostile.serverPort();
        e.timeoutMs = 300;
        e.retries = 1;
        e.backoffStartMs = 50;
        e.backoffMaxMs = 100;
        e.maxInFlight = 4;
        ModbusConnection connection(e);
        const Behaviour rotation[] = {
            Behaviour::RandomBytes,   Behaviour::LengthHuge,    Behaviour::LengthZero, Behaviour::Silence,
            Behaviour::WrongFunction, Behaviour::CloseMidFrame, Behaviour::Truncated};
        for (int round = 0; round < 14; ++round) {
            hostile.behaviour = rotation[round % std::size(rotation)];
            std::vector<QCoro::Task<ModbusResult>> reads;
            for (int i = 0; i < 4; ++i)
                reads.push_back(connection.read(QModbusDataUnit::HoldingRegisters, i, 1 + i));
            QElapsedTimer t;
            t.start();
            for (auto& read : reads) {
                const ModbusResult r = QCoro::waitFor(read);
                QVERIFY2(
                    !r.ok(),
                    qPrintable(
                        QStringLiteral("round %1 answered %2 values").arg(round).arg(r.registers.size())));
            }
            QVERIFY2(t.elapsed() < 2 * (e.timeoutMs * 2 + 1000) + 4000,
                     qPrintable(QString::number(t.elapsed())));
            QCOMPARE(connection.inFlight(), 0);
            QTest::qWait(120); // past the back-off
        }
        hostile.behaviour = Behaviour::Proper;
        hostile.bank[7] = 77;
        ModbusResult r;
        QTRY_VERIFY_WITH_TIMEOUT(
            (r = QCoro::waitFor(connection.read(QModbusDataUnit::HoldingRegisters, 7, 1))).ok(), 10000);
        QCOMPARE(r.registers, QVector<quint16>{77});
    }

    // Issue 4's transport rules, seen on the wire.
    void writesGoAsTheProfileSays()
    {
        ScriptedDevice device;
        QVERIFY(device.listen(QHostAddress::LocalHost, 0));
        ModbusEndpoint e;
        e.port = device.serverPort();
        ModbusConnection fc06(e);
        QVERIFY(QCoro::waitFor(fc06.writeRegisters(300, {16})).ok());
        e.writeSingleAsFc16 = true;
        ModbusConnection fc16(e);
        QVERIFY(QCoro::waitFor(fc16.writeRegisters(301, {6})).ok());
        QCOMPARE(device.functions, (QList<int>{6, 16}));
        QCOMPARE(device.bank[300], quint16(16));
        QCOMPARE(device.bank[301], quint16(6));

        // A 32-bit setpoint (parkwatt-v2g power_setpoint, i32 W) goes in one FC16 request.
        device.functions.clear();
        ProfileDriver driver(*m_library.find(QStringLiteral("parkwatt-v2g")), fc06);
        QVERIFY(QCoro::waitFor(driver.writeSetpointKw(-7.5, 0)).ok());
        QCOMPARE(device.functions, (QList<int>{16, 3})); // the write in one request, then its read-back
        QCOMPARE(qint32((device.bank[1001] << 16) | device.bank[1002]), -7500);
    }

    void aTimeoutIsRetriedThenFails()
    {
        ScriptedDevice device;
        device.behaviour = Behaviour::Silence;
        QVERIFY(device.listen(QHostAddress::LocalHost, 0));
        ModbusEndpoint e;
        e.port = device.serverPort();
        e.timeoutMs = 300;
        e.retries = 1;
        ModbusConnection connection(e);
        const ModbusResult r = QCoro::waitFor(connection.read(QModbusDataUnit::InputRegisters, 5, 1));
        QCOMPARE(r.failure, ModbusFailure::Timeout);
        QCOMPARE(device.requests, 2); // the first attempt and one retry
        QVERIFY2(r.message.contains(QStringLiteral("2 attempt(s)")), qPrintable(r.message));
    }

    void theBackOffDoublesUpToItsCap()
    {
        ModbusEndpoint e;
        e.port = freePort(); // nothing listens
        e.backoffStartMs = 100;
        e.backoffMaxMs = 400;
        ModbusConnection connection(e);
        for (const int expected : {100, 200, 400, 400}) {
            QTRY_VERIFY_WITH_TIMEOUT(
                QCoro::waitFor(connection.read(QModbusDataUnit::HoldingRegisters, 0, 1)).failure ==
                        ModbusFailure::NotConnected &&
                    connection.currentBackoffMs() == expected,
                5000);
        }
        QCOMPARE(ModbusEndpoint{}.backoffStartMs, 1000); // the defaults: 1 s doubling to 60 s
        QCOMPARE(ModbusEndpoint{}.backoffMaxMs, 60000);
    }
};

QTEST_GUILESS_MAIN(TstMisbehavingServer)
#include "tst_misbehavingserver.moc"
