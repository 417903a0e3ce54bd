#include "storage/RecordStore.h"

#include <sqlite3.h>

namespace parkwatt {

namespace {

void bindOptional(SqliteStatement& statement, int index, const std::optional<TimeMs>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

void bindOptional(SqliteStatement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

} // namespace

QString severityName(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Info:
        return QStringLiteral("info");
    case EventSeverity::Warning:
        return QStringLiteral("warning");
    case EventSeverity::Alarm:
        return QStringLiteral("alarm");
    }
    return QStringLiteral("warning");
}

bool RecordStore::raiseEvent(const RaisedEvent& event)
{
    SqliteStatement statement = m_connection.prepare(
        "INSERT INTO events (source, code, severity, message, raised_at) VALUES (?, ?, ?, ?, ?)");
    if (!statement.valid())
        return false;
    statement.bind(1, event.source);
    statement.bind(2, event.code);
    statement.bind(3, severityName(event.severity));
    statement.bind(4, event.message);
    statement.bind(5, event.raisedAt);
    return statement.step() == SQLITE_DONE;
}

bool RecordStore::clearEvent(const QString& source, const QString& code, TimeMs clearedAt)
{
    SqliteStatement statement =
        m_connection.prepare("UPDATE events SET cleared_at = ?3 WHERE id = (SELECT max(id) FROM events "
                             "WHERE source = ?1 AND code = ?2 AND cleared_at IS NULL)");
    if (!statement.valid())
        return false;
    statement.bind(1, source);
    statement.bind(2, code);
    statement.bind(3, clearedAt);
    return statement.step() == SQLITE_DONE;
}

bool RecordStore::acknowledgeEvent(qint64 eventId, TimeMs at, const QString& by)
{
    SqliteStatement statement =
        m_connection.prepare("UPDATE events SET acknowledged_at = ?2, acknowledged_by = ?3 WHERE id = ?1 AND "
                             "acknowledged_at IS NULL");
    if (!statement.valid())
        return false;
    statement.bind(1, eventId);
    statement.bind(2, at);
    statement.bind(3, by);
    return statement.step() == SQLITE_DONE;
}

bool RecordStore::recordSession(const SessionRecord& session)
{
    SqliteStatement statement = m_connection.prepare(
        "INSERT INTO sessions (charger, vehicle, arrival, departure, target_kwh, charged_kwh, "
        "discharged_kwh, target_met, reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (charger, arrival) DO UPDATE SET vehicle = excluded.vehicle, "
        "departure = excluded.departure, target_kwh = excluded.target_kwh, "
        "charged_kwh = excluded.charged_kwh, discharged_kwh = excluded.discharged_kwh, "
        "target_met = excluded.target_met, reasons = excluded.reasons");
    if (!statement.valid())
        return false;
    statement.bind(1, session.charger);
    statement.bind(2, session.vehicle);
    statement.bind(3, session.arrival);
    bindOptional(statement, 4, session.departure);
    bindOptional(statement, 5, session.targetKwh);
    statement.bind(6, session.chargedKwh);
    statement.bind(7, session.dischargedKwh);
    if (session.targetMet)
        statement.bind(8, qint64(*session.targetMet ? 1 : 0));
    else
        statement.bindNull(8);
    statement.bind(9, session.reasons);
    return statement.step() == SQLITE_DONE;
}

bool RecordStore::insertPolicyVersion(const PolicyChange& change, qint64 auditSeq)
{
    SqliteStatement statement = m_connection.prepare(
        "INSERT INTO policy_versions (changed_at, changed_by, before_json, after_json, audit_seq) "
        "VALUES (?, ?, ?, ?, ?)");
    if (!statement.valid())
        return false;
    statement.bind(1, change.changedAt);
    statement.bind(2, change.changedBy);
    if (change.beforeJson.isEmpty())
        statement.bindNull(3);
    else
        statement.bind(3, change.beforeJson);
    statement.bind(4, change.afterJson);
    statement.bind(5, auditSeq);
    return statement.step() == SQLITE_DONE;
}

} // namespace parkwatt
