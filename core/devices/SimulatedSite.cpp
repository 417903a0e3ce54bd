#include "devices/SimulatedSite.h"

#include <stdexcept>

namespace parkwatt {

SiteSnapshot SimulatedSite::sense(TimeMs nowMs)
{
    // The engine's clock and the physics' step must agree; a mismatch is a wiring bug.
    if (nowMs != m_physics.scenario().stepStartMs(m_nextStep))
        throw std::logic_error("SimulatedSite: clock and simulation step disagree");
    return m_physics.snapshot(m_nextStep);
}

const StepRecord& SimulatedSite::act(const Setpoints& setpoints)
{
    return m_physics.apply(m_nextStep++, setpoints);
}

} // namespace parkwatt
