#include "devices/modbus/ModbusConnection.h"

#include "devices/modbus/SignalWait.h"

#include <QCoro/QCoroTimer>
#include <QDataStream>
#include <QLoggingCategory>
#include <QModbusPdu>
#include <QModbusReply>
#include <QModbusTcpClient>
#include <QVariant>
#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcModbus, "parkwatt.modbus")

namespace parkwatt {

using std::chrono::milliseconds;

namespace {

int functionCodeFor(QModbusDataUnit::RegisterType type)
{
    switch (type) {
    case QModbusDataUnit::Coils:
        return QModbusPdu::ReadCoils;
    case QModbusDataUnit::DiscreteInputs:
        return QModbusPdu::ReadDiscreteInputs;
    case QModbusDataUnit::InputRegisters:
        return QModbusPdu::ReadInputRegisters;
    default:
        return QModbusPdu::ReadHoldingRegisters;
    }
}

} // namespace

ModbusConnection::ModbusConnection(ModbusEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_client(std::make_unique<QModbusTcpClient>())
{
    m_client->setConnectionParameter(QModbusDevice::NetworkAddressParameter, m_endpoint.host);
    m_client->setConnectionParameter(QModbusDevice::NetworkPortParameter, m_endpoint.port);
    m_client->setTimeout(m_endpoint.timeoutMs);
    m_client->setNumberOfRetries(m_endpoint.retries);
    connect(m_client.get(), &QModbusClient::stateChanged, this, [this](QModbusDevice::State state) {
        if (state == QModbusDevice::ConnectedState || state == QModbusDevice::UnconnectedState)
            emit connectedChanged(state == QModbusDevice::ConnectedState);
    });
    m_nextAttempt = QDeadlineTimer(0); // may try at once
}

ModbusConnection::~ModbusConnection()
{
    // Pending replies are children of the client; disconnecting aborts them cleanly.
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
}

bool ModbusConnection::isConnected() const
{
    return m_client->state() == QModbusDevice::ConnectedState;
}

void ModbusConnection::disconnectDevice()
{
    m_client->disconnectDevice();
}

QString ModbusConnection::describe(const QString& what) const
{
    return QStringLiteral("%1:%2 unit %3: %4")
        .arg(m_endpoint.host)
        .arg(m_endpoint.port)
        .arg(m_endpoint.unit)
        .arg(what);
}

void ModbusConnection::noteTransportFailure()
{
    // Back off: 1 s, 2 s, 4 s ... up to the maximum; the next request before then fails at once.
    m_backoffMs =
        m_backoffMs == 0 ? m_endpoint.backoffStartMs : std::min(m_backoffMs * 2, m_endpoint.backoffMaxMs);
    m_nextAttempt = QDeadlineTimer(m_backoffMs);
    if (m_client->state() != QModbusDevice::UnconnectedState)
        m_client->disconnectDevice();
    qCInfo(lcModbus).noquote() << describe(QStringLiteral("offline, next attempt in %1 ms").arg(m_backoffMs));
}

QCoro::Task<bool> ModbusConnection::ensureConnected()
{
    if (m_client->state() == QModbusDevice::ConnectedState)
        co_return true;
    if (!m_nextAttempt.hasExpired())
        co_return false; // still backing off: the device stays offline this cycle
    QPointer<ModbusConnection> self(this);
    if (m_client->state() == QModbusDevice::UnconnectedState && !m_client->connectDevice()) {
        noteTransportFailure();
        co_return false;
    }
    const QDeadlineTimer deadline(m_endpoint.timeoutMs);
    while (self && m_client->state() != QModbusDevice::ConnectedState) {
        if (m_client->state() == QModbusDevice::UnconnectedState || deadline.hasExpired())
            break;
        co_await SignalWait(m_client.get(), &QModbusClient::stateChanged,
                            milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
    if (!self)
        co_return false;
    if (m_client->state() != QModbusDevice::ConnectedState) {
        noteTransportFailure();
        co_return false;
    }
    co_return true;
}

QCoro::Task<bool> ModbusConnection::acquireSlot(QDeadlineTimer deadline)
{
    QPointer<ModbusConnection> self(this);
    while (self && m_inFlight >= m_endpoint.maxInFlight) {
        if (deadline.hasExpired())
            co_return false;
        co_await SignalWait(this, &ModbusConnection::slotFreed,
                            milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
    if (!self)
        co_return false;
    ++m_inFlight; // taken before any further suspension, so no other request can take it
    if (m_sinceLastRequest.isValid() && m_sinceLastRequest.elapsed() < m_endpoint.minGapMs) {
        co_await QCoro::sleepFor(milliseconds(m_endpoint.minGapMs - m_sinceLastRequest.elapsed()));
        if (!self)
            co_return false;
    }
    co_return true;
}

void ModbusConnection::finishRequest(const ModbusResult& result)
{
    releaseSlot();
    if (result.failure == ModbusFailure::Transport || result.failure == ModbusFailure::Timeout)
        noteTransportFailure();
    else
        m_backoffMs = 0;
}

void ModbusConnection::releaseSlot()
{
    --m_inFlight;
    m_sinceLastRequest.start();
    emit slotFreed();
}

QCoro::Task<ModbusResult> ModbusConnection::await(QModbusReply* reply, QString what, Expected expected)
{
    ModbusResult result;
    if (!reply) {
        result.failure = ModbusFailure::Transport;
        result.message = describe(what + QStringLiteral(": cannot send: ") + m_client->errorString());
        co_return result;
    }
    QPointer<ModbusConnection> self(this);
    QPointer<QModbusReply> guard(reply);
    if (!reply->isFinished()) {
        // The client's own timeout and retries end the reply; this bound only guards against a
        // reply that never finishes at all.
        const int boundMs = m_endpoint.timeoutMs * (m_endpoint.retries + 1) + 1000;
        const bool finished = co_await SignalWait(reply, &QModbusReply::finished, milliseconds(boundMs));
        if (!finished && guard) {
            guard->deleteLater();
            result.failure = ModbusFailure::Timeout;
            result.message = describe(what + QStringLiteral(": no answer"));
            co_return result;
        }
    }
    if (!guard || !self) {
        result.failure = ModbusFailure::Transport;
        result.message = describe(what + QStringLiteral(": connection closed"));
        co_return result;
    }
    reply->deleteLater();
    switch (reply->error()) {
    case QModbusDevice::NoError: {
        const QModbusDataUnit unit = reply->result();
        const int echoed = int(reply->rawResult().functionCode());
        if (echoed != expected.functionCode) {
            // The device answered another question: the stream can no longer be trusted.
            result.failure = ModbusFailure::Transport;
            result.message = describe(what + QStringLiteral(": answered with function %1 instead of %2")
                                                 .arg(echoed)
                                                 .arg(expected.functionCode));
            break;
        }
        // Bits come in whole bytes and Qt returns every bit of them (8 for a read of 1 coil): fewer
        // than asked, or more than the bytes that hold them, is malformed; the padding is dropped.
        const bool isBits = unit.registerType() == QModbusDataUnit::Coils ||
                            unit.registerType() == QModbusDataUnit::DiscreteInputs;
        const qsizetype received = unit.valueCount();
        const qsizetype asked = expected.count;
        const bool wrongCount =
            isBits ? received < asked || received > (asked + 7) / 8 * 8 : received != asked;
        if (expected.count > 0 && wrongCount) {
            result.failure = ModbusFailure::Transport;
            result.message = describe(
                what +
                QStringLiteral(": answered with %1 values instead of %2").arg(received).arg(expected.count));
            break;
        }
        if (isBits) {
            const qsizetype bits = expected.count > 0 ? asked : received;
            for (qsizetype i = 0; i < bits; ++i)
                result.bits.append(unit.value(i) != 0);
        } else {
            result.registers = unit.values();
        }
        break;
    }
    case QModbusDevice::ProtocolError:
        result.failure = ModbusFailure::Exception;
        result.exceptionCode = int(reply->rawResult().exceptionCode());
        result.message = describe(
            what + QStringLiteral(": exception %1 (%2)").arg(result.exceptionCode).arg(reply->errorString()));
        break;
    case QModbusDevice::TimeoutError:
        result.failure = ModbusFailure::Timeout;
        result.message =
            describe(what + QStringLiteral(": timed out after %1 attempt(s)").arg(m_endpoint.retries + 1));
        break;
    default:
        result.failure = ModbusFailure::Transport;
        result.message = describe(what + QStringLiteral(": ") + reply->errorString());
        break;
    }
    co_return result;
}

QCoro::Task<ModbusResult> ModbusConnection::read(QModbusDataUnit::RegisterType type, int address, int count)
{
    const QString what = QStringLiteral("read %1 x%2").arg(address).arg(count);
    QPointer<ModbusConnection> self(this);
    const QDeadlineTimer deadline(m_endpoint.timeoutMs * (m_endpoint.retries + 1));
    if (!co_await ensureConnected())
        co_return ModbusResult::failed(ModbusFailure::NotConnected,
                                       describe(what + QStringLiteral(": not connected")));
    if (!self || !co_await acquireSlot(deadline))
        co_return ModbusResult::failed(ModbusFailure::Timeout,
                                       describe(what + QStringLiteral(": device busy")));
    QModbusReply* reply =
        m_client->sendReadRequest(QModbusDataUnit(type, address, quint16(count)), m_endpoint.unit);
    ModbusResult result = co_await await(reply, what, {functionCodeFor(type), count});
    if (!self)
        co_return result;
    finishRequest(result);
    co_return result;
}

QCoro::Task<ModbusResult> ModbusConnection::writeRegisters(int address, QVector<quint16> values)
{
    const QString what = QStringLiteral("write %1 x%2").arg(address).arg(values.size());
    QPointer<ModbusConnection> self(this);
    const QDeadlineTimer deadline(m_endpoint.timeoutMs * (m_endpoint.retries + 1));
    if (values.isEmpty() || values.size() > 123)
        co_return ModbusResult::failed(ModbusFailure::Transport,
                                       describe(what + QStringLiteral(": 1 to 123 registers per write")));
    if (!co_await ensureConnected())
        co_return ModbusResult::failed(ModbusFailure::NotConnected,
                                       describe(what + QStringLiteral(": not connected")));
    if (!self || !co_await acquireSlot(deadline))
        co_return ModbusResult::failed(ModbusFailure::Timeout,
                                       describe(what + QStringLiteral(": device busy")));
    QModbusReply* reply = nullptr;
    const bool fc16 = values.size() > 1 || m_endpoint.writeSingleAsFc16;
    if (values.size() == 1 && m_endpoint.writeSingleAsFc16) {
        // Qt sends FC06 for one register; build FC16 by hand for devices that want it.
        QByteArray payload;
        QDataStream out(&payload, QIODevice::WriteOnly);
        out << quint16(address) << quint16(1) << quint8(2) << values.front();
        reply = m_client->sendRawRequest(QModbusRequest(QModbusPdu::WriteMultipleRegisters, payload),
                                         m_endpoint.unit);
    } else {
        QModbusDataUnit unit(QModbusDataUnit::HoldingRegisters, address, values);
        reply = m_client->sendWriteRequest(unit, m_endpoint.unit);
    }
    ModbusResult result = co_await await(
        reply, what, {fc16 ? QModbusPdu::WriteMultipleRegisters : QModbusPdu::WriteSingleRegister, 0});
    if (!self)
        co_return result;
    finishRequest(result);
    co_return result;
}

} // namespace parkwatt
