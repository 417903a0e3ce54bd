// Benchmark: storage. A program that prints figures, not a test.
//
// 1. Ingest: 500 chargers x 6 values (3,000 series) at 1 Hz through the real StorageWriter, one
//    commit per second of data as in a live run: the writer thread's CPU time per second of
//    data, and per-commit wall time (median, p99, max), the minutely roll-up transaction apart.
//    Baseline, same run: the same batches inserted straight into a (series, time) table, the
//    obvious design the writer avoids; the ratio is baseline / ours.
// 2. History: a year generated here (site series at 1 minute, 500 chargers x V values at 15
//    minutes), rolled up into hours like the writer does: size on disk, bytes per row, and the
//    time of a year-long chart query (1,000 points) from 1-minute, 15-minute and hourly data
//    (median of 5), next to the time of a plain full scan of the same rows as a ratio baseline.
//
// Usage: bench_storage [--seconds N] [--charger-values V] [--cache-mib M] [--dir DIR] [--skip-history]

#include "BenchStats.h"
#include "storage/Database.h"
#include "storage/RollupMaintainer.h"
#include "storage/StorageWriter.h"
#include "storage/TimeSeriesReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <sqlite3.h>
#include <vector>

using namespace parkwatt;
using namespace parkwatt::bench;

namespace {

constexpr TimeMs kYearStart = 1767225600000; // 2026-01-01T00:00:00Z
constexpr int kChargers = 500;
constexpr int kValuesPerCharger = 6;
constexpr int kSiteSeries = 8;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

const char* const kChargerValues[] = {"power_kw", "energy_kwh", "soc_pct", "current_a", "voltage_v", "state"};

double chargerValue(int charger, int value, qint64 second)
{
    const double phase = double((second + charger * 37) % 3600) / 3600.0;
    return value == 5 ? double((second / 900 + charger) % 4)
                      : 10.0 * std::sin(6.2832 * phase) + value + charger * 0.01;
}

struct IngestFigures {
    std::vector<double> commitMs;
    std::vector<double> rollupMs;
    std::vector<double> checkpointMs;
    double writerCpuMs = 0;
    double totalWallMs = 0;
};

IngestFigures ingestThroughWriter(const QString& path, int seconds, int cacheMiB)
{
    IngestFigures figures;
    std::mutex mutex;
    StorageWriterOptions options;
    options.cacheMiB = cacheMiB;
    double cpuAtFirstCommit = -1;
    double cpuNow = 0;
    options.onCommit = [&](const CommitReport& report) {
        std::lock_guard lock(mutex);
        cpuNow = threadCpuMs(); // on the writer's thread: its own CPU time
        if (cpuAtFirstCommit < 0)
            cpuAtFirstCommit = cpuNow;
        const double ms = double(report.wallUs) / 1000.0;
        if (report.kind == CommitReport::Kind::Rollup)
            figures.rollupMs.push_back(ms);
        else if (report.kind == CommitReport::Kind::Checkpoint)
            figures.checkpointMs.push_back(ms);
        else
            figures.commitMs.push_back(ms);
    };
    StorageError error;
    auto writer = StorageWriter::open(path, options, &error);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        std::exit(1);
    }
    std::vector<SeriesId> ids;
    for (int c = 0; c < kChargers; ++c)
        for (const char* value : kChargerValues)
            ids.push_back(writer->series(QStringLiteral("charger.C%1.%2").arg(c).arg(QLatin1String(value))));
    QElapsedTimer wall;
    wall.start();
    std::vector<Sample> batch(ids.size());
    for (int s = 0; s < seconds; ++s) {
        for (size_t i = 0; i < ids.size(); ++i)
            batch[i] = {kYearStart + s * kMsPerSecond, ids[i],
                        chargerValue(int(i) / kValuesPerCharger, int(i) % kValuesPerCharger, s)};
        writer->record(batch);
        writer->flush(); // one commit per second of data, as the live writer's timer makes it
    }
    figures.totalWallMs = double(wall.nsecsElapsed()) / 1e6;
    writer.reset();
    figures.writerCpuMs = cpuNow - std::max(0.0, cpuAtFirstCommit);
    figures.commitMs.erase(figures.commitMs.begin()); // the first includes series registration
    return figures;
}

