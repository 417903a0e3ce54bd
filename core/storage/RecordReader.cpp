#include "storage/RecordReader.h"

#include <sqlite3.h>

namespace parkwatt {

namespace {

std::optional<TimeMs> optionalTime(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<TimeMs>(row.int64(column));
}

} // namespace

std::optional<std::vector<EventRecord>> RecordReader::events(TimeMs fromMs, TimeMs toMs, StorageError* error)
{
    SqliteStatement rows = m_connection.prepare(
        "SELECT id, source, code, severity, message, raised_at, cleared_at, acknowledged_at, "
        "coalesce(acknowledged_by, '') FROM events "
        "WHERE raised_at < ?2 AND (cleared_at IS NULL OR cleared_at >= ?1) ORDER BY raised_at, id");
    if (!rows.valid()) {
        *error = m_connection.lastError(QStringLiteral("cannot read table events"));
        return std::nullopt;
    }
    rows.bind(1, fromMs);
    rows.bind(2, toMs);
    std::vector<EventRecord> events;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        events.push_back({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                          rows.int64(5), optionalTime(rows, 6), optionalTime(rows, 7), rows.text(8)});
    }
    if (rc != SQLITE_DONE) {
        *error = m_connection.lastError(QStringLiteral("cannot read table events"));
        return std::nullopt;
    }
    return events;
}

std::optional<std::vector<StoredSession>> RecordReader::sessions(TimeMs fromMs, TimeMs toMs,
                                                                 StorageError* error)
{
    SqliteStatement rows = m_connection.prepare(
        "SELECT id, charger, vehicle, arrival, departure, target_kwh, charged_kwh, discharged_kwh, "
        "target_met, reasons FROM sessions "
        "WHERE arrival < ?2 AND (departure IS NULL OR departure >= ?1) ORDER BY arrival, id");
    if (!rows.valid()) {
        *error = m_connection.lastError(QStringLiteral("cannot read table sessions"));
        return std::nullopt;
    }
    rows.bind(1, fromMs);
    rows.bind(2, toMs);
    std::vector<StoredSession> sessions;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        StoredSession stored;
        stored.id = rows.int64(0);
        SessionRecord& s = stored.session;
        s.charger = rows.text(1);
        s.vehicle = rows.text(2);
        s.arrival = rows.int64(3);
        s.departure = optionalTime(rows, 4);
        if (!rows.isNull(5))
            s.targetKwh = rows.real(5);
        s.chargedKwh = rows.real(6);
        s.dischargedKwh = rows.real(7);
        if (!rows.isNull(8))
            s.targetMet = rows.int64(8) != 0;
        s.reasons = rows.text(9);
        sessions.push_back(std::move(stored));
    }
    if (rc != SQLITE_DONE) {
        *error = m_connection.lastError(QStringLiteral("cannot read table sessions"));
        return std::nullopt;
    }
    return sessions;
}

} // namespace parkwatt
