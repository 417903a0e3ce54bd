#pragma once
// How a plugged EV answers its charger: what it can take or give for a command (the charger's and
// the car's ratings, the 6 A floor, v2x consent and the owner's floor), and how fast its power
// follows a change: a first-order lag with a 2 s time constant (63 % after 2 s, 95 % after 6 s of
// simulated time), as cars take seconds to follow a new current.

#include "model/Snapshot.h"

#include <algorithm>
#include <cmath>

namespace parkwatt::EvResponse {

constexpr double kTimeConstantS = 2.0;
constexpr double kSnapKw = 0.05; // closer than this to its target, the car is at its target

// What the car at `state` would settle at for `commandKw` (> 0 charges) over a step of `stepH`
// hours, with the charger's one-way efficiency `eta`: 0 with no car, at most the lower of the
// charger's and the car's rating, 0 below the charger's floor, no discharge without consent or
// on a one-way charger (maxDischargeKw is 0 then) and none below the owner's floor.
inline double targetKw(double commandKw, const ChargerState& state, double stepH, double eta)
{
    if (!state.plugged || !std::isfinite(commandKw) || stepH <= 0)
        return 0;
    if (commandKw > 0) {
        const double p = std::min(commandKw, state.maxChargeKw);
        return p < state.minChargeKw ? 0.0 : p;
    }
    if (commandKw < 0) {
        const double aboveFloorKwh = state.energyKwh - state.minEnergyKwh;
        if (aboveFloorKwh <= 0)
            return 0;
        return -std::min({-commandKw, state.maxDischargeKw, aboveFloorKwh * eta / stepH});
    }
    return 0;
}

// The car's power after `dtS` seconds at `nowKw` heading for `targetKw`. A charging car never runs
// below the charger's floor `floorKw`: it starts at the floor and drops from it straight to 0.
inline double follow(double nowKw, double targetKw, double dtS, double floorKw)
{
    double next = nowKw + (targetKw - nowKw) * (1.0 - std::exp(-dtS / kTimeConstantS));
    if (std::abs(targetKw - next) < kSnapKw)
        next = targetKw;
    if (next > 0 && next < floorKw)
        next = targetKw > 0 ? floorKw : 0.0;
    return next;
}

} // namespace parkwatt::EvResponse
