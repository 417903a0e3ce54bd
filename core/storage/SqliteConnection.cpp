#include "storage/SqliteConnection.h"

#include <sqlite3.h>

namespace parkwatt {

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_db(other.m_db)
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}
void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_statement);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}
double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

StorageError::Kind storageErrorKind(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_FULL:
        return StorageError::Kind::Full;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::Failed;
    }
}

std::unique_ptr<SqliteConnection> SqliteConnection::open(const QString& path, Access access,
                                                         StorageError* error)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread; SQLite need not lock for us
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            error->kind = storageErrorKind(rc);
            error->path = path;
            error->message = QStringLiteral("cannot open: ") + QString::fromUtf8(sqlite3_errstr(rc));
        }
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<SqliteConnection>(new SqliteConnection(db, path));
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

int SqliteConnection::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

SqliteStatement SqliteConnection::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return {};
    return SqliteStatement(statement, m_db);
}

std::optional<qint64> SqliteConnection::queryInt(const char* sql)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.valid() || statement.step() != SQLITE_ROW)
        return std::nullopt;
    return statement.int64(0);
}

int SqliteConnection::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

StorageError SqliteConnection::lastError(const QString& doing) const
{
    StorageError error;
    error.kind = storageErrorKind(lastErrorCode());
    error.path = m_path;
    error.message = doing + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db));
    return error;
}

SqliteTransaction::SqliteTransaction(SqliteConnection& connection, bool immediate)
    : m_connection(connection)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here, not halfway through.
    m_began = m_connection.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN") == SQLITE_OK;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_began && !m_done)
        m_connection.exec("ROLLBACK");
}

int SqliteTransaction::commit()
{
    const int rc = m_connection.exec("COMMIT");
    if (rc == SQLITE_OK)
        m_done = true;
    return rc;
}

} // namespace parkwatt
