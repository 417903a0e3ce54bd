// parkwatt: the Qt Widgets application. The composition root: starts the engine (the demo garage on
// parkwatt-sim devices, or a real site) in this process, builds the control-room window on its
// SiteControl, and runs the event loop. No logic of its own.

#include "StartOptions.h"
#include "common/Theme.h"
#include "config/SiteFileReader.h"
#include "engine/live/ControllerLock.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSite.h"
#include "engine/live/LiveSiteControl.h"
#include "remote/ApiService.h"
#include "remote/RemoteSiteControl.h"
#include "shell/ControlRoomPages.h"
#include "shell/ControlRoomWindow.h"
#include "storage/StorageWriter.h"

#include <QApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace parkwatt;

namespace {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2, ExitSiteControlled = 3 };

// The demo garage comes with this many days of recorded history (History page, policy preview).
constexpr int kDemoHistoryDays = 7;

// Says what stops the start, on stderr and (unless unattended) in a dialog.
int refuse(const StartOptions& options, const QString& title, const QString& message, int code)
{
    std::fprintf(stderr, "parkwatt: %s\n", qPrintable(message));
    if (!options.unattended())
        QMessageBox::critical(nullptr, title, message);
    return code;
}

// The in-process engine's API when asked for (--api); false when it cannot start (said already).
bool serveApi(const StartOptions& options, SiteControl& control, std::unique_ptr<ApiService>& api)
{
    if (options.apiListen.isEmpty())
        return true;
    QString error;
    const auto listen = ApiService::parseListen(options.apiListen, &error);
    if (listen)
        api = ApiService::start(control, options.apiDir.isEmpty() ? ApiService::defaultDir() : options.apiDir,
                                listen->first, listen->second, &error);
    if (!api) {
        refuse(options, QApplication::translate("main", "The API cannot start"), error, ExitBadInput);
        return false;
    }
    std::printf("API on %s:%d, certificate SHA-256 %s, tokens in %s\n", qPrintable(listen->first.toString()),
                int(api->port()), qPrintable(api->fingerprint()), qPrintable(api->tokensPath()));
    std::fflush(stdout);
    return true;
}

// Stops the engine (chargers to their safe state), then quits with `code`.
using Finish = std::function<void(int code)>;

// Healthy when the engine ran cycles into the window within a few seconds.
void scheduleSelfTest(ControlRoomWindow& window, const Finish& finish)
{
    QTimer::singleShot(6000, &window, [&window, finish] {
        const bool healthy = window.cyclesShown() > 0 && window.isVisible();
        std::printf("parkwatt self-test: %s (%lld cycles shown)\n", healthy ? "ok" : "FAILED",
                    static_cast<long long>(window.cyclesShown()));
        finish(healthy ? ExitOk : ExitFailed);
    });
}

// What runs after the window is up: a self-test, screenshots, or the user.
void afterStart(const StartOptions& options, ControlRoomWindow& window, ControlRoomPages& pages,
                const Finish& finish)
{
    if (options.selfTest)
        scheduleSelfTest(window, finish);
    if (!options.screenshotDir.isEmpty())
        // A few cycles first, so every page has figures, charts and a chosen bay.
        QTimer::singleShot(options.screenshotDelayMs, &window,
                           [&window, &pages, finish, dir = options.screenshotDir] {
                               finish(pages.writeScreenshots(window, dir) == 0 ? ExitOk : ExitFailed);
                           });
}

int runDemo(QApplication& app, const StartOptions& options)
{
    QTemporaryDir scratch; // the demo's database when none is given
    LiveDemoOptions demoOptions;
    demoOptions.speed = options.speed;
    demoOptions.startAtS = options.startAtS;
    demoOptions.databasePath =
        options.dbPath.isEmpty() ? scratch.filePath(QStringLiteral("demo.db")) : options.dbPath;
    demoOptions.historyDays = kDemoHistoryDays;
    LiveDemo demo;
    std::unique_ptr<ApiService> api;
    std::unique_ptr<ControlRoomWindow> window;
    std::unique_ptr<ControlRoomPages> pages;
    int exitCode = ExitOk;
    const Finish finish = [&](int code) {
        exitCode = code;
        demo.stop();
    };
    QObject::connect(&demo, &LiveDemo::failed, &app, [&](const QString& why) {
        exitCode = refuse(options, QApplication::translate("main", "The demo cannot start"), why, ExitFailed);
        QApplication::exit(exitCode);
    });
    QObject::connect(&demo, &LiveDemo::preparing, &app, [&](int percent) {
        if (window)
            window->statusBar()->showMessage(
                QApplication::translate("main",
                                        "Preparing the demo: recording the garage's last %1 days… %2 %")
                    .arg(kDemoHistoryDays)
                    .arg(percent));
    });
    QObject::connect(&demo, &LiveDemo::started, &app, [&] {
        if (!serveApi(options, *demo.control(), api))
            return finish(ExitBadInput);
        window->statusBar()->clearMessage();
        pages = std::make_unique<ControlRoomPages>(window->context(), *demo.control(), options.op);
        pages->addTo(*window);
        window->attach(*demo.control(), options.op);
        afterStart(options, *window, *pages, finish);
    });
    // Closing the window stops the engine first (chargers to their safe state), then quits.
    app.setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &demo, &LiveDemo::stop);
    QObject::connect(&demo, &LiveDemo::stopped, &app, [&exitCode] { QApplication::exit(exitCode); });
    demo.start(demoOptions);
    if (exitCode != ExitOk)
        return exitCode; // the demo's files could not be prepared: said already
    // The window at once; the engine's pages join when the demo has started.
    SiteContext context = SiteContext::fromSiteFile(demo.site(), demo.scenario().utcOffsetS);
    context.simulated = true;
    window = std::make_unique<ControlRoomWindow>(context);
    window->show();
    return QApplication::exec();
}

