#pragma once
// The resolutions a series is kept at, and for how long. Raw samples at the cycle rate for
// days; roll-ups (min, max, avg, count per bucket) at 1 minute, 15 minutes and 1 hour for
// longer. Retention counts back from the newest sample, not from the wall clock, so a
// simulated year is kept the way a real one would be.

#include "model/Time.h"

#include <array>

namespace parkwatt {

enum class Tier { Raw, Minute, Quarter, Hour };

constexpr TimeMs kMsPerMinute = 60 * kMsPerSecond;
constexpr TimeMs kMsPerHour = 60 * kMsPerMinute;
constexpr TimeMs kMsPerDay = 24 * kMsPerHour;

struct TierInfo {
    Tier tier;
    const char* table;
    TimeMs bucketMs; // 0 for raw: one row per sample
    const char* name;
};

constexpr std::array<TierInfo, 4> kTiers = {{
    {Tier::Raw, "samples_raw", 0, "raw"},
    {Tier::Minute, "rollup_1m", kMsPerMinute, "1m"},
    {Tier::Quarter, "rollup_15m", kMsPer15Min, "15m"},
    {Tier::Hour, "rollup_1h", kMsPerHour, "1h"},
}};

inline const TierInfo& tierInfo(Tier tier)
{
    return kTiers[size_t(tier)];
}

// How long each tier is kept; 0 keeps it forever.
struct RetentionPolicy {
    TimeMs rawMs = 2 * kMsPerDay;
    TimeMs minuteMs = 90 * kMsPerDay;
    TimeMs quarterMs = 2 * 365 * kMsPerDay;
    TimeMs hourMs = 0;

    TimeMs of(Tier tier) const
    {
        switch (tier) {
        case Tier::Raw:
            return rawMs;
        case Tier::Minute:
            return minuteMs;
        case Tier::Quarter:
            return quarterMs;
        case Tier::Hour:
            return hourMs;
        }
        return 0;
    }
};

} // namespace parkwatt
