#pragma once
// Each bay's session so far, for the bay's chart: the car's power and energy over time, from the
// first cycle its car was seen to now. A new car (or an empty bay) starts a new trace. Points are
// kept at most once a minute, so 1,000 bays over a day stay a few megabytes.

#include "model/PublishedCycle.h"

#include <QList>
#include <QPointF>
#include <vector>

namespace parkwatt {

struct SessionTrace {
    QString sessionId;
    TimeMs startMs = 0;
    QList<QPointF> powerKw;   // x: ms since the epoch (UTC), y: kW (NaN points left out)
    QList<QPointF> energyKwh; // x likewise, y: the car's energy
};

class SessionTraces {
public:
    static constexpr TimeMs kMinSpacingMs = 60 * kMsPerSecond;

    void add(const PublishedCycle& cycle);
    void clear() { m_traces.clear(); }
    // The trace of the bay's current session; empty when the bay is free.
    const SessionTrace& trace(size_t bay) const;

private:
    std::vector<SessionTrace> m_traces;
    SessionTrace m_none;
};

} // namespace parkwatt
