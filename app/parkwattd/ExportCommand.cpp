#include "ExportCommand.h"

#include "config/IsoTime.h"
#include "storage/CsvExport.h"
#include "storage/RecordReader.h"
#include "storage/TimeSeriesReader.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd export: %s\n", qPrintable(message));
    return code;
}

} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports stored history as CSV (RFC 4180): series as min/max/avg buckets, EV sessions or events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The site's database."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Start, ISO 8601 with offset (2026-11-01T00:00:00Z)."),
                                        QStringLiteral("TIME"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("End (exclusive), ISO 8601 with offset."),
                                      QStringLiteral("TIME"));
    const QCommandLineOption seriesOption(
        QStringLiteral("series"),
        QStringLiteral("A series to export (repeat, or separate names with commas)."),
        QStringLiteral("NAME"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"),
                                            QStringLiteral("Export EV sessions."));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Export events and alarms."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("Write the CSV to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption pointsOption(
        QStringLiteral("points"),
        QStringLiteral("At most N buckets per series (default: the finest resolution still kept)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({dbOption, fromOption, toOption, seriesOption, sessionsOption, eventsOption, csvOption,
                       pointsOption});

    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(ExitInvalidInput, QStringLiteral("unexpected argument '%1' (see --help)")
                                          .arg(parser.positionalArguments().value(1)));
    for (const QCommandLineOption* required : {&dbOption, &fromOption, &toOption, &csvOption})
        if (!parser.isSet(*required))
            return fail(ExitInvalidInput,
                        QStringLiteral("--%1 is required").arg(required->names().constFirst()));
    const int kinds =
        int(parser.isSet(seriesOption)) + int(parser.isSet(sessionsOption)) + int(parser.isSet(eventsOption));
    if (kinds != 1)
        return fail(ExitInvalidInput, QStringLiteral("choose one of --series NAME, --sessions or --events"));

    const IsoTimeParse from = parseIsoTime(parser.value(fromOption));
    if (!from.ok)
        return fail(ExitInvalidInput,
                    QStringLiteral("--from '%1': %2").arg(parser.value(fromOption), from.problem));
    const IsoTimeParse to = parseIsoTime(parser.value(toOption));
    if (!to.ok)
        return fail(ExitInvalidInput,
                    QStringLiteral("--to '%1': %2").arg(parser.value(toOption), to.problem));
    if (to.time.ms <= from.time.ms)
        return fail(ExitInvalidInput, QStringLiteral("--to must be after --from"));
    bool pointsOk = false;
    const int points = parser.value(pointsOption).toInt(&pointsOk);
    if (!pointsOk || points < 0)
        return fail(ExitInvalidInput, QStringLiteral("--points: expected a whole number >= 0, got '%1'")
                                          .arg(parser.value(pointsOption)));
    QStringList names;
    for (const QString& value : parser.values(seriesOption))
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed();

    StorageError error;
    std::unique_ptr<TimeSeriesReader> series = TimeSeriesReader::open(parser.value(dbOption), &error);
    if (!series)
        return fail(ExitInvalidInput, error.toString());
    for (const QString& name : std::as_const(names))
        if (!series->seriesId(name))
            return fail(ExitInvalidInput, QStringLiteral("%1: no series named '%2' (it has: %3)")
                                              .arg(parser.value(dbOption), name,
                                                   series->seriesNames().join(QStringLiteral(", "))));
    RecordReader records(series->connection());
    CsvExport exporter(*series, records);

    QSaveFile out(parser.value(csvOption));
    if (!out.open(QIODevice::WriteOnly))
        return fail(ExitInvalidInput,
                    out.fileName() + QStringLiteral(": cannot write: ") + out.errorString());
    bool ok = false;
    if (!names.isEmpty())
        ok = exporter.writeSeries(out, names, from.time.ms, to.time.ms, points, &error);
    else if (parser.isSet(sessionsOption))
        ok = exporter.writeSessions(out, from.time.ms, to.time.ms, &error);
    else
        ok = exporter.writeEvents(out, from.time.ms, to.time.ms, &error);
    if (!ok) {
        if (error.path.isEmpty())
            error.path = out.fileName();
        return fail(ExitInternalFailure, error.toString());
    }
    if (!out.commit())
        return fail(ExitInternalFailure,
                    out.fileName() + QStringLiteral(": cannot write: ") + out.errorString());
    return ExitOk;
}
