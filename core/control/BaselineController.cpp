#include "control/BaselineController.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

// Charge an EV needs this step to reach its target, honouring the 0-or-at-least-minimum rule.
double uncontrolledChargeKw(const ChargerState& charger, double stepH)
{
    constexpr double kTargetToleranceKwh = 1e-6;
    const double missingKwh = charger.targetEnergyKwh - charger.energyKwh;
    if (!charger.plugged || !charger.online || missingKwh <= kTargetToleranceKwh || stepH <= 0)
        return 0;
    // Full power, except in the last step, where the car stops at its target (never below the floor).
    const double wantedKw = std::max(missingKwh / stepH, charger.minChargeKw);
    return std::min(wantedKw, charger.maxChargeKw);
}

} // namespace

Setpoints BaselineController::dispatch(const SiteSnapshot& now, const Forecast& /*forecast*/)
{
    Setpoints out;
    out.chargerKw.resize(now.chargers.size(), 0.0);
    double evKw = 0;
    for (size_t i = 0; i < now.chargers.size(); ++i) {
        out.chargerKw[i] = uncontrolledChargeKw(now.chargers[i], now.stepH);
        evKw += out.chargerKw[i];
    }

    // The battery covers what PV does not (load plus EVs), or stores PV surplus; never grid energy.
    const double loadKw = now.gridAvailable ? now.loadKw : now.criticalLoadKw;
    double netKw = loadKw + evKw - now.pvAvailableKw; // > 0 deficit, < 0 surplus
    out.batteryKw.resize(now.batteries.size(), 0.0);
    for (size_t b = 0; b < now.batteries.size() && b < m_site.batteries.size(); ++b) {
        const BatterySpec& spec = m_site.batteries[b];
        const BatteryState& state = now.batteries[b];
        if (!state.online || now.stepH <= 0)
            continue;
        const double eta = std::sqrt(spec.roundtripEfficiency);
        if (netKw < 0) {
            const double roomKw = std::max(0.0, spec.maxEnergyKwh() - state.energyKwh) / (eta * now.stepH);
            const double chargeKw = std::min({-netKw, spec.maxChargeKw, roomKw});
            out.batteryKw[b] = chargeKw;
            netKw += chargeKw;
        } else if (netKw > 0) {
            const double availableKw = std::max(0.0, state.energyKwh - spec.minEnergyKwh()) * eta / now.stepH;
            const double dischargeKw = std::min({netKw, spec.maxDischargeKw, availableKw});
            out.batteryKw[b] = -dischargeKw;
            netKw -= dischargeKw;
        }
    }
    return out;
}

} // namespace parkwatt
