#pragma once
// The writer's side of the time series: series names to ids, and a second's samples appended
// to samples_recent (keyed time first, so a batch touches a few pages at the end of one
// B-tree however many series there are). Runs inside the writer's transaction.

#include "storage/SqliteConnection.h"
#include "storage/StorageRecords.h"

#include <QHash>
#include <vector>

namespace parkwatt {

class SampleStore {
public:
    explicit SampleStore(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    // Every series stored so far, name -> id.
    bool loadSeries(QHash<QString, SeriesId>* series, StorageError* error);
    bool insertSeries(SeriesId id, const QString& name);
    bool insertSamples(const std::vector<Sample>& samples);

private:
    SqliteConnection& m_connection;
    SqliteStatement m_insertSeries;
    SqliteStatement m_insertSample;
};

} // namespace parkwatt
