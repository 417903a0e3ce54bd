#pragma once
// The policy engine as a Controller ("policy"): a Planner that looks 24 h ahead and a Dispatcher
// that turns the plan into setpoints every cycle. Re-plans at every 15-minute boundary of the
// clock (from snapshot.timeMs, never the wall clock) and at once on events: an arrival or a
// departure the plan did not foresee, a driver changing departure or target, an outage starting
// or ending, a charger or battery going offline or coming back, a new policy. Between re-plans the
// dispatcher follows the plan and corrects for what the forecast got wrong.

#include "control/BackgroundPlanner.h"
#include "control/Controller.h"
#include "control/Dispatcher.h"
#include "control/Planner.h"

#include <functional>
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
    // Real-time control: a re-plan is solved on a worker thread and dispatch() never waits for
    // it. Until the new plan is ready the dispatcher follows the previous one (or works without a
    // plan before the first); the new one is adopted at the first dispatch after it is done. A
    // re-plan wanted while one is being solved waits for it (at most one waits, made from the
    // inputs of the moment it starts). What-if runs keep the default: inline and deterministic.
    bool planInBackground = false;
    // Called on the worker thread before each background solve (tests hold a solve with it).
    std::function<void()> beforeBackgroundSolve = {};
};

class PolicyController final : public Controller {
public:
    PolicyController(SiteSpec site, Policy policy, PolicyControllerOptions options = {});

    QString name() const override { return QStringLiteral("policy"); }
    Setpoints dispatch(const SiteSnapshot& now, const Forecast& forecast) override;

    void setPolicy(Policy policy);

    const Plan& plan() const { return m_plan; }
    // Plans made and put in force (in the background mode: adopted).
    int planCount() const { return m_planCount; }
    const PlannerStats& lastPlannerStats() const { return m_lastStats; }
    // Background mode: a solve is running, or one is wanted after it.
    bool planPending() const { return m_background.busy() || m_replanQueued; }
    // Background mode: blocks until the running solve is done (it is adopted at the next
    // dispatch). For tests and orderly shutdown; never called by dispatch().
    void waitForPlan() const { m_background.waitForIdle(); }
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
    PlanRequest planRequest(const SiteSnapshot& now, const Forecast& forecast);
    void requestPlanInBackground(const SiteSnapshot& now, const Forecast& forecast);
    void adoptFinishedPlan();
    void putInForce(PlanResult result);

    SiteSpec m_site;
    Policy m_policy;
    PolicyControllerOptions m_options;
    Planner m_planner;
    Dispatcher m_dispatcher;

    BackgroundPlanner m_background;
    bool m_replanQueued = false;

    Plan m_plan;
    PlannerStats m_lastStats;
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
