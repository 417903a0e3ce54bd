// parkwatt-sim: serves a site file's devices over Modbus TCP on loopback, each speaking its
// profile's register map, so the engine, tests, installers and the demo run without hardware.
// With --scenario the devices show the scenario's site physics in (accelerated) simulated time;
// --fault and the --control channel make devices misbehave. docs/simulator.md has the details.
// The composition root: load, check, build, wire, run until SIGTERM or Ctrl-C.

#include "config/IsoTime.h"
#include "config/ScenarioReader.h"
#include "config/SiteFileReader.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/ScenarioPlayer.h"
#include "devices/sim/SimulatorControl.h"
#include "devices/sim/SiteSimulator.h"
#include "engine/ShutdownSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTime>
#include <cstdio>
#include <sys/resource.h>
#include <utility>
#include <vector>

using namespace parkwatt;

namespace {

constexpr int kBadInput = 2;

int fail(const QString& message)
{
    std::fprintf(stderr, "parkwatt-sim: %s\n", qPrintable(message));
    return kBadInput;
}

// "DEVICE:KIND[:ARG]" -> the device and its fault, or an error naming the option's text.
std::optional<std::pair<QString, FaultSpec>> parseFaultOption(const QString& text, const SiteFile& site,
                                                              const QString& siteLabel, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty()) {
        *error = QStringLiteral("--fault %1: expected DEVICE:KIND[:ARG], e.g. B01-evse:late:3000").arg(text);
        return std::nullopt;
    }
    bool known = false;
    for (const DeviceSpec& device : site.devices)
        known = known || device.id == parts[0];
    if (!known) {
        *error = QStringLiteral("--fault %1: no device '%2' in %3").arg(text, parts[0], siteLabel);
        return std::nullopt;
    }
    QString why;
    const std::optional<FaultSpec> fault = parseFault(parts[1], parts.value(2), &why);
    if (!fault) {
        *error = QStringLiteral("--fault %1: %2").arg(text, why);
        return std::nullopt;
    }
    return std::make_pair(parts[0], *fault);
}

// One listening socket per device plus one connection each: more than the usual 1024 descriptors
// for a few hundred devices, so take what the hard limit allows.
void allowManyConnections(size_t devices)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    const rlim_t needed = rlim_t(devices) * 2 + 64;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed)
        std::fprintf(stderr, "warning: %zu devices may need %llu file descriptors, the limit is %llu\n",
                     devices, static_cast<unsigned long long>(needed),
                     static_cast<unsigned long long>(limit.rlim_cur));
}

