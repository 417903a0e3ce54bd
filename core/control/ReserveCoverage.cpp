#include "control/ReserveCoverage.h"

#include "control/SafetyInvariants.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parkwatt {

double ReserveCoverage::deliverableKwh(const SiteSpec& site, const Policy& policy, const SiteSnapshot& now)
{
    double kwh = 0;
    for (size_t b = 0; b < now.batteries.size() && b < site.batteries.size(); ++b) {
        if (!now.batteries[b].online)
            continue;
        const BatterySpec& spec = site.batteries[b];
        const double eta = spec.roundtripEfficiency > 0 && spec.roundtripEfficiency <= 1
                               ? std::sqrt(spec.roundtripEfficiency)
                               : 1.0;
        kwh += std::max(0.0, now.batteries[b].energyKwh - spec.minEnergyKwh()) * eta;
    }
    if (policy.backup.evReserve) {
        for (size_t i = 0; i < now.chargers.size(); ++i) {
            const ChargerLimits lim = SafetyInvariants::chargerLimits(site, now, i);
            if (lim.usable && lim.maxDischargeKw > 0)
                kwh += std::max(0.0, now.chargers[i].energyKwh - now.chargers[i].minEnergyKwh) * lim.eta;
        }
    }
    return kwh;
}

double ReserveCoverage::hours(const SiteSpec& site, const Policy& policy, const SiteSnapshot& now)
{
    if (!(now.criticalLoadKw > 0))
        return std::numeric_limits<double>::infinity();
    return deliverableKwh(site, policy, now) / now.criticalLoadKw;
}

} // namespace parkwatt
