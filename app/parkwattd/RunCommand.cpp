#include "RunCommand.h"

#include "DatabaseOption.h"
#include "SimulateCommand.h" // ExitCode
#include "config/SiteFileReader.h"
#include "engine/ShutdownSignals.h"
#include "engine/live/ControllerLock.h"
#include "engine/live/LiveEngine.h"
#include "engine/live/LiveSite.h"
#include "engine/live/LiveSiteControl.h"
#include "remote/ApiService.h"
#include "storage/StorageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>

#if PARKWATT_HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

using namespace parkwatt;

Q_LOGGING_CATEGORY(lcRun, "parkwatt.run")

namespace {

int fail(int code, const QString& message)
{
    std::fprintf(stderr, "parkwattd run: %s\n", qPrintable(message));
    return code;
}

// One line a minute, so a log shows what the site did without a line per cycle.
void logSummary(const LiveEngine& engine, const CycleStats& stats)
{
    const SiteSnapshot& s = engine.lastSnapshot();
    int plugged = 0;
    double evKw = 0;
    for (size_t c = 0; c < s.chargers.size(); ++c) {
        plugged += s.chargers[c].plugged ? 1 : 0;
        if (c < engine.lastSetpoints().chargerKw.size())
            evKw += engine.lastSetpoints().chargerKw[c];
    }
    qCInfo(lcRun).noquote() << QStringLiteral(
                                   "cycle %1: %2/%3 devices read, grid meter %4, PV %5 kW, load %6 kW, "
                                   "%7 cars plugged, EVs commanded %8 kW, cycle %9 ms")
                                   .arg(stats.cycle)
                                   .arg(stats.devicesRead)
                                   .arg(stats.devicesRead + stats.devicesMissing)
                                   .arg(stats.gridMeterValid ? QStringLiteral("ok") : QStringLiteral("LOST"))
                                   .arg(s.pvAvailableKw, 0, 'f', 1)
                                   .arg(s.loadKw, 0, 'f', 1)
                                   .arg(plugged)
                                   .arg(evKw, 0, 'f', 1)
                                   .arg(stats.totalMs, 0, 'f', 0);
}

// systemd's notify protocol, for `parkwattd run` as a Type=notify unit (packaging/parkwattd.service):
// READY=1 once the engine has finished its first cycle (devices polled, setpoints written), STATUS=
// with each summary, WATCHDOG=1 at half the unit's WatchdogSec= while cycles keep finishing, and
// STOPPING=1 when the safe shutdown begins. Outside systemd (no NOTIFY_SOCKET) or built without
// libsystemd every call does nothing.
class SystemdNotifier {
public:
    // Made on the engine's thread (RunCommand runs on it), so the watchdog's timer fires there,
    // between the engine's cycles.
    explicit SystemdNotifier(int cycleMs)
    {
#if PARKWATT_HAVE_SYSTEMD
        uint64_t usec = 0;
        if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
            return;
        const qint64 watchdogMs = std::max<qint64>(1, qint64(usec / 1000));
        // A cycle counts as recent for the watchdog's whole interval, or three cycles when those are
        // longer (--cycle-ms above WatchdogSec=): only a control loop that has stopped cycling, or an
        // event loop that has stopped turning, lets the watchdog run out.
        m_staleAfter = std::chrono::milliseconds(std::max<qint64>(watchdogMs, 3LL * cycleMs));
        m_lastCycle = std::chrono::steady_clock::now();
        m_timer.setInterval(int(std::clamp<qint64>(watchdogMs / 2, 1, 3600 * 1000)));
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ping(); });
        m_timer.start();
        qCInfo(lcRun).noquote() << QStringLiteral("systemd watchdog: %1 ms, fed every %2 ms")
                                       .arg(watchdogMs)
                                       .arg(m_timer.interval());
#else
        Q_UNUSED(cycleMs);
#endif
    }

    // Every finished cycle keeps the watchdog fed.
    void cycleFinished() { m_lastCycle = std::chrono::steady_clock::now(); }

    // What `systemctl status` shows; the first one also tells systemd the engine is up.
    void status(const QString& status)
    {
        send((std::exchange(m_ready, true) ? QString() : QStringLiteral("READY=1\n")) +
             QStringLiteral("STATUS=") + status);
    }

    void stopping(const QString& why)
    {
        m_stopping = true;
        send(QStringLiteral("STOPPING=1\nSTATUS=stopping (%1): putting every charger in its safe state")
                 .arg(why));
    }

