// Benchmark: the baseline what-if run on garage-spring-500 (500 chargers, 1,440 one-minute steps).
// Prints the median wall time over several runs, simulated steps per second, peak memory, and the
// ratio to a fixed calibration workload measured in the same run (machines here are noisy).
//
// Usage: bench_simulate [SCENARIO] [RUNS]

#include "BenchStats.h"
#include "config/ScenarioReader.h"
#include "engine/WhatIfRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace parkwatt;
using namespace parkwatt::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(PARKWATT_SHARED_DIR "/scenarios/garage-spring-500.json");
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;

    QElapsedTimer loadTimer;
    loadTimer.start();
    const auto loaded = loadScenarioFile(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error.toString()));
        return 2;
    }
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    const Scenario& scenario = *loaded.value;

    std::vector<double> simMs, calMs;
    int steps = 0;
    for (int i = 0; i < runs; ++i) {
        calMs.push_back(calibrationMs());
        QElapsedTimer t;
        t.start();
        const WhatIfResult r = runWhatIf(scenario, {});
        simMs.push_back(double(t.nsecsElapsed()) / 1e6);
        steps = r.figures.steps;
    }
    const double sim = percentile(simMs, 0.5);
    const double cal = percentile(calMs, 0.5);
    std::printf("scenario            %s (%zu chargers, %zu sessions, %d steps)\n", qPrintable(scenario.name),
                scenario.site.chargers.size(), scenario.sessions.size(), steps);
    std::printf("runs                %d (baseline controller)\n", runs);
    std::printf("load + validate     %.1f ms\n", loadMs);
    std::printf("simulate, median    %.1f ms   (min %.1f, max %.1f)\n", sim,
                *std::min_element(simMs.begin(), simMs.end()), *std::max_element(simMs.begin(), simMs.end()));
    std::printf("steps per second    %.0f   (target >= 700)\n", steps / (sim / 1000.0));
    std::printf("vs 2 s budget       %.3f of the budget\n", sim / 2000.0);
    std::printf("calibration median  %.1f ms   simulate/calibration = %.2f\n", cal, sim / cal);
    std::printf("peak memory         %.1f MB   (target < 200)\n", peakRssMb());
    return 0;
}