QString deviceLine(const DeviceSpec& device)
{
    const QString what = device.role == DeviceRole::Charger
                             ? device.profile + QStringLiteral(", charger ") + device.chargerId
                             : device.profile;
    return QStringLiteral("serving %1 (%2) on %3:%4 unit %5")
        .arg(device.id, what, device.host)
        .arg(device.port)
        .arg(device.unit);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkwatt-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves every device of a Parkwatt site file over Modbus TCP on loopback, each speaking its "
        "device profile's register map. With --scenario the devices show the scenario's PV, load and "
        "EV sessions as the site physics plays them in simulated time, and chargers and batteries follow "
        "what a controller writes. Runs until SIGTERM or Ctrl-C. See docs/simulator.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site file (parkwatt-site/1)."), QStringLiteral("FILE"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Play this scenario (parkwatt-scenario/1): its chargers must match the site's charger "
                       "devices by charger id."),
        QStringLiteral("FILE"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral(
            "Simulated seconds per wall second with --scenario (default 1; 60 plays an hour a minute)."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Start DEVICE with a fault (repeatable): drop, late[:MS], exception[:CODE], garbage, "
                       "silence, no-readback, watchdog-off, stuck-power."),
        QStringLiteral("DEVICE:KIND[:ARG]"));
    const QCommandLineOption controlOption(
        QStringLiteral("control"),
        QStringLiteral("Accept control commands (fault, clear, status, help) on 127.0.0.1:PORT."),
        QStringLiteral("PORT"));
    const QCommandLineOption startAtOption(
        QStringLiteral("start-at"),
        QStringLiteral(
            "With --scenario: begin this long after the scenario's start (HH:MM); the time before is "
            "played at once as if uncontrolled (every car charging at its charger's maximum)."),
        QStringLiteral("HH:MM"));
    parser.addOptions(
        {siteOption, profilesOption, scenarioOption, speedOption, startAtOption, faultOption, controlOption});
    parser.process(app);
    if (!parser.isSet(siteOption))
        return fail(QStringLiteral("--site FILE is required (see --help)"));

    const QString sitePath = parser.value(siteOption);
    const LoadResult<SiteFile> site = loadSiteFile(sitePath);
    for (const QString& warning : site.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!site.ok())
        return fail(site.error.toString());
    const QString siteLabel = QFileInfo(sitePath).fileName();

    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || !(speed > 0 && speed <= SiteSimulator::kMaxSpeed))
        return fail(QStringLiteral("--speed %1: expected a number above 0 and at most %2")
                        .arg(parser.value(speedOption))
                        .arg(SiteSimulator::kMaxSpeed));
    if (parser.isSet(speedOption) && !parser.isSet(scenarioOption))
        return fail(QStringLiteral("--speed needs --scenario (without one the values are static)"));

    std::optional<ScenarioRun> run;
    if (parser.isSet(scenarioOption)) {
        const LoadResult<Scenario> scenario = loadScenarioFile(parser.value(scenarioOption));
        for (const QString& warning : scenario.warnings)
            std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
        if (!scenario.ok())
            return fail(scenario.error.toString());
        run = ScenarioRun{
            *scenario.value, speed, {siteLabel, QFileInfo(parser.value(scenarioOption)).fileName()}};
        if (parser.isSet(startAtOption)) {
            const QTime at = QTime::fromString(parser.value(startAtOption), QStringLiteral("HH:mm"));
            if (!at.isValid() || at.msecsSinceStartOfDay() / 1000 >= int(scenario.value->durationH * 3600))
                return fail(QStringLiteral("--start-at %1: expected HH:MM within the scenario's %2 h")
                                .arg(parser.value(startAtOption))
                                .arg(scenario.value->durationH));
            run->startAtS = at.msecsSinceStartOfDay() / 1000;
        }
    } else if (parser.isSet(startAtOption)) {
        return fail(QStringLiteral("--start-at needs --scenario"));
    }

    std::vector<std::pair<QString, FaultSpec>> faults;
    for (const QString& text : parser.values(faultOption)) {
        QString error;
        const auto fault = parseFaultOption(text, *site.value, siteLabel, &error);
        if (!fault)
            return fail(error);
        faults.push_back(*fault);
    }
    std::optional<quint16> controlPort;
    if (parser.isSet(controlOption)) {
        bool ok = false;
        const uint port = parser.value(controlOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(QStringLiteral("--control %1: expected a port from 1 to 65535")
                            .arg(parser.value(controlOption)));
        controlPort = quint16(port);
    }

    const ProfileLibrary profiles = ProfileLibrary::withBuiltIns(parser.values(profilesOption));
    for (const ConfigError& error : profiles.errors())
        std::fprintf(stderr, "warning: profile %s\n", qPrintable(error.toString()));

    allowManyConnections(site.value->devices.size());
    SiteSimulator simulator([] { return QDateTime::currentMSecsSinceEpoch(); });
    QStringList errors;
    const bool started = run ? simulator.start(*site.value, profiles, *run, &errors)
                             : simulator.start(*site.value, profiles, &errors);
    if (!started) {
        for (const QString& error : errors)
            std::fprintf(stderr, "parkwatt-sim: %s\n", qPrintable(error));
        return kBadInput;
    }
    for (const auto& [deviceId, fault] : faults) {
        QString error;
        if (!simulator.setFault(deviceId, fault, &error))
            return fail(error);
    }
    SimulatorControl control(simulator);
    if (controlPort) {
        QString error;
        if (!control.listen(*controlPort, &error))
            return fail(error);
    }

    std::printf("parkwatt-sim %s: site \"%s\" (%s), %zu devices\n", PARKWATT_VERSION,
                qPrintable(site.value->site.name), qPrintable(siteLabel), site.value->devices.size());
    if (run) {
        const Scenario& sc = run->scenario;
        std::printf("scenario \"%s\" (%s): from %s for %g h at speed %g; physics in %d s steps every %d ms\n",
                    qPrintable(sc.name), qPrintable(QFileInfo(parser.value(scenarioOption)).fileName()),
                    qPrintable(formatIsoTime(sc.startMs, sc.utcOffsetS)), sc.durationH, speed,
                    ScenarioPlayer::kStepS, SiteSimulator::kTickMs);
    } else {
        std::printf("no scenario: static values\n");
    }
    for (const DeviceSpec& device : site.value->devices)
        std::printf("%s\n", qPrintable(deviceLine(device)));
    for (const auto& [deviceId, fault] : faults)
        std::printf("fault %s %s\n", qPrintable(deviceId), qPrintable(fault.toString()));
    if (controlPort)
        std::printf("control on 127.0.0.1:%d (fault, clear, status, help)\n", int(*controlPort));
    std::fflush(stdout);

    QObject::connect(&simulator, &SiteSimulator::scenarioFinished, &app, [&simulator] {
        const ScenarioPlayer* player = simulator.player();
        std::printf("scenario finished at %s; the devices keep their last values\n",
                    qPrintable(formatIsoTime(player->timeMs(), player->scenario().utcOffsetS)));
        std::fflush(stdout);
    });
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, [&](int) {
        simulator.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
