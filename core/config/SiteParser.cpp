#include "config/SiteParser.h"

using namespace Qt::StringLiterals;

namespace parkwatt {

namespace {

GridConnection readGrid(JsonObjectReader& grid)
{
    GridConnection out;
    // No default for the import limit: 0 would forbid all import, "unlimited" would ignore the
    // connection's physical rating. Export defaults to none, the safe side.
    out.importLimitKw = grid.number(u"import_limit_kw"_s, NumberRule::atLeast(0));
    out.exportLimitKw = grid.number(u"export_limit_kw"_s, NumberRule::atLeast(0), 0);
    grid.warnUnknownKeys();
    return out;
}

PvArray readPv(JsonObjectReader& pv)
{
    PvArray out;
    out.id = pv.string(u"id"_s);
    out.peakKw = pv.number(u"peak_kw"_s, NumberRule::atLeast(0));
    pv.warnUnknownKeys();
    return out;
}

BatterySpec readBattery(JsonObjectReader& battery)
{
    BatterySpec out;
    out.id = battery.string(u"id"_s);
    out.capacityKwh = battery.number(u"capacity_kwh"_s, NumberRule::above(0));
    out.maxChargeKw = battery.number(u"max_charge_kw"_s, NumberRule::atLeast(0));
    out.maxDischargeKw = battery.number(u"max_discharge_kw"_s, NumberRule::atLeast(0));
    out.initialSocPct = battery.number(u"initial_soc_pct"_s, NumberRule::percent(), out.initialSocPct);
    out.minSocPct = battery.number(u"min_soc_pct"_s, NumberRule::percent(), 0);
    out.maxSocPct = battery.number(u"max_soc_pct"_s, NumberRule::percent(), 100);
    out.roundtripEfficiency = battery.number(u"roundtrip_efficiency"_s, NumberRule::fractionAboveZero(), 1);
    if (out.minSocPct > out.maxSocPct)
        battery.fail(u"min_soc_pct"_s, u"min_soc_pct %1 is above max_soc_pct %2"_s.arg(
                                           formatNumber(out.minSocPct), formatNumber(out.maxSocPct)));
    battery.warnUnknownKeys();
    return out;
}

ChargerSpec readCharger(JsonObjectReader& charger)
{
    ChargerSpec out;
    out.id = charger.string(u"id"_s);
    out.maxChargeKw = charger.number(u"max_charge_kw"_s, NumberRule::atLeast(0));
    out.minChargeKw = charger.number(u"min_charge_kw"_s, NumberRule::atLeast(0), 0);
    out.bidirectional = charger.boolean(u"bidirectional"_s, false);
    out.maxDischargeKw = charger.number(u"max_discharge_kw"_s, NumberRule::atLeast(0), 0);
    out.efficiency = charger.number(u"efficiency"_s, NumberRule::fractionAboveZero(), 1);
    if (out.minChargeKw > out.maxChargeKw)
        charger.fail(u"min_charge_kw"_s, u"min_charge_kw %1 is above max_charge_kw %2"_s.arg(
                                             formatNumber(out.minChargeKw), formatNumber(out.maxChargeKw)));
    charger.warnUnknownKeys();
    return out;
}

// Reads every element of an optional or required array of objects with `readOne`, checking that
// their ids are unique. Stops at the first error.
template <typename T, typename ReadOne>
std::vector<T> readList(JsonObjectReader& parent, const QString& key, bool required, const QString& what,
                        ReadOne readOne)
{
    std::vector<T> out;
    auto list = parent.array(key, required);
    if (!list)
        return out;
    UniqueIds ids(what);
    out.reserve(static_cast<size_t>(list->size()));
    for (qsizetype i = 0; i < list->size() && !parent.context().failed(); ++i) {
        auto element = list->object(i);
        if (!element)
            break;
        T item = readOne(*element);
        if (!item.id.isEmpty())
            ids.add(parent.context(), item.id, element->pointerOf(u"id"));
        out.push_back(std::move(item));
    }
    return out;
}

// A policy part's `enabled`; settings without it are probably a mistake worth a warning.
bool readEnabled(JsonObjectReader& part, bool fallback)
{
    const bool enabled = part.boolean(u"enabled"_s, fallback);
    if (!part.has(u"enabled"_s) && !fallback)
        part.context().warn(part.pointer(),
                            u"has no \"enabled\": true, so this policy part stays disabled"_s);
    return enabled;
}

} // namespace

SiteSpec readSite(JsonObjectReader& site)
{
    SiteSpec out;
    out.name = site.string(u"name"_s, QString());
    if (auto grid = site.object(u"grid"_s, true))
        out.grid = readGrid(*grid);
    out.pv = readList<PvArray>(site, u"pv"_s, false, u"PV"_s, readPv);
    out.batteries = readList<BatterySpec>(site, u"batteries"_s, false, u"battery"_s, readBattery);
    out.chargers = readList<ChargerSpec>(site, u"chargers"_s, true, u"charger"_s, readCharger);
    site.warnUnknownKeys();
    return out;
}

Policy readPolicy(JsonObjectReader& policy)
{
    Policy out;
    if (auto part = policy.object(u"peak_shaving"_s, false)) {
        out.peakShaving.enabled = readEnabled(*part, false);
        // A limit is what peak shaving is for: required when it is on, 0 when it is off.
        out.peakShaving.importLimitKw =
            part->number(u"import_limit_kw"_s, NumberRule::atLeast(0),
                         out.peakShaving.enabled ? std::nullopt : std::optional<double>(0));
        part->warnUnknownKeys();
    }
    if (auto part = policy.object(u"self_sufficiency"_s, false)) {
        out.selfSufficiency.enabled = readEnabled(*part, true);
        out.selfSufficiency.batteryGridCharging = part->boolean(u"battery_grid_charging"_s, false);
        part->warnUnknownKeys();
    }
    if (auto part = policy.object(u"backup"_s, false)) {
        out.backup.enabled = readEnabled(*part, false);
        out.backup.batteryReservePct = part->number(u"battery_reserve_pct"_s, NumberRule::percent(), 0);
        out.backup.evReserve = part->boolean(u"ev_reserve"_s, false);
        out.backup.reserveHours = part->number(u"reserve_hours"_s, NumberRule::atLeast(0), 0);
        part->warnUnknownKeys();
    }
    if (auto part = policy.object(u"v2b"_s, false)) {
        out.v2b.enabled = readEnabled(*part, false);
        part->warnUnknownKeys();
    }
    policy.warnUnknownKeys();
    return out;
}

} // namespace parkwatt
