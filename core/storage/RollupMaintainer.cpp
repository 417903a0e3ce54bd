#include "storage/RollupMaintainer.h"

#include <limits>
#include <sqlite3.h>

namespace parkwatt {

namespace {

TimeMs floorTo(TimeMs t, TimeMs width)
{
    return t - ((t % width) + width) % width;
}

} // namespace

bool RollupMaintainer::loadProgress(StorageError* error)
{
    SqliteStatement rows = m_connection.prepare("SELECT tier, done_until FROM rollup_progress");
    if (!rows.valid()) {
        *error = m_connection.lastError(QStringLiteral("cannot read the roll-up progress"));
        return false;
    }
    while (rows.step() == SQLITE_ROW) {
        for (const TierInfo& info : kTiers)
            if (rows.text(0) == QLatin1String(info.name))
                m_doneUntil[size_t(info.tier)] = rows.int64(1);
    }
    return true;
}

bool RollupMaintainer::due(TimeMs newestSampleMs) const
{
    return floorTo(newestSampleMs, kMsPerMinute) > m_doneUntil[size_t(Tier::Minute)];
}

bool RollupMaintainer::run(TimeMs newestSampleMs, StorageError* error,
                           const std::function<void()>& betweenChunks)
{
    const TimeMs minuteCutoff = floorTo(newestSampleMs, kMsPerMinute);
    TimeMs done[4];
    std::copy(std::begin(m_doneUntil), std::end(m_doneUntil), std::begin(done));

    // The finished minute moves a chunk of series per transaction, with betweenChunks() (the
    // writer committing the samples that arrived meanwhile) in between: with thousands of series
    // the whole move takes most of a second, and samples must not wait that long. Readers see
    // each series either still in samples_recent or already in samples_raw, never both.
    const SeriesId maxId = m_connection.queryInt("SELECT coalesce(max(id), 0) FROM series").value_or(0);
    for (SeriesId lo = 0; lo <= maxId; lo += kSeriesPerChunk) {
        SqliteTransaction chunk(m_connection);
        if (!chunk.began() || !moveFinishedMinutes(minuteCutoff, lo, lo + kSeriesPerChunk) ||
            !applyRetention(Tier::Raw, newestSampleMs, lo, lo + kSeriesPerChunk) ||
            chunk.commit() != SQLITE_OK) {
            *error = m_connection.lastError(QStringLiteral("cannot move samples to samples_raw"));
            return false;
        }
        if (betweenChunks)
            betweenChunks();
    }

    SqliteTransaction transaction(m_connection);
    // Whatever arrived late for the finished minutes, then the tiers above.
    bool ok = transaction.began() &&
              moveFinishedMinutes(minuteCutoff, std::numeric_limits<SeriesId>::min(),
                                  std::numeric_limits<SeriesId>::max()) &&
              saveProgress(Tier::Minute, minuteCutoff);
    done[size_t(Tier::Minute)] = minuteCutoff;

    // Coarser tiers from the tier below, over every bucket finished since the last time (a
    // restart after a long pause catches up in one query per tier, not one per bucket).
    const Tier chain[][2] = {{Tier::Minute, Tier::Quarter}, {Tier::Quarter, Tier::Hour}};
    for (const auto& step : chain) {
        const Tier from = step[0];
        const Tier to = step[1];
        const TimeMs target = floorTo(done[size_t(from)], tierInfo(to).bucketMs);
        if (ok && target > done[size_t(to)]) {
            ok = rollUp(from, to, done[size_t(to)], target) && saveProgress(to, target);
            done[size_t(to)] = target;
        }
    }
    // The roll-ups' retention once an hour of data is enough: they are kept for months.
    if (ok && newestSampleMs - m_retainedAt >= kMsPerHour) {
        constexpr SeriesId kAll = std::numeric_limits<SeriesId>::max();
        ok = applyRetention(Tier::Minute, newestSampleMs, 0, kAll) &&
             applyRetention(Tier::Quarter, newestSampleMs, 0, kAll) &&
             applyRetention(Tier::Hour, newestSampleMs, 0, kAll);
    }
    if (!ok || transaction.commit() != SQLITE_OK) {
        *error = m_connection.lastError(QStringLiteral("cannot roll up the time series"));
        return false;
    }
    if (newestSampleMs - m_retainedAt >= kMsPerHour)
        m_retainedAt = newestSampleMs;
    std::copy(std::begin(done), std::end(done), std::begin(m_doneUntil));
    return true;
}

bool RollupMaintainer::moveFinishedMinutes(TimeMs cutoffMs, SeriesId fromId, SeriesId toId)
{
    SqliteStatement rollup = m_connection.prepare(
        "INSERT INTO rollup_1m (series_id, t, min, max, avg, count) "
        "SELECT series_id, t - t % 60000, min(value), max(value), avg(value), count(value) "
        "FROM samples_recent WHERE t < ?1 AND t >= 0 AND series_id >= ?2 AND series_id < ?3 "
        "GROUP BY series_id, t - t % 60000 "
        "ON CONFLICT (series_id, t) DO UPDATE SET "
        "  min = min(coalesce(min, excluded.min), coalesce(excluded.min, min)), "
        "  max = max(coalesce(max, excluded.max), coalesce(excluded.max, max)), "
        "  avg = CASE WHEN count + excluded.count = 0 THEN NULL "
        "        ELSE (coalesce(avg, 0) * count + coalesce(excluded.avg, 0) * excluded.count) "
        "             / (count + excluded.count) END, "
        "  count = count + excluded.count");
    // Sorted by the target's key first: consecutive inserts land in the same leaf (a third of
    // the CPU of inserting in time order, which hops to another series' leaf on every row).
    SqliteStatement move = m_connection.prepare(
        "INSERT OR REPLACE INTO samples_raw (series_id, t, value) "
        "SELECT series_id, t, value FROM samples_recent WHERE t < ?1 AND series_id >= ?2 AND series_id < ?3 "
        "ORDER BY series_id, t");
    SqliteStatement remove = m_connection.prepare(
        "DELETE FROM samples_recent WHERE t < ?1 AND series_id >= ?2 AND series_id < ?3");
    for (SqliteStatement* statement : {&rollup, &move, &remove}) {
        if (!statement->valid())
            return false;
        statement->bind(1, cutoffMs);
        statement->bind(2, fromId);
        statement->bind(3, toId);
        if (statement->step() != SQLITE_DONE)
            return false;
    }
    return true;
}

bool RollupMaintainer::rollUp(Tier from, Tier to, TimeMs fromMs, TimeMs toMs)
{
    const TimeMs width = tierInfo(to).bucketMs;
    // CROSS JOIN keeps series as the outer loop: one index range per series instead of a scan
    // of the whole table (the key is (series, time)).
    const QByteArray sql = QByteArray("INSERT OR REPLACE INTO ") + tierInfo(to).table +
                           " (series_id, t, min, max, avg, count) "
                           "SELECT s.id, r.t - r.t % ?3, min(r.min), max(r.max), "
                           "  sum(r.avg * r.count) / nullif(sum(r.count), 0), sum(r.count) "
                           "FROM series AS s CROSS JOIN " +
                           tierInfo(from).table +
                           " AS r ON r.series_id = s.id AND r.t >= ?1 AND r.t < ?2 "
                           "GROUP BY s.id, r.t - r.t % ?3";
    SqliteStatement statement = m_connection.prepare(sql.constData());
    if (!statement.valid())
        return false;
    statement.bind(1, fromMs);
    statement.bind(2, toMs);
    statement.bind(3, width);
    return statement.step() == SQLITE_DONE;
}

bool RollupMaintainer::applyRetention(Tier tier, TimeMs newestSampleMs, SeriesId fromId, SeriesId toId)
{
    const TimeMs keep = m_retention.of(tier);
    if (keep <= 0)
        return true;
    const QByteArray sql =
        QByteArray("DELETE FROM ") + tierInfo(tier).table + " WHERE series_id = ?1 AND t < ?2";
    SqliteStatement statement = m_connection.prepare(sql.constData());
    if (!statement.valid())
        return false;
    // Per series, so that each delete is one index range at the old end of that series.
    for (const SeriesId id : seriesIds()) {
        if (id < fromId || id >= toId)
            continue;
        statement.reset();
        statement.bind(1, id);
        statement.bind(2, newestSampleMs - keep);
        if (statement.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

bool RollupMaintainer::saveProgress(Tier tier, TimeMs doneUntilMs)
{
    SqliteStatement statement = m_connection.prepare(
        "INSERT INTO rollup_progress (tier, done_until) VALUES (?1, ?2) "
        "ON CONFLICT (tier) DO UPDATE SET done_until = max(done_until, excluded.done_until)");
    if (!statement.valid())
        return false;
    statement.bind(1, QString::fromLatin1(tierInfo(tier).name));
    statement.bind(2, doneUntilMs);
    return statement.step() == SQLITE_DONE;
}

QList<SeriesId> RollupMaintainer::seriesIds()
{
    QList<SeriesId> ids;
    SqliteStatement rows = m_connection.prepare("SELECT id FROM series");
    while (rows.valid() && rows.step() == SQLITE_ROW)
        ids << rows.int64(0);
    return ids;
}

} // namespace parkwatt
