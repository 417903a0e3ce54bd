#pragma once
// Turns one cycle's device readings into the snapshot a controller sees: the grid meter's import,
// PV, batteries, chargers with their sessions, and the building load from the power balance
// (grid + PV = load + batteries + EVs) unless a load meter measures it. A device whose reading is
// missing this cycle is offline: a charger then counts at its fail-safe draw, never at zero.

#include "engine/live/DeviceLink.h"
#include "engine/live/SessionBook.h"
#include "model/Site.h"
#include "model/Snapshot.h"

#include <optional>
#include <vector>

namespace parkwatt {

class LiveSnapshotBuilder {
public:
    // `links` are the site's devices; chargers are matched by charger id, batteries in order.
    LiveSnapshotBuilder(const SiteSpec& site, const std::vector<DeviceLink*>& links);

    struct Result {
        SiteSnapshot snapshot;
        bool gridMeterValid = false;
        double gridKw = 0;                  // measured import (> 0) or export, when valid
        double batteriesKw = 0;             // measured, > 0 charging
        bool batterySocMeasured = true;     // false when a battery's device reports no state of charge
        std::vector<double> chargerPowerKw; // measured this cycle (0 when missing)
        std::vector<double> failsafeKw;     // each charger's own fallback draw
    };

    // Builds the snapshot of `cycle` and advances the session book by its measurements.
    Result build(qint64 cycle, TimeMs nowMs, double stepH, SessionBook& sessions);

    const std::vector<DeviceLink*>& chargerLinks() const { return m_chargerLinks; }
    const std::vector<DeviceLink*>& batteryLinks() const { return m_batteryLinks; }

private:
    const SiteSpec& m_site;
    DeviceLink* m_gridMeter = nullptr;
    DeviceLink* m_loadMeter = nullptr;
    std::vector<DeviceLink*> m_pvInverters;
    std::vector<DeviceLink*> m_batteryLinks; // per site battery (nullptr: no device)
    std::vector<DeviceLink*> m_chargerLinks; // per site charger (nullptr: no device)
    double m_lastLoadKw = 0;
};

} // namespace parkwatt
