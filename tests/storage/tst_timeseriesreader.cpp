// TimeSeriesReader: the chart and export query. At most N buckets, from the coarsest tier that
// gives about N, coarser where retention trimmed the finer one, and reaching the newest sample
// through the finer tiers; min, max and avg are those of the samples behind each bucket.

#include "StorageTestUtil.h"
#include "storage/StorageWriter.h"
#include "storage/TimeSeriesReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;

namespace {

const TimeMs kStart = 1795305600000; // 2026-11-22T00:00:00Z

} // namespace

class TestTimeSeriesReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<TimeSeriesReader> reader()
    {
        StorageError error;
        auto opened = TimeSeriesReader::open(m_file, &error);
        if (!opened)
            qWarning("%s", qPrintable(error.toString()));
        return opened;
    }

private slots:
    void initTestCase()
    {
        // 3 h 10 min of a 1 Hz ramp (value = seconds since start), raw kept for 1 hour only.
        m_file = m_dir.filePath(QStringLiteral("chart.db"));
        StorageWriterOptions options;
        options.retention.rawMs = kMsPerHour;
        StorageError error;
        auto writer = StorageWriter::open(m_file, options, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        const SeriesId id = writer->series(QStringLiteral("site.grid_kw"));
        for (int chunk = 0; chunk < 19; ++chunk) {
            std::vector<Sample> batch;
            for (int s = chunk * 600; s < (chunk + 1) * 600; ++s)
                batch.push_back({kStart + s * kMsPerSecond, id, double(s)});
            writer->record(batch);
            QVERIFY(writer->flush());
        }
    }

    void choosesTheCoarsestTierThatGivesAboutNPoints_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("tier");
        QTest::newRow("an hour in 1000") << kMsPerHour << 1000 << int(Tier::Raw);
        QTest::newRow("an hour in 60") << kMsPerHour << 60 << int(Tier::Minute);
        QTest::newRow("a day in 1000") << kMsPerDay << 1000 << int(Tier::Minute);
        QTest::newRow("a month in 1000") << 30 * kMsPerDay << 1000 << int(Tier::Quarter);
        QTest::newRow("a year in 1000") << 365 * kMsPerDay << 1000 << int(Tier::Hour);
        QTest::newRow("ten years in 800") << 3650 * kMsPerDay << 800 << int(Tier::Hour);
    }

    void choosesTheCoarsestTierThatGivesAboutNPoints()
    {
        QFETCH(qint64, spanMs);
        QFETCH(int, points);
        QFETCH(int, tier);
        QCOMPARE(int(TimeSeriesReader::tierFor(kStart, kStart + spanMs, points)), tier);
    }

    void bucketsHoldTheSamplesMinMaxAndAverage()
    {
        auto r = reader();
        QVERIFY(r);
        StorageError error;
        // The first 3 hours in 12 points: 15-minute buckets from rollup_15m.
        const auto range =
            r->query(QStringLiteral("site.grid_kw"), kStart, kStart + 3 * kMsPerHour, 12, &error);
        QVERIFY2(range, qPrintable(error.toString()));
        QCOMPARE(int(range->tier), int(Tier::Quarter));
        QCOMPARE(range->bucketMs, kMsPer15Min);
        QCOMPARE(range->buckets.size(), size_t(12));
        for (int i = 0; i < 12; ++i) {
            const ChartBucket& bucket = range->buckets[size_t(i)];
            QCOMPARE(bucket.startMs, kStart + i * kMsPer15Min);
            QCOMPARE(bucket.min, double(i * 900));
            QCOMPARE(bucket.max, double(i * 900 + 899));
            QCOMPARE(bucket.avg, i * 900 + 449.5);
            QCOMPARE(bucket.count, qint64(900));
        }
    }

    void neverReturnsMoreThanNPoints_data()
    {
        QTest::addColumn<qint64>("fromOffsetMs");
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("points");
        QTest::newRow("odd span, 7 points") << qint64(12345) << qint64(2 * kMsPerHour + 777) << 7;
        QTest::newRow("last 20 min in 1000")
            << 2 * kMsPerHour + 50 * kMsPerMinute << 20 * kMsPerMinute << 1000;
        QTest::newRow("one point") << qint64(0) << 3 * kMsPerHour << 1;
        QTest::newRow("a year in 500") << -300 * kMsPerDay << 365 * kMsPerDay << 500;
    }

    void neverReturnsMoreThanNPoints()
    {
        QFETCH(qint64, fromOffsetMs);
        QFETCH(qint64, spanMs);
        QFETCH(int, points);
        auto r = reader();
        QVERIFY(r);
        StorageError error;
        const TimeMs from = kStart + fromOffsetMs;
        const auto range = r->query(QStringLiteral("site.grid_kw"), from, from + spanMs, points, &error);
        QVERIFY2(range, qPrintable(error.toString()));
        QVERIFY(!range->buckets.empty());
        QVERIFY2(range->buckets.size() <= size_t(points), qPrintable(QString::number(range->buckets.size())));
        for (const ChartBucket& bucket : range->buckets) {
            QVERIFY(bucket.startMs >= from && bucket.startMs < from + spanMs);
            QVERIFY(bucket.min <= bucket.avg && bucket.avg <= bucket.max);
        }
    }

    void reachesTheNewestSampleThroughFinerTiers()
    {
        auto r = reader();
        QVERIFY(r);
        StorageError error;
        // 3 h 10 min of data in hourly buckets: 2 finished hours, hour 3 only 10 min in (from
        // rollup_15m, rollup_1m and the raw samples of the unfinished minute).
        const auto range =
            r->query(QStringLiteral("site.grid_kw"), kStart, kStart + 4 * kMsPerHour, 4, &error, Tier::Hour);
        QVERIFY2(range, qPrintable(error.toString()));
        QCOMPARE(range->buckets.size(), size_t(4));
        QCOMPARE(range->buckets[3].count, qint64(600));
        QCOMPARE(range->buckets[3].max, double(3 * 3600 + 599));
        QCOMPARE(range->buckets[2].count, qint64(3600));
    }

    void goesCoarserWhereRetentionTrimmedTheFinerTier()
    {
        auto r = reader();
        QVERIFY(r);
        StorageError error;
        // Raw is kept for 1 hour: the first hour at 1-second resolution comes from minutes.
        const auto range =
            r->query(QStringLiteral("site.grid_kw"), kStart, kStart + kMsPerHour, 3600, &error);
        QVERIFY2(range, qPrintable(error.toString()));
        QCOMPARE(int(range->tier), int(Tier::Minute));
        QCOMPARE(range->buckets.size(), size_t(60));
        // The last 30 minutes still come from raw samples.
        const TimeMs lateFrom = kStart + 2 * kMsPerHour + 30 * kMsPerMinute;
        const auto late =
            r->query(QStringLiteral("site.grid_kw"), lateFrom, lateFrom + 30 * kMsPerMinute, 1800, &error);
        QVERIFY(late);
        QCOMPARE(int(late->tier), int(Tier::Raw));
        QCOMPARE(late->buckets.size(), size_t(1800));
        QCOMPARE(late->buckets.front().min, double(2 * 3600 + 1800));
    }

    void anUnknownSeriesIsAnErrorNamingIt()
    {
        auto r = reader();
        QVERIFY(r);
        StorageError error;
        QVERIFY(!r->query(QStringLiteral("charger.Z99.power_kw"), kStart, kStart + kMsPerHour, 10, &error));
        QVERIFY(error.toString().contains(QLatin1String("charger.Z99.power_kw")));
        QVERIFY(error.toString().startsWith(m_file));
    }
};

QTEST_GUILESS_MAIN(TestTimeSeriesReader)
#include "tst_timeseriesreader.moc"
