#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <sqlite3.h>

namespace parkwatt {

namespace {

// quick_check reads every page; above this size opening would take too long, and damage deeper
// in the file surfaces as SQLITE_CORRUPT when the page is read (reported then, as an alarm).
constexpr qint64 kQuickCheckMaxBytes = 64LL * 1024 * 1024;

StorageError makeError(StorageError::Kind kind, const QString& path, const QString& message)
{
    StorageError error;
    error.kind = kind;
    error.path = path;
    error.message = message;
    return error;
}

// The first 16 bytes of every SQLite 3 file. Checked before SQLite opens the file, so that a
// foreign file is not even given a -wal beside it.
bool hasSqliteHeader(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read: ") + file.errorString();
        return false;
    }
    const QByteArray head = file.read(16);
    if (head == QByteArray("SQLite format 3", 16))
        return true;
    *problem = QStringLiteral("not an SQLite database (the file starts with %1)")
                   .arg(QString::fromLatin1(head.left(8).toHex(' ')));
    return false;
}

QStringList userTables(SqliteConnection& connection)
{
    QStringList names;
    SqliteStatement statement = connection.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (statement.valid() && statement.step() == SQLITE_ROW)
        names << statement.text(0);
    return names;
}

// Reads the header fields through SQLite (which also parses the schema, so a damaged first
// page shows here) and says whether the file is ours, empty, or something else.
bool checkIdentity(SqliteConnection& connection, bool* isEmpty, StorageError* error)
{
    const QString& path = connection.path();
    SqliteStatement statement = connection.prepare("SELECT count(*) FROM sqlite_schema");
    if (!statement.valid() || statement.step() != SQLITE_ROW) {
        *error = connection.lastError(QStringLiteral("cannot read the schema"));
        if (error->kind == StorageError::Kind::Failed)
            error->kind = StorageError::Kind::Corrupt;
        return false;
    }
    const qint64 objects = statement.int64(0);
    const qint64 applicationId = connection.queryInt("PRAGMA application_id").value_or(0);
    const qint64 version = connection.queryInt("PRAGMA user_version").value_or(0);
    *isEmpty = objects == 0 && applicationId == 0 && version == 0;
    if (*isEmpty)
        return true;
    if (applicationId != kParkwattApplicationId) {
        const QStringList tables = userTables(connection);
        *error = makeError(
            StorageError::Kind::ForeignDatabase, path,
            QStringLiteral("an SQLite database of another application (application_id %1, tables: %2), "
                           "not a Parkwatt database")
                .arg(applicationId)
                .arg(tables.isEmpty() ? QStringLiteral("none") : tables.join(QStringLiteral(", "))));
        return false;
    }
    if (version > latestSchemaVersion()) {
        *error = makeError(StorageError::Kind::NewerSchema, path,
                           QStringLiteral("written by a newer Parkwatt (schema version %1; this one knows "
                                          "up to %2)")
                               .arg(version)
                               .arg(latestSchemaVersion()));
        return false;
    }
    return true;
}

bool quickCheck(SqliteConnection& connection, StorageError* error)
{
    if (QFileInfo(connection.path()).size() > kQuickCheckMaxBytes)
        return true;
    SqliteStatement statement = connection.prepare("PRAGMA quick_check(1)");
    if (!statement.valid() || statement.step() != SQLITE_ROW) {
        *error = connection.lastError(QStringLiteral("integrity check failed"));
        error->kind = StorageError::Kind::Corrupt;
        return false;
    }
    if (statement.text(0) != QLatin1String("ok")) {
        *error = makeError(StorageError::Kind::Corrupt, connection.path(),
                           QStringLiteral("the database is damaged (SQLite: %1)").arg(statement.text(0)));
        return false;
    }
    return true;
}

} // namespace

bool Database::configure(SqliteConnection& connection, StorageError* error)
{
    // busy_timeout first: the others may have to wait for another connection's lock.
    sqlite3_busy_timeout(connection.handle(), 5000);
    const char* const pragmas = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
    if (connection.exec(pragmas) != SQLITE_OK) {
        *error = connection.lastError(QStringLiteral("cannot configure the connection"));
        return false;
    }
    return true;
}

