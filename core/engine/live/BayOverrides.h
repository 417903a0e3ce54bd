#pragma once
// The overrides a manager put on bays, and what they do to the engine's view of the car before
// the controller dispatches: "charge now" makes the car due now with a full battery wanted, so the
// dispatcher serves it first at full power (still within the connection limit and every other
// hard limit); "pause" leaves it no power either way. An override ends when released or when the
// car leaves. Pure: no I/O, no clock of its own.

#include "engine/Operator.h"
#include "model/Snapshot.h"

#include <QString>
#include <vector>

namespace parkwatt {

class BayOverrides {
public:
    struct Entry {
        BayOverride kind = BayOverride::None;
        QString by;
        TimeMs sinceMs = 0;
    };

    explicit BayOverrides(int chargerCount = 0);

    void set(int charger, BayOverride kind, const QString& by, TimeMs nowMs);
    const Entry& of(int charger) const { return m_entries.at(size_t(charger)); }
    int count() const { return int(m_entries.size()); }
    bool any() const;

    // Shapes what the controller sees of overridden cars (the snapshot of this cycle only).
    void shape(SiteSnapshot& snapshot) const;
    // Makes the reasons say so, and holds a paused bay at 0 whatever the controller said.
    void annotate(Setpoints& setpoints) const;
    // Ends the overrides of bays whose car left; returns those chargers.
    std::vector<int> releaseUnplugged(const SiteSnapshot& snapshot);

private:
    std::vector<Entry> m_entries;
};

} // namespace parkwatt
