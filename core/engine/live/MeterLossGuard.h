#pragma once
// What the engine may still do when it has lost the grid meter: it cannot see the connection any
// more, so no charger may go up. Each charger above its safe draw (the power at its fail-safe
// current) ramps down toward it by at most `rampKwPerCycle` per cycle; one at or below it stays
// where it is. Discharging cars only lower the import, so their setpoints pass as dispatched (the
// dispatcher has already checked consent and floors). Batteries may not charge more than before.

#include "model/Snapshot.h"

#include <vector>

namespace parkwatt {

class MeterLossGuard {
public:
    explicit MeterLossGuard(double rampKwPerCycle = 1.0)
        : m_rampKwPerCycle(rampKwPerCycle)
    {
    }

    // `lastKw`: what each charger was last commanded; `safeKw`: each charger's fail-safe draw.
    // Returns the setpoints with every charge limited as above (reasons say why).
    Setpoints limit(const Setpoints& dispatched, const std::vector<double>& lastChargerKw,
                    const std::vector<double>& safeChargerKw, const std::vector<double>& lastBatteryKw) const;

private:
    double m_rampKwPerCycle;
};

} // namespace parkwatt
