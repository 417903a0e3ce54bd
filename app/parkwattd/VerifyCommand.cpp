#include "VerifyCommand.h"

#include "commissioning/ChargerVerifier.h"
#include "commissioning/VerificationReport.h"
#include "config/SiteFileReader.h"
#include "devices/profiles/ProfileLibrary.h"

#include <QCommandLineParser>
#include <QCoro/QCoroTask>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>

using namespace parkwatt;

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd verify: %s\n", qPrintable(message));
    return code;
}

} // namespace

int VerifyCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies every charger of a site file before it goes live: identity and state, fail-safe current "
        "and watchdog written and read back, setpoints stepped from minimum to maximum and back with the "
        "measured power following, optionally the fallback to the fail-safe, and the sum of all fallbacks "
        "against the grid connection. A car (or an EV simulator) must be plugged into each charger. Exit "
        "0: every check passed, 5: a check failed, 2: bad input. See docs/commissioning.md."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The command."));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site file (parkwatt-site/1)."), QStringLiteral("FILE"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QStringLiteral("Verify only this charger device of the site file."),
                                          QStringLiteral("ID"));
    const QCommandLineOption fallbackOption(
        QStringLiteral("fallback"),
        QStringLiteral(
            "Also go silent and watch each charger fall back to its fail-safe (takes its watchdog time)."));
    const QCommandLineOption stepWaitOption(
        QStringLiteral("step-wait-ms"),
        QStringLiteral("How long the measured power may take to follow a setpoint (default 8000)."),
        QStringLiteral("N"), QStringLiteral("8000"));
    const QCommandLineOption watchdogOption(
        QStringLiteral("watchdog-s"),
        QStringLiteral("The watchdog timeout to write where the charger takes one (default: the profile's)."),
        QStringLiteral("N"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also write the result as JSON (parkwatt-verification/1)."),
        QStringLiteral("FILE"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    parser.addOptions({siteOption, deviceOption, fallbackOption, stepWaitOption, watchdogOption, jsonOption,
                       profilesOption});
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(ExitInvalidInput, QStringLiteral("unexpected argument '%1' (see --help)")
                                          .arg(parser.positionalArguments().value(1)));
    if (!parser.isSet(siteOption))
        return fail(ExitInvalidInput, QStringLiteral("--site FILE is required (see --help)"));
    VerifierOptions options;
    options.fallback = parser.isSet(fallbackOption);
    bool ok = false;
    options.stepWaitMs = parser.value(stepWaitOption).toInt(&ok);
    if (!ok || options.stepWaitMs < 100 || options.stepWaitMs > 600000)
        return fail(ExitInvalidInput,
                    QStringLiteral("--step-wait-ms %1: expected a whole number from 100 to 600000")
                        .arg(parser.value(stepWaitOption)));
    if (parser.isSet(watchdogOption)) {
        const int s = parser.value(watchdogOption).toInt(&ok);
        if (!ok || s < 1 || s > 65535)
            return fail(ExitInvalidInput,
                        QStringLiteral("--watchdog-s %1: expected a whole number from 1 to 65535")
                            .arg(parser.value(watchdogOption)));
        options.watchdogS = s;
    }

    const LoadResult<SiteFile> site = loadSiteFile(parser.value(siteOption));
    if (!site.ok())
        return fail(ExitInvalidInput, site.error.toString());
    const ProfileLibrary library = ProfileLibrary::withBuiltIns(parser.values(profilesOption));
    if (!library.errors().isEmpty()) {
        for (const ConfigError& e : library.errors())
            std::fprintf(stderr, "parkwattd verify: %s\n", qPrintable(e.toString()));
        return ExitInvalidInput;
    }
    std::vector<DeviceSpec> chargers;
    for (const DeviceSpec& d : site.value->devices) {
        if (d.role != DeviceRole::Charger)
            continue;
        if (parser.isSet(deviceOption) && d.id != parser.value(deviceOption))
            continue;
        if (!library.find(d.profile))
            return fail(ExitInvalidInput,
                        QStringLiteral("device %1: unknown profile '%2'").arg(d.id, d.profile));
        chargers.push_back(d);
    }
    if (chargers.empty())
        return fail(ExitInvalidInput,
                    parser.isSet(deviceOption)
                        ? QStringLiteral("--device %1: no charger device of that id in %2")
                              .arg(parser.value(deviceOption), parser.value(siteOption))
                        : QStringLiteral("%1 has no charger devices").arg(parser.value(siteOption)));

    QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.modbus.info=false"));
    const VerificationReport report =
        QCoro::waitFor(verifyChargers(*site.value, library, chargers, options, [](const DeviceSpec& device) {
            std::fprintf(stdout, "%s: verifying (%s at %s:%d unit %d)\n", qPrintable(device.id),
                         qPrintable(device.profile), qPrintable(device.host), device.port, device.unit);
            std::fflush(stdout);
        }));
    for (const QString& line : report.lines())
        std::fprintf(stdout, "%s\n", qPrintable(line));
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) < 0)
            return fail(ExitInternalFailure,
                        QStringLiteral("--json %1: %2").arg(out.fileName(), out.errorString()));
    }
    return report.passed() ? ExitOk : ExitCheckFailed;
}
