#include "control/EvAllocation.h"

#include <algorithm>
#include <cmath>

namespace parkwatt {

namespace {

constexpr double kEpsKw = 1e-9;
constexpr int kBisectionSteps = 60;

} // namespace

// The largest level L with sum over active EVs of max(lo, min(L, hi)) <= targetTotalKw.
double EvAllocation::waterLevel(const std::vector<EvRequest>& requests, double targetTotalKw) const
{
    double top = 0;
    for (const int i : m_activeList)
        top = std::max(top, requests[size_t(i)].hiKw);
    auto total = [&](double level) {
        double sum = 0;
        for (const int i : m_activeList) {
            const EvRequest& r = requests[size_t(i)];
            sum += std::max(r.loKw, std::min(level, r.hiKw));
        }
        return sum;
    };
    if (total(top) <= targetTotalKw)
        return top;
    double low = 0, high = top;
    for (int step = 0; step < kBisectionSteps; ++step) {
        const double mid = 0.5 * (low + high);
        if (total(mid) <= targetTotalKw)
            low = mid;
        else
            high = mid;
    }
    return low;
}

void EvAllocation::shareFairly(const std::vector<EvRequest>& requests, double budgetKw,
                               std::vector<double>& outKw)
{
    const size_t n = requests.size();
    outKw.resize(n);
    for (size_t i = 0; i < n; ++i)
        outKw[i] = std::max(0.0, requests[i].loKw);
    if (n == 0 || !(budgetKw > kEpsKw))
        return;

    // Active: takes part in the water level. An EV starting from 0 with a minimum is
    // "constrained": it either reaches its minimum or is dropped.
    m_active.assign(n, 0);
    m_order.clear();
    double targetTotal = budgetKw;
    double reserved = 0;
    for (size_t i = 0; i < n; ++i) {
        const EvRequest& r = requests[i];
        targetTotal += std::max(0.0, r.loKw);
        if (r.loKw > kEpsKw) {
            m_active[i] = 1;
            reserved += r.loKw;
        } else if (r.hiKw > kEpsKw && r.minKw <= r.hiKw + kEpsKw) {
            m_active[i] = 1;
            if (r.minKw > kEpsKw)
                m_order.push_back(int(i));
        }
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&requests](int a, int b) {
        return requests[size_t(a)].laxityH < requests[size_t(b)].laxityH;
    });

    // Scarcity: admit constrained EVs by least laxity while their minimums fit.
    size_t kept = 0;
    for (size_t k = 0; k < m_order.size(); ++k) {
        const int i = m_order[k];
        const double minKw = requests[size_t(i)].minKw;
        if (reserved + minKw <= targetTotal + kEpsKw) {
            reserved += minKw;
            m_order[kept++] = i;
        } else {
            m_active[size_t(i)] = 0;
        }
    }
    m_order.resize(kept);

    // Fairness: an admitted EV whose equal share is below its minimum is dropped (the most lax
    // first) and the level recomputed, until every admitted EV runs at or above its minimum.
    m_activeList.clear();
    for (size_t i = 0; i < n; ++i) {
        if (m_active[i])
            m_activeList.push_back(int(i));
    }
    double level = waterLevel(requests, targetTotal);
    for (;;) {
        int victim = -1;
        for (size_t k = m_order.size(); k-- > 0;) {
            const int i = m_order[k];
            if (!m_active[size_t(i)])
                continue;
            const EvRequest& r = requests[size_t(i)];
            if (std::min(level, r.hiKw) < r.minKw - kEpsKw) {
                victim = i;
                break;
            }
        }
        if (victim < 0)
            break;
        m_active[size_t(victim)] = 0;
        const auto at = std::find(m_activeList.begin(), m_activeList.end(), victim);
        *at = m_activeList.back();
        m_activeList.pop_back();
        level = waterLevel(requests, targetTotal);
    }

    for (size_t i = 0; i < n; ++i) {
        if (m_active[i])
            outKw[i] = std::max(std::max(0.0, requests[i].loKw), std::min(level, requests[i].hiKw));
    }
}

void EvAllocation::serveByLaxity(const std::vector<EvRequest>& requests, double budgetKw,
                                 std::vector<double>& outKw)
{
    const size_t n = requests.size();
    outKw.assign(n, 0.0);
    m_order.clear();
    for (size_t i = 0; i < n; ++i) {
        if (requests[i].hiKw > kEpsKw && requests[i].minKw <= requests[i].hiKw + kEpsKw)
            m_order.push_back(int(i));
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&requests](int a, int b) {
        return requests[size_t(a)].laxityH < requests[size_t(b)].laxityH;
    });
    double remaining = budgetKw;
    for (const int i : m_order) {
        if (!(remaining > kEpsKw))
            break;
        const EvRequest& r = requests[size_t(i)];
        const double give = std::min(r.hiKw, remaining);
        if (give < r.minKw - kEpsKw)
            continue; // cannot run at its minimum: the power goes to the next one
        outKw[size_t(i)] = std::max(give, r.minKw);
        remaining -= outKw[size_t(i)];
    }
}

void EvAllocation::spreadProportionally(const std::vector<double>& weights, const std::vector<double>& capsKw,
                                        double totalKw, std::vector<double>& outKw)
{
    const size_t n = std::min(weights.size(), capsKw.size());
    outKw.assign(n, 0.0);
    if (!(totalKw > kEpsKw))
        return;
    double capSum = 0, weightSum = 0, weightedCapSum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double cap = std::max(0.0, capsKw[i]);
        capSum += cap;
        if (cap > 0 && weights[i] > 0) {
            weightSum += weights[i];
            weightedCapSum += cap;
        }
    }
    if (capSum <= totalKw) {
        for (size_t i = 0; i < n; ++i)
            outKw[i] = std::max(0.0, capsKw[i]);
        return;
    }
    // Items with no weight but a cap only take what the weighted ones cannot.
    auto spread = [&](double scale) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i)
            sum += std::min(std::max(0.0, capsKw[i]), scale * std::max(0.0, weights[i]));
        return sum;
    };
    double low = 0, high = 1;
    if (weightSum > 0) {
        const double reachable = std::min(totalKw, weightedCapSum) * (1 - 1e-12);
        while (spread(high) < reachable && high < 1e300)
            high *= 2;
        for (int step = 0; step < kBisectionSteps * 2; ++step) {
            const double mid = 0.5 * (low + high);
            if (spread(mid) <= totalKw)
                low = mid;
            else
                high = mid;
        }
    }
    double given = 0;
    for (size_t i = 0; i < n; ++i) {
        outKw[i] = weightSum > 0 ? std::min(std::max(0.0, capsKw[i]), low * std::max(0.0, weights[i])) : 0.0;
        given += outKw[i];
    }
    // Unweighted leftovers (or the rounding residue) go to whoever still has room, in order.
    double rest = totalKw - given;
    for (size_t i = 0; i < n && rest > kEpsKw; ++i) {
        const double room = std::max(0.0, capsKw[i]) - outKw[i];
        const double take = std::min(room, rest);
        if (take > 0) {
            outKw[i] += take;
            rest -= take;
        }
    }
}

} // namespace parkwatt
