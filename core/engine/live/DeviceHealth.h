#pragma once
// One device's health as the engine reports it: offline at the first failed poll (its values are
// then invalid, never stale), the fault raised once when it goes down and cleared once when it
// comes back, however many polls fail or succeed in between.

#include "model/Time.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace parkwatt {

struct DeviceEvent {
    QString deviceId;
    bool raised = false; // true: the fault was raised; false: it cleared
    QString message;
    TimeMs timeMs = 0;
};

class DeviceHealth {
public:
    explicit DeviceHealth(QString deviceId)
        : m_deviceId(std::move(deviceId))
    {
    }

    // A poll succeeded: clears a raised fault (once).
    std::optional<DeviceEvent> noteSuccess(TimeMs nowMs);
    // A poll failed: raises the fault (once); a different reason while down is not a new event.
    std::optional<DeviceEvent> noteFailure(const QString& why, TimeMs nowMs);

    // False before the first successful poll and from the first failure until the next success.
    bool online() const { return m_online; }
    const QString& fault() const { return m_fault; }
    int failuresInARow() const { return m_failuresInARow; }

private:
    QString m_deviceId;
    bool m_online = false;
    bool m_faultRaised = false;
    QString m_fault;
    int m_failuresInARow = 0;
};

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::DeviceEvent)
