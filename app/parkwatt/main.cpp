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
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parkwatt"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parkwatt"));
    QApplication::setApplicationVersion(QStringLiteral(PARKWATT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Parkwatt: energy management for buildings with an EV garage. Without options, "
                "runs the built-in demo garage in accelerated time."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Run the built-in demo garage (default)."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QApplication::translate("main", "Run this scenario file instead of the demo."),
        QStringLiteral("FILE"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate(
            "main", "Start, run a few cycles, check the window, and quit (exit 0 when healthy)."));
    parser.addOptions({demoOption, scenarioOption, selfTestOption});
    parser.process(app);

    const QString scenarioPath = parser.isSet(scenarioOption) ? parser.value(scenarioOption) : kDemoScenario;
    const LoadResult<Scenario> loaded = loadScenarioFile(scenarioPath);
    if (!loaded.ok()) {
        const QString message = loaded.error.toString();
        std::fprintf(stderr, "parkwatt: %s\n", qPrintable(message));
        if (!parser.isSet(selfTestOption))
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

    if (parser.isSet(selfTestOption)) {
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
