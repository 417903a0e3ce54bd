// `parkwattd audit verify --db FILE` in a real process on a real file: exit 0 while the chain
// holds; once someone edits the file with the sqlite3 shell (altering, removing or inserting an
// entry, triggers dropped first), non-zero and the first bad entry named.

#include "AuditCommand.h"
#include "CliTestUtil.h"
#include "StorageTestUtil.h"
#include "storage/StorageWriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace storagetest;

class TestAuditCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_copies = 0;

    // A fresh copy of the database with `sql` applied by the sqlite3 shell.
    QString tampered(const QString& sql)
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
        if (!QFile::copy(m_pristine, copy))
            return {};
        const ProcessResult edit = sqlite3Shell(copy, sql);
        if (edit.exitCode != 0) {
            qWarning("sqlite3: %s", qPrintable(edit.err));
            return {};
        }
        return copy;
    }

    static ProcessResult verify(const QString& file)
    {
        return runProcess(storageCli(),
                          {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
                 "needs the sqlite3 shell");
        m_pristine = m_dir.filePath(QStringLiteral("site.db"));
        StorageError error;
        auto writer = StorageWriter::open(m_pristine, {}, &error);
        QVERIFY2(writer, qPrintable(error.toString()));
        for (int i = 1; i <= 9; ++i)
            writer->appendAudit({1795334400000 + i * 1000, QStringLiteral("engine"),
                                 QStringLiteral("setpoint.write"),
                                 QStringLiteral(R"({"charger":"B%1","kw":%2})").arg(i).arg(i * 1.5)});
        writer->recordPolicyChange({1795334500000, QStringLiteral("fm.huber"), QStringLiteral("{}"),
                                    QStringLiteral(R"({"peak_kw":180})")});
        QVERIFY(writer->flush());
        // Closing checkpoints the WAL into the file, so a plain copy holds everything.
    }

    void anIntactTrailPasses()
    {
        const ProcessResult result = verify(m_pristine);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("intact: 10 entries")), qPrintable(result.out));
    }

    void anAlteredEntryIsNamed()
    {
        const QString file =
            tampered(QStringLiteral("DROP TRIGGER audit_no_update; "
                                    "UPDATE audit SET detail = '{\"charger\":\"B5\",\"kw\":22}' "
                                    "WHERE seq = 5;"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("broken at entry 5")), qPrintable(result.err));
        QVERIFY(result.err.contains(file));
    }

    void aRemovedEntryIsNamed()
    {
        const QString file =
            tampered(QStringLiteral("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4;"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("entry 4 is missing")), qPrintable(result.err));
    }

    void aRemovedAndRenumberedEntryIsNamed()
    {
        // Closing the gap does not help: entry 4 now chains from the wrong hash.
        const QString file =
            tampered(QStringLiteral("DROP TRIGGER audit_no_delete; DROP TRIGGER audit_no_update; "
                                    "DELETE FROM audit WHERE seq = 4; "
                                    "UPDATE audit SET seq = seq - 1 WHERE seq > 4;"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("broken at entry 4")), qPrintable(result.err));
    }

    void theNewestEntryRemovedIsNamed()
    {
        const QString file = tampered(QStringLiteral("DROP TRIGGER audit_no_delete; "
                                                     "UPDATE policy_versions SET audit_seq = NULL; "
                                                     "DELETE FROM audit WHERE seq = 10;"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("broken at entry 10")), qPrintable(result.err));
    }

    void anInsertedEntryIsNamed()
    {
        // Make room after entry 6 and slip a forged one in.
        const QString file = tampered(
            QStringLiteral("DROP TRIGGER audit_no_update; "
                           "UPDATE audit SET seq = seq + 1000 WHERE seq >= 7; "
                           "UPDATE audit SET seq = seq - 999 WHERE seq >= 1007; "
                           "INSERT INTO audit VALUES (7, 1795334406500, 'mallory', 'setpoint.write', "
                           "'{\"charger\":\"B1\",\"kw\":0}', randomblob(32));"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("broken at entry 7")), qPrintable(result.err));
    }

    void anEntryAppendedByHandIsNamed()
    {
        const QString file =
            tampered(QStringLiteral("INSERT INTO audit VALUES (11, 1795334600000, 'mallory', "
                                    "'policy.change', '{}', randomblob(32));"));
        QVERIFY(!file.isEmpty());
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, ExitAuditBroken);
        QVERIFY2(result.err.contains(QLatin1String("broken at entry 11")), qPrintable(result.err));
    }

    void aFileThatIsNotADatabaseIsInvalidInput()
    {
        const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(file, "not a database"));
        const ProcessResult result = verify(file);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(file) && result.err.contains(QLatin1String("not an SQLite database")),
                 qPrintable(result.err));
        QCOMPARE(fileBytes(file), QByteArray("not a database"));
    }

    void missingArgumentsAreInvalidInput()
    {
        QCOMPARE(runProcess(storageCli(), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(runProcess(storageCli(), {QStringLiteral("audit"), QStringLiteral("check"),
                                           QStringLiteral("--db"), m_pristine})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
