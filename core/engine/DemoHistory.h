#pragma once
// A recorded past for the demo garage: the days before the demo day, played by the engine's own
// policy controller and recorded into the demo's database as a live site would have recorded them,
// so the History page, the daily energy bars and the policy preview ("the last 7 recorded days")
// have something real to show from the first minute. Each day is the demo day with its own weather
// (PV scaled by a fixed pattern of sunny and cloudy days).

#include "model/Scenario.h"

#include <QString>
#include <functional>

namespace parkwatt {

// `day` (24 h) repeated `days` times from `startMs`: series repeated (PV scaled day by day),
// sessions shifted (those leaving after midnight are left out, so a charger never holds two cars),
// no outages.
Scenario repeatDay(const Scenario& day, int days, TimeMs startMs);

// Records the `days` days before `endMs` into `dbPath` (which must be new or empty). Runs where it
// is called (a worker thread: it takes seconds). False with `error` naming the file on failure.
// `cancelled` is polled every few steps (a demo closed while it prepares).
bool recordDemoHistory(const Scenario& day, int days, TimeMs endMs, const QString& dbPath,
                       const std::function<void(int done, int total)>& progress,
                       const std::function<bool()>& cancelled, QString* error);

} // namespace parkwatt
