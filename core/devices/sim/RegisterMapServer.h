#pragma once
// Qt's Modbus server used only for what it is good at: holding the register map and answering a
// request PDU (every function code, exceptions for unknown addresses). The simulator never lets
// it listen; ModbusTcpFront frames the PDUs on the wire.

#include <QModbusTcpServer>

namespace parkwatt {

class RegisterMapServer : public QModbusTcpServer {
public:
    using QModbusTcpServer::QModbusTcpServer;

    QModbusResponse answer(const QModbusRequest& request) { return processRequest(request); }
};

} // namespace parkwatt
