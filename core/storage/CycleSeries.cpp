#include "storage/CycleSeries.h"

#include <cmath>
#include <limits>

namespace parkwatt {

namespace {

const char* const kSiteSeries[] = {
    "grid_kw",    "pv_available_kw", "pv_used_kw",   "load_kw",         "critical_unserved_kw",
    "battery_kw", "battery_soc_pct", "ev_charge_kw", "ev_discharge_kw", "evs_plugged",
    "outage"};

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN(); // stored as a gap

} // namespace

CycleSeries::CycleSeries(const SiteSpec& site, const std::function<SeriesId(const QString&)>& idOf)
{
    for (const char* name : kSiteSeries)
        m_site.push_back(add(QStringLiteral("site.") + QLatin1String(name), idOf));
    for (const BatterySpec& battery : site.batteries)
        m_batteries.push_back(add(QStringLiteral("battery.%1.soc_pct").arg(battery.id), idOf));
    for (const ChargerSpec& charger : site.chargers) {
        const QString prefix = QStringLiteral("charger.") + charger.id;
        m_chargers.push_back({add(prefix + QStringLiteral(".power_kw"), idOf),
                              add(prefix + QStringLiteral(".energy_kwh"), idOf),
                              add(prefix + QStringLiteral(".soc_pct"), idOf),
                              add(prefix + QStringLiteral(".state"), idOf)});
    }
}

SeriesId CycleSeries::add(const QString& name, const std::function<SeriesId(const QString&)>& idOf)
{
    m_names.push_back(name);
    return idOf(name);
}

std::vector<Sample> CycleSeries::samples(const SiteSnapshot& sensed, const StepRecord& applied) const
{
    const TimeMs t = applied.timeMs;
    std::vector<Sample> out;
    out.reserve(m_names.size());
    const double site[] = {applied.gridKw,
                           applied.pvAvailableKw,
                           applied.pvUsedKw,
                           applied.loadKw,
                           applied.criticalUnservedKw,
                           applied.batteryKw,
                           applied.batteryCapacityKwh > 0 ? applied.batterySocPct() : kNoValue,
                           applied.evChargeKw,
                           applied.evDischargeKw,
                           double(applied.evsPlugged),
                           applied.outage ? 1.0 : 0.0};
    for (size_t i = 0; i < m_site.size(); ++i)
        out.push_back({t, m_site[i], site[i]});
    for (size_t i = 0; i < m_batteries.size(); ++i) {
        const bool known = i < sensed.batteries.size() && sensed.batteries[i].online;
        out.push_back({t, m_batteries[i], known ? sensed.batteries[i].socPct : kNoValue});
    }
    for (size_t i = 0; i < m_chargers.size(); ++i) {
        const ChargerIds& ids = m_chargers[i];
        const ChargerState* state = i < sensed.chargers.size() ? &sensed.chargers[i] : nullptr;
        const double powerKw = i < applied.chargerKw.size() ? applied.chargerKw[i] : kNoValue;
        const bool plugged = state && state->online && state->plugged;
        ChargerSeriesState code = ChargerSeriesState::Offline;
        if (state && state->online)
            code = !state->plugged   ? ChargerSeriesState::Free
                   : powerKw > 1e-6  ? ChargerSeriesState::Charging
                   : powerKw < -1e-6 ? ChargerSeriesState::Discharging
                                     : ChargerSeriesState::Plugged;
        const double energyKwh =
            plugged && i < applied.chargerEnergyKwh.size() ? applied.chargerEnergyKwh[i] : kNoValue;
        const double socPct = plugged && state->capacityKwh > 0 && std::isfinite(energyKwh)
                                  ? 100.0 * energyKwh / state->capacityKwh
                                  : kNoValue;
        out.push_back({t, ids.powerKw, powerKw});
        out.push_back({t, ids.energyKwh, energyKwh});
        out.push_back({t, ids.socPct, socPct});
        out.push_back({t, ids.state, double(int(code))});
    }
    return out;
}

} // namespace parkwatt
