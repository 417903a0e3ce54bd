#pragma once
// Reads events and sessions for a time range (the event list, the session report, export).
// Its own read-only connection, like TimeSeriesReader.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"

#include <optional>
#include <vector>

namespace parkwatt {

struct StoredSession {
    qint64 id = 0;
    SessionRecord session;
};

class RecordReader {
public:
    explicit RecordReader(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    // Events active at some time in [from, to): raised before `to`, not cleared before `from`.
    std::optional<std::vector<EventRecord>> events(TimeMs fromMs, TimeMs toMs, StorageError* error);
    // Sessions that overlap [from, to): arrived before `to`, not gone before `from`.
    std::optional<std::vector<StoredSession>> sessions(TimeMs fromMs, TimeMs toMs, StorageError* error);

private:
    SqliteConnection& m_connection;
};

} // namespace parkwatt
