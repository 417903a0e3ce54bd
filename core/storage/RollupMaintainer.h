#pragma once
// Keeps the tiers up to date as samples arrive, driven by the newest sample's time:
// - each finished minute moves from samples_recent to samples_raw and is rolled up into
//   rollup_1m (merged with a row already there, so a late sample still counts);
// - finished quarter hours roll up from rollup_1m into rollup_15m, finished hours from
//   rollup_15m into rollup_1h (weighted by count);
// - rows older than their tier's retention are deleted.
// Progress is stored in rollup_progress, so a restart (or a crash) picks up where it was.
// Everything runs on the writer's connection, in its own transaction.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"
#include "storage/StorageTiers.h"

#include <QList>
#include <functional>

namespace parkwatt {

class RollupMaintainer {
public:
    RollupMaintainer(SqliteConnection& connection, RetentionPolicy retention)
        : m_connection(connection)
        , m_retention(retention)
    {
    }

    bool loadProgress(StorageError* error);
    // True when run() has something to do for samples up to `newestSampleMs`.
    bool due(TimeMs newestSampleMs) const;
    // Does all that is due: the minute's move in chunks of series, one transaction each, with
    // `betweenChunks` called after each; then the roll-ups above and retention in one more.
    bool run(TimeMs newestSampleMs, StorageError* error, const std::function<void()>& betweenChunks = {});

    // Rolls [fromMs, toMs) of `from` into `to` (used by run() and to build history in bulk).
    bool rollUp(Tier from, Tier to, TimeMs fromMs, TimeMs toMs);

    TimeMs doneUntil(Tier tier) const { return m_doneUntil[size_t(tier)]; }

private:
    bool moveFinishedMinutes(TimeMs cutoffMs, SeriesId fromId, SeriesId toId);
    bool applyRetention(Tier tier, TimeMs newestSampleMs, SeriesId fromId, SeriesId toId);
    bool saveProgress(Tier tier, TimeMs doneUntilMs);
    QList<SeriesId> seriesIds();

    static constexpr SeriesId kSeriesPerChunk = 500;

    SqliteConnection& m_connection;
    RetentionPolicy m_retention;
    TimeMs m_doneUntil[4] = {0, 0, 0, 0};
    TimeMs m_retainedAt = 0; // newest sample time of the last retention pass over the roll-ups
};

} // namespace parkwatt
