// Database: opening creates a WAL database at the latest schema; whatever else is at the path
// (not SQLite, another application's database, a damaged one, a newer schema) is refused with
// the path and the problem named, and left byte for byte as it was; moveAside() clears the way.

#include "StorageTestUtil.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parkwatt;
using namespace storagetest;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Opening must fail with `kind`, name the path, and leave the file exactly as it was.
    void expectRefused(const QString& file, StorageError::Kind kind, const char* messagePart)
    {
        const QByteArray before = fileBytes(file);
        const Database::Opened opened = Database::openForWriting(file);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error.kind), int(kind));
        QVERIFY2(opened.error.toString().startsWith(file), qPrintable(opened.error.toString()));
        QVERIFY2(opened.error.message.contains(QLatin1String(messagePart)), qPrintable(opened.error.message));
        QVERIFY(opened.error.canMoveAside() || kind == StorageError::Kind::NewerSchema);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || kind == StorageError::Kind::NewerSchema);
    }

private slots:
    void createsWalDatabaseAtLatestSchema()
    {
        const QString file = path("new.db");
        {
            Database::Opened opened = Database::openForWriting(file);
            QVERIFY2(opened.ok(), qPrintable(opened.error.toString()));
            QCOMPARE(opened.connection->queryInt("PRAGMA user_version").value(),
                     qint64(latestSchemaVersion()));
            QCOMPARE(opened.connection->queryInt("PRAGMA foreign_keys").value(), qint64(1));
            QCOMPARE(opened.connection->queryInt("PRAGMA synchronous").value(), qint64(1)); // NORMAL
        }
        QCOMPARE(rawText(file, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(rawInt(file, "PRAGMA application_id"), kParkwattApplicationId);
    }

    void reopeningKeepsData()
    {
        const QString file = path("reopen.db");
        {
            Database::Opened opened = Database::openForWriting(file);
            QVERIFY(opened.ok());
            QCOMPARE(opened.connection->exec("INSERT INTO series (name) VALUES ('site.grid_kw')"), SQLITE_OK);
        }
        Database::Opened again = Database::openForWriting(file);
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(again.connection->queryInt("SELECT count(*) FROM series").value(), qint64(1));
        Database::Opened reader = Database::openForReading(file);
        QVERIFY2(reader.ok(), qPrintable(reader.error.toString()));
        QVERIFY(reader.connection->exec("INSERT INTO series (name) VALUES ('x')") != SQLITE_OK);
    }

    void emptyFileBecomesADatabase()
    {
        const QString file = path("empty.db");
        QVERIFY(writeFile(file, {}));
        QVERIFY(Database::openForWriting(file).ok());
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString file = path("notes.db");
        QVERIFY(writeFile(file, "timestamp,grid_kw\n2026-11-22T08:00:00Z,12.5\n"));
        expectRefused(file, StorageError::Kind::NotADatabase, "not an SQLite database");
        QVERIFY(!Database::openForReading(file).ok());
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString file = path("crm.db");
        QCOMPARE(rawExec(file, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                               "INSERT INTO customers VALUES (1, 'Ada');"),
                 SQLITE_OK);
        expectRefused(file, StorageError::Kind::ForeignDatabase, "tables: customers");
    }

    void refusesANewerSchema()
    {
        const QString file = path("newer.db");
        QVERIFY(Database::openForWriting(file).ok());
        QCOMPARE(rawExec(file, "PRAGMA user_version = 99"), SQLITE_OK);
        expectRefused(file, StorageError::Kind::NewerSchema, "newer Parkwatt");
    }

    void refusesADamagedDatabase()
    {
        const QString file = path("damaged.db");
        {
            Database::Opened opened = Database::openForWriting(file);
            QVERIFY(opened.ok());
            opened.connection->exec("BEGIN");
            for (int i = 0; i < 2000; ++i) {
                const QByteArray sql = "INSERT INTO series (name) VALUES ('charger.B" +
                                       QByteArray::number(i) + ".power_kw_with_a_long_name_to_fill_pages')";
                opened.connection->exec(sql.constData());
            }
            opened.connection->exec("COMMIT");
            QCOMPARE(opened.connection->exec("PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
        }
        QByteArray bytes = fileBytes(file);
        const qint64 pageSize = rawInt(file, "PRAGMA page_size");
        QVERIFY(bytes.size() > 8 * pageSize);
        // Garbage over pages 3 to 6: the series table's B-tree loses its interior pages.
        for (qint64 i = 2 * pageSize; i < 6 * pageSize; ++i)
            bytes[i] = char(0xA5 ^ (i * 31));
        QVERIFY(writeFile(file, bytes));
        expectRefused(file, StorageError::Kind::Corrupt, "");
    }

    void movesAFileAsideSoANewOneCanStart()
    {
        const QString file = path("site.db");
        QVERIFY(writeFile(file, "not a database at all"));
        QVERIFY(writeFile(file + QStringLiteral("-wal"), "stale wal"));
        const QDateTime now(QDate(2026, 11, 22), QTime(8, 15), Qt::UTC);
        QString problem;
        const QString moved = Database::moveAside(file, StorageError::Kind::NotADatabase, now, &problem);
        QCOMPARE(moved, file + QStringLiteral(".corrupt-20261122T0815"));
        QCOMPARE(fileBytes(moved), QByteArray("not a database at all"));
        QCOMPARE(fileBytes(moved + QStringLiteral("-wal")), QByteArray("stale wal"));
        QVERIFY(!QFile::exists(file));
        QVERIFY(Database::openForWriting(file).ok());

        // A second move in the same minute never replaces the first.
        QVERIFY(writeFile(path("other.db"), "junk"));
        QVERIFY(QFile::rename(path("other.db"), file + QStringLiteral("x")));
        QVERIFY(writeFile(file, "junk again"));
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        const QString second = Database::moveAside(file, StorageError::Kind::Corrupt, now, &problem);
        QCOMPARE(second, file + QStringLiteral(".corrupt-20261122T0815-2"));
        QCOMPARE(fileBytes(moved), QByteArray("not a database at all"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
