#include "control/SafetyInvariants.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

QString kw(double v)
{
    return QString::number(v, 'f', 3);
}

} // namespace

ChargerLimits SafetyInvariants::chargerLimits(const SiteSpec& site, const SiteSnapshot& now, size_t charger)
{
    ChargerLimits out;
    if (charger >= now.chargers.size())
        return out;
    const ChargerState& state = now.chargers[charger];
    const ChargerSpec* spec = charger < site.chargers.size() ? &site.chargers[charger] : nullptr;
    out.usable = state.online && state.plugged;
    if (!out.usable)
        return out;
    out.maxChargeKw = std::max(0.0, state.maxChargeKw);
    out.minChargeKw = std::max(0.0, state.minChargeKw);
    if (spec) {
        out.maxChargeKw = std::min(out.maxChargeKw, std::max(0.0, spec->maxChargeKw));
        out.minChargeKw = std::max(out.minChargeKw, spec->minChargeKw);
        out.eta = spec->efficiency > 0 && spec->efficiency <= 1 ? spec->efficiency : 1.0;
    }
    const bool consent = state.v2xConsent && state.maxDischargeKw > 0 && (!spec || spec->bidirectional);
    if (consent) {
        out.maxDischargeKw = state.maxDischargeKw;
        if (spec)
            out.maxDischargeKw = std::min(out.maxDischargeKw, std::max(0.0, spec->maxDischargeKw));
    }
    return out;
}

bool SafetyInvariants::evDischargeAllowed(const Policy& policy, const SiteSnapshot& now)
{
    return now.gridAvailable ? policy.v2b.enabled : policy.backup.evReserve;
}

double SafetyInvariants::offlineDrawKw(const SiteSnapshot& now)
{
    double sum = 0;
    for (const ChargerState& c : now.chargers)
        if (!c.online && c.offlineDrawKw > 0)
            sum += c.offlineDrawKw;
    return sum;
}