// The same batches straight into a (series, time)-keyed table: one leaf per series per commit.
std::vector<double> ingestSeriesMajorBaseline(const QString& path, int seconds)
{
    Database::Opened opened = Database::openForWriting(path);
    SqliteConnection& c = *opened.connection;
    c.exec("PRAGMA wal_autocheckpoint = 1000"); // SQLite's default, as the obvious design has it
    SqliteStatement insert = c.prepare("INSERT INTO samples_raw (series_id, t, value) VALUES (?, ?, ?)");
    std::vector<double> commitMs;
    const int series = kChargers * kValuesPerCharger;
    for (int s = 0; s < seconds; ++s) {
        QElapsedTimer timer;
        timer.start();
        c.exec("BEGIN IMMEDIATE");
        for (int i = 0; i < series; ++i) {
            insert.reset();
            insert.bind(1, qint64(i + 1));
            insert.bind(2, kYearStart + s * kMsPerSecond);
            insert.bind(3, chargerValue(i / kValuesPerCharger, i % kValuesPerCharger, s));
            insert.step();
        }
        c.exec("COMMIT");
        commitMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return commitMs;
}

struct HistoryFigures {
    qint64 rows1m = 0, rows15m = 0, rows1h = 0;
    qint64 bytes = 0;
    double generateS = 0;
};

HistoryFigures generateYear(const QString& path, int chargerValues)
{
    HistoryFigures figures;
    QElapsedTimer timer;
    timer.start();
    Database::Opened opened = Database::openForWriting(path);
    SqliteConnection& c = *opened.connection;
    c.exec("PRAGMA synchronous = OFF"); // generating a file, not recording a site
    constexpr qint64 kMinutes = 365LL * 24 * 60;
    constexpr qint64 kQuarters = 365LL * 24 * 4;
    SqliteStatement series = c.prepare("INSERT INTO series (id, name) VALUES (?, ?)");
    const char* const siteNames[kSiteSeries] = {"grid_kw",         "pv_kw",           "load_kw",
                                                "battery_kw",      "battery_soc_pct", "ev_charge_kw",
                                                "ev_discharge_kw", "critical_load_kw"};
    c.exec("BEGIN");
    for (int i = 0; i < kSiteSeries; ++i) {
        series.reset();
        series.bind(1, qint64(i + 1));
        series.bind(2, QStringLiteral("site.") + QLatin1String(siteNames[i]));
        series.step();
    }
    for (int ch = 0; ch < kChargers; ++ch)
        for (int v = 0; v < chargerValues; ++v) {
            series.reset();
            series.bind(1, qint64(kSiteSeries + 1 + ch * chargerValues + v));
            series.bind(2, QStringLiteral("charger.C%1.%2").arg(ch).arg(QLatin1String(kChargerValues[v])));
            series.step();
        }
    c.exec("COMMIT");

    auto fill = [&](const char* table, SeriesId id, qint64 buckets, TimeMs width, int seed) {
        const QByteArray sql = QByteArray("INSERT INTO ") + table + " VALUES (?, ?, ?, ?, ?, ?)";
        SqliteStatement insert = c.prepare(sql.constData());
        for (qint64 b = 0; b < buckets; ++b) {
            const double avg = chargerValue(seed, int(id % 5), b * width / kMsPerSecond);
            insert.reset();
            insert.bind(1, id);
            insert.bind(2, kYearStart + b * width);
            insert.bind(3, avg - 1.5);
            insert.bind(4, avg + 1.5);
            insert.bind(5, avg);
            insert.bind(6, width / kMsPerSecond);
            insert.step();
        }
    };
    c.exec("BEGIN");
    for (int i = 0; i < kSiteSeries; ++i)
        fill("rollup_1m", i + 1, kMinutes, kMsPerMinute, i);
    c.exec("COMMIT");
    for (int ch = 0; ch < kChargers; ++ch) {
        c.exec("BEGIN");
        for (int v = 0; v < chargerValues; ++v)
            fill("rollup_15m", kSiteSeries + 1 + ch * chargerValues + v, kQuarters, kMsPer15Min, ch);
        c.exec("COMMIT");
    }
    // The writer's own roll-up code: site minutes into quarters, all quarters into hours.
    RollupMaintainer rollups(c, RetentionPolicy());
    const TimeMs yearEnd = kYearStart + kMinutes * kMsPerMinute;
    c.exec("BEGIN");
    rollups.rollUp(Tier::Minute, Tier::Quarter, kYearStart, yearEnd);
    rollups.rollUp(Tier::Quarter, Tier::Hour, kYearStart, yearEnd);
    c.exec("INSERT INTO rollup_progress VALUES ('1m', 0), ('15m', 0), ('1h', 0) ON CONFLICT DO NOTHING");
    const QByteArray progress = "UPDATE rollup_progress SET done_until = " + QByteArray::number(yearEnd);
    c.exec(progress.constData());
    c.exec("COMMIT");
    c.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    figures.rows1m = c.queryInt("SELECT count(*) FROM rollup_1m").value_or(0);
    figures.rows15m = c.queryInt("SELECT count(*) FROM rollup_15m").value_or(0);
    figures.rows1h = c.queryInt("SELECT count(*) FROM rollup_1h").value_or(0);
    figures.generateS = double(timer.elapsed()) / 1000.0;
    opened.connection.reset();
    figures.bytes = QFileInfo(path).size();
    return figures;
}

struct QueryFigures {
    double medianMs = 0;
    size_t points = 0;
    Tier tier = Tier::Raw;
};

QueryFigures timeQuery(TimeSeriesReader& reader, const QString& series, std::optional<Tier> tier)
{
    QueryFigures figures;
    std::vector<double> ms;
    const TimeMs yearEnd = kYearStart + 365 * kMsPerDay;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        StorageError error;
        const auto range = reader.query(series, kYearStart, yearEnd, 1000, &error, tier);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!range) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            std::exit(1);
        }
        figures.points = range->buckets.size();
        figures.tier = range->tier;
    }
    figures.medianMs = percentile(ms, 0.5);
    return figures;
}

