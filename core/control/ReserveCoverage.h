#pragma once
// How long the site could carry its critical load from stored energy right now (spec rule 4 and
// the "reserve coverage in hours of critical load" per step): the batteries' energy above
// min_soc, after discharge losses, plus, with backup.ev_reserve, the plugged consenting EVs' energy
// above their owners' floors. PV is not counted (it may be night). Pure; for the CSV and the GUI.

#include "model/Policy.h"
#include "model/Site.h"
#include "model/Snapshot.h"

namespace parkwatt {

class ReserveCoverage {
public:
    // Energy (kWh, as delivered to the load) the site could draw from storage now.
    static double deliverableKwh(const SiteSpec& site, const Policy& policy, const SiteSnapshot& now);
    // deliverableKwh over the current critical load, in hours; infinity when there is no critical
    // load (nothing to cover), 0 when there is no stored energy.
    static double hours(const SiteSpec& site, const Policy& policy, const SiteSnapshot& now);
};

} // namespace parkwatt
