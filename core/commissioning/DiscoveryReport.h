#pragma once
// What a discovery scan found, as plain values, and its JSON form ("parkwatt-discovery/1",
// docs/commissioning.md): every unit that answered (identified or not) with what was read from
// it, and the open ports whose units stayed silent.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace parkwatt {

struct SunSpecFinding {
    int base = 0;
    std::vector<int> models; // in chain order
};

// One Modbus unit that answered.
struct DiscoveredDevice {
    QString host;
    int port = 0;
    int unit = 0;
    std::optional<SunSpecFinding> sunspec;
    QString manufacturer; // as read (empty when the device has no such register or it did not read)
    QString model;
    QString serial;
    QString firmware;
    std::vector<std::pair<QString, QString>> read; // identification registers: name -> value as text
    QString profile;                               // proposed profile id; empty: none
    QString role;                                  // the profile's role ("charger", "grid_meter")
    // How the profile was recognised: "sunspec" (its models are in the chain), "expect" (its
    // identification values match), "identity" (manufacturer or model text matches), "registers"
    // (only: every register of its map answers; the weakest evidence).
    QString match;
    QStringList candidates; // when several profiles fit equally well and none is proposed
};

// An open port where a unit never answered (timeout, or the connection was dropped).
struct SilentUnit {
    QString host;
    int port = 0;
    int unit = 0;
    QString reason;
};

struct DiscoveryReport {
    int addresses = 0;
    QList<int> ports;
    QList<int> units;
    std::vector<DiscoveredDevice> found; // sorted by host, port, unit
    std::vector<SilentUnit> silent;
    int openPorts = 0;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

QJsonObject toJson(const DiscoveredDevice& device);

} // namespace parkwatt
