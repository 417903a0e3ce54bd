// Durability against a killed process: a real process records samples, audit entries and policy
// changes; SIGKILL at a moment of the test's choosing, three times over on the same file. Each
// time the file opens, PRAGMA integrity_check says ok, at most the last 2 s of samples are lost,
// every audit entry the process saw committed is there, and the chain verifies.

#include "StorageTestUtil.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace parkwatt;
using namespace storagetest;

namespace {

struct Promised {
    qint64 lastSampleMs = 0;
    std::set<qint64> auditSeqs;
};

Promised readPromises(const QByteArray& output)
{
    Promised promised;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("sample "))
            promised.lastSampleMs = std::max(promised.lastSampleMs, line.mid(7).toLongLong());
        else if (line.startsWith("audit "))
            promised.auditSeqs.insert(line.mid(6).toLongLong());
    }
    return promised;
}

} // namespace

class TestCrashDurability : public QObject {
    Q_OBJECT

private slots:
    void survivesSigkillDuringIngest()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("site.db"));
        qint64 auditSeen = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(PARKWATT_BIN_DIR "/storage_ingest_helper"),
                         {QStringLiteral("--db"), db, QStringLiteral("--series"), QStringLiteral("300")});
            QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
            QByteArray output;
            // Let it run 2.5 to 4.5 s (at least two batches), then kill it wherever it is.
            const int runMs = 2500 + int(QRandomGenerator::global()->bounded(2000));
            QElapsedTimer running;
            running.start();
            while (running.elapsed() < runMs && helper.state() == QProcess::Running) {
                helper.waitForReadyRead(100);
                output += helper.readAllStandardOutput();
            }
            QVERIFY2(helper.state() == QProcess::Running, helper.readAllStandardError().constData());
            helper.kill(); // SIGKILL
            QVERIFY(helper.waitForFinished(10000));
            output += helper.readAllStandardOutput();
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

            const Promised promised = readPromises(output);
            QVERIFY2(output.startsWith("ready"), output.left(200).constData());
            QVERIFY(promised.lastSampleMs > 0);
            QVERIFY2(!promised.auditSeqs.empty(), "no audit entry committed in the run");

            Database::Opened opened = Database::openForReading(db);
            QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
            SqliteConnection& c = *opened.connection;
            SqliteStatement check = c.prepare("PRAGMA integrity_check");
            QVERIFY(check.valid() && check.step() == SQLITE_ROW);
            QCOMPARE(check.text(0), QStringLiteral("ok"));
            check = {};

            const qint64 newest =
                c.queryInt("SELECT max(t) FROM (SELECT max(t) AS t FROM samples_recent UNION ALL "
                           "SELECT max(t) FROM samples_raw)")
                    .value_or(0);
            const qint64 lostMs = promised.lastSampleMs - newest;
            qInfo("round %d: killed after %d ms; %lld ms of samples lost; %zu audit entries promised", round,
                  runMs, static_cast<long long>(lostMs), promised.auditSeqs.size());
            QVERIFY2(lostMs <= 2000, qPrintable(QString::number(lostMs)));

            for (const qint64 seq : promised.auditSeqs) {
                const QByteArray sql = "SELECT count(*) FROM audit WHERE seq = " + QByteArray::number(seq);
                QVERIFY2(c.queryInt(sql.constData()).value_or(0) == 1, qPrintable(QString::number(seq)));
            }
            const qint64 entries = c.queryInt("SELECT count(*) FROM audit").value_or(0);
            QVERIFY(entries >= *promised.auditSeqs.rbegin());
            QVERIFY(entries > auditSeen); // each round adds to the same chain
            auditSeen = entries;
            // Every policy version cites its audit entry: none is lost without the other.
            QCOMPARE(c.queryInt("SELECT count(*) FROM policy_versions WHERE audit_seq IS NULL OR audit_seq "
                                "NOT IN (SELECT seq FROM audit)")
                         .value_or(-1),
                     qint64(0));
            const AuditVerdict verdict = verifyAuditChain(c);
            QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crashdurability.moc"
