#pragma once
// A what-if scenario: a site plus what happens to it over a period (profiles, EV sessions,
// outages) and the policy to run. Mirrors "parkwatt-scenario/1".

#include "model/Policy.h"
#include "model/Site.h"
#include "model/Time.h"

#include <QString>
#include <cmath>
#include <limits>
#include <vector>

namespace parkwatt {

// A piecewise-constant series: values[i] holds during [start + i*resolution, start + (i+1)*resolution).
// A single value with `constant` set holds for the whole scenario.
struct Profile {
    int resolutionS = 900;
    std::vector<double> values;
    bool constant = true;

    // Value at an offset from the scenario start (seconds, >= 0).
    double at(qint64 offsetS) const
    {
        if (values.empty())
            return 0;
        if (constant)
            return values.front();
        const auto index = static_cast<size_t>(offsetS / resolutionS);
        return values[index < values.size() ? index : values.size() - 1];
    }
    static Profile constantValue(double value) { return Profile{900, {value}, true}; }
};

struct Profiles {
    int resolutionS = 900;
    Profile pvKw;
    Profile loadKw;
    Profile criticalLoadKw = Profile::constantValue(0);
    Profile importPricePerKwh = Profile::constantValue(0);
    Profile exportPricePerKwh = Profile::constantValue(0);
};

struct Tariff {
    double demandChargePerKw = 0;
};

struct EvSession {
    QString id;
    QString chargerId;
    int chargerIndex = -1; // resolved against SiteSpec::chargers
    TimeMs arrivalMs = 0;
    TimeMs departureMs = 0;
    double capacityKwh = 0;
    double arrivalSocPct = 0;
    double targetSocPct = 100;
    double minSocPct = 0;
    double maxChargeKw = std::numeric_limits<double>::infinity();
    bool v2x = false;

    double arrivalEnergyKwh() const { return arrivalSocPct / 100.0 * capacityKwh; }
    double targetEnergyKwh() const { return targetSocPct / 100.0 * capacityKwh; }
    double minEnergyKwh() const { return minSocPct / 100.0 * capacityKwh; }
};

struct Outage {
    TimeMs startMs = 0;
    TimeMs endMs = 0;
};

struct Scenario {
    QString name;
    TimeMs startMs = 0;
    int utcOffsetS = 0; // of `start`, for writing times back in the scenario's own clock
    double durationH = 0;
    int stepS = 60;
    SiteSpec site;
    Profiles profiles;
    Tariff tariff;
    std::vector<EvSession> sessions;
    std::vector<Outage> outages;
    Policy policy;

    int stepCount() const { return static_cast<int>(std::lround(durationH * 3600.0 / stepS)); }
    TimeMs stepStartMs(int step) const { return startMs + qint64(step) * stepS * kMsPerSecond; }
    TimeMs endMs() const { return stepStartMs(stepCount()); }
};

} // namespace parkwatt
