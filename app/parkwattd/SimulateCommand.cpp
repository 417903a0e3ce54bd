#include "SimulateCommand.h"

#include "DatabaseOption.h"
#include "TerminalProgress.h"
#include "config/ScenarioReader.h"
#include "engine/CsvRecorder.h"
#include "engine/StorageSink.h"
#include "engine/WhatIfRun.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd simulate: %s\n", qPrintable(message));
    return code;
}

bool writeWhole(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace

int SimulateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates a scenario faster than real time and writes the report (parkwatt-report/1)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("simulate"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), QStringLiteral("A parkwatt-scenario/1 file."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QStringLiteral("Write the report to FILE (default: standard output)."),
        QStringLiteral("FILE"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), QStringLiteral("Write the time series to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption perChargerOption(
        QStringLiteral("per-charger"), QStringLiteral("Add each charger's power and EV energy to the CSV."));
    const QCommandLineOption baselineOption(
        QStringLiteral("baseline"),
        QStringLiteral("Also run uncontrolled charging and add it to the report."));
    const QCommandLineOption controllerOption(
        QStringLiteral("controller"),
        QStringLiteral("Who controls the site: policy (the scenario's policy, default) or baseline "
                       "(uncontrolled charging)."),
        QStringLiteral("NAME"), QStringLiteral("policy"));
    const QCommandLineOption forecastOption(
        QStringLiteral("forecast"),
        QStringLiteral("What the planner may know: perfect or realistic (default)."), QStringLiteral("MODE"),
        QStringLiteral("realistic"));
    parser.addOptions(
        {reportOption, csvOption, perChargerOption, baselineOption, controllerOption, forecastOption});
    const DatabaseOption dbOption;
    dbOption.addTo(parser);

    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitInvalidInput, QStringLiteral("expected one scenario file (see --help)"));

    const QString forecastName = parser.value(forecastOption);
    if (forecastName != QLatin1String("perfect") && forecastName != QLatin1String("realistic"))
        return fail(ExitInvalidInput,
                    QStringLiteral("--forecast: expected perfect or realistic, got '%1'").arg(forecastName));

    const QString controllerName = parser.value(controllerOption);
    if (controllerName != QLatin1String("policy") && controllerName != QLatin1String("baseline"))
        return fail(
            ExitInvalidInput,
            QStringLiteral("--controller: expected policy or baseline, got '%1'").arg(controllerName));

    const LoadResult<Scenario> loaded = loadScenarioFile(positional.at(1));
    for (const QString& warning : loaded.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!loaded.ok())
        return fail(ExitInvalidInput, loaded.error.toString());
    const Scenario& scenario = *loaded.value;

    WhatIfOptions options;
    options.controller =
        controllerName == QLatin1String("baseline") ? ControllerKind::Baseline : ControllerKind::Policy;
    options.forecast =
        forecastName == QLatin1String("perfect") ? ForecastMode::Perfect : ForecastMode::Realistic;

    QSaveFile csvFile;
    std::unique_ptr<CsvRecorder> csv;
    if (parser.isSet(csvOption)) {
        csvFile.setFileName(parser.value(csvOption));
        if (!csvFile.open(QIODevice::WriteOnly))
            return fail(ExitInvalidInput,
                        csvFile.fileName() + QStringLiteral(": cannot write: ") + csvFile.errorString());
        csv = std::make_unique<CsvRecorder>(csvFile, scenario, parser.isSet(perChargerOption));
        options.sinks.push_back(csv.get());
    }

    std::unique_ptr<StorageWriter> storage;
    std::unique_ptr<StorageSink> storageSink;
    if (dbOption.isSet(parser)) {
        QString dbError;
        storage = dbOption.open(parser, &dbError);
        if (!storage)
            return fail(ExitInvalidInput, dbError);
        storageSink = std::make_unique<StorageSink>(scenario.site, *storage);
        options.sinks.push_back(storageSink.get());
    }

    WhatIfResult result;
    {
        TerminalProgress progress(scenario.name);
        options.progress = [&progress](int done, int total) { progress.update(done, total); };
        result = runWhatIf(scenario, options);
    }
    std::optional<WhatIfResult> baseline;
    if (parser.isSet(baselineOption)) {
        WhatIfOptions baselineOptions;
        baselineOptions.controller = ControllerKind::Baseline;
        baselineOptions.forecast = options.forecast;
        TerminalProgress progress(scenario.name + QStringLiteral(" (baseline)"));
        baselineOptions.progress = [&progress](int done, int total) { progress.update(done, total); };
        baseline = runWhatIf(scenario, baselineOptions);
    }

    QString error;
    if (storage) {
        StorageSink::recordOutcomes(*storage, scenario, result.sessions);
        if (!storage->flush())
            return fail(ExitInternalFailure,
                        storage->path() + QStringLiteral(": not everything could be recorded"));
    }
    if (csv && (!csv->ok() || !csvFile.commit()))
        return fail(ExitInternalFailure,
                    csvFile.fileName() + QStringLiteral(": cannot write: ") + csvFile.errorString());

    QJsonObject report = reportToJson(result.figures, baseline ? &baseline->figures : nullptr);
    report.insert(QStringLiteral("controller"), controllerName);
    report.insert(QStringLiteral("sessions"), sessionOutcomesToJson(scenario, result.sessions));
    report.insert(QStringLiteral("forecast"), forecastName);
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (parser.isSet(reportOption)) {
        if (!writeWhole(parser.value(reportOption), json, &error))
            return fail(ExitInternalFailure, error);
    } else if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size())) {
        return fail(ExitInternalFailure, QStringLiteral("cannot write the report to standard output"));
    }
    return ExitOk;
}
