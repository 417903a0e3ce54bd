#pragma once
// What is wrong with a policy the manager is editing, field by field, before it goes anywhere:
// the rules every policy that comes in passes (readPolicy, as for a site file: the same messages)
// and the live engine's rules for this site (LiveEngine::checkPolicy: a peak limit above 0 kW and
// at most the connection's import limit). The engine checks again when the policy is applied.

#include "model/Policy.h"
#include "model/Site.h"

#include <QString>
#include <vector>

namespace parkwatt {

enum class PolicyField { PeakLimit, BatteryReserve, ReserveHours, Other };

struct PolicyProblem {
    PolicyField field = PolicyField::Other;
    QString message; // a sentence for the manager, e.g. "The peak limit must be above 0 kW."
};

std::vector<PolicyProblem> checkPolicyForSite(const Policy& policy, const SiteSpec& site);

} // namespace parkwatt
