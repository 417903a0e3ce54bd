#include "storage/TimeSeriesReader.h"

#include "storage/Database.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace parkwatt {

// Folds rows (in time order, tier after tier) into fixed-width buckets counted from `from`.
class TimeSeriesReader::Bucketer {
public:
    Bucketer(TimeMs fromMs, TimeMs widthMs)
        : m_fromMs(fromMs)
        , m_widthMs(widthMs)
    {
    }

    void add(TimeMs t, double min, double max, double avg, qint64 count)
    {
        if (count <= 0)
            return;
        const TimeMs start = m_fromMs + (t - m_fromMs) / m_widthMs * m_widthMs;
        if (m_buckets.empty() || m_buckets.back().startMs < start) {
            m_buckets.push_back({start, min, max, avg, count});
            return;
        }
        // Rows come in time order but for a late sample; that one is merged where it belongs.
        auto found = std::lower_bound(m_buckets.begin(), m_buckets.end(), start,
                                      [](const ChartBucket& b, TimeMs s) { return b.startMs < s; });
        if (found->startMs != start) {
            m_buckets.insert(found, {start, min, max, avg, count});
            return;
        }
        ChartBucket& bucket = *found;
        bucket.min = std::min(bucket.min, min);
        bucket.max = std::max(bucket.max, max);
        bucket.avg = (bucket.avg * double(bucket.count) + avg * double(count)) / double(bucket.count + count);
        bucket.count += count;
    }

    std::vector<ChartBucket> take()
    {
        // Weighted averages of equal values drift in the last bits (7.4 becomes 7.3999...).
        for (ChartBucket& bucket : m_buckets)
            bucket.avg = std::clamp(bucket.avg, bucket.min, bucket.max);
        return std::move(m_buckets);
    }

private:
    TimeMs m_fromMs;
    TimeMs m_widthMs;
    std::vector<ChartBucket> m_buckets;
};

TimeSeriesReader::TimeSeriesReader(std::unique_ptr<SqliteConnection> connection)
    : m_connection(std::move(connection))
{
}

std::unique_ptr<TimeSeriesReader> TimeSeriesReader::open(const QString& path, StorageError* error)
{
    Database::Opened opened = Database::openForReading(path);
    if (!opened.ok()) {
        *error = opened.error;
        return nullptr;
    }
    return std::make_unique<TimeSeriesReader>(std::move(opened.connection));
}

QStringList TimeSeriesReader::seriesNames()
{
    QStringList names;
    SqliteStatement rows = m_connection->prepare("SELECT name FROM series ORDER BY name");
    while (rows.valid() && rows.step() == SQLITE_ROW)
        names << rows.text(0);
    return names;
}

std::optional<SeriesId> TimeSeriesReader::seriesId(const QString& name)
{
    SqliteStatement row = m_connection->prepare("SELECT id FROM series WHERE name = ?");
    if (!row.valid())
        return std::nullopt;
    row.bind(1, name);
    if (row.step() != SQLITE_ROW)
        return std::nullopt;
    return row.int64(0);
}

Tier TimeSeriesReader::tierFor(TimeMs fromMs, TimeMs toMs, int maxPoints)
{
    const TimeMs wanted = (toMs - fromMs) / std::max(1, maxPoints);
    Tier chosen = Tier::Raw;
    for (const TierInfo& info : kTiers)
        if (info.bucketMs > 0 && info.bucketMs <= wanted)
            chosen = info.tier;
    return chosen;
}

