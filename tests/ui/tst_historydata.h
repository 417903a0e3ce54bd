#pragma once
// A real database filled through StorageWriter with a known week: one sample a minute of
// each site series the History page plots. PV used is a daytime hump, grid is load minus PV.

#include "storage/StorageWriter.h"

#include <QString>
#include <cmath>

namespace historytest {

using namespace parkwatt;

// 2026-11-09 00:00 UTC
constexpr TimeMs kWeekStart = 1'794'182'400'000;
constexpr TimeMs kDay = 86400 * kMsPerSecond;

inline bool writeWeek(const QString& path, int days = 7)
{
    StorageError error;
    auto writer = StorageWriter::open(path, StorageWriterOptions{}, &error);
    if (!writer)
        return false;
    const SeriesId grid = writer->series(QStringLiteral("site.grid_kw"));
    const SeriesId pv = writer->series(QStringLiteral("site.pv_used_kw"));
    const SeriesId load = writer->series(QStringLiteral("site.load_kw"));
    const SeriesId charge = writer->series(QStringLiteral("site.ev_charge_kw"));
    const SeriesId discharge = writer->series(QStringLiteral("site.ev_discharge_kw"));
    const SeriesId soc = writer->series(QStringLiteral("site.battery_soc_pct"));
    const int minutes = days * 24 * 60;
    std::vector<Sample> batch;
    for (int m = 0; m < minutes; ++m) {
        const TimeMs t = kWeekStart + m * kMsPerMinute;
        const double hour = (m % (24 * 60)) / 60.0;
        const double pvKw = std::max(0.0, 60.0 * std::sin((hour - 6.0) / 12.0 * M_PI));
        const double evKw =
            (hour >= 8 && hour < 17) ? 40.0 + 10.0 * std::sin((hour - 8.0) / 9.0 * M_PI) : 5.0;
        const double v2bKw = (hour >= 17 && hour < 19) ? 15.0 : 0.0;
        const double loadKw = (hour >= 7 && hour < 19 ? 45.0 : 30.0) + 2.0 * std::sin(m / 13.0);
        batch.push_back({t, grid, loadKw + evKw - v2bKw - pvKw});
        batch.push_back({t, pv, pvKw});
        batch.push_back({t, load, loadKw});
        batch.push_back({t, charge, evKw});
        batch.push_back({t, discharge, v2bKw});
        batch.push_back({t, soc, 50.0 + 40.0 * std::sin((hour - 9.0) / 24.0 * 2 * M_PI)});
        if (batch.size() >= 6 * 1440) {
            writer->record(batch);
            batch.clear();
        }
    }
    writer->record(batch);
    return writer->flush();
}

} // namespace historytest
