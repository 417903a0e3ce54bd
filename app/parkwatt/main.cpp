// parkwatt: the Qt Widgets application. The composition root: builds the engine runner and the
// control-room window, wires them, and runs the event loop. No logic of its own.

#include "config/ScenarioReader.h"
#include "engine/DemoRunner.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "history/HistoryPage.h"
#include "shell/ControlRoomWindow.h"
#include "storage/TimeSeriesReader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace parkwatt;

namespace {

const auto kDemoScenario = QStringLiteral(":/parkwatt/demo/demo-garage.json");
// Screenshots show the demo's day at this hour: sun, cars charging, some feeding the building.
constexpr int kScreenshotHour = 13;

struct StartOptions {
    QString scenarioPath = kDemoScenario;
    bool selfTest = false;
    QString screenshotDir;
    QString historyDb; // a database to show on the History page
};

StartOptions parseCommandLine(const QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("parkwatt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Parkwatt: energy management for buildings with an EV garage. Without options, "
                "runs the built-in demo garage in accelerated time."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run the built-in demo garage (default)."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Run this scenario file instead of the demo."),
        QStringLiteral("FILE"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate(
            "main", "Start, run a few cycles, check the window, and quit (exit 0 when healthy)."));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Run the day to 13:00, write one PNG of every page (1600x1000) "
                                            "into DIR, and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption historyOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Show the history recorded in this database (by parkwattd run or "
                                            "simulate --db) on a History page."),
        QStringLiteral("FILE"));
    parser.addOptions({demoOption, scenarioOption, selfTestOption, screenshotsOption, historyOption});
    parser.process(app); // exits on --help, --version and errors

    StartOptions options;
    if (parser.isSet(scenarioOption))
        options.scenarioPath = parser.value(scenarioOption);
    options.selfTest = parser.isSet(selfTestOption);
    options.screenshotDir = parser.value(screenshotsOption);
    options.historyDb = parser.value(historyOption);
    return options;
}

// --help and --version print and exit; they must work without a display, so they are handled
// before any window system is touched.
bool printsAndExits(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// Writes every page (and the garage with a bay chosen) as PNGs; returns how many failed.
// Where the recorded history ends (the newest grid sample), so the History page's presets show
// the last recorded day of an old database rather than an empty today. One indexed query at start.
std::optional<TimeMs> newestRecordedMs(const QString& dbPath)
{
    StorageError error;
    const std::unique_ptr<TimeSeriesReader> reader = TimeSeriesReader::open(dbPath, &error);
    if (!reader)
        return std::nullopt; // the page itself says what is wrong with the file
    return reader->connection().queryInt(
        "SELECT max(x) FROM (SELECT max(t) AS x FROM samples_recent UNION ALL "
        "SELECT max(t) FROM samples_raw WHERE series_id = (SELECT id FROM series WHERE name = "
        "'site.grid_kw') "
        "UNION ALL SELECT max(t) FROM rollup_1h WHERE series_id = "
        "(SELECT id FROM series WHERE name = 'site.grid_kw'))");
}

int writeScreenshots(ControlRoomWindow& window, DemoRunner& runner, const QString& dir)
{
    QDir().mkpath(dir);
    const int steps = kScreenshotHour * 3600 / runner.scenario().stepS;
    for (int i = 0; i < steps; ++i)
        runner.stepOnce();
    int failed = 0;
    window.refreshNow();
    // The garage with a charging bay open, so its detail shows too.
    const GarageModel& bays = *window.garage()->model();
    for (int row = 0; row < bays.rowCount(); ++row)
        if (bays.status(row).state == BayState::Charging) {
            window.garage()->chooseBay(bays.status(row).bayId);
            break;
        }
    for (int page = 0; page < window.pageCount(); ++page) {
        window.setCurrentPage(page);
        window.refreshNow();
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(
            QStringLiteral("control-room-%1.png")
                .arg(window.pageTitle(page).toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (!window.grab().save(file))
            ++failed;
        std::printf("%s\n", qPrintable(file));
    }
    return failed;
}

} // namespace

int main(int argc, char* argv[])
{
    if (printsAndExits(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        parseCommandLine(textOnly);
        return 0;
    }

    QApplication app(argc, argv);
    const StartOptions options = parseCommandLine(app);
    QApplication::setApplicationName(QStringLiteral("parkwatt"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parkwatt"));
    QApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));

    const LoadResult<Scenario> loaded = loadScenarioFile(options.scenarioPath);
    if (!loaded.ok()) {
        const QString message = loaded.error.toString();
        std::fprintf(stderr, "parkwatt: %s\n", qPrintable(message));
        if (!options.selfTest && options.screenshotDir.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the scenario"),
                                  message);
        return 2;
    }

    DemoRunner runner(*loaded.value);
    ControlRoomWindow window(SiteContext::fromScenario(runner.scenario()));
    QObject::connect(&runner, &DemoRunner::cyclePublished, &window, &ControlRoomWindow::showCycle);
    QObject::connect(&runner, &DemoRunner::dayRestarted, &window, &ControlRoomWindow::startNewDay);
    QObject::connect(&window, &ControlRoomWindow::pauseToggled, &runner,
                     [&runner](bool paused) { paused ? runner.stop() : runner.start(); });
    QObject::connect(&window, &ControlRoomWindow::speedChosen, &runner, &DemoRunner::setSpeed);
    if (!options.historyDb.isEmpty()) {
        const std::optional<TimeMs> newest = newestRecordedMs(options.historyDb);
        const auto historyNow = [newest] {
            const TimeMs wall = QDateTime::currentMSecsSinceEpoch();
            return newest && *newest < wall ? *newest + 60 * kMsPerSecond : wall;
        };
        window.addPage(QApplication::translate("main", "History"),
                       new HistoryPage(options.historyDb, &window, historyNow),
                       QApplication::translate("main", "Recorded history of %1").arg(options.historyDb));
    }
    window.show();

    if (!options.screenshotDir.isEmpty())
        return writeScreenshots(window, runner, options.screenshotDir) == 0 ? 0 : 1;

    runner.start();
    if (options.selfTest) {
        // Healthy when the engine ran cycles into the window within a few seconds.
        QTimer::singleShot(1500, &app, [&] {
            const bool healthy = window.cyclesShown() > 0 && window.isVisible();
            std::printf("parkwatt self-test: %s (%lld cycles shown)\n", healthy ? "ok" : "FAILED",
                        static_cast<long long>(window.cyclesShown()));
            QApplication::exit(healthy ? 0 : 1);
        });
    }
    return QApplication::exec();
}