private:
    void ping()
    {
        // Before READY=1 systemd does not watch yet; while stopping, the safe shutdown is bounded by
        // its own timeouts and by systemd's TimeoutStopSec=.
        const bool cycling = std::chrono::steady_clock::now() - m_lastCycle <= m_staleAfter;
        if (!m_ready || m_stopping || cycling) {
            m_warned = false;
            send(QStringLiteral("WATCHDOG=1"));
        } else if (!std::exchange(m_warned, true)) {
            qCWarning(lcRun).noquote()
                << QStringLiteral("no control cycle finished for %1 ms: no longer feeding the systemd watchdog")
                       .arg(std::chrono::duration_cast<std::chrono::milliseconds>(m_staleAfter).count());
        }
    }

    static void send(const QString& state)
    {
#if PARKWATT_HAVE_SYSTEMD
        sd_notify(0, state.toUtf8().constData());
#else
        Q_UNUSED(state);
#endif
    }

    QTimer m_timer;
    std::chrono::steady_clock::time_point m_lastCycle{};
    std::chrono::steady_clock::duration m_staleAfter{};
    bool m_ready = false;
    bool m_stopping = false;
    bool m_warned = false;
};

QString cycleStatus(const SiteFile& site, const CycleStats& stats)
{
    return QStringLiteral("controlling %1: cycle %2, %3/%4 devices read, grid meter %5")
        .arg(site.site.name)
        .arg(stats.cycle)
        .arg(stats.devicesRead)
        .arg(stats.devicesRead + stats.devicesMissing)
        .arg(stats.gridMeterValid ? QStringLiteral("ok") : QStringLiteral("LOST"));
}

} // namespace

int RunCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Controls a site in real time over Modbus TCP: reads every device each cycle, runs the site "
        "file's policy and writes the chargers' setpoints. SIGTERM or Ctrl-C puts every charger in its "
        "safe state and exits 0. Logging categories: parkwatt.run, parkwatt.engine, parkwatt.device "
        "(select with QT_LOGGING_RULES, e.g. \"parkwatt.engine.debug=true\")."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("The command."));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site file (parkwatt-site/1)."), QStringLiteral("FILE"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("A folder of extra device profiles (repeatable)."),
                                            QStringLiteral("DIR"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), QStringLiteral("Stop after SECONDS (default: run until stopped)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption cycleOption(QStringLiteral("cycle-ms"),
                                         QStringLiteral("The control cycle in milliseconds (default 1000)."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption lockDirOption(
        QStringLiteral("lock-dir"),
        QStringLiteral("Where the controller lock lives (default: the runtime directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption apiOption(
        QStringLiteral("api"),
        QStringLiteral(
            "Serve the API for remote control rooms and kiosks (WebSocket over TLS, docs/api.md) on PORT "
            "(loopback) or ADDRESS:PORT."),
        QStringLiteral("[ADDRESS:]PORT"));
    const QCommandLineOption apiDirOption(
        QStringLiteral("api-dir"),
        QStringLiteral(
            "Where the API's certificate and tokens are kept (made on first start; default: the user's "
            "data folder, parkwatt/api)."),
        QStringLiteral("DIR"));
    parser.addOptions(
        {siteOption, profilesOption, durationOption, cycleOption, lockDirOption, apiOption, apiDirOption});
    const DatabaseOption dbOption;
    dbOption.addTo(parser);
    if (!parser.parse(arguments))
        return fail(ExitInvalidInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.isSet(siteOption))
        return fail(ExitInvalidInput, QStringLiteral("--site FILE is required (see --help)"));
    bool ok = true;
    const int cycleMs = parser.value(cycleOption).toInt(&ok);
    if (!ok || cycleMs < 100 || cycleMs > 60000)
        return fail(
            ExitInvalidInput,
            QStringLiteral("--cycle-ms: expected 100 to 60000, got '%1'").arg(parser.value(cycleOption)));
    double durationS = 0;
    if (parser.isSet(durationOption)) {
        durationS = parser.value(durationOption).toDouble(&ok);
        if (!ok || durationS <= 0)
            return fail(ExitInvalidInput, QStringLiteral("--duration: expected seconds > 0, got '%1'")
                                              .arg(parser.value(durationOption)));
    }

    const LoadResult<SiteFile> site = loadSiteFile(parser.value(siteOption));
    for (const QString& warning : site.warnings)
        qCWarning(lcRun).noquote() << warning;
    if (!site.ok())
        return fail(ExitInvalidInput, site.error.toString());
    std::optional<std::pair<QHostAddress, quint16>> apiListen;
    if (parser.isSet(apiOption)) {
        QString apiError;
        apiListen = ApiService::parseListen(parser.value(apiOption), &apiError);
        if (!apiListen)
            return fail(ExitInvalidInput, apiError);
    }
    LiveSiteOptions siteOptions;
    siteOptions.profileDirs = parser.values(profilesOption);
    siteOptions.description = QStringLiteral("parkwattd on %1").arg(site.value->site.name);
    siteOptions.engine.cycleMs = cycleMs;
    siteOptions.engine.pollBudgetMs = cycleMs * 6 / 10;
    siteOptions.engine.writeBudgetMs = cycleMs * 3 / 10;
    QString error;
    const std::unique_ptr<LiveSite> live = LiveSite::create(*site.value, siteOptions, &error);
    if (!live)
        return fail(ExitInvalidInput, parser.value(siteOption) + QStringLiteral(": ") +
                                          error.replace(QStringLiteral("\n"), QStringLiteral("\n  ")));

    ControllerLock lock(live->site(), parser.value(lockDirOption));
    if (!lock.acquire(&error))
        return fail(ExitSiteControlled, error);

    if (dbOption.isSet(parser)) {
        std::unique_ptr<StorageWriter> storage = dbOption.open(parser, &error);
        if (!storage)
            return fail(ExitInvalidInput, error);
        live->attachStorage(std::move(storage));
    }
    LiveEngine& engine = live->engine();
    const SiteFile& siteFile = live->site();

    SystemdNotifier systemd(cycleMs);
    const int summaryEvery = std::max(1, 60000 / cycleMs);
    QObject::connect(&engine, &LiveEngine::cycleFinished, &engine, [&](const CycleStats& stats) {
        systemd.cycleFinished();
        if (stats.cycle == 1 || stats.cycle % summaryEvery == 0) {
            logSummary(engine, stats);
            systemd.status(cycleStatus(siteFile, stats));
        }
    });
    QObject::connect(&engine, &LiveEngine::sessionClosed, &engine, [](const LiveSession& s) {
        qCInfo(lcRun).noquote() << QStringLiteral("session %1 ended: charged %2 kWh, lent %3 kWh")
                                       .arg(s.id)
                                       .arg(s.chargedKwh, 0, 'f', 2)
                                       .arg(s.dischargedKwh, 0, 'f', 2);
    });

    bool stopping = false;
    const auto stopAndQuit = [&](const QString& why) {
        if (std::exchange(stopping, true))
            return;
        systemd.stopping(why);
        qCInfo(lcRun).noquote() << why << "- putting every charger in its safe state";
        live->stop(); // flushes the database too
    };
    QObject::connect(live.get(), &LiveSite::stopped, &engine, [] { QCoreApplication::exit(ExitOk); });
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::shutdownRequested, &engine,
                     [&](int signal) { stopAndQuit(QStringLiteral("signal %1").arg(signal)); });
    if (durationS > 0)
        QTimer::singleShot(qint64(durationS * 1000), &engine,
                           [&] { stopAndQuit(QStringLiteral("duration reached")); });

    // Per-cycle figures only when asked for (QT_LOGGING_RULES, which takes precedence over this).
    QLoggingCategory::setFilterRules(QStringLiteral("parkwatt.*.debug=false"));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
    qCInfo(lcRun).noquote() << QStringLiteral("controlling %1: %2 devices, %3 chargers, cycle %4 ms, lock %5")
                                   .arg(siteFile.site.name)
                                   .arg(siteFile.devices.size())
                                   .arg(siteFile.site.chargers.size())
                                   .arg(cycleMs)
                                   .arg(lock.path());
    std::unique_ptr<ApiService> api;
    if (apiListen) {
        const QString dir =
            parser.isSet(apiDirOption) ? parser.value(apiDirOption) : ApiService::defaultDir();
        api = ApiService::start(live->control(), dir, apiListen->first, apiListen->second, &error);
        if (!api)
            return fail(ExitInvalidInput, error);
        qCInfo(lcRun).noquote() << QStringLiteral("API on %1:%2, certificate SHA-256 %3, tokens in %4")
                                       .arg(apiListen->first.toString())
                                       .arg(api->port())
                                       .arg(api->fingerprint(), api->tokensPath());
    }
    live->start();
    return QCoreApplication::exec();
}
