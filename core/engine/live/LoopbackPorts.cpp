#include "engine/live/LoopbackPorts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace parkwatt {

namespace {

constexpr int kLowestPort = 10000;          // clear of the well-known and most registered service ports
constexpr int kDefaultEphemeralLow = 32768; // Linux's default when /proc cannot be read

// The first port of the kernel's ephemeral range (Linux: net.ipv4.ip_local_port_range).
int ephemeralRangeStart()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (!range.open(QIODevice::ReadOnly))
        return kDefaultEphemeralLow;
    const QList<QByteArray> fields = range.readAll().simplified().split(' ');
    bool ok = false;
    const int low = fields.isEmpty() ? 0 : fields.first().toInt(&ok);
    return ok && low > kLowestPort ? low : kDefaultEphemeralLow;
}

} // namespace

QList<int> chooseLoopbackPorts(int count)
{
    const int high = ephemeralRangeStart(); // exclusive
    const int span = high - kLowestPort;
    // Held open together while choosing, so the ports are distinct.
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<int> ports;
    int candidate = kLowestPort + int(QRandomGenerator::global()->bounded(span));
    for (int tried = 0; tried < span && ports.size() < count; ++tried) {
        auto probe = std::make_unique<QTcpServer>();
        if (probe->listen(QHostAddress::LocalHost, quint16(candidate))) {
            ports.push_back(candidate);
            held.push_back(std::move(probe));
        }
        candidate = candidate + 1 < high ? candidate + 1 : kLowestPort;
    }
    while (ports.size() < count) {
        auto probe = std::make_unique<QTcpServer>();
        probe->listen(QHostAddress::LocalHost, 0);
        ports.push_back(probe->serverPort());
        held.push_back(std::move(probe));
    }
    return ports;
}

QByteArray withDevicesOnFreeLoopbackPorts(const QByteArray& siteJson)
{
    QJsonObject site = QJsonDocument::fromJson(siteJson).object();
    QJsonArray devices = site.value(QStringLiteral("devices")).toArray();
    const QList<int> ports = chooseLoopbackPorts(int(devices.size()));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject device = devices.at(i).toObject();
        device.insert(QStringLiteral("port"), ports.at(i));
        devices.replace(i, device);
    }
    site.insert(QStringLiteral("devices"), devices);
    return QJsonDocument(site).toJson();
}

int chooseLoopbackPort()
{
    return chooseLoopbackPorts(1).constFirst();
}

} // namespace parkwatt
