#pragma once
// ISO 8601 date-times with an explicit UTC offset, as the file contracts write them:
// `2026-07-14T07:55:00+02:00`, `2026-07-26T07:52:55.785572+02:00`, `2026-07-14T05:55:00Z`.
// Written by hand rather than with QDateTime so that fractional seconds of any length are read
// (rounded to the nearest millisecond) and a missing offset is an error, never "local time".

#include "model/Time.h"

#include <QString>
#include <QStringView>

namespace parkwatt {

struct IsoTime {
    TimeMs ms = 0;      // since the Unix epoch, UTC
    int utcOffsetS = 0; // the offset the text was written in
};

struct IsoTimeParse {
    bool ok = false;
    IsoTime time;
    QString problem; // when not ok: why, in words for an error message
};

// Accepts `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `+HH:MM` / `-HH:MM`
// (also `+HHMM` and `+HH`). 't' and 'z' may be lower case.
IsoTimeParse parseIsoTime(QStringView text);

// Writes `ms` in the clock of `utcOffsetS`: `2026-07-14T07:55:00+02:00` (milliseconds only
// when there are any; `Z` for offset 0).
QString formatIsoTime(TimeMs ms, int utcOffsetS);

} // namespace parkwatt
