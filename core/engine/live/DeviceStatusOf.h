#pragma once
// A device link's health as the Devices page shows it (SiteControl's DeviceStatus).

#include "engine/SiteControl.h"

namespace parkwatt {

class DeviceLink;

DeviceStatus deviceStatusOf(const DeviceLink& link);

} // namespace parkwatt
