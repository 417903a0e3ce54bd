#pragma once
// The writer's side of events, sessions and policy versions: one statement each, inside the
// writer's transaction.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"

namespace parkwatt {

QString severityName(EventSeverity severity);

class RecordStore {
public:
    explicit RecordStore(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    bool raiseEvent(const RaisedEvent& event);
    // Clears the newest uncleared event with this source and code (nothing if none is raised).
    bool clearEvent(const QString& source, const QString& code, TimeMs clearedAt);
    bool acknowledgeEvent(qint64 eventId, TimeMs at, const QString& by);
    // Inserts the session at arrival, or completes it (same charger and arrival) at departure.
    bool recordSession(const SessionRecord& session);
    bool insertPolicyVersion(const PolicyChange& change, qint64 auditSeq);

private:
    SqliteConnection& m_connection;
};

} // namespace parkwatt
