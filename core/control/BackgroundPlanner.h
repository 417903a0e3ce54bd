#pragma once
// Runs one Planner solve at a time on a worker thread, so that a real-time cycle never waits for
// the solver (about 0.6 s at 500 EVs). The worker gets its own copy of the planner and of every
// input; nothing it touches is shared with the caller. The caller polls for the result; the
// destructor waits for a running solve (bounded by the planner's time limit) rather than leave a
// thread running on freed memory.

#include "control/Planner.h"

#include <functional>
#include <future>
#include <optional>

namespace parkwatt {

// Everything one solve needs, by value.
struct PlanRequest {
    SiteSnapshot now;
    ForecastWindow window;
    std::vector<ExpectedSession> sessions;
    PlannerContext context;
};

struct PlanResult {
    Plan plan;
    PlannerStats stats;
};

class BackgroundPlanner {
public:
    BackgroundPlanner() = default;
    BackgroundPlanner(const BackgroundPlanner&) = delete;
    BackgroundPlanner& operator=(const BackgroundPlanner&) = delete;
    ~BackgroundPlanner() { waitForIdle(); }

    // Called on the worker before each solve (tests hold a solve with it).
    void setBeforeSolve(std::function<void()> hook) { m_beforeSolve = std::move(hook); }

    // True from start() until takeFinished() has handed the result over.
    bool busy() const { return m_running.valid(); }
    // Starts a solve on a copy of `planner`. Only when not busy().
    void start(const Planner& planner, PlanRequest request);
    // The finished solve's result, once; nothing while it runs (never blocks).
    std::optional<PlanResult> takeFinished();
    // Blocks until a running solve has finished (its result stays to be taken).
    void waitForIdle() const;

private:
    std::function<void()> m_beforeSolve;
    std::future<PlanResult> m_running;
};

} // namespace parkwatt