std::optional<SeriesRange> TimeSeriesReader::query(const QString& series, TimeMs fromMs, TimeMs toMs,
                                                   int maxPoints, StorageError* error,
                                                   std::optional<Tier> tier)
{
    const std::optional<SeriesId> id = seriesId(series);
    if (!id) {
        *error = StorageError{StorageError::Kind::Failed, m_connection->path(),
                              QStringLiteral("no series named '%1'").arg(series)};
        return std::nullopt;
    }
    SeriesRange range;
    range.series = series;
    if (toMs <= fromMs)
        return range;
    maxPoints = std::max(1, maxPoints);
    Tier chosen = tier ? *tier : tierFor(fromMs, toMs, maxPoints);

    // One snapshot for all the tiers read below, so the writer moving rows meanwhile cannot
    // make a stretch appear twice or not at all.
    m_connection->exec("BEGIN");
    if (!tier) {
        // Retention may have trimmed the finer tier where the range starts: go coarser.
        while (chosen != Tier::Hour) {
            const std::optional<TimeMs> oldest = oldestIn(chosen, *id);
            if (oldest && *oldest <= fromMs + std::max<TimeMs>(tierInfo(chosen).bucketMs, kMsPerSecond))
                break;
            const std::optional<TimeMs> coarserOldest = oldestIn(Tier(int(chosen) + 1), *id);
            if (!coarserOldest || (oldest && *coarserOldest >= *oldest))
                break;
            chosen = Tier(int(chosen) + 1);
        }
    }
    range.tier = chosen;
    const TimeMs tierWidth = std::max<TimeMs>(1, tierInfo(chosen).bucketMs);
    const TimeMs span = toMs - fromMs;
    TimeMs width = (span + maxPoints - 1) / maxPoints;
    width = (width + tierWidth - 1) / tierWidth * tierWidth;
    range.bucketMs = width;

    Bucketer bucketer(fromMs, width);
    bool ok = true;
    // The chosen tier up to where it is rolled up, then each finer tier for the rest.
    TimeMs cursor = fromMs;
    for (int t = int(chosen); t >= 0 && ok && cursor < toMs; --t) {
        const Tier current = Tier(t);
        const TimeMs end = current == Tier::Raw ? toMs : std::clamp(doneUntil(current), cursor, toMs);
        if (end > cursor)
            ok = readTier(current, *id, cursor, end, bucketer);
        cursor = std::max(cursor, end);
        if (tier && current == *tier && !ok)
            break;
    }
    if (!ok)
        *error = m_connection->lastError(QStringLiteral("cannot read series '%1'").arg(series));
    m_connection->exec("COMMIT");
    if (!ok)
        return std::nullopt;
    range.buckets = bucketer.take();
    return range;
}

bool TimeSeriesReader::readTier(Tier tier, SeriesId id, TimeMs fromMs, TimeMs toMs, Bucketer& out)
{
    if (tier == Tier::Raw) {
        // Finished minutes are in samples_raw (by series), the newest in samples_recent (by time).
        for (const char* sql :
             {"SELECT t, value FROM samples_raw WHERE series_id = ?1 AND t >= ?2 AND t < ?3 "
              "AND value IS NOT NULL",
              "SELECT t, value FROM samples_recent WHERE t >= ?2 AND t < ?3 "
              "AND series_id = ?1 AND value IS NOT NULL ORDER BY t"}) {
            SqliteStatement rows = m_connection->prepare(sql);
            if (!rows.valid())
                return false;
            rows.bind(1, id);
            rows.bind(2, fromMs);
            rows.bind(3, toMs);
            int rc = SQLITE_ROW;
            while ((rc = rows.step()) == SQLITE_ROW) {
                const double value = rows.real(1);
                out.add(rows.int64(0), value, value, value, 1);
            }
            if (rc != SQLITE_DONE)
                return false;
        }
        return true;
    }
    const QByteArray sql = QByteArray("SELECT t, min, max, avg, count FROM ") + tierInfo(tier).table +
                           " WHERE series_id = ?1 AND t >= ?2 AND t < ?3";
    SqliteStatement rows = m_connection->prepare(sql.constData());
    if (!rows.valid())
        return false;
    rows.bind(1, id);
    rows.bind(2, fromMs);
    rows.bind(3, toMs);
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW)
        out.add(rows.int64(0), rows.real(1), rows.real(2), rows.real(3), rows.int64(4));
    return rc == SQLITE_DONE;
}

std::optional<TimeMs> TimeSeriesReader::oldestIn(Tier tier, SeriesId id)
{
    const QByteArray sql = QByteArray("SELECT min(t) FROM ") + tierInfo(tier).table + " WHERE series_id = ?1";
    SqliteStatement row = m_connection->prepare(sql.constData());
    if (!row.valid())
        return std::nullopt;
    row.bind(1, id);
    if (row.step() != SQLITE_ROW || row.isNull(0)) {
        if (tier != Tier::Raw)
            return std::nullopt;
        // Nothing moved to samples_raw yet: the newest samples are all there is.
        SqliteStatement recent =
            m_connection->prepare("SELECT min(t) FROM samples_recent WHERE series_id = ?1");
        recent.bind(1, id);
        if (recent.step() != SQLITE_ROW || recent.isNull(0))
            return std::nullopt;
        return recent.int64(0);
    }
    return row.int64(0);
}

TimeMs TimeSeriesReader::doneUntil(Tier tier)
{
    SqliteStatement row = m_connection->prepare("SELECT done_until FROM rollup_progress WHERE tier = ?1");
    if (!row.valid())
        return 0;
    row.bind(1, QString::fromLatin1(tierInfo(tier).name));
    return row.step() == SQLITE_ROW ? row.int64(0) : 0;
}

} // namespace parkwatt
