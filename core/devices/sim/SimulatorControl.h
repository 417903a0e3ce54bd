#pragma once
// The runtime control channel of parkwatt-sim: a line protocol on a loopback TCP port, so a test,
// a script or `nc` can set and clear device faults and ask where the simulation is while it runs.
//
//   fault DEVICE KIND [ARG]   KIND: drop, late [MS], exception [CODE], garbage, silence, no-readback,
//                             watchdog-off, stuck-power, none
//   clear DEVICE | clear all  back to normal service
//   status                    simulated time, then one line per device
//   help
//
// Every command's answer ends with a line `ok` or `error: WHY`.

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace parkwatt {

class SiteSimulator;

class SimulatorControl : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxLineBytes = 1024;

    explicit SimulatorControl(SiteSimulator& simulator, QObject* parent = nullptr);

    // Loopback only: the channel can break devices, so it never listens on a real network.
    bool listen(quint16 port, QString* error);
    quint16 port() const { return m_server.serverPort(); }

    // One command line, answered with the lines to send back (the last is `ok` or `error: ...`).
    QStringList execute(const QString& line);

private:
    void acceptConnections();
    void readFrom(QTcpSocket* socket);
    QStringList status() const;
    QStringList setFault(const QStringList& words);
    QStringList clear(const QStringList& words);

    SiteSimulator& m_simulator;
    QTcpServer m_server;
};

} // namespace parkwatt
