#pragma once
// One Modbus TCP device as the engine needs it: requests awaited with a timeout, at most
// `maxInFlight` outstanding (QModbusTcpClient itself pipelines without limit, which many chargers'
// stacks cannot take), a minimum gap between requests, and reconnection with back-off (1 s
// doubling to 60 s by default). A device that fails answers at once with an error while it waits
// for its next attempt, so a dead device never stalls a cycle.

#include <QCoro/QCoroTask>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QModbusDataUnit>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>
#include <memory>

class QModbusTcpClient;
class QModbusReply;

namespace parkwatt {

struct ModbusEndpoint {
    QString host = QStringLiteral("127.0.0.1");
    int port = 502;
    int unit = 1;
    int timeoutMs = 1000; // per attempt
    int retries = 1;      // attempts after the first, on timeouts
    int minGapMs = 0;     // between the end of one request and the start of the next
    int maxInFlight = 1;
    int backoffStartMs = 1000;
    int backoffMaxMs = 60000;
    bool writeSingleAsFc16 = false; // some devices want FC16 even for one register
};

enum class ModbusFailure {
    None,
    NotConnected, // no connection (waiting for the next attempt, or connecting failed)
    Timeout,      // no answer in time (after retries)
    Exception,    // the device answered with a Modbus exception code
    Transport,    // the connection broke or the answer was malformed
    NotFollowed,  // the device answered but does not hold what it was told (setpoint read-back)
};

struct ModbusResult {
    ModbusFailure failure = ModbusFailure::None;
    int exceptionCode = 0; // with Exception
    QString message;       // human-readable, names the device and register
    QVector<quint16> registers;
    QVector<bool> bits;

    bool ok() const { return failure == ModbusFailure::None; }
    static ModbusResult failed(ModbusFailure kind, QString why)
    {
        ModbusResult r;
        r.failure = kind;
        r.message = std::move(why);
        return r;
    }
};

class ModbusConnection : public QObject {
    Q_OBJECT
public:
    explicit ModbusConnection(ModbusEndpoint endpoint, QObject* parent = nullptr);
    ~ModbusConnection() override;

    const ModbusEndpoint& endpoint() const { return m_endpoint; }
    bool isConnected() const;
    // The wait before the next connection attempt after failures (0 when healthy).
    int currentBackoffMs() const { return m_backoffMs; }
    int inFlight() const { return m_inFlight; }

    QCoro::Task<ModbusResult> read(QModbusDataUnit::RegisterType type, int address, int count);
    QCoro::Task<ModbusResult> writeRegisters(int address, QVector<quint16> values);
    void disconnectDevice();

signals:
    void connectedChanged(bool connected);
    void slotFreed();

private:
    QCoro::Task<bool> ensureConnected();
    QCoro::Task<bool> acquireSlot(QDeadlineTimer deadline);
    void releaseSlot();
    // After a request: frees its slot and backs off when the device failed (not for an exception:
    // a device that answers is alive).
    void finishRequest(const ModbusResult& result);
    // What a well-formed answer to the request looks like: Qt takes any function code the device
    // echoes (an FC4 answer to an FC3 request comes back as input registers) and any count.
    struct Expected {
        int functionCode = 0;
        int count = 0; // values a read returns; 0 for writes
    };
    QCoro::Task<ModbusResult> await(QModbusReply* reply, QString what, Expected expected);
    void noteTransportFailure();
    QString describe(const QString& what) const;

    ModbusEndpoint m_endpoint;
    std::unique_ptr<QModbusTcpClient> m_client;
    int m_inFlight = 0;
    QElapsedTimer m_sinceLastRequest;
    int m_backoffMs = 0;
    QDeadlineTimer m_nextAttempt;
};

} // namespace parkwatt
