// A full disk, simulated with a quota (PRAGMA max_page_count: SQLite answers SQLITE_FULL exactly
// as it does when the file system is full). The writer raises its alarm once, the caller never
// blocks or sees an exception, samples are buffered up to a bound (the oldest dropped, counted),
// audit entries wait without loss, and recording resumes, chain intact, once space returns.

#include "StorageTestUtil.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace storagetest;

namespace {

const TimeMs kStart = 1795305600000; // 2026-11-22T00:00:00Z

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

private slots:
    void alarmsBuffersAndResumes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("site.db"));
        StorageWriterOptions options;
        options.maxBufferedSamples = 20000;
        options.maxDatabaseBytes = 400 * 1024;
        StorageError error;
        auto writer = StorageWriter::open(file, options, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        QSignalSpy failed(writer.get(), &StorageWriter::recordingFailed);
        QSignalSpy resumed(writer.get(), &StorageWriter::recordingResumed);

        std::vector<SeriesId> ids;
        for (int i = 0; i < 200; ++i)
            ids.push_back(writer->series(QStringLiteral("charger.C%1.power_kw").arg(i)));
        auto recordSecond = [&](int second) {
            std::vector<Sample> samples;
            for (const SeriesId id : ids)
                samples.push_back({kStart + second * kMsPerSecond, id, second * 0.01 + double(id)});
            writer->record(samples);
        };

        // Fill the quota: 200 samples a second until a commit is refused.
        int second = 0;
        for (; second < 2000 && writer->isRecording(); ++second) {
            recordSecond(second);
            if (second % 20 == 19)
                writer->flush();
        }
        QVERIFY2(!writer->isRecording(), "the quota was never reached");
        QCOMPARE(failed.count(), 1);
        const auto failure = failed.first().first().value<StorageError>();
        QCOMPARE(int(failure.kind), int(StorageError::Kind::Full));
        QCOMPARE(failure.path, file);
        const int fullAt = second;

        // Full: the engine goes on recording for 300 s (60,000 samples, three times the buffer)
        // and auditing; nothing throws, nothing waits for the disk.
        for (int i = 0; i < 300; ++i, ++second) {
            recordSecond(second);
            if (i % 30 == 0)
                writer->appendAudit({kStart + second * kMsPerSecond, QStringLiteral("engine"),
                                     QStringLiteral("setpoint.write"), QStringLiteral(R"({"i":%1})").arg(i)});
        }
        QVERIFY(!writer->flush());   // not everything could be written
        QCOMPARE(failed.count(), 1); // one alarm, not one per retry
        QVERIFY(!writer->isRecording());
        QVERIFY2(writer->droppedSamples() >= 60000 - 20000 - 200 * 20,
                 qPrintable(QString::number(writer->droppedSamples())));
        QCOMPARE(resumed.count(), 0);

        // Space returns.
        writer->setMaxDatabaseBytes(0);
        recordSecond(second++);
        QVERIFY(writer->flush());
        QVERIFY(writer->isRecording());
        QCOMPARE(resumed.count(), 1);
        const qint64 dropped = writer->droppedSamples();
        writer.reset();

        Database::Opened opened = Database::openForReading(file);
        QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
        SqliteConnection& c = *opened.connection;
        // Every audit entry made while full is there, in one intact chain.
        QCOMPARE(c.queryInt("SELECT count(*) FROM audit").value_or(0), qint64(10));
        const AuditVerdict verdict = verifyAuditChain(c);
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        // The newest samples made it; what was dropped was the oldest of the full stretch.
        const QByteArray newest = "SELECT count(*) FROM samples_recent WHERE t = " +
                                  QByteArray::number(kStart + (second - 1) * kMsPerSecond);
        QCOMPARE(c.queryInt(newest.constData()).value_or(0), qint64(200));
        const qint64 stored =
            c.queryInt("SELECT (SELECT count(*) FROM samples_recent) + (SELECT count(*) FROM samples_raw)")
                .value_or(0);
        const qint64 offered = qint64(second) * 200;
        QCOMPARE(stored + dropped, offered);
        qInfo("quota reached after %d s of data; %lld of %lld samples dropped while full", fullAt,
              static_cast<long long>(dropped), static_cast<long long>(offered));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
