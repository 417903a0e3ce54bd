// `parkwattd export` in a real process: series as min/max/avg buckets, sessions and events as
// RFC 4180 CSV (CRLF, quoted fields with commas, quotes and line breaks); bad input is one line
// naming the file or option, and never leaves a half-written CSV behind.

#include "CliTestUtil.h"
#include "StorageTestUtil.h"
#include "storage/CsvExport.h"
#include "storage/StorageWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace storagetest;

namespace {

const TimeMs kStart = 1795305600000; // 2026-11-22T00:00:00Z

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    ProcessResult exportCsv(const QStringList& extra, const QString& out)
    {
        QStringList arguments = {QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--csv"), out};
        return runProcess(storageCli(), arguments + extra);
    }

    static QStringList day()
    {
        return {QStringLiteral("--from"), QStringLiteral("2026-11-22T00:00:00Z"), QStringLiteral("--to"),
                QStringLiteral("2026-11-23T00:00:00+00:00")};
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto writer = StorageWriter::open(m_db, {}, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        const SeriesId grid = writer->series(QStringLiteral("site.grid_kw"));
        const SeriesId b07 = writer->series(QStringLiteral("charger.B07.power_kw"));
        std::vector<Sample> samples;
        for (int s = 0; s < 2 * 3600; ++s) {
            samples.push_back({kStart + s * kMsPerSecond, grid, 100.0 + s % 60});
            samples.push_back({kStart + s * kMsPerSecond, b07, 7.4});
        }
        writer->record(samples);
        SessionRecord session;
        session.charger = QStringLiteral("B07");
        session.vehicle = QStringLiteral("ZH 1,234");
        session.arrival = kStart + 600000;
        session.departure = kStart + 5 * kMsPerHour;
        session.targetKwh = 30;
        session.chargedKwh = 28.25;
        session.dischargedKwh = 3.5;
        session.targetMet = false;
        session.reasons = QStringLiteral("left early: \"urgent\"\npeak shaving");
        writer->recordSession(session);
        writer->raiseEvent({QStringLiteral("meter"), QStringLiteral("offline"), EventSeverity::Alarm,
                            QStringLiteral("no answer, 10 s"), kStart + 1000});
        writer->clearEvent(QStringLiteral("meter"), QStringLiteral("offline"), kStart + 61000);
        QVERIFY(writer->flush());
    }

    void csvQuotesAsRfc4180Says()
    {
        QCOMPARE(csvRecord({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                            QStringLiteral("two\nlines"), QString()}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    }

    void exportsSeriesAsBuckets()
    {
        const QString out = m_dir.filePath(QStringLiteral("series.csv"));
        const ProcessResult result =
            exportCsv(day() + QStringList{QStringLiteral("--series"),
                                          QStringLiteral("site.grid_kw,charger.B07.power_kw"),
                                          QStringLiteral("--points"), QStringLiteral("24")},
                      out);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QByteArray> lines = fileBytes(out).split('\n');
        QCOMPARE(lines.first(), QByteArray("series,start,end,min,max,avg,count\r"));
        // 2 hours of data in hourly buckets, two series: 4 rows, then the final CRLF's empty tail.
        QCOMPARE(lines.size(), 1 + 4 + 1);
        QCOMPARE(lines[1],
                 QByteArray("site.grid_kw,2026-11-22T00:00:00Z,2026-11-22T01:00:00Z,100,159,129.5,3600\r"));
        QCOMPARE(
            lines[3],
            QByteArray("charger.B07.power_kw,2026-11-22T00:00:00Z,2026-11-22T01:00:00Z,7.4,7.4,7.4,3600\r"));
    }

    void exportsTheFinestResolutionByDefault()
    {
        const QString out = m_dir.filePath(QStringLiteral("fine.csv"));
        const ProcessResult result =
            exportCsv({QStringLiteral("--from"), QStringLiteral("2026-11-22T01:00:00Z"),
                       QStringLiteral("--to"), QStringLiteral("2026-11-22T01:01:00Z"),
                       QStringLiteral("--series"), QStringLiteral("site.grid_kw")},
                      out);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QByteArray> lines = fileBytes(out).split('\n');
        QCOMPARE(lines.size(), 1 + 60 + 1); // one row a second
        QCOMPARE(lines[2],
                 QByteArray("site.grid_kw,2026-11-22T01:00:01Z,2026-11-22T01:00:02Z,101,101,101,1\r"));
    }

    void exportsSessions()
    {
        const QString out = m_dir.filePath(QStringLiteral("sessions.csv"));
        const ProcessResult result = exportCsv(day() + QStringList{QStringLiteral("--sessions")}, out);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(fileBytes(out),
                 QByteArray("session,charger,vehicle,arrival,departure,target_kwh,charged_kwh,discharged_kwh,"
                            "target_met,reasons\r\n"
                            "1,B07,\"ZH 1,234\",2026-11-22T00:10:00Z,2026-11-22T05:00:00Z,30,28.25,3.5,no,"
                            "\"left early: \"\"urgent\"\"\npeak shaving\"\r\n"));
    }

    void exportsEvents()
    {
        const QString out = m_dir.filePath(QStringLiteral("events.csv"));
        const ProcessResult result = exportCsv(day() + QStringList{QStringLiteral("--events")}, out);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(fileBytes(out),
                 QByteArray("event,source,code,severity,message,raised_at,cleared_at,acknowledged_at,"
                            "acknowledged_by\r\n"
                            "1,meter,offline,alarm,\"no answer, 10 s\",2026-11-22T00:00:01Z,"
                            "2026-11-22T00:01:01Z,,\r\n"));
    }

    void badInputIsOneLineNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown series")
            << (day() + QStringList{QStringLiteral("--series"), QStringLiteral("site.nope")})
            << QStringLiteral("no series named 'site.nope' (it has: charger.B07.power_kw, "
                              "site.grid_kw)");
        QTest::newRow("time without offset")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-22T00:00:00"),
                           QStringLiteral("--to"), QStringLiteral("2026-11-23T00:00:00Z"),
                           QStringLiteral("--events")}
            << QStringLiteral("--from '2026-11-22T00:00:00'");
        QTest::newRow("two kinds") << (day() +
                                       QStringList{QStringLiteral("--events"), QStringLiteral("--sessions")})
                                   << QStringLiteral("choose one of");
        QTest::newRow("bad points") << (day() + QStringList{QStringLiteral("--events"),
                                                            QStringLiteral("--points"), QStringLiteral("-3")})
                                    << QStringLiteral("--points");
    }

    void badInputIsOneLineNamingTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
        const ProcessResult result = exportCsv(arguments, out);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
    }

    void aForeignDatabaseIsNamedAndUntouched()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("crm.db"));
        QCOMPARE(rawExec(foreign, "CREATE TABLE customers (id INTEGER);"), SQLITE_OK);
        const QByteArray before = fileBytes(foreign);
        const ProcessResult result = runProcess(
            storageCli(),
            QStringList{QStringLiteral("export"), QStringLiteral("--db"), foreign, QStringLiteral("--csv"),
                        m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--events")} +
                day());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(foreign) && result.err.contains(QLatin1String("another application")),
                 qPrintable(result.err));
        QCOMPARE(fileBytes(foreign), before);
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
