#pragma once
// The network side of a simulated device: Modbus TCP framing (MBAP) on a loopback port, each
// request handed to the device as a PDU and its answer framed back, with a fault applied on the
// way when one is set (drop, late, exception, garbage, silence). QModbusTcpServer cannot answer
// late, wrongly or not at all, so the simulator speaks the framing itself and keeps Qt's server
// only as the register map that answers the PDUs.

#include "devices/sim/FaultSpec.h"

#include <QByteArray>
#include <QHostAddress>
#include <QModbusPdu>
#include <QObject>
#include <QTcpServer>
#include <functional>
#include <map>
#include <optional>

class QTcpSocket;

namespace parkwatt {

class ModbusTcpFront : public QObject {
    Q_OBJECT
public:
    // The device's answer to one request for `unit`; nothing when the device does not serve that
    // unit (then nothing is sent, as a real device on a shared gateway would stay quiet).
    using Handler = std::function<std::optional<QModbusResponse>(int unit, const QModbusRequest& request)>;

    explicit ModbusTcpFront(Handler handler, QObject* parent = nullptr);
    ~ModbusTcpFront() override;

    // False with the reason when the port cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();
    bool isListening() const { return m_server.isListening(); }
    int connectionCount() const { return int(m_buffers.size()); }

    // From now on. Setting `drop` closes every connection and the port; leaving it listens again,
    // which fails (false, the reason in `error`, the device still dropped) only if something else
    // took the port meanwhile.
    bool setFault(const FaultSpec& fault, QString* error);
    const FaultSpec& fault() const { return m_fault; }

private:
    void acceptConnections();
    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, quint16 transactionId, quint8 unit, const QModbusRequest& request);
    void dropConnections();

    Handler m_handler;
    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    FaultSpec m_fault;
    std::map<QTcpSocket*, QByteArray> m_buffers; // bytes received and not yet a whole frame
};

} // namespace parkwatt
