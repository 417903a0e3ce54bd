#pragma once
// Turns the plan and the policy into this cycle's setpoints for the battery and every charger,
// honouring the priority stack of docs/scenario-and-site.md: hard limits, outage critical load,
// departure targets, backup reserve, peak-shaving target, self-sufficiency, cost, wear.
// Pure: (site, policy, snapshot, plan) in, setpoints (with a reason per charger) out. Time comes
// from the snapshot only. State kept between cycles: each charger's last change (the rate limit:
// a setpoint changes at most once per 10 s unless a limit forces it), the import commanded so far
// in the current 15-minute billing window, and a duty-cycle account per planned EV.
//
// Per cycle, with the grid up:
//  1. EVs that must charge now to reach their departure target (laxity about 0) get what they
//     need, least laxity first, up to the connection limit (battery and V2B may help), above
//     any peak target;
//  2. the others share the room under the peak target (the policy's, or the plan's planned peak
//     when higher; a 15-minute average, so what earlier steps of the window left unused may be
//     used later in it) fairly, at their planned power when a plan covers them (a planned average
//     below the charger's minimum is duty-cycled at the minimum), else at what they need;
//  3. the battery shaves what is above the peak target down to its backup reserve; V2B follows
//     the plan car by car, and what is still above the target is spread over consenting EVs by
//     energy above their floor (never so that a car cannot recharge to its target in time); the
//     battery goes below its reserve only to hold the connection limit;
//  4. PV surplus goes to the battery as far as the plan charges it, then to EVs that still need
//     energy (beyond their planned power), then the battery, then EVs beyond their target (under
//     peak shaving, room below the billing peak already paid for also goes to EVs that still need
//     energy, beyond their plan: a hedge against the forecast's errors that costs no peak); the
//     battery never charges from the grid unless allowed, to restore the reserve, or when the
//     plan fills it for a later peak (peak shaving outranks battery_grid_charging);
//  5. the rate limit holds changed setpoints, and holds are released where a limit needs it.
// During an outage (no rate limit):
//  1. PV, then the battery, then consenting EVs (with ev_reserve) serve the critical load; what
//     they cannot serve is shed;
//  2. departure targets rank next: EVs that must charge now get PV surplus and, when nothing is
//     shed, stored energy beyond what the critical load needs for the rest of the outage (until
//     the plan's outage ends, else for backup.reserve_hours, at least an hour), from the battery,
//     then from consenting EVs that can spare it without missing their own target;
//  3. the PV surplus left charges the battery, then the other EVs.

#include "control/EvAllocation.h"
#include "control/Plan.h"
#include "control/SafetyInvariants.h"
#include "model/Policy.h"
#include "model/Site.h"
#include "model/Snapshot.h"

#include <QString>
#include <limits>
#include <vector>

namespace parkwatt {

class Dispatcher {
public:
    Dispatcher(SiteSpec site, Policy policy);
    void setPolicy(Policy policy);
    const Policy& policy() const { return m_policy; }
    const SiteSpec& site() const { return m_site; }

    // A charger's setpoint changes at most once per this (0 disables the rate limit).
    void setMinChangeIntervalMs(TimeMs intervalMs) { m_minChangeIntervalMs = intervalMs; }
    // Time in hand (hours) when deciding that an EV must charge now to make its departure.
    void setUrgencyMarginH(double marginH) { m_urgencyMarginH = marginH; }
    // The site's UTC offset, for the clock times in reasons ("departs 17:30").
    void setUtcOffsetS(int offsetS) { m_utcOffsetS = offsetS; }
    // The billing peak of the period so far (what the site pays for already): under peak
    // shaving, cars that still need energy may take room below it beyond their plan.
    void setBilledPeakKw(double kw) { m_billedPeakKw = kw; }
    // Check every cycle's setpoints with SafetyInvariants (on by default in debug builds).
    void setCheckInvariants(bool check) { m_checkInvariants = check; }
    // What the last check found (empty when not checked or all safe).
    const std::vector<QString>& lastViolations() const { return m_lastViolations; }
    // Forgets the rate limit's memory (a new run).
    void reset()
    {
        m_memory.clear();
        m_window = WindowAccount{};
        m_previous = PreviousStep{};
    }

    // `plan` may be null or invalid (no plan yet): the dispatcher then acts on the snapshot alone.
    Setpoints dispatch(const SiteSnapshot& now, const Plan* plan);

private:
    enum class Why : unsigned char {
        NoEv,
        Offline,
        CannotCharge,
        TargetReached,
        Urgent,
        Flexible,
        V2bPeak,
        V2bPlan,
        OutageCritical,
        OutageLend,
        OutageDeparture,
        OutageNoCharge,
        OutageSurplus,
    };
    static constexpr double kInf = std::numeric_limits<double>::infinity();

