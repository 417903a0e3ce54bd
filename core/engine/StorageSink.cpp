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

void StorageSink::recordOutcomes(StorageWriter& writer, const Scenario& scenario,
                                 const std::vector<SessionOutcome>& outcomes)
{
    for (const SessionOutcome& o : outcomes) {
        const EvSession& s = scenario.sessions.at(size_t(o.sessionIndex));
        SessionRecord r;
        r.charger = s.chargerId;
        r.vehicle = s.id;
        r.arrival = s.arrivalMs;
        r.departure = s.departureMs;
        r.targetKwh = s.targetEnergyKwh();
        r.chargedKwh = o.chargedKwh;
        r.dischargedKwh = o.dischargedKwh;
        r.targetMet = o.met;
        QStringList reasons;
        reasons << (s.v2x ? QStringLiteral("V2B consent") : QStringLiteral("no V2B consent"));
        if (!o.met)
            reasons << QStringLiteral("left %1 kWh short of the target").arg(o.shortfallKwh, 0, 'f', 1);
        r.reasons = reasons.join(QStringLiteral("; "));
        writer.recordSession(r);
    }
}

} // namespace parkwatt
