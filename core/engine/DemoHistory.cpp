#include "engine/DemoHistory.h"

#include "engine/StorageSink.h"
#include "engine/WhatIfRun.h"
#include "storage/StorageWriter.h"

#include <array>

namespace parkwatt {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Sunny, hazy, overcast... the week's PV relative to the demo day.
constexpr std::array kPvPattern{0.95, 0.55, 0.8, 1.0, 0.3, 0.7, 1.05};

Profile repeated(const Profile& p, int days, const std::function<double(int day)>& scale)
{
    if (p.constant)
        return p;
    const size_t perDay = size_t(kDayMs / 1000 / p.resolutionS);
    Profile out = p;
    out.values.clear();
    out.values.reserve(perDay * size_t(days));
    for (int d = 0; d < days; ++d)
        for (size_t i = 0; i < perDay; ++i)
            out.values.push_back(p.values[std::min(i, p.values.size() - 1)] * scale(d));
    return out;
}

} // namespace

Scenario repeatDay(const Scenario& day, int days, TimeMs startMs)
{
    Scenario s = day;
    s.name = day.name + QStringLiteral(" (the week before)");
    s.startMs = startMs;
    s.durationH = 24.0 * days;
    s.outages.clear();
    const auto same = [](int) { return 1.0; };
    s.profiles.pvKw =
        repeated(day.profiles.pvKw, days, [](int d) { return kPvPattern[size_t(d) % kPvPattern.size()]; });
    s.profiles.loadKw = repeated(day.profiles.loadKw, days, same);
    s.profiles.criticalLoadKw = repeated(day.profiles.criticalLoadKw, days, same);
    s.profiles.importPricePerKwh = repeated(day.profiles.importPricePerKwh, days, same);
    s.profiles.exportPricePerKwh = repeated(day.profiles.exportPricePerKwh, days, same);
    s.sessions.clear();
    const TimeMs dayEndMs = day.startMs + kDayMs;
    for (int d = 0; d < days; ++d)
        for (const EvSession& e : day.sessions) {
            if (e.departureMs > dayEndMs)
                continue;
            EvSession copy = e;
            const TimeMs shift = startMs - day.startMs + d * kDayMs;
            copy.id = QStringLiteral("%1-d%2").arg(e.id).arg(d + 1);
            copy.arrivalMs += shift;
            copy.departureMs += shift;
            s.sessions.push_back(copy);
        }
    return s;
}

bool recordDemoHistory(const Scenario& day, int days, TimeMs endMs, const QString& dbPath,
                       const std::function<void(int done, int total)>& progress,
                       const std::function<bool()>& cancelled, QString* error)
{
    const Scenario week = repeatDay(day, days, endMs - days * kDayMs);
    StorageError failure;
    const std::unique_ptr<StorageWriter> storage = StorageWriter::open(dbPath, {}, &failure);
    if (!storage) {
        *error = failure.toString();
        return false;
    }
    StorageSink sink(week.site, *storage);
    WhatIfOptions options;
    options.controller = ControllerKind::Policy;
    options.sinks.push_back(&sink);
    options.progress = progress;
    options.cancelled = cancelled;
    const WhatIfResult result = runWhatIf(week, options);
    if (result.cancelled) {
        *error = QStringLiteral("cancelled");
        return false;
    }
    StorageSink::recordOutcomes(*storage, week, result.sessions);
    if (!storage->flush()) {
        *error = dbPath + QStringLiteral(": not everything could be recorded");
        return false;
    }
    return true;
}

} // namespace parkwatt
