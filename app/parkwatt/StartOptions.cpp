#include "StartOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTime>

using namespace parkwatt;


bool printsAndExits(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" ||
            arg == "--hash-pin")
            return true;
    }
    return false;
}

StartOptions parseStartOptions(const QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("parkwatt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StartOptions", 
        "Parkwatt: energy management for buildings with an EV garage. Without options, runs the built-in "
        "demo garage: parkwatt-sim serves its chargers, meters, PV inverter and battery over Modbus TCP on "
        "this machine and the engine controls them as it would a real site."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("StartOptions", "Run the built-in demo garage (the default)."));
    const QCommandLineOption site(
        QStringLiteral("site"), QCoreApplication::translate("StartOptions", "Control this site (parkwatt-site/1) over Modbus TCP from this program."),
        QStringLiteral("FILE"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("StartOptions", "The site's database: the engine records into it and the History page shows "
           "it (the demo uses a temporary one without this)."),
        QStringLiteral("FILE"));
    const QCommandLineOption profiles(QStringLiteral("profiles"), QCoreApplication::translate("StartOptions", "A folder of extra device profiles."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption lockDir(QStringLiteral("lock-dir"),
                                     QCoreApplication::translate("StartOptions", "Where the controller lock lives (default: the runtime directory)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("StartOptions", "Your role until sign-in arrives: viewer, manager (default), installer or "
           "admin. Checked by the engine for every command."),
        QStringLiteral("ROLE"), QStringLiteral("manager"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("StartOptions", "Your name in the audit trail (default: the login)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QCoreApplication::translate("StartOptions", "The demo's simulated seconds per second (default 10)."),
                                   QStringLiteral("X"), QStringLiteral("10"));
    const QCommandLineOption startAt(QStringLiteral("start-at"),
                                     QCoreApplication::translate("StartOptions", "Where the demo's day begins (default 07:00)."),
                                     QStringLiteral("HH:MM"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("StartOptions", "Start, run a few cycles, check the window, and quit (exit 0 when healthy)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("StartOptions", "Write one PNG of every page (1600x1000) into DIR after a few cycles, and quit. The demo then "
           "begins at 13:00 unless --start-at says otherwise."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("StartOptions", "Start in this language: en, de, fr, zh_CN or ja (default: the system's, or the one last "
           "chosen in the control room's View menu)."),
        QStringLiteral("CODE"));
    const QCommandLineOption api(
        QStringLiteral("api"),
        QCoreApplication::translate("StartOptions", "Serve the engine's API (docs/api.md) for remote control rooms and kiosks on PORT "
           "(loopback) or ADDRESS:PORT."),
        QStringLiteral("[ADDRESS:]PORT"));
    const QCommandLineOption apiDir(
        QStringLiteral("api-dir"),
        QCoreApplication::translate("StartOptions", "Where the API's certificate and tokens are kept (default: the user's data "
           "folder, parkwatt/api)."),
        QStringLiteral("DIR"));
    const QCommandLineOption connectTo(
        QStringLiteral("connect"),
        QCoreApplication::translate("StartOptions", "Attach to the engine at HOST:PORT over the network instead of running one."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QCoreApplication::translate("StartOptions", "With --connect: your role's API token (or PARKWATT_TOKEN in the environment)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        QCoreApplication::translate("StartOptions", "With --connect: read the API token from FILE (keeps it out of the process "
           "list)."),
        QStringLiteral("FILE"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        QCoreApplication::translate("StartOptions", "With --connect: the engine's certificate SHA-256 fingerprint, as parkwattd run prints it."),
        QStringLiteral("AB:CD:..."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("StartOptions", "Run the lobby kiosk (fullscreen, locked, for drivers and visitors) instead of the control room; "
           "with --connect, attached to an engine on another machine (docs/kiosk.md)."));
    const QCommandLineOption kioskConfig(
        QStringLiteral("kiosk-config"),
        QCoreApplication::translate("StartOptions", "The kiosk's settings: manager PIN, bay PINs, driver input, timings (parkwatt-kiosk/1)."),
        QStringLiteral("FILE"));
    const QCommandLineOption hashPin(
        QStringLiteral("hash-pin"),
        QCoreApplication::translate("StartOptions", "Read a PIN from standard input and print its hash for a kiosk file, then quit."));
    const QCommandLineOption idleLogoff(
        QStringLiteral("idle-logoff"),
        QCoreApplication::translate("StartOptions", "With --site and --db: sign the operator off after MINUTES without input (default 15)."),
        QStringLiteral("MINUTES"), QStringLiteral("15"));
    parser.addOption(idleLogoff);
    const QCommandLineOption commission(
        QStringLiteral("commission"),
        QCoreApplication::translate("StartOptions", "Open the commissioning wizard for installers (with --site FILE: that site file imported); it "
           "saves a site file for parkwattd run. With --db FILE the installer signs in to the site's "
           "database "
           "and the register inspector may write, each write audited (docs/commissioning.md)."));
    parser.addOption(commission);
    parser.addOptions({demo,  site,      db,          profiles,    lockDir,     role,   user,
                       speed, startAt,   selfTest,    screenshots, language,    api,    apiDir, connectTo,
                       token, tokenFile, fingerprint, kiosk,       kioskConfig, hashPin});
    parser.process(app); // exits on --help, --version and unknown options

    StartOptions o;
    o.sitePath = parser.value(site);
    o.dbPath = parser.value(db);
    o.profileDirs = parser.values(profiles);
    o.lockDir = parser.value(lockDir);
    o.selfTest = parser.isSet(selfTest);
    o.screenshotDir = parser.value(screenshots);
    o.language = parser.value(language);
    o.apiListen = parser.value(api);
    o.apiDir = parser.value(apiDir);
    o.connectTo = parser.value(connectTo);
    o.token = parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("PARKWATT_TOKEN");
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (file.open(QIODevice::ReadOnly))
            o.token = QString::fromUtf8(file.readAll()).trimmed();
        else
            o.error = QCoreApplication::translate("StartOptions", "--token-file %1: cannot read: %2").arg(file.fileName(), file.errorString());
    }
    o.fingerprint = parser.value(fingerprint);
    bool minutesOk = false;
    const double idleMinutes = parser.value(idleLogoff).toDouble(&minutesOk);
    if (!minutesOk || !(idleMinutes >= 0.05 && idleMinutes <= 24 * 60))
        o.error = QCoreApplication::translate("StartOptions", "--idle-logoff %1: expected minutes from 0.05 to 1440").arg(parser.value(idleLogoff));
    o.idleLogoffMs = int(idleMinutes * 60 * 1000);
    o.commission = parser.isSet(commission);
    if (o.commission && (parser.isSet(kiosk) || parser.isSet(connectTo)))
        o.error = QCoreApplication::translate("StartOptions", "--commission excludes --kiosk and --connect");
    o.kiosk = parser.isSet(kiosk);
    o.kioskConfigPath = parser.value(kioskConfig);
    o.hashPin = parser.isSet(hashPin);
    if (!o.kioskConfigPath.isEmpty() && !o.kiosk)
        o.error = QCoreApplication::translate("StartOptions", "--kiosk-config needs --kiosk");
    if (int(parser.isSet(demo)) + int(parser.isSet(site)) + int(parser.isSet(connectTo)) > 1)
        o.error = QCoreApplication::translate("StartOptions", "--demo, --site and --connect exclude each other");
    if (parser.isSet(connectTo) && (o.token.isEmpty() || o.fingerprint.isEmpty()))
        o.error = QCoreApplication::translate("StartOptions", "--connect needs --token, --token-file or PARKWATT_TOKEN, and --fingerprint");
    const auto chosenRole = roleFromName(parser.value(role));
    if (!chosenRole)
        o.error = QCoreApplication::translate("StartOptions", "--role %1: expected viewer, manager, installer or admin").arg(parser.value(role));
    o.op.role = chosenRole.value_or(UserRole::Viewer);
    o.op.name = parser.value(user);
    if (o.op.name.isEmpty())
        o.op.name = qEnvironmentVariable("USER", QStringLiteral("operator"));
    bool ok = false;
    o.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !(o.speed > 0 && o.speed <= 3600))
        o.error = QCoreApplication::translate("StartOptions", "--speed %1: expected a number above 0 and at most 3600").arg(parser.value(speed));
    if (!o.screenshotDir.isEmpty()) {
        o.startAtS = 13 * 3600; // sun, cars charging, some feeding the building
        if (!parser.isSet(speed))
            o.speed = 30;
    }
    if (parser.isSet(startAt)) {
        const QTime at = QTime::fromString(parser.value(startAt), QStringLiteral("HH:mm"));
        if (!at.isValid())
            o.error = QCoreApplication::translate("StartOptions", "--start-at %1: expected HH:MM").arg(parser.value(startAt));
        o.startAtS = at.isValid() ? at.msecsSinceStartOfDay() / 1000 : 0;
    }
    return o;
}
