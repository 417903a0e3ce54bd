#include "control/BackgroundPlanner.h"

#include <chrono>

namespace parkwatt {

void BackgroundPlanner::start(const Planner& planner, PlanRequest request)
{
    if (busy())
        return;
    m_running = std::async(std::launch::async, [planner = Planner(planner), request = std::move(request),
                                                hook = m_beforeSolve]() mutable {
        if (hook)
            hook();
        PlanResult result;
        result.plan = planner.plan(request.now, request.window, request.sessions, request.context);
        result.stats = planner.lastStats();
        return result;
    });
}

std::optional<PlanResult> BackgroundPlanner::takeFinished()
{
    if (!m_running.valid() || m_running.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return m_running.get();
}

void BackgroundPlanner::waitForIdle() const
{
    if (m_running.valid())
        m_running.wait();
}

} // namespace parkwatt
