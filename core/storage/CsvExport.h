#pragma once
// Writes stored history as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
// quote or line break quoted, quotes doubled), for `parkwattd export` and the GUI's export
// button alike. Times are ISO 8601 in UTC; numbers locale-independent, shortest exact form.

#include "storage/StorageError.h"
#include "storage/StorageRecords.h"

#include <QIODevice>
#include <QStringList>

namespace parkwatt {

class TimeSeriesReader;
class RecordReader;

// One RFC 4180 record (with its CRLF).
QByteArray csvRecord(const QStringList& fields);

class CsvExport {
public:
    CsvExport(TimeSeriesReader& series, RecordReader& records)
        : m_series(series)
        , m_records(records)
    {
    }

    // series,start,end,min,max,avg,count: one row per bucket of each series, in the order
    // given. `maxPoints` per series; 0 = the finest resolution still kept (1 s where raw
    // samples are, coarser where retention has trimmed them).
    bool writeSeries(QIODevice& out, const QStringList& names, TimeMs fromMs, TimeMs toMs, int maxPoints,
                     StorageError* error);
    bool writeSessions(QIODevice& out, TimeMs fromMs, TimeMs toMs, StorageError* error);
    bool writeEvents(QIODevice& out, TimeMs fromMs, TimeMs toMs, StorageError* error);

private:
    TimeSeriesReader& m_series;
    RecordReader& m_records;
};

} // namespace parkwatt