int runSite(QApplication& app, const StartOptions& options)
{
    const QString cannotStart = QApplication::translate("main", "Cannot control the site");
    const LoadResult<SiteFile> site = loadSiteFile(options.sitePath);
    if (!site.ok())
        return refuse(options, cannotStart, site.error.toString(), ExitBadInput);
    LiveSiteOptions siteOptions;
    siteOptions.profileDirs = options.profileDirs;
    siteOptions.description =
        QApplication::translate("main", "in this program, %1").arg(site.value->site.name);
    QString error;
    const std::unique_ptr<LiveSite> live = LiveSite::create(*site.value, siteOptions, &error);
    if (!live)
        return refuse(options, cannotStart, options.sitePath + QStringLiteral(": ") + error, ExitBadInput);
    ControllerLock lock(*site.value, options.lockDir);
    if (!lock.acquire(&error))
        return refuse(options, cannotStart, error, ExitSiteControlled);
    if (!options.dbPath.isEmpty()) {
        StorageError failure;
        std::unique_ptr<StorageWriter> storage = StorageWriter::open(options.dbPath, {}, &failure);
        if (!storage)
            return refuse(options, cannotStart, failure.toString(), ExitBadInput);
        live->attachStorage(std::move(storage));
    }

    const SiteContext context =
        SiteContext::fromSiteFile(live->site(), int(QDateTime::currentDateTime().offsetFromUtc()));
    ControlRoomWindow window(context);
    ControlRoomPages pages(context, live->control(), options.op);
    pages.addTo(window);
    window.attach(live->control(), options.op);
    app.setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, live.get(), &LiveSite::stop);
    std::unique_ptr<ApiService> api;
    if (!serveApi(options, live->control(), api))
        return ExitBadInput;
    int exitCode = ExitOk;
    QObject::connect(live.get(), &LiveSite::stopped, &app, [&exitCode] { QApplication::exit(exitCode); });
    live->start();
    window.show();
    afterStart(options, window, pages, [&](int code) {
        exitCode = code;
        live->stop();
    });
    return QApplication::exec();
}

// The control room attached to an engine on another machine.
int runRemote(QApplication& app, const StartOptions& options)
{
    QString error;
    std::optional<RemoteEndpoint> endpoint = RemoteEndpoint::parse(options.connectTo, &error);
    if (!endpoint)
        return refuse(options, QApplication::translate("main", "Cannot connect"), error, ExitBadInput);
    endpoint->token = options.token;
    endpoint->fingerprint = options.fingerprint;
    RemoteSiteControl remote(*endpoint);
    std::unique_ptr<ControlRoomWindow> window;
    std::unique_ptr<ControlRoomPages> pages;
    int exitCode = ExitOk;
    QObject::connect(&remote, &RemoteSiteControl::refused, &app, [&](const QString& why) {
        exitCode = refuse(options, QApplication::translate("main", "The engine refused this control room"),
                          options.connectTo + QStringLiteral(": ") + why, ExitBadInput);
        QApplication::exit(exitCode);
    });
    QObject::connect(&remote, &RemoteSiteControl::welcomed, &app, [&] {
        SiteContext context;
        context.site = remote.site();
        context.policy = remote.policy();
        context.utcOffsetS = remote.utcOffsetS();
        context.name = remote.site().name;
        window = std::make_unique<ControlRoomWindow>(context);
        pages = std::make_unique<ControlRoomPages>(context, remote, options.op);
        pages->addTo(*window);
        window->attach(remote, options.op);
        window->show();
        afterStart(options, *window, *pages, [](int code) { QApplication::exit(code); });
    });
    // Until the first welcome there is no site to show: say so if it takes long.
    QTimer::singleShot(15000, &app, [&] {
        if (!remote.hasWelcome() && exitCode == ExitOk) {
            exitCode = refuse(
                options, QApplication::translate("main", "Cannot connect"),
                QApplication::translate("main", "%1: no answer from an engine within 15 s (is parkwattd "
                                                "run --api running there, and is the fingerprint right?)")
                    .arg(options.connectTo),
                ExitFailed);
            QApplication::exit(exitCode);
        }
    });
    remote.start();
    const int code = QApplication::exec();
    return exitCode != ExitOk ? exitCode : code;
}

} // namespace

int main(int argc, char* argv[])
{
    if (printsAndExits(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        parseStartOptions(textOnly);
        return ExitOk;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Parkwatt"));
    QApplication::setOrganizationName(QStringLiteral("Parkwatt"));
    Theme::captureSystemPalette();
    Theme::apply(Theme::saved());
    const StartOptions options = parseStartOptions(app);
    if (!options.error.isEmpty())
        return refuse(options, QApplication::translate("main", "Parkwatt cannot start"), options.error,
                      ExitBadInput);
    if (!options.connectTo.isEmpty())
        return runRemote(app, options);
    return options.sitePath.isEmpty() ? runDemo(app, options) : runSite(app, options);
}
