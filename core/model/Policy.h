#pragma once
// The policy a facility manager sets. Semantics and priority order: docs/scenario-and-site.md.

namespace parkwatt {

struct PeakShavingPolicy {
    bool enabled = false;
    double importLimitKw = 0;
};

struct SelfSufficiencyPolicy {
    bool enabled = true;
    bool batteryGridCharging = false;
};

struct BackupPolicy {
    bool enabled = false;
    double batteryReservePct = 0;
    bool evReserve = false;
    double reserveHours = 0;
};

struct V2bPolicy {
    bool enabled = false;
};

struct Policy {
    PeakShavingPolicy peakShaving;
    SelfSufficiencyPolicy selfSufficiency;
    BackupPolicy backup;
    V2bPolicy v2b;
};

} // namespace parkwatt
