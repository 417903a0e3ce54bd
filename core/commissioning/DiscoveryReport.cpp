#include "commissioning/DiscoveryReport.h"

#include <QJsonArray>

namespace parkwatt {

namespace {

QJsonArray numbers(const QList<int>& values)
{
    QJsonArray out;
    for (const int v : values)
        out.append(v);
    return out;
}

} // namespace

QJsonObject toJson(const DiscoveredDevice& device)
{
    QJsonObject o;
    o.insert(QStringLiteral("host"), device.host);
    o.insert(QStringLiteral("port"), device.port);
    o.insert(QStringLiteral("unit"), device.unit);
    if (device.sunspec) {
        QJsonArray models;
        for (const int id : device.sunspec->models)
            models.append(id);
        o.insert(QStringLiteral("sunspec"), QJsonObject{{QStringLiteral("base"), device.sunspec->base},
                                                        {QStringLiteral("models"), models}});
    } else {
        o.insert(QStringLiteral("sunspec"), QJsonValue::Null);
    }
    const auto text = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    o.insert(QStringLiteral("manufacturer"), text(device.manufacturer));
    o.insert(QStringLiteral("model"), text(device.model));
    o.insert(QStringLiteral("serial"), text(device.serial));
    o.insert(QStringLiteral("firmware"), text(device.firmware));
    QJsonObject read;
    for (const auto& [name, value] : device.read)
        read.insert(name, value);
    o.insert(QStringLiteral("read"), read);
    o.insert(QStringLiteral("profile"), text(device.profile));
    o.insert(QStringLiteral("role"), text(device.role));
    o.insert(QStringLiteral("match"), text(device.match));
    if (!device.candidates.isEmpty())
        o.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(device.candidates));
    return o;
}

QJsonObject DiscoveryReport::toJson() const
{
    QJsonArray foundArray;
    for (const DiscoveredDevice& d : found)
        foundArray.append(parkwatt::toJson(d));
    QJsonArray silentArray;
    for (const SilentUnit& s : silent)
        silentArray.append(QJsonObject{{QStringLiteral("host"), s.host},
                                       {QStringLiteral("port"), s.port},
                                       {QStringLiteral("unit"), s.unit},
                                       {QStringLiteral("reason"), s.reason}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("parkwatt-discovery/1")},
        {QStringLiteral("scanned"), QJsonObject{{QStringLiteral("addresses"), addresses},
                                                {QStringLiteral("ports"), numbers(ports)},
                                                {QStringLiteral("units"), numbers(units)}}},
        {QStringLiteral("open_ports"), openPorts},
        {QStringLiteral("found"), foundArray},
        {QStringLiteral("silent"), silentArray},
        {QStringLiteral("elapsed_ms"), elapsedMs},
    };
}

} // namespace parkwatt
