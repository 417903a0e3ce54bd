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

// The wall clock's pace times `speed`, from `originMs` on: the demo's engine keeps the time of the
// simulated site it controls (parkwatt-sim plays the same day at the same speed).
class ScaledClock final : public Clock {
public:
    ScaledClock(TimeMs originMs, double speed)
        : m_originMs(originMs)
        , m_wallOriginMs(QDateTime::currentMSecsSinceEpoch())
        , m_speed(speed)
    {
    }
    TimeMs now() const override
    {
        return m_originMs + TimeMs(double(QDateTime::currentMSecsSinceEpoch() - m_wallOriginMs) * m_speed);
    }

private:
    TimeMs m_originMs;
    TimeMs m_wallOriginMs;
    double m_speed;
};

} // namespace parkwatt