std::vector<QString> SafetyInvariants::violations(const SiteSpec& site, const Policy& policy,
                                                  const SiteSnapshot& now, const Setpoints& setpoints)
{
    std::vector<QString> out;
    const double h = now.stepH;
    if (setpoints.chargerKw.size() != now.chargers.size())
        out.push_back(QStringLiteral("%1 charger setpoints for %2 chargers")
                          .arg(setpoints.chargerKw.size())
                          .arg(now.chargers.size()));
    if (setpoints.batteryKw.size() != now.batteries.size())
        out.push_back(QStringLiteral("%1 battery setpoints for %2 batteries")
                          .arg(setpoints.batteryKw.size())
                          .arg(now.batteries.size()));

    double evChargeKw = 0, evNetKw = 0;
    const bool dischargeAllowed = evDischargeAllowed(policy, now);
    for (size_t i = 0; i < setpoints.chargerKw.size() && i < now.chargers.size(); ++i) {
        const double p = setpoints.chargerKw[i];
        const ChargerState& state = now.chargers[i];
        const QString who = QStringLiteral("charger %1").arg(i);
        if (!std::isfinite(p)) {
            out.push_back(who + QStringLiteral(": setpoint not finite"));
            continue;
        }
        if (std::abs(p) <= kToleranceKw)
            continue;
        if (!state.online) {
            out.push_back(who + QStringLiteral(": offline but commanded %1 kW").arg(kw(p)));
            continue;
        }
        if (!state.plugged) {
            out.push_back(who + QStringLiteral(": no EV but commanded %1 kW").arg(kw(p)));
            continue;
        }
        const ChargerLimits lim = chargerLimits(site, now, i);
        evNetKw += p;
        if (p > 0) {
            evChargeKw += p;
            if (p > lim.maxChargeKw + kToleranceKw)
                out.push_back(
                    who + QStringLiteral(": %1 kW above its limit %2 kW").arg(kw(p), kw(lim.maxChargeKw)));
            if (p < lim.minChargeKw - kToleranceKw)
                out.push_back(who + QStringLiteral(": %1 kW between 0 and its minimum %2 kW")
                                        .arg(kw(p), kw(lim.minChargeKw)));
        } else {
            const double d = -p;
            if (lim.maxDischargeKw <= 0)
                out.push_back(
                    who +
                    QStringLiteral(": discharging %1 kW without consent or on a one-way charger").arg(kw(d)));
            else if (d > lim.maxDischargeKw + kToleranceKw)
                out.push_back(who + QStringLiteral(": discharging %1 kW above its limit %2 kW")
                                        .arg(kw(d), kw(lim.maxDischargeKw)));
            if (!dischargeAllowed)
                out.push_back(who + (now.gridAvailable
                                         ? QStringLiteral(": discharging with V2B disabled")
                                         : QStringLiteral(": discharging in an outage without ev_reserve")));
            const double after = state.energyKwh - d * std::max(0.0, h) / lim.eta;
            if (after < state.minEnergyKwh - kToleranceKwh ||
                state.energyKwh <= state.minEnergyKwh - kToleranceKwh)
                out.push_back(who + QStringLiteral(": discharging to %1 kWh, below its floor %2 kWh")
                                        .arg(kw(after), kw(state.minEnergyKwh)));
        }
    }

    double batteryChargeKw = 0, batteryNetKw = 0;
    for (size_t b = 0; b < setpoints.batteryKw.size() && b < now.batteries.size(); ++b) {
        const double p = setpoints.batteryKw[b];
        const QString who = QStringLiteral("battery %1").arg(b);
        if (!std::isfinite(p)) {
            out.push_back(who + QStringLiteral(": setpoint not finite"));
            continue;
        }
        if (std::abs(p) <= kToleranceKw)
            continue;
        const BatteryState& state = now.batteries[b];
        if (b >= site.batteries.size()) {
            out.push_back(who + QStringLiteral(": not in the site but commanded %1 kW").arg(kw(p)));
            continue;
        }
        if (!state.online) {
            out.push_back(who + QStringLiteral(": offline but commanded %1 kW").arg(kw(p)));
            continue;
        }
        const BatterySpec& spec = site.batteries[b];
        const double eta = spec.roundtripEfficiency > 0 && spec.roundtripEfficiency <= 1
                               ? std::sqrt(spec.roundtripEfficiency)
                               : 1.0;
        batteryNetKw += p;
        if (p > 0) {
            batteryChargeKw += p;
            if (p > spec.maxChargeKw + kToleranceKw)
                out.push_back(who + QStringLiteral(": charging %1 kW above its rating %2 kW")
                                        .arg(kw(p), kw(spec.maxChargeKw)));
            const double after = state.energyKwh + eta * p * std::max(0.0, h);
            if (after > spec.maxEnergyKwh() + kToleranceKwh ||
                state.energyKwh >= spec.maxEnergyKwh() + kToleranceKwh)
                out.push_back(who + QStringLiteral(": charging to %1 kWh, above its window %2 kWh")
                                        .arg(kw(after), kw(spec.maxEnergyKwh())));
        } else {
            const double d = -p;
            if (d > spec.maxDischargeKw + kToleranceKw)
                out.push_back(who + QStringLiteral(": discharging %1 kW above its rating %2 kW")
                                        .arg(kw(d), kw(spec.maxDischargeKw)));
            const double after = state.energyKwh - d / eta * std::max(0.0, h);
            if (after < spec.minEnergyKwh() - kToleranceKwh ||
                state.energyKwh <= spec.minEnergyKwh() - kToleranceKwh)
                out.push_back(who + QStringLiteral(": discharging to %1 kWh, below its window %2 kWh")
                                        .arg(kw(after), kw(spec.minEnergyKwh())));
        }
    }

    const double controllableChargeKw = evChargeKw + batteryChargeKw;
    const double offlineKw = offlineDrawKw(now);
    if (now.gridAvailable) {
        const double baseKw = now.loadKw - now.pvAvailableKw + offlineKw;
        const double gridKw = baseKw + evNetKw + batteryNetKw;
        const double limit = site.grid.importLimitKw;
        if (gridKw > limit + kToleranceKw) {
            if (baseKw <= limit + kToleranceKw)
                out.push_back(QStringLiteral("grid import %1 kW above the connection limit %2 kW")
                                  .arg(kw(gridKw), kw(limit)));
            else if (controllableChargeKw > kToleranceKw)
                // The load alone exceeds the limit: then at least nothing may be added to it.
                out.push_back(
                    QStringLiteral(
                        "load alone exceeds the %1 kW connection limit, yet %2 kW of charging added")
                        .arg(kw(limit), kw(controllableChargeKw)));
        }
        // PV can be curtailed, so only discharges can force an export.
        const double leastGridKw = now.loadKw + evNetKw + batteryNetKw;
        if (leastGridKw < -site.grid.exportLimitKw - kToleranceKw)
            out.push_back(QStringLiteral("discharges export %1 kW above the export limit %2 kW")
                              .arg(kw(-leastGridKw), kw(site.grid.exportLimitKw)));
    } else {
        // Islanded: charging never takes supply from the critical load (PV and discharges serve
        // it first; only what is left over may charge).
        const double dischargeKw = controllableChargeKw - evNetKw - batteryNetKw;
        const double leftKw = now.pvAvailableKw + dischargeKw - std::max(0.0, now.criticalLoadKw) - offlineKw;
        if (controllableChargeKw > std::max(0.0, leftKw) + kToleranceKw)
            out.push_back(
                QStringLiteral("outage: %1 kW of charging beyond the %2 kW left after the critical load "
                               "and offline chargers")
                    .arg(kw(controllableChargeKw), kw(std::max(0.0, leftKw))));
    }
    return out;
}

} // namespace parkwatt
