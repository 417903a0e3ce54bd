// HistoryLoader against a real database with a known week: the right series and bucket counts
// come back on the GUI thread, energy per day adds up, a superseded request never arrives,
// and a missing file is an error naming it.
#include "history/HistoryLoader.h"
#include "history/HistorySeries.h"
#include "tst_historydata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace parkwatt;
using namespace historytest;

class TestHistoryLoader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    static HistoryRequest request(TimeMs from, TimeMs to, int maxPoints)
    {
        HistoryRequest r;
        for (const HistorySeriesInfo& info : HistorySeries::all())
            r.series << info.name;
        r.fromMs = from;
        r.toMs = to;
        r.maxPoints = maxPoints;
        return r;
    }

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("history.db"));
        QVERIFY(writeWeek(m_file));
    }

    void aDayComesBackOnTheGuiThreadInBuckets()
    {
        HistoryLoader loader(m_file);
        QThread* resultThread = nullptr;
        HistoryResult got;
        connect(&loader, &HistoryLoader::loaded, this, [&](const HistoryResult& r) {
            resultThread = QThread::currentThread();
            got = r;
        });
        const qint64 id = loader.load(request(kWeekStart + kDay, kWeekStart + 2 * kDay, 288));
        QTRY_VERIFY(resultThread);
        QCOMPARE(resultThread, QThread::currentThread());
        QCOMPARE(got.request.id, id);
        QVERIFY(!got.error);
        QCOMPARE(int(got.series.size()), 6);
        QCOMPARE(got.series[0].series, QStringLiteral("site.grid_kw"));
        QCOMPARE(got.series[5].series, QStringLiteral("site.battery_soc_pct"));
        for (const SeriesRange& range : got.series) {
            QVERIFY(int(range.buckets.size()) <= 288);
            QVERIFY2(range.buckets.size() >= 280, qPrintable(QString::number(range.buckets.size())));
            QCOMPARE(range.bucketMs, 5 * kMsPerMinute); // 288 buckets of 5 minutes in a day
        }
        QVERIFY(got.daily.empty()); // not asked for
    }

    void aYearNeverReadsMoreThanAskedFor()
    {
        HistoryLoader loader(m_file);
        QSignalSpy spy(&loader, &HistoryLoader::loaded);
        loader.load(request(kWeekStart + 7 * kDay - 365 * kDay, kWeekStart + 7 * kDay, 1000));
        QTRY_COMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<HistoryResult>();
        QCOMPARE(int(result.series.size()), 6);
        for (const SeriesRange& range : result.series) {
            QCOMPARE(int(range.tier), int(Tier::Hour));
            // 1,000 points over a year: buckets of whole hours (9 h); the week's 168 hours
            // fill 19 of them, or 20 when its ends fall inside a bucket.
            const int hoursPerBucket = int(range.bucketMs / kMsPerHour);
            QCOMPARE(hoursPerBucket, 9);
            QVERIFY2(range.buckets.size() >= 19 && range.buckets.size() <= 20,
                     qPrintable(QString::number(range.buckets.size())));
        }
    }

    void dailyEnergyAddsUp()
    {
        HistoryLoader loader(m_file);
        QSignalSpy spy(&loader, &HistoryLoader::loaded);
        HistoryRequest r = request(kWeekStart, kWeekStart + 7 * kDay, 1400);
        r.withDailyEnergy = true;
        loader.load(r);
        QTRY_COMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<HistoryResult>();
        QVERIFY(!result.error);
        // Local days: 7 UTC days touch 7 or 8 local ones.
        QVERIFY(result.daily.size() >= 7 && result.daily.size() <= 8);
        double pv = 0, ev = 0;
        for (const DailyEnergy& day : result.daily) {
            pv += day.pvKwh;
            ev += day.evChargedKwh;
            QVERIFY(day.gridImportKwh >= 0);
        }
        // 60 kW sine over 12 h = 458.4 kWh a day; EV 9 h of 40 kW plus a 10 kW hump (417.3 kWh)
        // and 15 h of 5 kW: 492.3 kWh a day.
        QVERIFY2(std::abs(pv - 7 * 458.4) < 7 * 5, qPrintable(QString::number(pv)));
        QVERIFY2(std::abs(ev - 7 * 492.3) < 7 * 5, qPrintable(QString::number(ev)));
    }

    void aSupersededRequestIsDropped()
    {
        HistoryLoader loader(m_file);
        QList<qint64> arrived;
        connect(&loader, &HistoryLoader::loaded, this,
                [&](const HistoryResult& r) { arrived << r.request.id; });
        const qint64 first = loader.load(request(kWeekStart, kWeekStart + 7 * kDay, 5000));
        const qint64 second = loader.load(request(kWeekStart, kWeekStart + kDay, 100));
        QVERIFY(second > first);
        QTRY_VERIFY(arrived.contains(second));
        QTest::qWait(200);
        QCOMPARE(arrived, QList<qint64>{second});
    }

    void anEmptyDatabaseIsNoError()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        {
            StorageError error;
            auto writer = StorageWriter::open(path, StorageWriterOptions{}, &error);
            QVERIFY(writer);
        }
        HistoryLoader loader(path);
        QSignalSpy spy(&loader, &HistoryLoader::loaded);
        loader.load(request(kWeekStart, kWeekStart + kDay, 100));
        QTRY_COMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<HistoryResult>();
        QVERIFY(!result.error);
        QVERIFY(result.isEmpty());
    }

    void aMissingFileIsAnErrorNamingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere/missing.db"));
        HistoryLoader loader(path);
        QSignalSpy spy(&loader, &HistoryLoader::loaded);
        loader.load(request(kWeekStart, kWeekStart + kDay, 100));
        QTRY_COMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<HistoryResult>();
        QVERIFY(result.error);
        QVERIFY2(result.error->toString().contains(QStringLiteral("missing.db")),
                 qPrintable(result.error->toString()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryLoader)
#include "tst_historyloader.moc"
