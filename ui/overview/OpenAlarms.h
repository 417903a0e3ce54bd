#pragma once
// The alarms open now, from the cycles: each device whose reading is missing (raised on the first
// cycle it misses, cleared on the first it answers again) and a grid outage. Remembers since when
// each is open, so the overview can say "L1-07 offline since 14:02".

#include "model/PublishedCycle.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace parkwatt {

struct OpenAlarm {
    enum class Kind { DeviceOffline, GridOutage };
    Kind kind = Kind::DeviceOffline;
    QString subject; // the device id; empty for the grid
    TimeMs sinceMs = 0;
};

class OpenAlarms {
public:
    // The site's charger ids name chargers that are offline in runs without a device list (demo).
    explicit OpenAlarms(QStringList chargerIds = {})
        : m_chargerIds(std::move(chargerIds))
    {
    }
    void update(const PublishedCycle& cycle);
    void clear() { m_open.clear(); }
    // Oldest first.
    const std::vector<OpenAlarm>& open() const { return m_open; }

private:
    QStringList m_chargerIds;
    std::vector<OpenAlarm> m_open;
};

} // namespace parkwatt
