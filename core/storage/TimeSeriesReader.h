#pragma once
// Reads a series for a chart or an export: for [from, to) and at most N points, min/max/avg
// buckets from the coarsest tier that still gives about N points (so a year never reads raw
// samples), falling back to a coarser tier where retention has already trimmed the finer one,
// and filling the newest stretch that the chosen tier has not rolled up yet from the finer
// tiers, so a live chart reaches the present. Its own read-only connection; one per thread.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"
#include "storage/StorageTiers.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace parkwatt {

struct ChartBucket {
    TimeMs startMs = 0;
    double min = 0;
    double max = 0;
    double avg = 0;
    qint64 count = 0; // samples behind the bucket
};

struct SeriesRange {
    QString series;
    Tier tier = Tier::Raw;            // where most of the buckets came from
    TimeMs bucketMs = 0;              // every bucket's width
    std::vector<ChartBucket> buckets; // in time order; empty buckets (gaps) left out
};

class TimeSeriesReader {
public:
    explicit TimeSeriesReader(std::unique_ptr<SqliteConnection> connection);
    // A reader on its own read-only connection; null and `error` set if the file is not usable.
    static std::unique_ptr<TimeSeriesReader> open(const QString& path, StorageError* error);

    QStringList seriesNames();
    std::optional<SeriesId> seriesId(const QString& name);

    // The tier a query of [fromMs, toMs) in at most `maxPoints` reads first, before retention
    // and roll-up progress are taken into account.
    static Tier tierFor(TimeMs fromMs, TimeMs toMs, int maxPoints);

    // At most `maxPoints` buckets (maxPoints >= 1). `tier` forces the tier (benchmarks, tests).
    // nullopt with `error` set when the series is unknown or the database fails.
    std::optional<SeriesRange> query(const QString& series, TimeMs fromMs, TimeMs toMs, int maxPoints,
                                     StorageError* error, std::optional<Tier> tier = std::nullopt);

    SqliteConnection& connection() { return *m_connection; }

private:
    class Bucketer;
    bool readTier(Tier tier, SeriesId id, TimeMs fromMs, TimeMs toMs, Bucketer& out);
    std::optional<TimeMs> oldestIn(Tier tier, SeriesId id);
    TimeMs doneUntil(Tier tier);

    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace parkwatt
