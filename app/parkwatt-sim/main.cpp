// parkwatt-sim: serves a site file's devices over Modbus TCP on loopback, each speaking its
// profile's register map, so the engine, tests, installers and the demo run without hardware.
// The composition root: load, build, wire, run until SIGTERM or Ctrl-C.

#include "config/SiteFileReader.h"
#include "devices/profiles/ProfileLibrary.h"
#include "devices/sim/SiteSimulator.h"
#include "engine/ShutdownSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace parkwatt;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkwatt-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves every device of a Parkwatt site file over Modbus TCP on loopback, each speaking its "
        "device profile's register map. Runs until SIGTERM or Ctrl-C."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site file (parkwatt-site/1)."), QStringLiteral("FILE"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    parser.addOptions({siteOption, profilesOption});
    parser.process(app);
    if (!parser.isSet(siteOption)) {
        std::fprintf(stderr, "parkwatt-sim: --site FILE is required (see --help)\n");
        return 2;
    }

    const LoadResult<SiteFile> site = loadSiteFile(parser.value(siteOption));
    for (const QString& warning : site.warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning));
    if (!site.ok()) {
        std::fprintf(stderr, "parkwatt-sim: %s\n", qPrintable(site.error.toString()));
        return 2;
    }
    const ProfileLibrary profiles = ProfileLibrary::withBuiltIns(parser.values(profilesOption));
    for (const ConfigError& error : profiles.errors())
        std::fprintf(stderr, "warning: profile %s\n", qPrintable(error.toString()));

    SiteSimulator simulator([] { return QDateTime::currentMSecsSinceEpoch(); });
    QStringList errors;
    if (!simulator.start(*site.value, profiles, &errors)) {
        for (const QString& error : errors)
            std::fprintf(stderr, "parkwatt-sim: %s\n", qPrintable(error));
        return 2;
    }
    for (const DeviceSpec& device : site.value->devices)
        std::printf("serving %s (%s) on %s:%d unit %d\n", qPrintable(device.id), qPrintable(device.profile),
                    qPrintable(device.host), device.port, device.unit);
    std::fflush(stdout);

    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &app, [&](int) {
        simulator.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