Database::Opened Database::openForWriting(const QString& path)
{
    Opened opened;
    const QFileInfo info(path);
    QString problem;
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path, &problem)) {
        opened.error =
            makeError(problem.startsWith(QLatin1String("cannot")) ? StorageError::Kind::CannotOpen
                                                                  : StorageError::Kind::NotADatabase,
                      path, problem);
        return opened;
    }
    std::unique_ptr<SqliteConnection> connection =
        SqliteConnection::open(path, SqliteConnection::Access::ReadWriteCreate, &opened.error);
    if (!connection)
        return opened;
    if (!configure(*connection, &opened.error))
        return opened;
    bool isEmpty = false;
    if (!checkIdentity(*connection, &isEmpty, &opened.error))
        return opened;
    if (!isEmpty && !quickCheck(*connection, &opened.error))
        return opened;
    // WAL is a property of the file (kept across opens); setting it writes the header.
    SqliteStatement wal = connection->prepare("PRAGMA journal_mode = WAL");
    if (!wal.valid() || wal.step() != SQLITE_ROW || wal.text(0) != QLatin1String("wal")) {
        opened.error = connection->lastError(QStringLiteral("cannot switch to write-ahead logging"));
        return opened;
    }
    wal = {};
    // 64 MiB of page cache: the rightmost leaf of every series in samples_raw (500 chargers x 6
    // values: 3,000 leaves, 12 MiB) stays cached between the minutely moves.
    connection->exec("PRAGMA cache_size = -65536");
    // No checkpoint inside a commit: the writer checkpoints after its minutely roll-up (or when
    // the WAL passes 16 MiB), so a second's commit never pays for copying pages back.
    // journal_size_limit truncates the WAL back to 64 MiB after a checkpoint.
    connection->exec("PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = 67108864");
    if (!applyMigrations(*connection, parkwattMigrations(), &opened.error))
        return opened;
    opened.connection = std::move(connection);
    return opened;
}

Database::Opened Database::openForReading(const QString& path)
{
    Opened opened;
    const QFileInfo info(path);
    if (!info.exists()) {
        opened.error = makeError(StorageError::Kind::CannotOpen, path, QStringLiteral("no such file"));
        return opened;
    }
    QString problem;
    if (!hasSqliteHeader(path, &problem)) {
        opened.error =
            makeError(problem.startsWith(QLatin1String("cannot")) ? StorageError::Kind::CannotOpen
                                                                  : StorageError::Kind::NotADatabase,
                      path, problem);
        return opened;
    }
    std::unique_ptr<SqliteConnection> connection =
        SqliteConnection::open(path, SqliteConnection::Access::ReadOnly, &opened.error);
    if (!connection || !configure(*connection, &opened.error))
        return opened;
    bool isEmpty = false;
    if (!checkIdentity(*connection, &isEmpty, &opened.error))
        return opened;
    if (isEmpty || connection->queryInt("PRAGMA user_version").value_or(0) < 1) {
        opened.error = makeError(StorageError::Kind::ForeignDatabase, path,
                                 QStringLiteral("an empty database, not yet a Parkwatt database"));
        return opened;
    }
    opened.connection = std::move(connection);
    return opened;
}

QString Database::moveAside(const QString& path, StorageError::Kind why, const QDateTime& nowUtc,
                            QString* error)
{
    const QString label = why == StorageError::Kind::ForeignDatabase ? QStringLiteral(".foreign-")
                                                                     : QStringLiteral(".corrupt-");
    const QString base = path + label + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmm"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target)) {
        *error = path + QStringLiteral(": cannot rename to ") + target;
        return {};
    }
    // The -wal holds committed pages of that file: it must travel with it, or a new database
    // started at `path` would pick it up. The -shm is only an index and can be dropped.
    for (const char* suffixText : {"-wal", "-journal"}) {
        const QLatin1String suffix(suffixText);
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            *error = path + suffix + QStringLiteral(": cannot rename to ") + target + suffix;
            return {};
        }
    }
    QFile::remove(path + QStringLiteral("-shm"));
    return target;
}

} // namespace parkwatt
