// StorageWriter: the one writer. Samples, series, events, sessions, policy versions and audit
// entries reach a real SQLite file through its queue; finished minutes move from the recent
// table to raw and roll up into 1 minute, 15 minutes and 1 hour; retention trims each tier.

#include "StorageTestUtil.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <mutex>

using namespace parkwatt;
using namespace storagetest;

namespace {

const TimeMs kStart = 1795305600000; // 2026-11-22T00:00:00Z, a whole hour

std::unique_ptr<StorageWriter> openWriter(const QString& path, StorageWriterOptions options = {})
{
    StorageError error;
    auto writer = StorageWriter::open(path, std::move(options), &error);
    if (!writer)
        qWarning("%s", qPrintable(error.toString()));
    return writer;
}

} // namespace

class TestStorageWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // One sample a second for `seconds` from kStart; value = second index for every series.
    static void recordRamp(StorageWriter& writer, const QList<SeriesId>& series, int fromSecond, int seconds)
    {
        std::vector<Sample> batch;
        for (int s = fromSecond; s < fromSecond + seconds; ++s)
            for (const SeriesId id : series)
                batch.push_back({kStart + s * kMsPerSecond, id, double(s)});
        writer.record(batch);
    }

private slots:
    void registersSeriesOnceAndKeepsTheirIds()
    {
        const QString file = path("series.db");
        SeriesId grid = 0;
        {
            auto writer = openWriter(file);
            QVERIFY(writer);
            grid = writer->series(QStringLiteral("site.grid_kw"));
            const SeriesId power = writer->series(QStringLiteral("charger.B07.power_kw"));
            QVERIFY(grid != power);
            QCOMPARE(writer->series(QStringLiteral("site.grid_kw")), grid);
            writer->record(grid, kStart, 12.5);
            QVERIFY(writer->flush());
        }
        QCOMPARE(rawInt(file, "SELECT count(*) FROM series"), qint64(2));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_recent"), qint64(1));
        auto reopened = openWriter(file);
        QVERIFY(reopened);
        QCOMPARE(reopened->series(QStringLiteral("site.grid_kw")), grid);
        QCOMPARE(reopened->series(QStringLiteral("site.pv_kw")), qint64(3));
    }

    void batchesSamplesIntoFewTransactions()
    {
        std::mutex mutex;
        int sampleCommits = 0;
        qsizetype rows = 0;
        StorageWriterOptions options;
        options.onCommit = [&](const CommitReport& report) {
            std::lock_guard lock(mutex);
            if (report.kind == CommitReport::Kind::Samples) {
                ++sampleCommits;
                rows += report.rows;
            }
        };
        auto writer = openWriter(path("batch.db"), options);
        QVERIFY(writer);
        const SeriesId id = writer->series(QStringLiteral("site.grid_kw"));
        for (int i = 0; i < 1000; ++i)
            writer->record(id, kStart + i, double(i));
        QVERIFY(writer->flush());
        std::lock_guard lock(mutex);
        QCOMPARE(rows, qsizetype(1000));
        QVERIFY2(sampleCommits <= 2, qPrintable(QString::number(sampleCommits))); // never one per sample
    }

    void rollsUpFinishedMinutesQuartersAndHours()
    {
        const QString file = path("rollup.db");
        auto writer = openWriter(file);
        QVERIFY(writer);
        const QList<SeriesId> series = {writer->series(QStringLiteral("a")),
                                        writer->series(QStringLiteral("b"))};
        // 2 h 5 min of 1 Hz data, in chunks as a live engine would send it.
        for (int minute = 0; minute < 125; ++minute) {
            recordRamp(*writer, series, minute * 60, 60);
            if (minute % 10 == 9)
                QVERIFY(writer->flush());
        }
        QVERIFY(writer->flush());
        // The newest sample is at 2:04:59, so minutes up to 2:04 are done; 2:04 itself is not.
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_1m WHERE series_id = 1"), qint64(124));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_recent"), qint64(2 * 60));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_raw"), qint64(2 * 124 * 60));
        // Minute 3 holds seconds 180..239: min 180, max 239, avg 209.5, 60 samples.
        const QByteArray minute3 = "SELECT min || ' ' || max || ' ' || avg || ' ' || count FROM rollup_1m "
                                   "WHERE series_id = 2 AND t = " +
                                   QByteArray::number(kStart + 3 * kMsPerMinute);
        QCOMPARE(rawText(file, minute3.constData()), QStringLiteral("180.0 239.0 209.5 60"));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_15m WHERE series_id = 1"), qint64(8));
        const QByteArray quarter1 = "SELECT min || ' ' || max || ' ' || avg || ' ' || count FROM rollup_15m "
                                    "WHERE series_id = 1 AND t = " +
                                    QByteArray::number(kStart + kMsPer15Min);
        QCOMPARE(rawText(file, quarter1.constData()), QStringLiteral("900.0 1799.0 1349.5 900"));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_1h WHERE series_id = 1"), qint64(2));
        const QByteArray hour1 = "SELECT min || ' ' || max || ' ' || avg || ' ' || count FROM rollup_1h "
                                 "WHERE series_id = 1 AND t = " +
                                 QByteArray::number(kStart + kMsPerHour);
        QCOMPARE(rawText(file, hour1.constData()), QStringLiteral("3600.0 7199.0 5399.5 3600"));
    }

    void movesFinishedMinutesInChunksOfSeries()
    {
        // 1,200 series: the move runs in three chunks with sample commits in between.
        const QString file = path("chunks.db");
        auto writer = openWriter(file);
        QVERIFY(writer);
        QList<SeriesId> series;
        for (int i = 0; i < 1200; ++i)
            series << writer->series(QStringLiteral("charger.C%1.power_kw").arg(i));
        for (int chunk = 0; chunk < 13; ++chunk) {
            recordRamp(*writer, series, chunk * 10, 10);
            QVERIFY(writer->flush());
        }
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_raw"), qint64(1200 * 120));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_recent"), qint64(1200 * 10));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_1m WHERE count = 60 AND min + 59 = max"),
                 qint64(1200 * 2));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_1m"), qint64(1200 * 2));
    }

    void aLateSampleMergesIntoItsMinute()
    {
        const QString file = path("late.db");
        auto writer = openWriter(file);
        QVERIFY(writer);
        const SeriesId id = writer->series(QStringLiteral("a"));
        recordRamp(*writer, {id}, 0, 130);
        QVERIFY(writer->flush());
        writer->record(id, kStart + 30500, 1000.0); // in minute 0, after minute 0 was rolled up
        recordRamp(*writer, {id}, 130, 60);
        QVERIFY(writer->flush());
        const QByteArray minute0 =
            "SELECT max || ' ' || count FROM rollup_1m WHERE t = " + QByteArray::number(kStart);
        QCOMPARE(rawText(file, minute0.constData()), QStringLiteral("1000.0 61"));
    }

    void invalidReadingsAreGaps()
    {
        const QString file = path("gaps.db");
        auto writer = openWriter(file);
        QVERIFY(writer);
        const SeriesId id = writer->series(QStringLiteral("a"));
        writer->record(id, kStart, 5.0);
        writer->record(id, kStart + 1000, std::numeric_limits<double>::quiet_NaN());
        writer->record(id, kStart + 61000, 1.0);
        QVERIFY(writer->flush());
        const QByteArray minute0 =
            "SELECT avg || ' ' || count FROM rollup_1m WHERE t = " + QByteArray::number(kStart);
        QCOMPARE(rawText(file, minute0.constData()), QStringLiteral("5.0 1"));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM samples_raw WHERE value IS NULL"), qint64(1));
    }

    void retentionTrimsEachTier()
    {
        const QString file = path("retention.db");
        StorageWriterOptions options;
        options.retention.rawMs = 10 * kMsPerMinute;
        options.retention.minuteMs = 30 * kMsPerMinute;
        auto writer = openWriter(file, options);
        QVERIFY(writer);
        const SeriesId id = writer->series(QStringLiteral("a"));
        for (int minute = 0; minute < 130; minute += 10) {
            recordRamp(*writer, {id}, minute * 60, 600);
            QVERIFY(writer->flush());
        }
        const TimeMs newest = kStart + (130 * 60 - 1) * kMsPerSecond;
        const QByteArray oldestRaw =
            "SELECT min(t) >= " + QByteArray::number(newest - 10 * kMsPerMinute) + " FROM samples_raw";
        QCOMPARE(rawInt(file, oldestRaw.constData()), qint64(1));
        // Roll-ups are trimmed once an hour of data: at most 30 min + 1 h of minutes remain.
        QVERIFY(rawInt(file, "SELECT count(*) FROM rollup_1m") <= 90);
        QVERIFY(rawInt(file, "SELECT count(*) FROM rollup_1m") >= 29); // the newest minute is not done
        // 15 minutes and hours keep everything (2 years, forever).
        QCOMPARE(rawInt(file, "SELECT count(*) FROM rollup_15m"), qint64(8));
    }

    void recordsEventsSessionsPoliciesAndAudit()
    {
        const QString file = path("records.db");
        auto writer = openWriter(file);
        QVERIFY(writer);
        QSignalSpy appended(writer.get(), &StorageWriter::auditAppended);
        writer->raiseEvent({QStringLiteral("meter"), QStringLiteral("offline"), EventSeverity::Alarm,
                            QStringLiteral("no answer for 10 s"), kStart});
        writer->clearEvent(QStringLiteral("meter"), QStringLiteral("offline"), kStart + 60000);
        writer->raiseEvent({QStringLiteral("meter"), QStringLiteral("offline"), EventSeverity::Alarm,
                            QStringLiteral("no answer for 10 s"), kStart + 120000});
        writer->acknowledgeEvent(1, kStart + 130000, QStringLiteral("fm.huber"));

        SessionRecord session;
        session.charger = QStringLiteral("B07");
        session.vehicle = QStringLiteral("ZH-123");
        session.arrival = kStart;
        session.targetKwh = 30;
        writer->recordSession(session);
        session.departure = kStart + 8 * kMsPerHour;
        session.chargedKwh = 31.5;
        session.dischargedKwh = 4.2;
        session.targetMet = true;
        writer->recordSession(session);

        writer->recordPolicyChange({kStart + 5000, QStringLiteral("fm.huber"),
                                    QStringLiteral(R"({"peak_kw":200})"),
                                    QStringLiteral(R"({"peak_kw":180})")});
        writer->appendAudit({kStart + 6000, QStringLiteral("engine"), QStringLiteral("setpoint.write"),
                             QStringLiteral(R"({"charger":"B07","kw":7.4})")});
        QVERIFY(writer->flush());

        QCOMPARE(rawInt(file, "SELECT count(*) FROM events"), qint64(2));
        QCOMPARE(rawInt(file, "SELECT cleared_at FROM events WHERE id = 1"), kStart + 60000);
        QCOMPARE(rawInt(file, "SELECT count(*) FROM events WHERE id = 2 AND cleared_at IS NULL"), qint64(1));
        QCOMPARE(rawText(file, "SELECT acknowledged_by FROM events WHERE id = 1"),
                 QStringLiteral("fm.huber"));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM sessions"), qint64(1));
        QCOMPARE(
            rawText(file, "SELECT charged_kwh || ' ' || discharged_kwh || ' ' || target_met FROM sessions"),
            QStringLiteral("31.5 4.2 1"));
        QCOMPARE(
            rawText(file, "SELECT action FROM audit WHERE seq = (SELECT audit_seq FROM policy_versions)"),
            QStringLiteral("policy.change"));
        QCOMPARE(rawInt(file, "SELECT count(*) FROM audit"), qint64(3)); // ack, policy, setpoint
        QCOMPARE(appended.count(), 3);

        // The chain goes on across restarts.
        writer.reset();
        writer = openWriter(file);
        QVERIFY(writer);
        writer->appendAudit(
            {kStart + 7000, QStringLiteral("engine"), QStringLiteral("start"), QStringLiteral("{}")});
        QVERIFY(writer->flush());
        Database::Opened reader = Database::openForReading(file);
        QVERIFY(reader.ok());
        const AuditVerdict verdict = verifyAuditChain(*reader.connection);
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, qint64(4));
    }

    // Two writers on one database (the engine, and parkwattd registers write or a user added from
    // another process) append in turn: each entry chains after the other's, the chain holds.
    void twoWritersChainTheAuditTrailTogether()
    {
        const QString file = path("two-writers.db");
        auto engine = openWriter(file);
        auto other = openWriter(file);
        QVERIFY(engine && other);
        for (int i = 0; i < 3; ++i) {
            engine->appendAudit({kStart + i * 2000, QStringLiteral("engine"),
                                 QStringLiteral("setpoint.write"), QStringLiteral("{}")});
            QVERIFY(engine->flush());
            other->appendAudit({kStart + i * 2000 + 1000, QStringLiteral("ines"),
                                QStringLiteral("register.write"), QStringLiteral("{}")});
            QVERIFY(other->flush());
        }
        Database::Opened reader = Database::openForReading(file);
        QVERIFY(reader.ok());
        const AuditVerdict verdict = verifyAuditChain(*reader.connection);
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.entries, qint64(6));
    }

    void refusesAForeignFile()
    {
        const QString file = path("foreign.db");
        QVERIFY(writeFile(file, "hello"));
        StorageError error;
        QVERIFY(!StorageWriter::open(file, {}, &error));
        QCOMPARE(int(error.kind), int(StorageError::Kind::NotADatabase));
        QCOMPARE(fileBytes(file), QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TestStorageWriter)
#include "tst_storagewriter.moc"
