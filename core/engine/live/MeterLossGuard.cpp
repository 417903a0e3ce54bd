#include "engine/live/MeterLossGuard.h"

#include <algorithm>

namespace parkwatt {

Setpoints MeterLossGuard::limit(const Setpoints& dispatched, const std::vector<double>& lastChargerKw,
                                const std::vector<double>& safeChargerKw,
                                const std::vector<double>& lastBatteryKw) const
{
    Setpoints out = dispatched;
    out.chargerReasons.resize(out.chargerKw.size());
    for (size_t i = 0; i < out.chargerKw.size(); ++i) {
        const double last = i < lastChargerKw.size() ? lastChargerKw[i] : 0.0;
        const double safe = i < safeChargerKw.size() ? safeChargerKw[i] : 0.0;
        const double ceiling = last > safe ? std::max(safe, last - m_rampKwPerCycle) : std::max(last, 0.0);
        if (out.chargerKw[i] > ceiling) {
            out.chargerReasons[i] = QStringLiteral("grid meter lost: ramping down %1 -> %2 kW")
                                        .arg(out.chargerKw[i], 0, 'f', 1)
                                        .arg(ceiling, 0, 'f', 1);
            out.chargerKw[i] = ceiling;
        }
    }
    for (size_t b = 0; b < out.batteryKw.size(); ++b) {
        const double last = b < lastBatteryKw.size() ? lastBatteryKw[b] : 0.0;
        out.batteryKw[b] = std::min(out.batteryKw[b], std::max(last, 0.0));
    }
    return out;
}

} // namespace parkwatt