// The floor for a query: stepping over the same rows with no bucketing at all.
double timeScan(SqliteConnection& c, const char* table, SeriesId id)
{
    std::vector<double> ms;
    const QByteArray sql =
        QByteArray("SELECT t, min, max, avg, count FROM ") + table + " WHERE series_id = ?";
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        SqliteStatement rows = c.prepare(sql.constData());
        rows.bind(1, id);
        volatile double sink = 0;
        while (rows.step() == SQLITE_ROW)
            sink = sink + rows.real(3);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(ms, 0.5);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 ? args.value(at + 1) : fallback;
    };
    const int seconds = option("--seconds", QStringLiteral("300")).toInt();
    const int chargerValues = std::clamp(option("--charger-values", QStringLiteral("6")).toInt(), 1, 6);
    QTemporaryDir temporary;
    const QString dir = option("--dir", temporary.path());
    QDir().mkpath(dir);
    for (const char* name : {"ingest.db", "baseline.db", "year.db"})
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(suffix));
    std::printf("bench_storage: SQLite %s, files in %s\n\n", sqlite3_libversion(), qPrintable(dir));

    std::printf("Ingest: %d chargers x %d values = %d series at 1 Hz, %d s of data, one commit a second\n",
                kChargers, kValuesPerCharger, kChargers * kValuesPerCharger, seconds);
    const int cacheMiB = option("--cache-mib", QStringLiteral("64")).toInt();
    std::printf("writer page cache: %d MiB\n", cacheMiB);
    const IngestFigures ours = ingestThroughWriter(dir + QStringLiteral("/ingest.db"), seconds, cacheMiB);
    // The baseline slows down as it grows (100+ ms a commit): at most 10 minutes of it.
    const int baselineSeconds = std::min(seconds, 600);
    const std::vector<double> baseline =
        ingestSeriesMajorBaseline(dir + QStringLiteral("/baseline.db"), baselineSeconds);
    std::printf("| design | commit median ms | p99 ms | max ms | writer CPU ms per s of data |\n");
    std::printf("|---|---|---|---|---|\n");
    std::printf("| StorageWriter (time-first recent table) | %.2f | %.2f | %.2f | %.2f |\n",
                percentile(ours.commitMs, 0.5), percentile(ours.commitMs, 0.99),
                percentile(ours.commitMs, 1.0), ours.writerCpuMs / seconds);
    std::printf("| baseline: straight into (series, time), %d s | %.2f | %.2f | %.2f | - |\n",
                baselineSeconds, percentile(baseline, 0.5), percentile(baseline, 0.99),
                percentile(baseline, 1.0));
    std::printf("baseline / ours, commit median: %.1fx, p99: %.1fx\n",
                percentile(baseline, 0.5) / percentile(ours.commitMs, 0.5),
                percentile(baseline, 0.99) / percentile(ours.commitMs, 0.99));
    std::printf(
        "minutely move + roll-up, per transaction (%zu: chunks of 500 series, then the roll-ups above; "
        "sample commits in between): median %.1f ms, max %.1f ms\n",
        ours.rollupMs.size(), percentile(ours.rollupMs, 0.5), percentile(ours.rollupMs, 1.0));
    if (ours.rollupMs.size() >= 20) {
        // Does the move slow down as samples_raw grows? First and last tenth of the run.
        const size_t tenth = ours.rollupMs.size() / 10;
        const std::vector<double> first(ours.rollupMs.begin(), ours.rollupMs.begin() + long(tenth));
        const std::vector<double> last(ours.rollupMs.end() - long(tenth), ours.rollupMs.end());
        std::printf("  first tenth of the run: median %.1f ms; last tenth: median %.1f ms (ratio %.2f)\n",
                    percentile(first, 0.5), percentile(last, 0.5),
                    percentile(last, 0.5) / percentile(first, 0.5));
    }
    std::printf("checkpoints (%zu, after the roll-up, outside any commit): median %.1f ms, max %.1f ms\n",
                ours.checkpointMs.size(), percentile(ours.checkpointMs, 0.5),
                percentile(ours.checkpointMs, 1.0));
    std::printf("ingest file after %d s: %.1f MiB\n\n", seconds,
                mib(QFileInfo(dir + QStringLiteral("/ingest.db")).size() +
                    QFileInfo(dir + QStringLiteral("/ingest.db-wal")).size()));

    if (args.contains(QStringLiteral("--skip-history")))
        return 0;
    std::printf("History: a year, %d site series at 1 minute, %d chargers x %d values at 15 minutes\n",
                kSiteSeries, kChargers, chargerValues);
    const QString yearPath = dir + QStringLiteral("/year.db");
    const HistoryFigures history = generateYear(yearPath, chargerValues);
    const qint64 rows = history.rows1m + history.rows15m + history.rows1h;
    std::printf("generated in %.0f s: %lld rows at 1 min, %lld at 15 min, %lld at 1 h\n", history.generateS,
                static_cast<long long>(history.rows1m), static_cast<long long>(history.rows15m),
                static_cast<long long>(history.rows1h));
    std::printf("size on disk: %.0f MiB, %.1f bytes per roll-up row\n\n", mib(history.bytes),
                double(history.bytes) / double(rows));

    StorageError error;
    auto reader = TimeSeriesReader::open(yearPath, &error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    struct Case {
        const char* label;
        QString series;
        std::optional<Tier> tier;
        const char* table;
        SeriesId id;
        double targetMs;
    };
    const QString charger = QStringLiteral("charger.C250.power_kw");
    const SeriesId chargerId = reader->seriesId(charger).value_or(0);
    const std::vector<Case> cases = {
        {"site.grid_kw, from 1-minute data", QStringLiteral("site.grid_kw"), Tier::Minute, "rollup_1m", 1,
         300},
        {"site.grid_kw, from hourly data", QStringLiteral("site.grid_kw"), Tier::Hour, "rollup_1h", 1, 50},
        {"site.grid_kw, tier chosen by the query", QStringLiteral("site.grid_kw"), std::nullopt, "rollup_1h",
         1, 50},
        {"charger power, from 15-minute data", charger, Tier::Quarter, "rollup_15m", chargerId, 0},
        {"charger power, from hourly data", charger, Tier::Hour, "rollup_1h", chargerId, 50},
    };
    std::printf("Year-long chart query, 1,000 points, median of 5\n");
    std::printf(
        "| query | tier | points | median ms | target ms | plain scan of the rows ms | ratio to scan |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const Case& q : cases) {
        const QueryFigures figures = timeQuery(*reader, q.series, q.tier);
        const double scan = timeScan(reader->connection(), q.table, q.id);
        std::printf("| %s | %s | %zu | %.1f | %s | %.1f | %.2f |\n", q.label, tierInfo(figures.tier).name,
                    figures.points, figures.medianMs,
                    q.targetMs > 0 ? qPrintable(QString::number(q.targetMs)) : "-", scan,
                    figures.medianMs / scan);
    }
    return 0;
}
