#include "storage/SampleStore.h"

#include <cmath>
#include <sqlite3.h>

namespace parkwatt {

bool SampleStore::loadSeries(QHash<QString, SeriesId>* series, StorageError* error)
{
    SqliteStatement rows = m_connection.prepare("SELECT id, name FROM series");
    if (!rows.valid()) {
        *error = m_connection.lastError(QStringLiteral("cannot read the series"));
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW)
        series->insert(rows.text(1), rows.int64(0));
    if (rc != SQLITE_DONE) {
        *error = m_connection.lastError(QStringLiteral("cannot read the series"));
        return false;
    }
    return true;
}

bool SampleStore::insertSeries(SeriesId id, const QString& name)
{
    if (!m_insertSeries.valid())
        m_insertSeries = m_connection.prepare("INSERT OR IGNORE INTO series (id, name) VALUES (?, ?)");
    if (!m_insertSeries.valid())
        return false;
    m_insertSeries.reset();
    m_insertSeries.bind(1, id);
    m_insertSeries.bind(2, name);
    return m_insertSeries.step() == SQLITE_DONE;
}

bool SampleStore::insertSamples(const std::vector<Sample>& samples)
{
    if (!m_insertSample.valid())
        // A repeated (time, series) is the same reading sent twice: the later one wins.
        m_insertSample = m_connection.prepare(
            "INSERT OR REPLACE INTO samples_recent (t, series_id, value) VALUES (?, ?, ?)");
    if (!m_insertSample.valid())
        return false;
    for (const Sample& sample : samples) {
        m_insertSample.reset();
        m_insertSample.bind(1, sample.timeMs);
        m_insertSample.bind(2, sample.series);
        if (std::isfinite(sample.value))
            m_insertSample.bind(3, sample.value);
        else
            m_insertSample.bindNull(3); // an invalid reading (device lost) is a gap, not a number
        if (m_insertSample.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

} // namespace parkwatt
