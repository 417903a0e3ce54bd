#pragma once
// The site's five power flows in one cycle, as the power-flow diagram draws them, each seen from
// the site's bus: PV in, grid import (+) or export (-), battery charging (+) or discharging (-),
// building load, garage charging (+) or V2B (-). Unknown flows are NaN, never 0.

#include "model/PublishedCycle.h"

namespace parkwatt {

struct SiteFlows {
    double pvKw = 0;
    double gridKw = 0;     // > 0 import
    double batteryKw = 0;  // > 0 charging
    double buildingKw = 0; // load served, >= 0
    double garageKw = 0;   // > 0 cars charge (net), < 0 cars feed the building (V2B)
    double garageChargeKw = 0;
    double garageDischargeKw = 0;
    double batterySocPct = 0; // NaN without a battery or its reading
    double garageSocPct = 0;  // energy over capacity of the plugged cars; NaN when none is known
    int carsPlugged = 0;
    int carsCharging = 0;
    int carsDischarging = 0;
    int bays = 0;
    bool hasBattery = false;
    bool outage = false;

    static SiteFlows of(const PublishedCycle& cycle, bool siteHasBattery);
};

} // namespace parkwatt
