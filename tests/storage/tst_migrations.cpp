// Migrations: each brings a database of the previous version to its own, keeps what was stored,
// and bumps user_version in the same transaction; a failing one leaves the database at the last
// version that succeeded with nothing of the failed one applied.

#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace storagetest;

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<SqliteConnection> freshAt(const QString& file, int version)
    {
        StorageError error;
        auto connection = SqliteConnection::open(file, SqliteConnection::Access::ReadWriteCreate, &error);
        if (connection && !applyMigrations(*connection, parkwattMigrations(), &error, version))
            return nullptr;
        return connection;
    }

    bool tableExists(SqliteConnection& connection, const char* name)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM sqlite_schema WHERE name = '") + name + "'";
        return connection.queryInt(sql.constData()).value_or(0) == 1;
    }

private slots:
    void numberedFromOneWithoutGaps()
    {
        int expected = 1;
        for (const Migration& migration : parkwattMigrations())
            QCOMPARE(migration.version, expected++);
    }

    void migration1CreatesTheTimeSeriesTables()
    {
        auto db = freshAt(m_dir.filePath(QStringLiteral("m1.db")), 1);
        QVERIFY(db);
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), qint64(1));
        QCOMPARE(db->queryInt("PRAGMA application_id").value(), kParkwattApplicationId);
        for (const char* table : {"series", "samples_recent", "samples_raw", "rollup_1m", "rollup_15m",
                                  "rollup_1h", "rollup_progress"})
            QVERIFY2(tableExists(*db, table), table);
        QVERIFY(!tableExists(*db, "events"));
    }

    void migration2AddsRecordsAndKeepsSamples()
    {
        auto db = freshAt(m_dir.filePath(QStringLiteral("m2.db")), 1);
        QVERIFY(db);
        QCOMPARE(db->exec("INSERT INTO series VALUES (1, 'site.grid_kw');"
                          "INSERT INTO samples_raw VALUES (1, 1000, 12.5);"),
                 SQLITE_OK);
        StorageError error;
        QVERIFY(applyMigrations(*db, parkwattMigrations(), &error, 2));
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), qint64(2));
        QCOMPARE(db->queryInt("SELECT count(*) FROM samples_raw").value(), qint64(1));
        for (const char* table : {"events", "sessions", "policy_versions"})
            QVERIFY2(tableExists(*db, table), table);
        QCOMPARE(db->exec("INSERT INTO events (source, code, severity, message, raised_at) "
                          "VALUES ('meter', 'lost', 'alarm', 'no answer', 1)"),
                 SQLITE_OK);
        QVERIFY(db->exec("INSERT INTO events (source, code, severity, message, raised_at) "
                         "VALUES ('meter', 'lost', 'bad', 'x', 1)") != SQLITE_OK);
    }

    void migration3AddsTheAuditTrailAndKeepsPolicies()
    {
        auto db = freshAt(m_dir.filePath(QStringLiteral("m3.db")), 2);
        QVERIFY(db);
        QCOMPARE(db->exec("INSERT INTO policy_versions (changed_at, changed_by, after_json) "
                          "VALUES (5, 'fm', '{}')"),
                 SQLITE_OK);
        StorageError error;
        QVERIFY(applyMigrations(*db, parkwattMigrations(), &error, 3));
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), qint64(3));
        QCOMPARE(db->queryInt("SELECT count(*) FROM policy_versions WHERE audit_seq IS NULL").value(),
                 qint64(1));
        QCOMPARE(db->exec("INSERT INTO audit VALUES (1, 5, 'fm', 'policy', '{}', x'00')"), SQLITE_OK);
        QVERIFY(db->exec("UPDATE audit SET actor = 'someone else'") != SQLITE_OK);
        QVERIFY(db->exec("DELETE FROM audit") != SQLITE_OK);
        // Foreign keys are on in Parkwatt's connections: a policy cannot cite a missing entry.
        QVERIFY(Database::configure(*db, &error));
        QVERIFY(db->exec("INSERT INTO policy_versions (changed_at, changed_by, after_json, audit_seq) "
                         "VALUES (6, 'fm', '{}', 42)") != SQLITE_OK);
    }

    void aFailingMigrationLeavesTheLastGoodVersion()
    {
        const std::vector<Migration> broken = {
            {1, "first", "CREATE TABLE a (x INTEGER);"},
            {2, "half done", "CREATE TABLE b (x INTEGER); INSERT INTO no_such_table VALUES (1);"},
            {3, "never reached", "CREATE TABLE c (x INTEGER);"},
        };
        const QString file = m_dir.filePath(QStringLiteral("broken.db"));
        StorageError error;
        auto db = SqliteConnection::open(file, SqliteConnection::Access::ReadWriteCreate, &error);
        QVERIFY(db);
        QVERIFY(!applyMigrations(*db, broken, &error));
        QVERIFY2(error.message.contains(QLatin1String("migration 2 (half done)")), qPrintable(error.message));
        QVERIFY(error.message.contains(QLatin1String("no_such_table")));
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), qint64(1));
        QVERIFY(tableExists(*db, "a"));
        QVERIFY(!tableExists(*db, "b"));
        QVERIFY(!tableExists(*db, "c"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
