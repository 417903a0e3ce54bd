#include "overview/SiteFlows.h"

#include <cmath>
#include <limits>

namespace parkwatt {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Below this a charger is idle: measurement noise, not a decision.
constexpr double kIdleKw = 0.05;
} // namespace

SiteFlows SiteFlows::of(const PublishedCycle& cycle, bool siteHasBattery)
{
    const StepRecord& a = cycle.applied;
    SiteFlows f;
    f.pvKw = a.pvUsedKw;
    f.gridKw = a.gridKw;
    f.hasBattery = siteHasBattery;
    f.batteryKw = siteHasBattery ? a.batteryKw : 0.0;
    f.batterySocPct = siteHasBattery && a.batteryCapacityKwh > 0 ? a.batterySocPct() : kNaN;
    f.buildingKw = a.loadServedKw;
    f.outage = a.outage;
    f.bays = int(cycle.sensed.chargers.size());

    // Count from the chargers so live runs (where a missing charger is NaN) are counted alike.
    double chargeKw = 0, dischargeKw = 0, energyKwh = 0, capacityKwh = 0;
    bool anyPowerUnknown = false;
    for (size_t i = 0; i < cycle.sensed.chargers.size(); ++i) {
        const ChargerState& c = cycle.sensed.chargers[i];
        if (c.plugged)
            ++f.carsPlugged;
        const double kw = i < a.chargerKw.size() ? a.chargerKw[i] : kNaN;
        if (std::isnan(kw)) {
            // An offline charger without a car draws nothing we need to know about.
            anyPowerUnknown = anyPowerUnknown || c.plugged;
            continue;
        }
        if (kw > kIdleKw) {
            chargeKw += kw;
            ++f.carsCharging;
        } else if (kw < -kIdleKw) {
            dischargeKw -= kw;
            ++f.carsDischarging;
        }
        if (c.plugged && c.capacityKwh > 0) {
            const double e = i < a.chargerEnergyKwh.size() && std::isfinite(a.chargerEnergyKwh[i])
                                 ? a.chargerEnergyKwh[i]
                                 : c.energyKwh;
            energyKwh += e;
            capacityKwh += c.capacityKwh;
        }
    }
    if (cycle.sensed.chargers.empty()) {
        chargeKw = a.evChargeKw;
        dischargeKw = a.evDischargeKw;
        f.carsCharging = a.evsCharging;
        f.carsDischarging = a.evsDischarging;
        f.carsPlugged = a.evsPlugged;
    }
    f.garageChargeKw = anyPowerUnknown ? kNaN : chargeKw;
    f.garageDischargeKw = anyPowerUnknown ? kNaN : dischargeKw;
    f.garageKw = anyPowerUnknown ? kNaN : chargeKw - dischargeKw;
    f.garageSocPct = capacityKwh > 0 ? 100.0 * energyKwh / capacityKwh : kNaN;
    return f;
}

} // namespace parkwatt
