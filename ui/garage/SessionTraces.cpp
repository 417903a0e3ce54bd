#include "garage/SessionTraces.h"

#include <cmath>

namespace parkwatt {

void SessionTraces::add(const PublishedCycle& cycle)
{
    const auto& chargers = cycle.sensed.chargers;
    m_traces.resize(chargers.size());
    const StepRecord& r = cycle.applied;
    for (size_t i = 0; i < chargers.size(); ++i) {
        const ChargerState& c = chargers[i];
        SessionTrace& t = m_traces[i];
        // A simulated day starting over goes back in time: its sessions are new.
        const bool wentBack = !t.energyKwh.isEmpty() && double(r.timeMs) < t.energyKwh.last().x();
        if (!c.plugged || t.sessionId != c.sessionId || wentBack) {
            t = SessionTrace{};
            if (!c.plugged)
                continue;
            t.sessionId = c.sessionId;
            t.startMs = r.timeMs;
        }
        const double x = double(r.timeMs);
        if (!t.energyKwh.isEmpty() && x - t.energyKwh.last().x() < double(kMinSpacingMs))
            continue;
        const double kw = i < r.chargerKw.size() ? r.chargerKw[i] : std::nan("");
        const double after = i < r.chargerEnergyKwh.size() ? r.chargerEnergyKwh[i] : std::nan("");
        if (std::isfinite(kw))
            t.powerKw.append({x, kw});
        t.energyKwh.append({x, std::isfinite(after) && after > 0 ? after : c.energyKwh});
    }
}

const SessionTrace& SessionTraces::trace(size_t bay) const
{
    return bay < m_traces.size() ? m_traces[bay] : m_none;
}

} // namespace parkwatt
