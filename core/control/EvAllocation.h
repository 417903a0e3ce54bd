#pragma once
// Shares a power budget among EVs: fair (equal-share water-filling) when there is room, least
// laxity first when there is not, always honouring each charger's 0-or-at-least-minimum rule and
// its upper limit. Also spreads a total discharge over cars in proportion to weights (V2B).
// Pure arithmetic; the scratch vectors are members so a cycle does not allocate once they grew.

#include <vector>

namespace parkwatt {

struct EvRequest {
    double loKw = 0;    // already granted (kept); when > 0 the minimum is already satisfied
    double hiKw = 0;    // at most this in total
    double minKw = 0;   // a charger that starts from 0 delivers 0 or at least this
    double laxityH = 0; // hours to spare before the departure target becomes unreachable
};

class EvAllocation {
public:
    // Raises each EV from loKw toward hiKw so that all share `budgetKw` (the sum of the raises)
    // at one common level (water-filling). An EV starting at 0 whose share would fall below its
    // minimum gets 0 and its power goes to the others; when not every minimum fits, the EVs with
    // the least laxity are admitted first. Writes totals (>= loKw) into `outKw` (resized).
    void shareFairly(const std::vector<EvRequest>& requests, double budgetKw, std::vector<double>& outKw);

    // Least laxity first: each EV in turn gets up to hiKw (and at least minKw, or nothing) while
    // the budget lasts. loKw is ignored (treated as 0). Writes into `outKw` (resized).
    void serveByLaxity(const std::vector<EvRequest>& requests, double budgetKw, std::vector<double>& outKw);

    // Spreads `totalKw` over items in proportion to `weights`, none above its cap; what a capped
    // item cannot take goes to the others. Writes into `outKw` (resized); the sum is
    // min(totalKw, sum of caps) up to rounding.
    void spreadProportionally(const std::vector<double>& weights, const std::vector<double>& capsKw,
                              double totalKw, std::vector<double>& outKw);

private:
    double waterLevel(const std::vector<EvRequest>& requests, double targetTotalKw) const;

    std::vector<int> m_order;
    std::vector<unsigned char> m_active;
    std::vector<int> m_activeList; // the same, as a list (the water level only visits these)
};

} // namespace parkwatt
