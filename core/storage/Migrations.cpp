#include "storage/Migrations.h"

#include <QString>
#include <sqlite3.h>

namespace parkwatt {

namespace {

// 1: time series. Samples arrive every cycle for every series; they land in samples_recent,
// keyed time first, so a second's batch appends to the end of one B-tree (a few pages per
// commit, whatever the number of series). Once a minute the finished minute moves to
// samples_raw, keyed (series, time), which is what a chart reads. Roll-ups keep min, max,
// avg and count per bucket; avg with count lets coarser tiers weigh buckets correctly.
const char* const kTimeSeries = R"sql(
PRAGMA application_id = 1347895636; -- "PWAT"
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE samples_recent (
    t INTEGER NOT NULL,
    series_id INTEGER NOT NULL,
    value REAL,
    PRIMARY KEY (t, series_id)
) WITHOUT ROWID;
CREATE TABLE samples_raw (
    series_id INTEGER NOT NULL,
    t INTEGER NOT NULL,
    value REAL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE TABLE rollup_1m (
    series_id INTEGER NOT NULL, t INTEGER NOT NULL,
    min REAL, max REAL, avg REAL, count INTEGER NOT NULL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE TABLE rollup_15m (
    series_id INTEGER NOT NULL, t INTEGER NOT NULL,
    min REAL, max REAL, avg REAL, count INTEGER NOT NULL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE TABLE rollup_1h (
    series_id INTEGER NOT NULL, t INTEGER NOT NULL,
    min REAL, max REAL, avg REAL, count INTEGER NOT NULL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
-- How far each tier has been rolled up (exclusive end, ms since the epoch).
CREATE TABLE rollup_progress (
    tier TEXT PRIMARY KEY,
    done_until INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// 2: what happened and who decided: events and alarms, EV sessions, policy versions.
const char* const kRecords = R"sql(
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'alarm')),
    message TEXT NOT NULL,
    raised_at INTEGER NOT NULL,
    cleared_at INTEGER,
    acknowledged_at INTEGER,
    acknowledged_by TEXT
);
CREATE INDEX events_by_raised_at ON events (raised_at);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    charger TEXT NOT NULL,
    vehicle TEXT NOT NULL DEFAULT '',
    arrival INTEGER NOT NULL,
    departure INTEGER,
    target_kwh REAL,
    charged_kwh REAL NOT NULL DEFAULT 0,
    discharged_kwh REAL NOT NULL DEFAULT 0,
    target_met INTEGER CHECK (target_met IN (0, 1)),
    reasons TEXT NOT NULL DEFAULT ''
);
-- A session is one car on one charger from its arrival: recorded at arrival, completed at departure.
CREATE UNIQUE INDEX sessions_by_charger_arrival ON sessions (charger, arrival);
CREATE INDEX sessions_by_arrival ON sessions (arrival);
CREATE TABLE policy_versions (
    id INTEGER PRIMARY KEY,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT NOT NULL
);
)sql";

// 3: the audit trail. Each row's hash is SHA-256(previous hash || canonical content), so an
// altered, removed or inserted row breaks the chain from there on. The triggers stop honest
// mistakes (an UPDATE typed by hand); the chain is what catches the dishonest ones.
// audit_head repeats the last seq and hash so that removing the newest rows shows too.
const char* const kAudit = R"sql(
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
ALTER TABLE policy_versions ADD COLUMN audit_seq INTEGER REFERENCES audit (seq);
)sql";

// 4: who may sign in. Passwords only as PBKDF2 hashes (security/PasswordHash); failed sign-ins
// counted per name (known or not, so the delay gives nothing away) for the growing delay.
const char* const kUsers = R"sql(
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'manager', 'installer', 'admin')),
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sign_in_failures (
    name TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL
);
)sql";

} // namespace

const std::vector<Migration>& parkwattMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "time series and roll-ups", kTimeSeries},
        {2, "events, sessions and policy versions", kRecords},
        {3, "hash-chained audit trail", kAudit},
        {4, "users and sign-in failures", kUsers},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return parkwattMigrations().back().version;
}

bool applyMigrations(SqliteConnection& connection, const std::vector<Migration>& migrations,
                     StorageError* error, int targetVersion)
{
    const int current = int(connection.queryInt("PRAGMA user_version").value_or(0));
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        if (targetVersion >= 0 && migration.version > targetVersion)
            break;
        const QString doing = QStringLiteral("migration %1 (%2)")
                                  .arg(migration.version)
                                  .arg(QString::fromUtf8(migration.description));
        SqliteTransaction transaction(connection);
        if (!transaction.began()) {
            *error = connection.lastError(doing);
            return false;
        }
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(migration.version);
        if (connection.exec(migration.sql) != SQLITE_OK || connection.exec(bump.constData()) != SQLITE_OK ||
            transaction.commit() != SQLITE_OK) {
            *error = connection.lastError(doing);
            return false;
        }
    }
    return true;
}

} // namespace parkwatt
