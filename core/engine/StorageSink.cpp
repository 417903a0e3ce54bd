#include "engine/StorageSink.h"

#include "storage/StorageWriter.h"

namespace parkwatt {

StorageSink::StorageSink(const SiteSpec& site, StorageWriter& writer)
    : m_writer(writer)
    , m_series(site, [&writer](const QString& name) { return writer.series(name); })
{
}

void StorageSink::record(const CycleRecord& cycle)
{
    m_writer.record(m_series.samples(cycle.sensed, cycle.applied));
}

} // namespace parkwatt
