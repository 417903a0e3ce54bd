#include "control/Forecast.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace parkwatt {

namespace {

bool overlapsOutage(const std::vector<Outage>& outages, TimeMs fromMs, TimeMs toMs)
{
    return std::any_of(outages.begin(), outages.end(),
                       [&](const Outage& o) { return o.startMs < toMs && fromMs < o.endMs; });
}

ExpectedSession expectedFrom(const EvSession& s, int index)
{
    ExpectedSession e;
    e.sessionIndex = index;
    e.chargerIndex = s.chargerIndex;
    e.arrivalMs = s.arrivalMs;
    e.departureMs = s.departureMs;
    e.arrivalEnergyKwh = s.arrivalEnergyKwh();
    e.targetEnergyKwh = s.targetEnergyKwh();
    e.minEnergyKwh = s.minEnergyKwh();
    e.capacityKwh = s.capacityKwh;
    e.maxChargeKw = s.maxChargeKw;
    e.v2x = s.v2x;
    return e;
}

// Hands the planner the scenario's own future: for measuring a controller against the optimum.
class PerfectForecast final : public Forecast {
public:
    explicit PerfectForecast(const Scenario& scenario)
        : m_scenario(scenario)
    {
    }

    void observe(const SiteSnapshot&) override {}

    ForecastWindow window(TimeMs fromMs, int horizonS, int resolutionS) const override
    {
        ForecastWindow w;
        w.startMs = fromMs;
        w.resolutionS = resolutionS;
        const int n = std::max(0, horizonS / std::max(1, resolutionS));
        const Profiles& p = m_scenario.profiles;
        for (int i = 0; i < n; ++i) {
            const TimeMs t = fromMs + qint64(i) * resolutionS * kMsPerSecond;
            const qint64 offsetS = std::max<qint64>(0, (t - m_scenario.startMs) / kMsPerSecond);
            w.pvKw.push_back(p.pvKw.at(offsetS));
            w.loadKw.push_back(p.loadKw.at(offsetS));
            w.criticalLoadKw.push_back(p.criticalLoadKw.at(offsetS));
            w.importPricePerKwh.push_back(p.importPricePerKwh.at(offsetS));
            w.exportPricePerKwh.push_back(p.exportPricePerKwh.at(offsetS));
            w.outage.push_back(overlapsOutage(m_scenario.outages, t, t + qint64(resolutionS) * kMsPerSecond));
        }
        return w;
    }

    std::vector<ExpectedSession> sessions(TimeMs nowMs) const override
    {
        std::vector<ExpectedSession> out;
        for (size_t i = 0; i < m_scenario.sessions.size(); ++i)
            if (m_scenario.sessions[i].departureMs > nowMs)
                out.push_back(expectedFrom(m_scenario.sessions[i], int(i)));
        return out;
    }

private:
    const Scenario& m_scenario;
};

// PV, load and critical load by persistence: the same time yesterday, blended with the recent
// level (which dominates the next hour; yesterday's shape takes over after that). One job: what
// was measured in, expected values out.
class Persistence {
public:
    Persistence()
        : m_slotsPerDay(86400 / kSlotS)
        , m_pvHistory(size_t(m_slotsPerDay), std::nan(""))
        , m_loadHistory(size_t(m_slotsPerDay), std::nan(""))
        , m_criticalHistory(size_t(m_slotsPerDay), std::nan(""))
    {
    }

    void observe(const SiteSnapshot& s)
    {
        const size_t slot = slotOf(s.timeMs);
        m_pvHistory[slot] = s.pvAvailableKw;
        m_loadHistory[slot] = s.loadKw;
        m_criticalHistory[slot] = s.criticalLoadKw;
        m_recentPvKw = s.pvAvailableKw;
        m_recentLoadKw = s.loadKw;
        m_recentCriticalKw = s.criticalLoadKw;
        m_nowMs = s.timeMs;
    }

    // Fills the window's PV, load and critical load for its start and resolution.
    void fill(ForecastWindow& w, int intervals) const
    {
        for (int i = 0; i < intervals; ++i) {
            const TimeMs t = w.startMs + qint64(i) * w.resolutionS * kMsPerSecond;
            const double ageH = double(t - m_nowMs) / 3.6e6;
            const double recentWeight = std::clamp(1.0 - ageH, 0.0, 1.0);
            w.pvKw.push_back(blend(m_pvHistory[slotOf(t)], m_recentPvKw, recentWeight));
            w.loadKw.push_back(blend(m_loadHistory[slotOf(t)], m_recentLoadKw, recentWeight));
            w.criticalLoadKw.push_back(blend(m_criticalHistory[slotOf(t)], m_recentCriticalKw, recentWeight));
        }
    }

private:
    static constexpr int kSlotS = 900;

    size_t slotOf(TimeMs t) const
    {
        const qint64 daySlot = ((t / kMsPerSecond) / kSlotS) % m_slotsPerDay;
        return size_t(daySlot < 0 ? daySlot + m_slotsPerDay : daySlot);
    }
    static double blend(double yesterday, double recent, double recentWeight)
    {
        if (std::isnan(yesterday))
            return recent;
        return recentWeight * recent + (1.0 - recentWeight) * yesterday;
    }

