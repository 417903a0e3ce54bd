#pragma once
// A what-if scenario made of what a site recorded: the site's PV and building load in 15-minute
// steps and the EV sessions that happened, over a past period, under a given policy. What the
// policy preview replays ("the last 7 days under the edited policy").

#include "model/Scenario.h"

#include <QString>
#include <optional>

namespace parkwatt {

struct HistoryScenarioOptions {
    double defaultCapacityKwh = 60; // sessions record energy, not the car's battery size
    int stepS = 60;
};

// Nothing, with `error` naming the file and the problem, when the database cannot be read or
// holds no PV/load history in the period.
std::optional<Scenario> scenarioFromHistory(const QString& dbPath, const SiteSpec& site, const Policy& policy,
                                            TimeMs fromMs, TimeMs toMs, QString* error,
                                            const HistoryScenarioOptions& options = {});

} // namespace parkwatt
