#pragma once
// One SQLite connection and its prepared statements, as small RAII types over the C API, so
// that every storage class sees SQLite's own result codes (SQLITE_FULL, SQLITE_CORRUPT,
// SQLITE_NOTADB) and chooses pragmas itself. Not thread-safe: one connection per thread.

#include "storage/StorageError.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace parkwatt {

class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3_stmt* statement, sqlite3* db)
        : m_statement(statement)
        , m_db(db)
    {
    }
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    bool valid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString& text);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready to run again with new parameters.
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
    sqlite3* m_db = nullptr;
};

class SqliteConnection {
public:
    enum class Access { ReadWrite, ReadWriteCreate, ReadOnly };

    // Opens the file (nothing is read yet: SQLite reads the header on the first statement).
    static std::unique_ptr<SqliteConnection> open(const QString& path, Access access, StorageError* error);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements without results. Returns SQLite's result code.
    int exec(const char* sql);
    // Prepares a statement; invalid (and lastError() set) on failure.
    SqliteStatement prepare(const char* sql);
    // The first column of the first row of a query, or nullopt.
    std::optional<qint64> queryInt(const char* sql);

    // The last failure as a StorageError naming the file, with its kind from SQLite's code.
    StorageError lastError(const QString& doing) const;
    int lastErrorCode() const;

private:
    SqliteConnection(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    {
    }

    sqlite3* m_db = nullptr;
    QString m_path;
};

// Maps SQLite's primary result code to what the caller can do about it.
StorageError::Kind storageErrorKind(int sqliteCode);

// Begins a transaction and rolls it back unless commit() succeeded.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteConnection& connection, bool immediate = true);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    bool began() const { return m_began; }
    // SQLite's result code of COMMIT (SQLITE_OK on success).
    int commit();

private:
    SqliteConnection& m_connection;
    bool m_began = false;
    bool m_done = false;
};

} // namespace parkwatt
