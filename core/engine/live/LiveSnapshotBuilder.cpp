#include "engine/live/LiveSnapshotBuilder.h"

#include <algorithm>

namespace parkwatt {

namespace {

bool isPlugged(const DeviceReading& r)
{
    return r.state && (*r.state == IecState::B || *r.state == IecState::C || *r.state == IecState::D);
}

} // namespace

LiveSnapshotBuilder::LiveSnapshotBuilder(const SiteSpec& site, const std::vector<DeviceLink*>& links)
    : m_site(site)
    , m_batteryLinks(site.batteries.size(), nullptr)
    , m_chargerLinks(site.chargers.size(), nullptr)
{
    size_t nextBattery = 0;
    for (DeviceLink* link : links) {
        switch (link->spec().role) {
        case DeviceRole::GridMeter:
            m_gridMeter = link;
            break;
        case DeviceRole::LoadMeter:
            m_loadMeter = link;
            break;
        case DeviceRole::PvInverter:
            m_pvInverters.push_back(link);
            break;
        case DeviceRole::Battery:
            if (nextBattery < m_batteryLinks.size())
                m_batteryLinks[nextBattery++] = link;
            break;
        case DeviceRole::Charger:
            if (const int index = site.chargerIndex(link->spec().chargerId); index >= 0)
                m_chargerLinks[size_t(index)] = link;
            break;
        }
    }
}

LiveSnapshotBuilder::Result LiveSnapshotBuilder::build(qint64 cycle, TimeMs nowMs, double stepH,
                                                       SessionBook& sessions)
{
    Result out;
    SiteSnapshot& s = out.snapshot;
    s.timeMs = nowMs;
    s.stepIndex = int(cycle);
    s.stepH = stepH;

    const DeviceReading* grid = m_gridMeter ? m_gridMeter->readingOf(cycle) : nullptr;
    out.gridMeterValid = grid && (grid->gridPowerKw || grid->powerKw);
    const double gridKw = out.gridMeterValid ? grid->gridPowerKw.value_or(grid->powerKw.value_or(0)) : 0;
    out.gridKw = gridKw;
    // Outage detection needs a signal made for it (a grid relay or the inverter's island flag);
    // a meter's voltage registers differ too much between models to be trusted for it.
    s.gridAvailable = true;

    double pvKw = 0;
    for (DeviceLink* pv : m_pvInverters)
        if (const DeviceReading* r = pv->readingOf(cycle))
            pvKw += std::max(0.0, r->pvPowerKw.value_or(r->powerKw.value_or(0)));
    s.pvAvailableKw = pvKw;

    double batteriesKw = 0;
    s.batteries.resize(m_site.batteries.size());
    for (size_t b = 0; b < m_site.batteries.size(); ++b) {
        const DeviceReading* r = m_batteryLinks[b] ? m_batteryLinks[b]->readingOf(cycle) : nullptr;
        BatteryState& state = s.batteries[b];
        // Only a battery the engine can command is one the controller may count on; one whose
        // profile has no setpoint runs on its own and is measured only (its power is in the
        // balance, so the connection limit still holds).
        state.online = r != nullptr && m_batteryLinks[b]->profile().setpoint.has_value();
        const std::optional<double> measuredSoc = r ? (r->batterySocPct ? r->batterySocPct : r->socPct) : std::nullopt;
        out.batterySocMeasured = out.batterySocMeasured && measuredSoc.has_value();
        const double soc = measuredSoc.value_or(0); // the controller counts an unknown battery as empty
        state.socPct = soc;
        state.energyKwh = soc / 100.0 * m_site.batteries[b].capacityKwh;
        if (r)
            batteriesKw += r->batteryPowerKw.value_or(r->powerKw.value_or(0));
    }

    double chargersKw = 0;
    s.chargers.resize(m_site.chargers.size());
    out.chargerPowerKw.assign(m_site.chargers.size(), 0.0);
    out.failsafeKw.assign(m_site.chargers.size(), 0.0);
    for (size_t c = 0; c < m_site.chargers.size(); ++c) {
        const ChargerSpec& spec = m_site.chargers[c];
        DeviceLink* link = m_chargerLinks[c];
        const DeviceReading* r = link ? link->readingOf(cycle) : nullptr;
        out.failsafeKw[c] = link ? link->failsafeKw(spec.maxChargeKw) : spec.maxChargeKw;
        ChargerObservation seen;
        seen.online = r != nullptr;
        seen.plugged = r && isPlugged(*r);
        seen.powerKw = r ? r->powerKw.value_or(0) : 0;
        seen.socPct = r ? r->socPct : std::nullopt;
        sessions.observe(int(c), seen, nowMs, stepH);
        out.chargerPowerKw[c] = seen.powerKw;
        chargersKw += seen.powerKw;

        ChargerState& state = s.chargers[c];
        state.online = seen.online;
        state.offlineDrawKw = seen.online ? 0.0 : out.failsafeKw[c];
        state.maxChargeKw = spec.maxChargeKw;
        state.minChargeKw = spec.minChargeKw;
        const LiveSession* session = sessions.active(int(c));
        state.plugged = session != nullptr && (seen.plugged || !seen.online);
        if (!session)
            continue;
        state.sessionIndex = session->index;
        state.sessionId = session->id;
        state.energyKwh = session->energyKwh;
        state.capacityKwh = session->capacityKwh;
        state.minEnergyKwh = session->minEnergyKwh;
        state.targetEnergyKwh = session->targetEnergyKwh;
        state.departureMs = session->departureMs;
        state.v2xConsent = session->v2xConsent;
        state.maxDischargeKw = spec.bidirectional && session->v2xConsent ? spec.maxDischargeKw : 0.0;
    }

    if (const DeviceReading* load = m_loadMeter ? m_loadMeter->readingOf(cycle) : nullptr)
        m_lastLoadKw = std::max(0.0, load->powerKw.value_or(m_lastLoadKw));
    else if (out.gridMeterValid) {
        // What an offline charger draws is in the grid reading but not in any charger's; the
        // controller adds each offline charger's fail-safe draw itself, so it comes out of the
        // load here (exact whatever the charger really draws, since the grid is measured).
        double offlineKw = 0;
        for (const ChargerState& c : s.chargers)
            offlineKw += c.online ? 0.0 : c.offlineDrawKw;
        m_lastLoadKw = std::max(0.0, gridKw + pvKw - batteriesKw - chargersKw - offlineKw);
    }
    s.loadKw = m_lastLoadKw; // without a meter this cycle: the last known load
    out.batteriesKw = batteriesKw;
    return out;
}

} // namespace parkwatt
