#include "storage/CsvExport.h"

#include "config/IsoTime.h"
#include "storage/RecordReader.h"
#include "storage/TimeSeriesReader.h"

#include <QLocale>

namespace parkwatt {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
QString time(TimeMs ms)
{
    return formatIsoTime(ms, 0);
}
QString time(const std::optional<TimeMs>& ms)
{
    return ms ? time(*ms) : QString();
}

bool put(QIODevice& out, const QStringList& fields, const QString& file, StorageError* error)
{
    const QByteArray line = csvRecord(fields);
    if (out.write(line) == line.size())
        return true;
    // The caller knows the output's name and sets error->path.
    *error =
        StorageError{StorageError::Kind::Failed, file, QStringLiteral("cannot write: ") + out.errorString()};
    return false;
}

} // namespace

QByteArray csvRecord(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QByteArray field = fields[i].toUtf8();
        if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
            line += '"';
            line += QByteArray(field).replace("\"", "\"\"");
            line += '"';
        } else {
            line += field;
        }
    }
    line += "\r\n";
    return line;
}

bool CsvExport::writeSeries(QIODevice& out, const QStringList& names, TimeMs fromMs, TimeMs toMs,
                            int maxPoints, StorageError* error)
{
    if (!put(out,
             {QStringLiteral("series"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("min"),
              QStringLiteral("max"), QStringLiteral("avg"), QStringLiteral("count")},
             {}, error))
        return false;
    // The finest resolution worth asking for: one bucket a second.
    const qint64 finest = std::clamp<qint64>((toMs - fromMs) / kMsPerSecond, 1, 100'000'000);
    for (const QString& name : names) {
        const auto range = m_series.query(name, fromMs, toMs, maxPoints > 0 ? maxPoints : int(finest), error);
        if (!range)
            return false;
        for (const ChartBucket& bucket : range->buckets) {
            if (!put(out,
                     {name, time(bucket.startMs), time(std::min(bucket.startMs + range->bucketMs, toMs)),
                      number(bucket.min), number(bucket.max), number(bucket.avg),
                      QString::number(bucket.count)},
                     {}, error))
                return false;
        }
    }
    return true;
}

bool CsvExport::writeSessions(QIODevice& out, TimeMs fromMs, TimeMs toMs, StorageError* error)
{
    const auto sessions = m_records.sessions(fromMs, toMs, error);
    if (!sessions)
        return false;
    if (!put(out,
             {QStringLiteral("session"), QStringLiteral("charger"), QStringLiteral("vehicle"),
              QStringLiteral("arrival"), QStringLiteral("departure"), QStringLiteral("target_kwh"),
              QStringLiteral("charged_kwh"), QStringLiteral("discharged_kwh"), QStringLiteral("target_met"),
              QStringLiteral("reasons")},
             {}, error))
        return false;
    for (const StoredSession& stored : *sessions) {
        const SessionRecord& s = stored.session;
        const QString met =
            s.targetMet ? (*s.targetMet ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
        if (!put(out,
                 {QString::number(stored.id), s.charger, s.vehicle, time(s.arrival), time(s.departure),
                  s.targetKwh ? number(*s.targetKwh) : QString(), number(s.chargedKwh),
                  number(s.dischargedKwh), met, s.reasons},
                 {}, error))
            return false;
    }
    return true;
}

bool CsvExport::writeEvents(QIODevice& out, TimeMs fromMs, TimeMs toMs, StorageError* error)
{
    const auto events = m_records.events(fromMs, toMs, error);
    if (!events)
        return false;
    if (!put(out,
             {QStringLiteral("event"), QStringLiteral("source"), QStringLiteral("code"),
              QStringLiteral("severity"), QStringLiteral("message"), QStringLiteral("raised_at"),
              QStringLiteral("cleared_at"), QStringLiteral("acknowledged_at"),
              QStringLiteral("acknowledged_by")},
             {}, error))
        return false;
    for (const EventRecord& e : *events) {
        if (!put(out,
                 {QString::number(e.id), e.source, e.code, e.severity, e.message, time(e.raisedAt),
                  time(e.clearedAt), time(e.acknowledgedAt), e.acknowledgedBy},
                 {}, error))
            return false;
    }
    return true;
}

} // namespace parkwatt
