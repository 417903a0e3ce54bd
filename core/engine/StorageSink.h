#pragma once
// Records a what-if run into a database as it goes: every step's site and charger figures under
// the same series names as a live site (CycleSeries), with the simulated time as their time, so
// the history views and the export work on a simulation exactly as on a real site.

#include "engine/SiteIo.h"
#include "model/Scenario.h"
#include "storage/CycleSeries.h"

namespace parkwatt {

class StorageWriter;

class StorageSink final : public StepSink {
public:
    // The writer must outlive the sink.
    StorageSink(const SiteSpec& site, StorageWriter& writer);
    void record(const CycleRecord& cycle) override;

    // Every session's outcome at the end of a run, as a live site records it at departure.
    static void recordOutcomes(StorageWriter& writer, const Scenario& scenario,
                               const std::vector<SessionOutcome>& outcomes);

private:
    StorageWriter& m_writer;
    CycleSeries m_series;
};

} // namespace parkwatt
