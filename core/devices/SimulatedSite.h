#pragma once
// In-process simulated devices: the whole site as the physics model, seen through the same SiteIo
// interface the engine uses for real devices. One act() = one simulation step.

#include "engine/SiteIo.h"
#include "sim/SitePhysics.h"

namespace parkwatt {

class SimulatedSite final : public SiteIo {
public:
    explicit SimulatedSite(Scenario scenario)
        : m_physics(std::move(scenario))
    {
    }

    SiteSnapshot sense(TimeMs nowMs) override;
    const StepRecord& act(const Setpoints& setpoints) override;

    const SitePhysics& physics() const { return m_physics; }
    int nextStep() const { return m_nextStep; }
    bool finished() const { return m_nextStep >= m_physics.stepCount(); }

private:
    SitePhysics m_physics;
    int m_nextStep = 0;
};

} // namespace parkwatt
