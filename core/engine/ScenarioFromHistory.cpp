#include "engine/ScenarioFromHistory.h"

#include "storage/RecordReader.h"
#include "storage/TimeSeriesReader.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr int kResolutionS = 900;

// One value per 15 minutes from the recorded averages; a gap takes the last value before it.
std::optional<Profile> profileOf(TimeSeriesReader& reader, const QString& series, TimeMs fromMs, TimeMs toMs,
                                 QString* error)
{
    const int slotCount = int((toMs - fromMs) / (qint64(kResolutionS) * kMsPerSecond));
    StorageError failure;
    const std::optional<SeriesRange> range = reader.query(series, fromMs, toMs, slotCount, &failure);
    if (!range) {
        *error = failure.toString();
        return std::nullopt;
    }
    if (range->buckets.empty()) {
        *error = QStringLiteral("%1: nothing recorded between the dates").arg(series);
        return std::nullopt;
    }
    Profile p;
    p.resolutionS = kResolutionS;
    p.constant = false;
    p.values.assign(size_t(slotCount), std::nan(""));
    std::vector<double> weight(size_t(slotCount), 0.0);
    for (const ChartBucket& b : range->buckets) {
        const qint64 slot = (b.startMs - fromMs) / (qint64(kResolutionS) * kMsPerSecond);
        if (slot < 0 || slot >= slotCount || !std::isfinite(b.avg))
            continue;
        double& v = p.values[size_t(slot)];
        v = std::isnan(v) ? b.avg * double(b.count) : v + b.avg * double(b.count);
        weight[size_t(slot)] += double(b.count);
    }
    double last = 0;
    for (size_t i = 0; i < p.values.size(); ++i) {
        if (weight[i] > 0)
            last = p.values[i] / weight[i];
        p.values[i] = std::max(0.0, last);
    }
    return p;
}

} // namespace

std::optional<Scenario> scenarioFromHistory(const QString& dbPath, const SiteSpec& site, const Policy& policy,
                                            TimeMs fromMs, TimeMs toMs, QString* error,
                                            const HistoryScenarioOptions& options)
{
    const qint64 slotMs = qint64(kResolutionS) * kMsPerSecond;
    fromMs = fromMs / slotMs * slotMs;
    toMs = toMs / slotMs * slotMs;
    if (toMs <= fromMs) {
        *error = QStringLiteral("the period is shorter than 15 minutes");
        return std::nullopt;
    }
    StorageError failure;
    std::unique_ptr<TimeSeriesReader> reader = TimeSeriesReader::open(dbPath, &failure);
    if (!reader) {
        *error = failure.toString();
        return std::nullopt;
    }
    Scenario s;
    s.name = QStringLiteral("recorded history");
    s.startMs = fromMs;
    s.durationH = double(toMs - fromMs) / 3.6e6;
    s.stepS = options.stepS;
    s.site = site;
    s.policy = policy;
    s.profiles.resolutionS = kResolutionS;
    const auto pv = profileOf(*reader, QStringLiteral("site.pv_available_kw"), fromMs, toMs, error);
    const auto load = profileOf(*reader, QStringLiteral("site.load_kw"), fromMs, toMs, error);
    if (!pv || !load) {
        *error = dbPath + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    s.profiles.pvKw = *pv;
    s.profiles.loadKw = *load;

    RecordReader records(reader->connection());
    const auto sessions = records.sessions(fromMs, toMs, &failure);
    if (!sessions) {
        *error = failure.toString();
        return std::nullopt;
    }
    for (const StoredSession& stored : *sessions) {
        const SessionRecord& r = stored.session;
        const int charger = site.chargerIndex(r.charger);
        if (charger < 0)
            continue; // a bay the site no longer has
        EvSession e;
        e.id = r.vehicle.isEmpty() ? QStringLiteral("%1-%2").arg(r.charger).arg(stored.id) : r.vehicle;
        e.chargerId = r.charger;
        e.chargerIndex = charger;
        e.arrivalMs = std::max(r.arrival, fromMs);
        e.departureMs = std::min(r.departure.value_or(toMs), toMs);
        if (e.departureMs <= e.arrivalMs)
            continue;
        // The car's battery and its charge on arrival are not recorded, the energy it was given
        // and the level it wanted are: it arrives that much below its target (a car that left
        // short asked for at least what it got), in a battery that holds the target, at least the
        // default size. Counting the whole target as needed would ask every replayed car for more
        // than its driver did, and the replay would miss targets the site met.
        const double deliveredKwh = std::max(0.0, r.chargedKwh - r.dischargedKwh);
        const double targetKwh = std::max(r.targetKwh.value_or(deliveredKwh), deliveredKwh);
        e.capacityKwh = std::max(options.defaultCapacityKwh, targetKwh);
        e.targetSocPct = std::clamp(100.0 * targetKwh / e.capacityKwh, 0.0, 100.0);
        e.arrivalSocPct = std::clamp(100.0 * (targetKwh - deliveredKwh) / e.capacityKwh, 0.0, e.targetSocPct);
        e.v2x = r.reasons.contains(QStringLiteral("V2B consent")) &&
                !r.reasons.contains(QStringLiteral("no V2B consent"));
        s.sessions.push_back(e);
    }
    return s;
}

} // namespace parkwatt
