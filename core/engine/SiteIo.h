#pragma once
// The device set the engine senses and acts on: the simulated site physics for what-if runs, the
// Modbus devices of a real site later. The engine does not know which.

#include "model/Snapshot.h"
#include "model/StepRecord.h"

namespace parkwatt {

class SiteIo {
public:
    virtual ~SiteIo() = default;
    // Reads every device: the site's state at `nowMs`.
    virtual SiteSnapshot sense(TimeMs nowMs) = 0;
    // Writes the setpoints; returns what the site actually did during the cycle.
    virtual const StepRecord& act(const Setpoints& setpoints) = 0;
};

// One finished cycle: what was sensed, what was commanded (with reasons), what the site did.
struct CycleRecord {
    const SiteSnapshot& sensed;
    const Setpoints& commanded;
    const StepRecord& applied;
};

// Anything that records finished cycles: report accumulation, CSV, storage.
class StepSink {
public:
    virtual ~StepSink() = default;
    virtual void record(const CycleRecord& cycle) = 0;
};

} // namespace parkwatt
