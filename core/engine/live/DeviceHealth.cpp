#include "engine/live/DeviceHealth.h"

namespace parkwatt {

std::optional<DeviceEvent> DeviceHealth::noteSuccess(TimeMs nowMs)
{
    m_online = true;
    m_failuresInARow = 0;
    if (!m_faultRaised)
        return std::nullopt;
    m_faultRaised = false;
    const QString was = std::exchange(m_fault, QString());
    return DeviceEvent{m_deviceId, false, QStringLiteral("%1 is back online (was: %2)").arg(m_deviceId, was),
                       nowMs};
}

std::optional<DeviceEvent> DeviceHealth::noteFailure(const QString& why, TimeMs nowMs)
{
    m_online = false;
    ++m_failuresInARow;
    m_fault = why;
    if (m_faultRaised)
        return std::nullopt;
    m_faultRaised = true;
    return DeviceEvent{m_deviceId, true, QStringLiteral("%1 offline: %2").arg(m_deviceId, why), nowMs};
}

} // namespace parkwatt
