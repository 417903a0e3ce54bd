#pragma once
// The planner's answer for the next hours: what the battery, the grid and each EV should do per
// interval. The dispatcher follows it every cycle and corrects for what the forecast got wrong.

#include "model/Time.h"

#include <map>
#include <vector>

namespace parkwatt {

struct Plan {
    bool valid = false;
    TimeMs startMs = 0;
    int resolutionS = 900;
    TimeMs madeAtMs = 0;
    std::vector<double> batteryKw;           // per interval, all batteries together, > 0 charging
    std::vector<double> gridImportKw;        // planned import per interval (the peak target follows it)
    double plannedPeakKw = 0;                // the billing peak the plan achieves (0 when not shaving)
    std::map<int, std::vector<double>> evKw; // per session index: planned power per interval
    // Per session index: how long before departure the plan has the car at its target (hours).
    // The dispatcher's urgency uses the same, so it never overrides the plan at full power.
    std::map<int, double> departureMarginH;
    // Per interval: islanded in the forecast the plan was made with (empty when the planner does
    // not say). During an outage the dispatcher keeps stored energy for the critical load until
    // the end of the plan's outage; without it, for backup.reserve_hours.
    std::vector<bool> outage;

    int intervalAt(TimeMs t) const
    {
        if (!valid || t < startMs)
            return -1;
        const qint64 i = (t - startMs) / (qint64(resolutionS) * 1000);
        return i < qint64(batteryKw.size()) ? int(i) : -1;
    }
};

} // namespace parkwatt
