#include "devices/sim/SimulatorControl.h"

#include "config/IsoTime.h"
#include "devices/sim/ScenarioPlayer.h"
#include "devices/sim/SiteSimulator.h"

#include <QTcpSocket>

namespace parkwatt {

namespace {

const QString kOk = QStringLiteral("ok");

QStringList failure(const QString& why)
{
    return {QStringLiteral("error: ") + why};
}

} // namespace

SimulatorControl::SimulatorControl(SiteSimulator& simulator, QObject* parent)
    : QObject(parent)
    , m_simulator(simulator)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimulatorControl::acceptConnections);
}

bool SimulatorControl::listen(quint16 port, QString* error)
{
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("control port %1: %2").arg(port).arg(m_server.errorString());
        return false;
    }
    return true;
}

void SimulatorControl::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimulatorControl::readFrom(QTcpSocket* socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(kMaxLineBytes + 1);
        if (!line.endsWith('\n')) {
            socket->write("error: line longer than 1024 bytes\n");
            socket->disconnectFromHost();
            return;
        }
        for (const QString& answer : execute(QString::fromUtf8(line).trimmed()))
            socket->write(answer.toUtf8() + '\n');
    }
    if (socket->bytesAvailable() > kMaxLineBytes) {
        socket->write("error: line longer than 1024 bytes\n");
        socket->disconnectFromHost();
    }
}

QStringList SimulatorControl::execute(const QString& line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return failure(QStringLiteral("empty command (fault, clear, status, help)"));
    const QString& command = words.front();
    if (command == QLatin1String("fault"))
        return setFault(words);
    if (command == QLatin1String("clear"))
        return clear(words);
    if (command == QLatin1String("status") && words.size() == 1)
        return status();
    if (command == QLatin1String("help") && words.size() == 1)
        return {QStringLiteral("fault DEVICE KIND [ARG]  (drop, late [MS], exception [CODE], garbage, "
                               "silence, no-readback, watchdog-off, stuck-power, none)"),
                QStringLiteral("clear DEVICE | clear all"), QStringLiteral("status"), kOk};
    return failure(QStringLiteral("unknown command '%1' (fault, clear, status, help)").arg(line));
}

QStringList SimulatorControl::setFault(const QStringList& words)
{
    if (words.size() < 3 || words.size() > 4)
        return failure(QStringLiteral("usage: fault DEVICE KIND [ARG]"));
    QString error;
    const std::optional<FaultSpec> fault = parseFault(words[2], words.value(3), &error);
    if (!fault)
        return failure(QStringLiteral("device %1: %2").arg(words[1], error));
    if (!m_simulator.setFault(words[1], *fault, &error))
        return failure(error);
    return {kOk};
}

QStringList SimulatorControl::clear(const QStringList& words)
{
    if (words.size() != 2)
        return failure(QStringLiteral("usage: clear DEVICE | clear all"));
    const QStringList ids =
        words[1] == QLatin1String("all") ? m_simulator.deviceIds() : QStringList{words[1]};
    QString error;
    for (const QString& id : ids) {
        if (!m_simulator.setFault(id, FaultSpec{}, &error))
            return failure(error);
    }
    return {kOk};
}

QStringList SimulatorControl::status() const
{
    QStringList lines;
    if (const ScenarioPlayer* player = m_simulator.player()) {
        lines << QStringLiteral("time %1 speed %2%3")
                     .arg(formatIsoTime(player->timeMs(), player->scenario().utcOffsetS))
                     .arg(m_simulator.speed())
                     .arg(player->finished() ? QStringLiteral(" finished") : QString());
    } else {
        lines << QStringLiteral("time static");
    }
    for (const QString& id : m_simulator.deviceIds()) {
        const SimulatedModbusDevice* device = m_simulator.device(id);
        lines << QStringLiteral("device %1 port %2 fault %3 connections %4")
                     .arg(id)
                     .arg(device->port())
                     .arg(device->fault().toString())
                     .arg(device->connectionCount());
    }
    lines << kOk;
    return lines;
}

} // namespace parkwatt
