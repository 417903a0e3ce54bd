// The control room's figures, printed (not a pass/fail test; a shared 2-core machine is no
// stopwatch). Offscreen, as the GUI tests run:
//  1. 1,000 bays updating at 1 Hz: the garage model's update plus the bay view's repaint per tick
//     (target at most 10 ms);
//  2. the overview page's repaint with a cycle on it (target at most 5 ms);
//  3. a year of history: from asking the History page for the year to the chart painted (target
//     at most 300 ms), over a database with a year of one-minute site series and its roll-ups.
// Each figure is the median (and p90, p99) of repeated runs, and a ratio to a fixed calibration
// workload measured in the same run, so runs on noisy machines compare.

#include "BenchStats.h"
#include "garage/GarageModel.h"
#include "garage/GaragePage.h"
#include "history/DailyEnergyChart.h"
#include "history/HistoryChart.h"
#include "history/HistoryLoader.h"
#include "history/HistoryPage.h"
#include "history/HistorySeries.h"
#include "overview/OverviewPage.h"
#include "overview/PowerFlowWidget.h"
#include "ui/CycleBuilder.h"
#include "ui/tst_historydata.h"

#include <QApplication>
#include <QChartView>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace parkwatt;
using namespace parkwatt::test;

namespace {

constexpr int kBays = 1000;
constexpr TimeMs kNow = 1'794'240'000'000; // 2026-11-09 16:00 UTC

PublishedCycle busyCycle(const SiteContext& c, TimeMs timeMs, int tick)
{
    PublishedCycle p = emptyCycle(c, timeMs, 1.0 / 3600);
    for (size_t i = 0; i < size_t(kBays); ++i) {
        // Every tick the powers and charge move, so every tile repaints something new.
        const double e = 20 + (tick + int(i)) % 20;
        switch (i % 5) {
        case 1:
            plugCar(p, i, e, 40, timeMs + 3 * 3600 * 1000, 7.4 - 0.1 * (tick % 5));
            break;
        case 2:
            plugCar(p, i, e + 20, 40, timeMs + 5 * 3600 * 1000, -5);
            break;
        case 3:
            plugCar(p, i, e, 40, timeMs + 8 * 3600 * 1000, 0, QStringLiteral("plan: later"));
            break;
        case 4:
            p.sensed.chargers[i].online = tick % 7 != 0;
            break;
        default:
            break;
        }
    }
    p.applied.gridKw = 80 + tick % 10;
    p.applied.pvUsedKw = p.applied.pvAvailableKw = 60;
    p.applied.loadKw = p.applied.loadServedKw = 70;
    p.applied.evChargeKw = 70;
    return p;
}

void print(const char* what, std::vector<double> ms, double target, double calibration)
{
    const double median = bench::percentile(ms, 0.5);
    std::printf("%-58s median %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  target %5.0f ms  %.3f x calibration  "
                "(%zu runs)\n",
                what, median, bench::percentile(ms, 0.9), bench::percentile(ms, 0.99), target,
                median / calibration, ms.size());
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double calibration = bench::calibrationMs();
    std::printf("bench_controlroom: calibration workload %.1f ms (20 M square roots)\n\n", calibration);

    // 1. 1,000 bays at 1 Hz.
    const SiteContext site = garageSite(kBays);
    {
        GaragePage page(site);
        page.resize(1450, 960);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        std::vector<double> tickMs;
        std::vector<double> pageMs;
        for (int tick = 0; tick < 201; ++tick) {
            const PublishedCycle cycle = busyCycle(site, kNow + tick * kMsPerSecond, tick);
            QElapsedTimer t;
            t.start();
            page.showCycle(cycle);
            page.refreshNow();
            page.bayView()->viewport()->repaint();
            if (tick > 0) // the first builds the rows
                tickMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // The same with the whole page repainted (filter buttons' counts, the bay in detail).
        page.chooseBay(QStringLiteral("B0002"));
        for (int tick = 0; tick < 201; ++tick) {
            const PublishedCycle cycle = busyCycle(site, kNow + (201 + tick) * kMsPerSecond, tick);
            QElapsedTimer t;
            t.start();
            page.showCycle(cycle);
            page.refreshNow();
            page.repaint();
            if (tick > 0)
                pageMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("1,000 bays: model update + repaint per tick (1450x960)", tickMs, 10, calibration);
        print("  the same, whole page with a bay in detail repainted", pageMs, 10, calibration);
    }

    // 2. The overview.
    {
        OverviewPage page(site);
        page.resize(1450, 960);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        for (int tick = 0; tick < 30; ++tick)
            page.showCycle(busyCycle(site, kNow + tick * kMsPerSecond, tick));
        page.refreshNow();
        std::vector<double> paintMs;
        for (int i = 0; i < 201; ++i) {
            QElapsedTimer t;
            t.start();
            page.repaint();
            paintMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("Overview page repaint (flows, figures, alarms, chart)", paintMs, 5, calibration);
        std::vector<double> flowMs, chartMs;
        for (int i = 0; i < 101; ++i) {
            QElapsedTimer t;
            t.start();
            page.flowDiagram()->repaint();
            flowMs.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            page.findChild<QChartView*>()->viewport()->repaint();
            chartMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("  of which the power-flow diagram", flowMs, 5, calibration);
        // A new cycle redraws the diagram's still layers once (then animation frames reuse them).
        std::vector<double> tickMs;
        for (int tick = 0; tick < 101; ++tick) {
            const PublishedCycle cycle = busyCycle(site, kNow + (30 + tick) * kMsPerSecond, tick);
            QElapsedTimer t;
            t.start();
            page.showCycle(cycle);
            page.refreshNow();
            page.repaint();
            tickMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("Overview: a new cycle shown and the page repainted", tickMs, 5, calibration);
        print("  of which today's power chart", chartMs, 5, calibration);
    }

    // 3. A year of history.
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("year.db"));
        QElapsedTimer writing;
        writing.start();
        if (!historytest::writeWeek(db, 365)) {
            std::fprintf(stderr, "bench_controlroom: cannot write %s\n", qPrintable(db));
            return 1;
        }
        std::printf("\n(a year of one-minute site series written in %.1f s)\n",
                    double(writing.elapsed()) / 1000);
        const TimeMs end = historytest::kWeekStart + 365 * historytest::kDay;
        HistoryPage page(db, nullptr, [end] { return end; });
        page.resize(1450, 960);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        std::vector<double> yearMs, loadedMs;
        // The longest the GUI thread went without running its event loop meanwhile: a slow load
        // that keeps the window responsive is waiting, not freezing.
        QElapsedTimer sinceTick;
        sinceTick.start();
        double longestStallMs = 0;
        QTimer stallProbe;
        stallProbe.setInterval(5);
        QObject::connect(&stallProbe, &QTimer::timeout, [&] {
            longestStallMs = std::max(longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        stallProbe.start();
        for (int run = 0; run < 15; ++run) {
            // Alternate so each run asks for a range not on screen.
            page.showPreset(HistoryRange::Preset::Week);
            QSignalSpy weekLoaded(&page, &HistoryPage::rangeLoaded);
            (void)weekLoaded.wait(10000);
            QSignalSpy loaded(&page, &HistoryPage::rangeLoaded);
            QElapsedTimer t;
            t.start();
            page.showPreset(HistoryRange::Preset::Year);
            if (!loaded.wait(10000)) {
                std::fprintf(stderr, "bench_controlroom: the year did not load\n");
                return 1;
            }
            loadedMs.push_back(double(t.nsecsElapsed()) / 1e6);
            page.repaint();
            yearMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        stallProbe.stop();
        print("History: a year, from request to painted chart", yearMs, 300, calibration);
        std::printf("  longest event-loop stall during these loads: %.1f ms\n", longestStallMs);
        std::printf("  each run, in order (ms):");
        for (const double ms : yearMs)
            std::printf(" %.0f", ms);
        std::printf("\n");
        print("  of which: request to data on the chart (query, series)", loadedMs, 300, calibration);
        // Baseline, same run: the page's read of the year alone (readHistory on this thread, the
        // six series at the page's points and the daily energy), and which tier answered.
        StorageError error;
        auto reader = TimeSeriesReader::open(db, &error);
        if (!reader) {
            std::fprintf(stderr, "bench_controlroom: %s\n", qPrintable(error.message));
            return 1;
        }
        HistoryRequest request;
        request.fromMs = end - 365 * historytest::kDay;
        request.toMs = end;
        for (const HistorySeriesInfo& info : HistorySeries::all())
            request.series << info.name;
        request.maxPoints = 2 * 1400;
        request.withDailyEnergy = true;
        std::vector<double> readMs;
        HistoryResult result;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer t;
            t.start();
            result = readHistory(*reader, request);
            readMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("  baseline: the same read alone, no page", readMs, 0, calibration);
        // The GUI thread's part: the year's buckets into the line chart and the daily bars, painted.
        std::vector<double> showMs;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer t;
            t.start();
            page.chart()->setData(result.series);
            page.dailyChart()->setDays(result.daily);
            page.repaint();
            showMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        print("  the read's result into the charts, painted", showMs, 0, calibration);
        if (!result.series.empty())
            std::printf("  (%zu series, %zu buckets each from the %s tier, %zu days of energy)\n",
                        result.series.size(), result.series.front().buckets.size(),
                        tierInfo(result.series.front().tier).name, result.daily.size());
    }
    return 0;
}
