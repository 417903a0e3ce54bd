#include "devices/sim/ModbusTcpFront.h"

#include <QDataStream>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <vector>

namespace parkwatt {

namespace {

constexpr int kMbapHeaderBytes = 7; // transaction id, protocol id, length, unit id
// The MBAP length counts the unit id and the PDU; a PDU is 1 to 253 bytes.
constexpr int kMinMbapLength = 2;
constexpr int kMaxMbapLength = 254;

quint16 bigEndian16(const QByteArray& bytes, int at)
{
    return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
}

QByteArray frame(quint16 transactionId, quint8 unit, const QModbusPdu& pdu)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << transactionId << quint16(0) << quint16(pdu.size() + 1) << unit << pdu;
    return bytes;
}

// A reply with the right header around random bytes: the request's function code, then a byte
// count that disagrees with what follows, so no client can take it for an answer.
QByteArray garbageFrame(quint16 transactionId, quint8 unit, QModbusPdu::FunctionCode function)
{
    QRandomGenerator* random = QRandomGenerator::global();
    const int length = 5 + int(random->bounded(20));
    QByteArray data(length, Qt::Uninitialized);
    for (char& c : data)
        c = char(random->bounded(256));
    data[0] = char(length); // a read answer's byte count would be length - 1
    return frame(transactionId, unit, QModbusResponse(function, data));
}

} // namespace

ModbusTcpFront::ModbusTcpFront(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ModbusTcpFront::acceptConnections);
}

ModbusTcpFront::~ModbusTcpFront()
{
    close();
}

bool ModbusTcpFront::listen(const QHostAddress& address, quint16 port, QString* error)
{
    m_address = address;
    m_port = port;
    if (m_fault.kind == FaultKind::Drop)
        return true; // bound when the drop is cleared
    if (!m_server.listen(address, port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void ModbusTcpFront::close()
{
    m_server.close();
    dropConnections();
}

bool ModbusTcpFront::setFault(const FaultSpec& fault, QString* error)
{
    const bool wasDropped = m_fault.kind == FaultKind::Drop;
    m_fault = fault;
    if (fault.kind == FaultKind::Drop) {
        close();
        return true;
    }
    if (wasDropped && m_port != 0 && !m_server.isListening() && !m_server.listen(m_address, m_port)) {
        *error = QStringLiteral("cannot listen again on port %1: %2").arg(m_port).arg(m_server.errorString());
        m_fault = FaultSpec{FaultKind::Drop, 0};
        return false;
    }
    return true;
}

void ModbusTcpFront::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_fault.kind == FaultKind::Drop) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers[socket] = QByteArray();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.erase(socket);
            socket->deleteLater();
        });
    }
}

void ModbusTcpFront::readFrom(QTcpSocket* socket)
{
    const auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray& buffer = it->second;
    buffer += socket->readAll();
    while (buffer.size() >= kMbapHeaderBytes) {
        const quint16 transactionId = bigEndian16(buffer, 0);
        const quint16 protocolId = bigEndian16(buffer, 2);
        const int length = bigEndian16(buffer, 4);
        if (protocolId != 0 || length < kMinMbapLength || length > kMaxMbapLength) {
            // Not Modbus TCP: hang up rather than guess where the next frame starts.
            m_buffers.erase(it);
            socket->abort();
            socket->deleteLater();
            return;
        }
        const int frameBytes = 6 + length;
        if (buffer.size() < frameBytes)
            return;
        const quint8 unit = quint8(buffer[6]);
        const auto function = QModbusPdu::FunctionCode(quint8(buffer[7]));
        const QModbusRequest request(function, buffer.mid(8, frameBytes - 8));
        buffer.remove(0, frameBytes);
        answer(socket, transactionId, unit, request);
        if (!m_buffers.count(socket))
            return; // the answer dropped the connection
    }
}

void ModbusTcpFront::answer(QTcpSocket* socket, quint16 transactionId, quint8 unit,
                            const QModbusRequest& request)
{
    switch (m_fault.kind) {
    case FaultKind::Silence:
        return;
    case FaultKind::Exception:
        socket->write(
            frame(transactionId, unit,
                  QModbusExceptionResponse(request.functionCode(), QModbusPdu::ExceptionCode(m_fault.arg))));
        return;
    case FaultKind::Garbage:
        socket->write(garbageFrame(transactionId, unit, request.functionCode()));
        return;
    case FaultKind::Drop:
        return; // connections are closed when the drop is set
    case FaultKind::None:
    case FaultKind::Late:
    case FaultKind::NoReadback: // behaviour faults: the device answers, SimulatedModbusDevice misbehaves
    case FaultKind::WatchdogOff:
    case FaultKind::StuckPower:
        break;
    }
    const std::optional<QModbusResponse> response = m_handler(unit, request);
    if (!response)
        return;
    const QByteArray bytes = frame(transactionId, unit, *response);
    if (m_fault.kind == FaultKind::Late && m_fault.arg > 0) {
        // Answered as of now, delivered later; the socket as context drops it if it goes away.
        QTimer::singleShot(m_fault.arg, socket, [socket, bytes] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(bytes);
        });
        return;
    }
    socket->write(bytes);
}

void ModbusTcpFront::dropConnections()
{
    std::vector<QTcpSocket*> sockets;
    for (const auto& [socket, buffer] : m_buffers)
        sockets.push_back(socket);
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace parkwatt
