// parkwatt: the Qt Widgets application. The composition root: builds the engine runner and the
// window, wires them, and runs the event loop. No logic of its own.

#include "config/ScenarioReader.h"
#include "engine/DemoRunner.h"
#include "live/LiveSiteWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace parkwatt;

namespace {

const auto kDemoScenario = QStringLiteral(":/parkwatt/demo/demo-garage.json");

struct StartOptions {
    QString scenarioPath = kDemoScenario;
    bool selfTest = false;
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
    parser.addOptions({demoOption, scenarioOption, selfTestOption});
    parser.process(app); // exits on --help, --version and errors

    StartOptions options;
    if (parser.isSet(scenarioOption))
        options.scenarioPath = parser.value(scenarioOption);
    options.selfTest = parser.isSet(selfTestOption);
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
        if (!options.selfTest)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the scenario"),
                                  message);
        return 2;
    }

    DemoRunner runner(*loaded.value);
    LiveSiteWindow window(runner.scenario());
    QObject::connect(&runner, &DemoRunner::cycleCompleted, &window, &LiveSiteWindow::showCycle);
    QObject::connect(&runner, &DemoRunner::dayRestarted, &window, &LiveSiteWindow::startNewDay);
    QObject::connect(&window, &LiveSiteWindow::pauseToggled, &runner,
                     [&runner](bool paused) { paused ? runner.stop() : runner.start(); });
    QObject::connect(&window, &LiveSiteWindow::speedChosen, &runner, &DemoRunner::setSpeed);
    window.show();
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
