#pragma once
// The schema as numbered migrations. `PRAGMA user_version` holds the number of the last one
// applied; each runs in its own transaction together with the user_version bump, so a database
// is always at exactly one version, never between two.

#include "storage/SqliteConnection.h"

#include <vector>

namespace parkwatt {

struct Migration {
    int version = 0;         // 1, 2, 3, ... in order, no gaps
    const char* description; // for error messages
    const char* sql;         // one or more statements
};

// Parkwatt's migrations, oldest first.
const std::vector<Migration>& parkwattMigrations();
int latestSchemaVersion();

// Brings the database from its user_version to `targetVersion` (every migration when -1),
// one transaction per migration. On failure the database stays at the last version that
// succeeded, and `error` names the migration.
bool applyMigrations(SqliteConnection& connection, const std::vector<Migration>& migrations,
                     StorageError* error, int targetVersion = -1);

} // namespace parkwatt