    // One charger and its EV for this cycle.
    struct EvWork {
        ChargerLimits lim;
        double needKwh = 0;      // to the departure target
        double hoursLeft = kInf; // to departure (infinite when unknown)
        double laxityH = kInf;   // hoursLeft minus the time to the target at full power
        double capKw = 0;        // what it can take now (rating, room to capacity; 0 or >= min)
        double needLevelKw = 0;  // what reaches the target this step (>= min), <= capKw
        double requiredKw = 0;   // what it must have now to still make its target
        double wantedKw = 0;     // its share request: planned power, else needLevelKw
        bool planned = false;
        double plannedKw = 0; // the plan's power for this interval (> 0 charging)
        double plannedDischargeKw = 0;
        double v2bCapKw = 0;   // V2B: floor- and departure-safe discharge
        double floorCapKw = 0; // outage: floor-safe discharge
        double aboveFloorKwh = 0;
        double kw = 0;         // the setpoint being built
        double computedKw = 0; // before the rate limit
        bool held = false;
        bool aheadOfPlan = false; // given room below the peak already paid
        Why why = Why::NoEv;
    };
    struct BatteryWork {
        bool usable = false;
        double eta = 1;
        double chargeCapKw = 0;
        double softDischargeCapKw = 0; // down to the backup reserve
        double hardDischargeCapKw = 0; // down to min_soc
        double reserveDeficitKw = 0;   // charge that restores the reserve this step
    };
    struct ChargerMemory {
        bool valid = false;
        double kw = 0;
        TimeMs changedMs = 0;
        int sessionIndex = -1;
        QString sessionId;
        // Duty cycle for a planned power below the charger's minimum: energy counted from here.
        int dutySession = -1;
        TimeMs dutyFromMs = 0;
        TimeMs dutyPlanKeyMs = 0; // the plan interval's start, and which plan, it belongs to
        TimeMs dutyPlanMadeMs = 0;
        double dutyFromEnergyKwh = 0;
    };
    // What the battery decision needs besides the import.
    struct SiteContext {
        double baseKw = 0;        // load - PV
        double importLimitKw = 0; // hard
        double peakTargetKw = 0;  // soft (= importLimitKw when not shaving), this step
        double peakLabelKw = 0;   // the same before the 15-minute window's correction
        // Peak shaving with grid charging allowed: the battery may fill up to the peak paid for.
        bool fillBatteryToPaidPeak = false;
        double paidPeakKw = 0;
        bool shaving = false;
        bool hasPlanBattery = false;
        double planBatteryKw = 0;
        bool coverDeficit = false;
        double softDischargeKw = 0, hardDischargeKw = 0, chargeCapKw = 0, reserveDeficitKw = 0;
    };

    // The billing window: what this window imported so far (as commanded) and the step before.
    struct WindowAccount {
        qint64 index = std::numeric_limits<qint64>::min();
        TimeMs startMs = 0;
        double knownKwh = 0; // import of the dispatched part of the window
        double knownH = 0;   // its length
    };
    struct PreviousStep {
        bool valid = false;
        TimeMs timeMs = 0;
        double stepH = 0;
        double importKw = 0;
    };

    void accountWindow(const SiteSnapshot& now);
    double windowAllowanceKw(const SiteSnapshot& now, double targetKw) const;
    void prepareEvs(const SiteSnapshot& now, const Plan* plan, int interval);
    double dutyCycleKw(const SiteSnapshot& now, const Plan& plan, int interval, size_t i, double plannedKw,
                       double minimumKw);
    void prepareBatteries(const SiteSnapshot& now);
    void dispatchGridUp(const SiteSnapshot& now, const Plan* plan, int interval);
    void dispatchOutage(const SiteSnapshot& now, const Plan* plan, int interval);
    double remainingOutageH(const SiteSnapshot& now, const Plan* plan, int interval) const;
    double decideBatteryKw(double importKw, bool belowReserve = true) const;
    void applyRateLimit(const SiteSnapshot& now);
    void repairGridUp(const SiteSnapshot& now);
    double evSumKw() const;
    void splitBattery(double totalKw, std::vector<double>& out) const;
    QString reasonFor(const SiteSnapshot& now, size_t i) const;
    void remember(const SiteSnapshot& now);

    SiteSpec m_site;
    Policy m_policy;
    TimeMs m_minChangeIntervalMs = 10 * 1000;
    double m_urgencyMarginH = 0.05;
    int m_utcOffsetS = 0;
    double m_billedPeakKw = 0;
    // Every cycle, in every build: the check costs microseconds and a broken invariant must be
    // seen in the field, not only in tests.
    bool m_checkInvariants = true;
    std::vector<QString> m_lastViolations;

    // Per-cycle work, kept to reuse its storage.
    std::vector<EvWork> m_ev;
    std::vector<BatteryWork> m_batteries;
    std::vector<ChargerMemory> m_memory;
    SiteContext m_ctx;
    WindowAccount m_window;
    PreviousStep m_previous;
    double m_batteryKw = 0;
    double m_gridComputedKw = 0;
    double m_outageH = 0; // outage: the remaining outage the critical load is covered for
    EvAllocation m_allocation;
    std::vector<EvRequest> m_requests;
    std::vector<int> m_requestIndex;
    std::vector<int> m_urgentIndex;
    std::vector<double> m_granted;
    std::vector<double> m_weights;
    std::vector<double> m_caps;
};

} // namespace parkwatt
