// parkwatt: the Qt Widgets application. The composition root: starts the engine (the demo garage on
// parkwatt-sim devices, or a real site) in this process or attaches to one across the network,
// builds the station (control room or lobby kiosk) on its SiteControl, and runs the event loop.
// No logic of its own.

#include "SignedInStation.h"
#include "StartOptions.h"
#include "Stations.h"
#include "access/SignInDialog.h"
#include "access/SignInService.h"
#include "commissioning/CommissioningWizard.h"
#include "common/Theme.h"
#include "config/SiteFileReader.h"
#include "engine/live/ControllerLock.h"
#include "engine/live/LiveDemo.h"
#include "engine/live/LiveSite.h"
#include "engine/live/LiveSiteControl.h"
#include "remote/ApiService.h"
#include "remote/RemoteSiteControl.h"
#include "i18n/Languages.h"
#include "security/PasswordHash.h"
#include "shell/LanguageMenu.h"
#include "shell/WizardHelp.h"
#include "storage/StorageWriter.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace parkwatt;

namespace {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2, ExitSiteControlled = 3 };

// PBKDF2 rounds for a kiosk PIN: about a tenth of a second to check on a lobby PC.
constexpr int kPinIterations = 100000;

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
void scheduleSelfTest(Station& station, const Finish& finish)
{
    QTimer::singleShot(6000, &station.window(), [&station, finish] {
        const bool healthy = station.cyclesShown() > 0 && station.window().isVisible();
        std::printf("parkwatt self-test: %s (%lld cycles shown)\n", healthy ? "ok" : "FAILED",
                    static_cast<long long>(station.cyclesShown()));
        finish(healthy ? ExitOk : ExitFailed);
    });
}

// What runs after the engine is attached: a self-test, screenshots, or the user.
void afterStart(const StartOptions& options, Station& station, const Finish& finish)
{
    if (options.selfTest)
        scheduleSelfTest(station, finish);
    if (!options.screenshotDir.isEmpty())
        // A few cycles first, so every page has figures, charts and a chosen bay.
        QTimer::singleShot(options.screenshotDelayMs, &station.window(),
                           [&station, finish, dir = options.screenshotDir] {
                               finish(station.writeScreenshots(dir) == 0 ? ExitOk : ExitFailed);
                           });
}

// The station the options ask for, or a refusal already said.
std::unique_ptr<Station> stationFor(const StartOptions& options, const SiteContext& context, bool demo)
{
    QString error;
    std::unique_ptr<Station> station = makeStation(options, context, demo, &error);
    if (!station)
        refuse(options, QApplication::translate("main", "The kiosk cannot start"), error, ExitBadInput);
    return station;
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
    std::unique_ptr<Station> station;
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
        if (station)
            station->preparing(QApplication::translate(
                                   "main", "Preparing the demo: recording the garage's last %1 days… %2 %")
                                   .arg(kDemoHistoryDays)
                                   .arg(percent));
    });
    QObject::connect(&demo, &LiveDemo::started, &app, [&] {
        if (!serveApi(options, *demo.control(), api))
            return finish(ExitBadInput);
        station->attach(*demo.control());
        afterStart(options, *station, finish);
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
    station = stationFor(options, context, true);
    if (!station) {
        demo.stop(); // the simulator may be starting; exit follows stopped()
        return ExitBadInput;
    }
    station->show();
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
    int exitCode = ExitOk;
    // With a database the site has users: nobody sees or commands it before signing in (a run
    // nobody watches, a self-test or screenshots, stays with --role).
    const bool signsIn = !options.dbPath.isEmpty() && !options.kiosk && !options.unattended();
    std::unique_ptr<Station> station;
    std::unique_ptr<SignedInStation> gate;
    if (signsIn) {
        gate = std::make_unique<SignedInStation>(
            options.dbPath, context.name, options.idleLogoffMs,
            [&](const Operator& who) {
                StartOptions as = options;
                as.op = who;
                QString unused;
                std::unique_ptr<Station> made = makeStation(as, context, false, &unused);
                made->attach(live->control());
                return made;
            },
            [&](const Operator& who, const QString& action) { live->control().recordAccess(who, action); });
        QObject::connect(gate.get(), &SignedInStation::abandoned, &app, [&](const QString& why) {
            std::fprintf(stderr, "parkwatt: %s: stopping\n", qPrintable(why));
            live->stop(); // chargers to their safe state, then the program ends
        });
    } else {
        station = stationFor(options, context, false);
        if (!station)
            return ExitBadInput;
        station->attach(live->control());
    }
    app.setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, live.get(), &LiveSite::stop);
    std::unique_ptr<ApiService> api;
    if (!serveApi(options, live->control(), api))
        return ExitBadInput;
    QObject::connect(live.get(), &LiveSite::stopped, &app, [&exitCode] { QApplication::exit(exitCode); });
    live->start();
    if (gate) {
        gate->begin();
    } else {
        station->show();
        afterStart(options, *station, [&](int code) {
            exitCode = code;
            live->stop();
        });
    }
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
    std::unique_ptr<Station> station;
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
        if (station)
            return; // a reconnection's welcome: the station is there
        station = stationFor(options, context, false);
        if (!station) {
            exitCode = ExitBadInput;
            QApplication::exit(exitCode);
            return;
        }
        station->attach(remote);
        station->show();
        afterStart(options, *station, [](int code) { QApplication::exit(code); });
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

// The installer's wizard; runs no engine (parkwattd run does, on the file it saves). With --db the
// installer signs in to the site's database first, and the register inspector may then write.
int runCommissioning(const StartOptions& options)
{
    CommissioningWizard wizard;
    addHelpAndLanguages(wizard, qApp->findChild<Languages*>(QString(), Qt::FindDirectChildrenOnly));
    QString error;
    if (!options.sitePath.isEmpty() && !wizard.importFile(options.sitePath, &error))
        return refuse(options, QApplication::translate("main", "The site file cannot be imported"), error,
                      ExitBadInput);
    if (!options.screenshotDir.isEmpty()) {
        wizard.show();
        return wizard.writeScreenshots(options.screenshotDir) == 0 ? ExitOk : ExitFailed;
    }
    if (options.dbPath.isEmpty()) {
        wizard.show();
        return QApplication::exec();
    }
    SignInService service(options.dbPath);
    std::unique_ptr<SignInDialog> dialog;
    int exitCode = ExitOk;
    QObject::connect(&service, &SignInService::usersChecked, &wizard, [&](bool hasUsers, const QString& why) {
        if (!why.isEmpty()) {
            exitCode = refuse(options, QApplication::translate("main", "Cannot sign in"), why, ExitBadInput);
            QApplication::exit(exitCode);
            return;
        }
        dialog = std::make_unique<SignInDialog>(
            service, hasUsers ? SignInDialog::Mode::SignIn : SignInDialog::Mode::FirstAdmin, options.dbPath);
        QObject::connect(dialog.get(), &SignInDialog::signedIn, &wizard, [&](const Operator& who) {
            if (who.role == UserRole::Installer || who.role == UserRole::Admin)
                wizard.setWriteAccess(RegisterWriteAccess{options.dbPath, who});
            wizard.show(); // a manager or viewer may look, but the inspector stays read-only
        });
        QObject::connect(dialog.get(), &QDialog::rejected, &wizard, [] { QApplication::exit(ExitOk); });
        dialog->show();
    });
    service.checkForUsers();
    const int code = QApplication::exec();
    return exitCode != ExitOk ? exitCode : code;
}

// --hash-pin: a kiosk file's PIN hash from a PIN on standard input (not an argument: the process
// list would show it).
int printPinHash()
{
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (pin.size() < 4 || pin.size() > 8 ||
        !std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); })) {
        std::fprintf(stderr, "parkwatt: --hash-pin: expected a PIN of 4 to 8 digits on standard input\n");
        return ExitBadInput;
    }
    std::printf("%s\n", qPrintable(PasswordHash::make(pin, kPinIterations).toString()));
    return ExitOk;
}

