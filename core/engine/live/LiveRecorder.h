#pragma once
// Records what the live engine sees and does into the site's database: every cycle's site and
// charger figures as time series, device faults as events (raised once, cleared once), EV sessions
// at arrival and departure, and the setpoints the chargers acknowledged in the audit trail (one
// hash-chained entry per cycle that wrote any). The storage writer only queues, so recording never
// holds up a cycle; when the database refuses writes the recorder raises a storage alarm and the
// engine controls on.

#include "engine/live/LiveEngine.h"
#include "storage/CycleSeries.h"
#include "storage/StorageRecords.h"

#include <QObject>
#include <vector>

namespace parkwatt {

class StorageWriter;

class LiveRecorder : public QObject {
    Q_OBJECT
public:
    // Both must outlive the recorder.
    LiveRecorder(LiveEngine& engine, StorageWriter& writer, QObject* parent = nullptr);

signals:
    // The database stopped taking writes (raised) or takes them again; the engine controls on.
    void storageAlarm(bool raised, const QString& why);

private:
    void recordCycle(const CycleStats& stats);
    void recordEvent(const DeviceEvent& event);
    void recordSession(const LiveSession& session, bool departed);

    LiveEngine& m_engine;
    StorageWriter& m_writer;
    CycleSeries m_series;               // what a simulation records too
    SeriesId m_cycleMs = 0;             // live only: the cycle's duration
    std::vector<SeriesId> m_setpointKw; // live only: what each charger was commanded
};

} // namespace parkwatt
