#pragma once
// Opening Parkwatt's database file: checks that whatever is at the path is ours before touching
// it, sets the pragmas every connection needs, and brings the schema up to date. A file that is
// not ours (not SQLite, another application's database, damaged, or from a newer Parkwatt) is
// an error naming the path and the problem, and is never written to; moveAside() renames it so
// that a new database can be started.

#include "storage/SqliteConnection.h"

#include <QDateTime>
#include <memory>

namespace parkwatt {

constexpr qint64 kParkwattApplicationId = 0x50574154; // "PWAT" in the SQLite header

class Database {
public:
    struct Opened {
        std::unique_ptr<SqliteConnection> connection; // null on failure
        StorageError error;
        bool ok() const { return connection != nullptr; }
    };

    // The writer's connection: creates the file when there is none, migrates it.
    static Opened openForWriting(const QString& path);
    // A reader's connection (charts, export, audit verify): read-only, no migration.
    static Opened openForReading(const QString& path);

    // Renames the file at `path` (with its -wal and -shm) to `path.corrupt-20261122T0815`
    // (".foreign-" for another application's database), adding -2, -3... if taken.
    // Returns the new path, or an empty string and `error` set.
    static QString moveAside(const QString& path, StorageError::Kind why, const QDateTime& nowUtc,
                             QString* error);

    // Pragmas for every connection: WAL lets readers run while the writer commits;
    // synchronous=NORMAL commits without fsync (the WAL is synced at checkpoints), so a process
    // crash loses nothing committed and a power cut at most the last commits.
    static bool configure(SqliteConnection& connection, StorageError* error);
};

} // namespace parkwatt
