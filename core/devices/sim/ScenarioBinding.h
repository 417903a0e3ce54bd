#pragma once
// Which part of a scenario each device of a site file shows when parkwatt-sim plays the scenario:
// a charger device the scenario charger with its `charger` id, the n-th battery device the n-th
// scenario battery, every PV inverter an equal share of the PV, every grid meter the grid, every
// load meter the building load. Every mismatch is named.

#include "model/Scenario.h"
#include "model/SiteFile.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace parkwatt {

struct ScenarioBinding {
    struct Entry {
        QString deviceId;
        DeviceRole role = DeviceRole::Charger;
        int index = -1; // chargers: the scenario charger; batteries: the scenario battery
    };
    std::vector<Entry> entries; // in the site file's device order
    int pvInverters = 0;

    // What errors call the two files (their names, when parkwatt-sim reads them).
    struct Labels {
        QString site = QStringLiteral("the site file");
        QString scenario = QStringLiteral("the scenario");
    };

    // Nothing, with one line per problem in `errors`, when the two do not fit together.
    static std::optional<ScenarioBinding> bind(const SiteFile& site, const Scenario& scenario,
                                               QStringList* errors, const Labels& labels);
    static std::optional<ScenarioBinding> bind(const SiteFile& site, const Scenario& scenario,
                                               QStringList* errors);
};

} // namespace parkwatt
