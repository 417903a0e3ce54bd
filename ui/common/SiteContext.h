#pragma once
// What the control-room views know about the site besides its cycles: its topology, the policy in
// force, its clock and how it is run. Built by the composition root from a scenario (demo) or a
// site file (live).

#include "model/Policy.h"
#include "model/Scenario.h"
#include "model/Site.h"
#include "model/SiteFile.h"

#include <QString>

namespace parkwatt {

struct SiteContext {
    SiteSpec site;
    Policy policy;
    int utcOffsetS = 0;
    QString name;
    bool simulated = false; // the demo or a scenario in accelerated time

    static SiteContext fromScenario(const Scenario& scenario)
    {
        SiteContext c;
        c.site = scenario.site;
        c.policy = scenario.policy;
        c.utcOffsetS = scenario.utcOffsetS;
        c.name = scenario.site.name.isEmpty() ? scenario.name : scenario.site.name;
        c.simulated = true;
        return c;
    }

    // A real site run by the live engine; `utcOffsetS` is the site's clock now.
    static SiteContext fromSiteFile(const SiteFile& file, int utcOffsetS)
    {
        SiteContext c;
        c.site = file.site;
        c.policy = file.policy;
        c.utcOffsetS = utcOffsetS;
        c.name = file.site.name;
        return c;
    }
};

} // namespace parkwatt
