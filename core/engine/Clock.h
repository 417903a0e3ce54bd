#pragma once
// The engine's notion of "now", injected: simulated time for what-if runs and tests, the wall
// clock only for real-time control.

#include "model/Time.h"

#include <QDateTime>

namespace parkwatt {

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimeMs now() const = 0;
};

// Time that moves only when told to: one engine cycle = one simulation step.
class SimulatedClock final : public Clock {
public:
    explicit SimulatedClock(TimeMs start)
        : m_now(start)
    {
    }
    TimeMs now() const override { return m_now; }
    void advanceMs(TimeMs deltaMs) { m_now += deltaMs; }
    void set(TimeMs t) { m_now = t; }

private:
    TimeMs m_now;
};

class WallClock final : public Clock {
public:
    TimeMs now() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace parkwatt