// --language: every window starts in it. Empty when fine, else why not.
QString askForLanguage(const QString& code)
{
    if (code.isEmpty())
        return {};
    QStringList codes;
    for (const Language& language : Languages::shipped())
        codes << language.code;
    if (!codes.contains(code))
        return QApplication::translate("main", "--language %1: expected one of %2")
            .arg(code, codes.join(QStringLiteral(", ")));
    Languages::setAskedFor(code);
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    if (printsAndExits(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        const Languages languages(&textOnly); // --help in the system's language
        const StartOptions options = parseStartOptions(textOnly);
        return options.hashPin ? printPinHash() : ExitOk;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Parkwatt"));
    QApplication::setOrganizationName(QStringLiteral("Parkwatt"));
    // The desktop file names the running windows' application (task bars, Wayland); the icon comes
    // from the installed theme, else from the PNGs compiled in.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parkwatt.Parkwatt"));
    QIcon builtInIcon;
    for (int size : {16, 32, 48, 64, 128, 256})
        builtInIcon.addFile(QStringLiteral(":/parkwatt/icons/%1x%1/org.parkwatt.Parkwatt.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.parkwatt.Parkwatt"), builtInIcon));
    // English's plural forms ("1 second", "2 seconds"); the kiosk's language buttons add others.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral(":/i18n/parkwatt_en.qm")))
        QApplication::installTranslator(&englishPlurals);
    Theme::captureSystemPalette();
    Theme::apply(Theme::saved());
    const StartOptions options = parseStartOptions(app);
    if (!options.error.isEmpty())
        return refuse(options, QApplication::translate("main", "Parkwatt cannot start"), options.error,
                      ExitBadInput);
    if (const QString why = askForLanguage(options.language); !why.isEmpty())
        return refuse(options, QApplication::translate("main", "Parkwatt cannot start"), why, ExitBadInput);
    // Every window but the kiosk's (it has its own language buttons) starts in the language asked
    // for, else the one last chosen in the control room, else the system's; the control room's
    // View > Language menu switches it.
    if (!options.kiosk)
        new Languages(&app, Languages::askedFor().isEmpty() ? LanguageMenu::remembered() : QString());
    if (options.commission)
        return runCommissioning(options);
    if (!options.connectTo.isEmpty())
        return runRemote(app, options);
    return options.sitePath.isEmpty() ? runDemo(app, options) : runSite(app, options);
}
