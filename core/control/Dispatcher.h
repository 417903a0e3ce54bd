#pragma once
// Turns the plan and the policy into this cycle's setpoints for the battery and every charger,
// honouring the priority stack of docs/scenario-and-site.md: hard limits, outage critical load,
// departure targets, backup reserve, peak-shaving target, self-sufficiency, cost, wear.
// Pure: (site, policy, snapshot, plan) in, setpoints (with a reason per charger) out.

#include "control/Plan.h"
#include "model/Policy.h"
#include "model/Site.h"
#include "model/Snapshot.h"

namespace parkwatt {

class Dispatcher {
public:
    Dispatcher(SiteSpec site, Policy policy);
    void setPolicy(Policy policy);
    // `plan` may be null or invalid (no plan yet): the dispatcher then acts on the snapshot alone.
    Setpoints dispatch(const SiteSnapshot& now, const Plan* plan);

private:
    SiteSpec m_site;
    Policy m_policy;
};

} // namespace parkwatt
