#pragma once
// The policy engine as a Controller ("policy"): a Planner that looks 24 h ahead and a Dispatcher
// that turns the plan into setpoints every cycle. Re-plans at every 15-minute boundary of the
// clock (from snapshot.timeMs, never the wall clock) and at once on events: an arrival or a
// departure the plan did not foresee, a driver changing departure or target, an outage starting
// or ending, a charger or battery going offline or coming back, a new policy. Between re-plans the
// dispatcher follows the plan and corrects for what the forecast got wrong.

#include "control/Controller.h"
#include "control/Dispatcher.h"
#include "control/Planner.h"

#include <map>
#include <optional>

namespace parkwatt {

struct PolicyControllerOptions {
    PlannerOptions planner;
    TimeMs runEndMs = 0; // the end of a what-if run (plan no further); 0 for a real site
    int utcOffsetS = 0;  // the site's clock, for times in the reasons ("departs 17:30")
    // Re-plan at every 15-minute boundary and, besides, this long after the last plan (0: only at
    // boundaries and events). Shorter corrects drift within a billing window sooner, at its cost.
    int replanEveryS = 0;
    // Re-plan early when the EVs fall behind the plan by a material amount, at most this often
    // (0: never), so the rest of the billing window can still catch up.
    int driftReplanGapS = 300;
};

class PolicyController final : public Controller {
public:
    PolicyController(SiteSpec site, Policy policy, PolicyControllerOptions options = {});

    QString name() const override { return QStringLiteral("policy"); }
    Setpoints dispatch(const SiteSnapshot& now, const Forecast& forecast) override;

    void setPolicy(Policy policy);

    const Plan& plan() const { return m_plan; }
    int planCount() const { return m_planCount; }
    const PlannerStats& lastPlannerStats() const { return m_planner.lastStats(); }
    // The billing peak as this controller has seen it so far (estimated from measured energies).
    double peakSoFarKw() const { return std::max(m_peakSoFarKw, m_windowImportKwh / 0.25); }

private:
    struct KnownSession {
        TimeMs departureMs = 0;
        double targetEnergyKwh = 0;
    };

    bool needsPlan(const SiteSnapshot& now) const;
    bool eventSince(const SiteSnapshot& now) const;
    void accountLastStep(const SiteSnapshot& now);
    void replan(const SiteSnapshot& now, const Forecast& forecast);

    SiteSpec m_site;
    Policy m_policy;
    PolicyControllerOptions m_options;
    Planner m_planner;
    Dispatcher m_dispatcher;

    Plan m_plan;
    int m_planCount = 0;
    std::optional<TimeMs> m_lastPlanMs;
    bool m_policyChanged = false;
    std::map<int, KnownSession> m_known; // sessions the current plan was made with

    std::optional<SiteSnapshot> m_previous;
    Setpoints m_previousSetpoints;
    qint64 m_windowIndex = 0;
    double m_windowImportKwh = 0;
    double m_peakSoFarKw = 0;
    double m_driftKwh = 0;   // EV energy the plan expected since it was made, minus what came
    double m_plannedKwh = 0; // EV energy the plan moved since it was made (magnitudes)
};

} // namespace parkwatt
