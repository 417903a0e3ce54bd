#pragma once
// A site file ("parkwatt-site/1"): the site, the devices that measure and control it, and the
// active policy. What `parkwattd run --site FILE` and the GUI operate on.

#include "model/Policy.h"
#include "model/Site.h"

#include <QString>
#include <vector>

namespace parkwatt {

enum class DeviceRole { GridMeter, PvInverter, Battery, Charger, LoadMeter };

struct DeviceSpec {
    QString id;
    DeviceRole role = DeviceRole::Charger;
    QString profile;
    QString host;
    int port = 502;
    int unit = 1;
    QString chargerId; // role charger: the site charger it drives
};

struct SiteFile {
    SiteSpec site;
    std::vector<DeviceSpec> devices;
    Policy policy;
};

} // namespace parkwatt