    qint64 m_slotsPerDay;
    std::vector<double> m_pvHistory, m_loadHistory, m_criticalHistory;
    double m_recentPvKw = 0, m_recentLoadKw = 0, m_recentCriticalKw = 0;
    TimeMs m_nowMs = 0;
};

ForecastWindow emptyWindow(TimeMs fromMs, int horizonS, int resolutionS, int* intervals)
{
    ForecastWindow w;
    w.startMs = fromMs;
    w.resolutionS = resolutionS;
    *intervals = std::max(0, horizonS / std::max(1, resolutionS));
    return w;
}

// Knows only the past: PV and load by persistence, prices from the tariff (published ahead),
// sessions from their arrival on, with the departure and target the driver entered.
class RealisticForecast final : public Forecast {
public:
    explicit RealisticForecast(const Scenario& scenario)
        : m_scenario(scenario)
    {
    }

    void observe(const SiteSnapshot& s) override
    {
        m_persistence.observe(s);
        for (const ChargerState& c : s.chargers)
            if (c.plugged && c.sessionIndex >= 0)
                m_seenSessions.insert(c.sessionIndex);
    }

    ForecastWindow window(TimeMs fromMs, int horizonS, int resolutionS) const override
    {
        int n = 0;
        ForecastWindow w = emptyWindow(fromMs, horizonS, resolutionS, &n);
        m_persistence.fill(w, n);
        for (int i = 0; i < n; ++i) {
            const TimeMs t = fromMs + qint64(i) * resolutionS * kMsPerSecond;
            const qint64 offsetS = std::max<qint64>(0, (t - m_scenario.startMs) / kMsPerSecond);
            w.importPricePerKwh.push_back(m_scenario.profiles.importPricePerKwh.at(offsetS));
            w.exportPricePerKwh.push_back(m_scenario.profiles.exportPricePerKwh.at(offsetS));
            w.outage.push_back(false); // outages are not announced
        }
        return w;
    }

    std::vector<ExpectedSession> sessions(TimeMs nowMs) const override
    {
        std::vector<ExpectedSession> out;
        for (int index : m_seenSessions) {
            const EvSession& s = m_scenario.sessions[size_t(index)];
            if (s.departureMs > nowMs)
                out.push_back(expectedFrom(s, index));
        }
        return out;
    }

private:
    const Scenario& m_scenario;
    Persistence m_persistence;
    std::set<int> m_seenSessions;
};

// A real site: no scenario. PV and load by persistence, prices 0 (no tariff source yet), no
// outage announced, and the sessions plugged in the latest snapshot with what the engine's
// session book says of them.
class LiveForecast final : public Forecast {
public:
    void observe(const SiteSnapshot& s) override
    {
        m_persistence.observe(s);
        m_plugged.clear();
        for (size_t c = 0; c < s.chargers.size(); ++c) {
            const ChargerState& state = s.chargers[c];
            if (!state.plugged || state.sessionIndex < 0)
                continue;
            ExpectedSession e;
            e.sessionIndex = state.sessionIndex;
            e.chargerIndex = int(c);
            e.arrivalMs = s.timeMs; // plugged now: the planner takes it from the snapshot
            e.departureMs = state.departureMs;
            e.arrivalEnergyKwh = state.energyKwh;
            e.targetEnergyKwh = state.targetEnergyKwh;
            e.minEnergyKwh = state.minEnergyKwh;
            e.capacityKwh = state.capacityKwh;
            e.maxChargeKw = state.maxChargeKw;
            e.v2x = state.v2xConsent;
            m_plugged.push_back(e);
        }
    }

    ForecastWindow window(TimeMs fromMs, int horizonS, int resolutionS) const override
    {
        int n = 0;
        ForecastWindow w = emptyWindow(fromMs, horizonS, resolutionS, &n);
        m_persistence.fill(w, n);
        w.importPricePerKwh.assign(size_t(n), 0.0);
        w.exportPricePerKwh.assign(size_t(n), 0.0);
        w.outage.assign(size_t(n), false);
        return w;
    }

    std::vector<ExpectedSession> sessions(TimeMs nowMs) const override
    {
        std::vector<ExpectedSession> out;
        for (const ExpectedSession& e : m_plugged)
            if (e.departureMs > nowMs)
                out.push_back(e);
        return out;
    }

private:
    Persistence m_persistence;
    std::vector<ExpectedSession> m_plugged;
};

} // namespace

std::unique_ptr<Forecast> makeForecast(ForecastMode mode, const Scenario& scenario)
{
    if (mode == ForecastMode::Perfect)
        return std::make_unique<PerfectForecast>(scenario);
    return std::make_unique<RealisticForecast>(scenario);
}

std::unique_ptr<Forecast> makeLiveForecast()
{
    return std::make_unique<LiveForecast>();
}

} // namespace parkwatt
