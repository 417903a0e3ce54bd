#pragma once
// One bay as the garage page shows it, derived from a published cycle: its state (free, plugged,
// charging, discharging, waiting, offline), power, the car's state of charge, departure, whether
// the target can still be met, and the reason for its setpoint. Unknown numbers are NaN.

#include "model/PublishedCycle.h"
#include "model/Site.h"

#include <QMetaType>
#include <QString>

namespace parkwatt {

enum class BayState {
    Free,    // no car
    Plugged, // a car, idle, nothing left to charge
    Charging,
    Discharging, // the car feeds the building (V2B)
    Waiting,     // a car that still needs energy, held back by the plan (PV surplus, a later hour)
    Offline,     // the charger does not answer (or reports a fault)
};
constexpr int kBayStateCount = 6;

enum class TargetOutlook {
    NoCar,
    Reached, // at or above the target
    OnTrack, // the rest can still be charged at the bay's full power before departure
    AtRisk,  // even full power until departure leaves it short
    Unknown, // no departure known, or the charger does not answer
};

struct BayStatus {
    QString bayId;
    BayState state = BayState::Free;
    double powerKw = 0;    // applied (measured live); NaN when not known
    double setpointKw = 0; // commanded for the next cycle
    double energyKwh = 0;
    double capacityKwh = 0;
    double targetKwh = 0;
    double socPct = 0;       // NaN when there is no car or no capacity known
    double targetSocPct = 0; // NaN likewise
    TimeMs departureMs = 0;  // 0 when not known
    TargetOutlook outlook = TargetOutlook::NoCar;
    double shortfallKwh = 0; // AtRisk: what full power until departure would still leave missing
    bool v2xConsent = false;
    bool bidirectional = false;
    QString sessionId;
    QString reason;

    // The bay at index `i` of the site in this cycle.
    static BayStatus of(const ChargerSpec& spec, const PublishedCycle& cycle, size_t i);
};

// The state's name for people ("charging").
QString bayStateName(BayState state);
QString targetOutlookText(const BayStatus& bay, const QString& shortfall);

} // namespace parkwatt

Q_DECLARE_METATYPE(parkwatt::BayStatus)
