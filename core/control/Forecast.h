#pragma once
// What a controller may know of the future. `perfect` hands over the scenario's own future (to
// measure a controller against the optimum); `realistic` only knows what was observed so far.

#include "model/Scenario.h"
#include "model/Snapshot.h"

#include <memory>
#include <vector>

namespace parkwatt {

// Expected site conditions on a regular grid starting at `startMs`.
struct ForecastWindow {
    TimeMs startMs = 0;
    int resolutionS = 900;
    std::vector<double> pvKw;
    std::vector<double> loadKw;
    std::vector<double> criticalLoadKw;
    std::vector<double> importPricePerKwh;
    std::vector<double> exportPricePerKwh;
    std::vector<bool> outage; // a known or planned outage in that interval
};

// An EV session the controller knows about (plugged now, or expected with perfect forecasts).
struct ExpectedSession {
    int sessionIndex = -1;
    int chargerIndex = -1;
    TimeMs arrivalMs = 0;
    TimeMs departureMs = 0;
    double arrivalEnergyKwh = 0;
    double targetEnergyKwh = 0;
    double minEnergyKwh = 0;
    double capacityKwh = 0;
    double maxChargeKw = 0;
    bool v2x = false;
};

enum class ForecastMode { Perfect, Realistic };

class Forecast {
public:
    virtual ~Forecast() = default;
    // Called once per cycle with what was measured, before the controller dispatches.
    virtual void observe(const SiteSnapshot& snapshot) = 0;
    // Expected conditions from `fromMs` for `horizonS` seconds at `resolutionS`.
    virtual ForecastWindow window(TimeMs fromMs, int horizonS, int resolutionS) const = 0;
    // Sessions known at `nowMs` that have not yet departed.
    virtual std::vector<ExpectedSession> sessions(TimeMs nowMs) const = 0;
};

std::unique_ptr<Forecast> makeForecast(ForecastMode mode, const Scenario& scenario);
// For a real site (no scenario): PV, load and critical load by the same persistence as the
// realistic forecast, prices 0, no outage announced, and the sessions plugged in the latest
// observed snapshot (with the departure, target and consent of the engine's session book).
std::unique_ptr<Forecast> makeLiveForecast();

} // namespace parkwatt
