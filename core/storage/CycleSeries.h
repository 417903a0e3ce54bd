#pragma once
// The series one engine cycle records, named once per site: the site's flows
// ("site.grid_kw", ...), each battery's power share and SoC ("battery.<id>.soc_pct") and each
// charger's power, EV energy, EV SoC and state ("charger.<id>.power_kw", ...). An engine-side
// StepSink turns every CycleRecord into samples with it and hands them to the StorageWriter:
//
//     void record(const CycleRecord& c) override { m_writer.record(m_series.samples(c.sensed, c.applied)); }

#include "model/Site.h"
#include "model/Snapshot.h"
#include "model/StepRecord.h"
#include "storage/StorageRecords.h"

#include <functional>
#include <vector>

namespace parkwatt {

// A charger's state as a number in a series: what a chart can show as steps.
enum class ChargerSeriesState { Offline = 0, Free = 1, Plugged = 2, Charging = 3, Discharging = 4 };

class CycleSeries {
public:
    // `idOf` is StorageWriter::series (or anything that names a series); called once per name.
    CycleSeries(const SiteSpec& site, const std::function<SeriesId(const QString&)>& idOf);

    std::vector<Sample> samples(const SiteSnapshot& sensed, const StepRecord& applied) const;

    // Every series name, in the order samples() fills them (for tests and export menus).
    const std::vector<QString>& names() const { return m_names; }

private:
    SeriesId add(const QString& name, const std::function<SeriesId(const QString&)>& idOf);

    std::vector<QString> m_names;
    std::vector<SeriesId> m_site;      // in the order of kSiteSeries
    std::vector<SeriesId> m_batteries; // soc per battery
    struct ChargerIds {
        SeriesId powerKw, energyKwh, socPct, state;
    };
    std::vector<ChargerIds> m_chargers;
};

} // namespace parkwatt
