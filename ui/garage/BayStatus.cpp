#include "garage/BayStatus.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace parkwatt {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kIdleKw = 0.05;
// Closer than this to the target counts as reached (a car's last few Wh are noise).
constexpr double kReachedKwh = 0.05;

// The context lupdate files these words under: bayStateName and targetOutlookText are free
// functions of the namespace (QCoreApplication::translate does not know a class here).
QString tr(const char* text)
{
    return QCoreApplication::translate("parkwatt", text);
}
} // namespace

BayStatus BayStatus::of(const ChargerSpec& spec, const PublishedCycle& cycle, size_t i)
{
    BayStatus b;
    b.bayId = spec.id;
    b.bidirectional = spec.bidirectional;
    const bool known = i < cycle.sensed.chargers.size();
    const ChargerState c = known ? cycle.sensed.chargers[i] : ChargerState{};
    b.powerKw = i < cycle.applied.chargerKw.size() ? cycle.applied.chargerKw[i] : kNaN;
    b.setpointKw = i < cycle.commanded.chargerKw.size() ? cycle.commanded.chargerKw[i] : 0.0;
    b.reason = i < cycle.commanded.chargerReasons.size() ? cycle.commanded.chargerReasons[i] : QString();
    b.socPct = b.targetSocPct = kNaN;
    const bool online = known && c.online && !cycle.offlineDevices.contains(spec.id);
    if (!online) {
        b.state = BayState::Offline;
        b.outlook = c.plugged ? TargetOutlook::Unknown : TargetOutlook::NoCar;
        b.powerKw = std::isfinite(b.powerKw) && known ? b.powerKw : kNaN;
        if (!c.plugged)
            return b;
    }
    if (!c.plugged) {
        b.state = BayState::Free;
        return b;
    }

    b.sessionId = c.sessionId;
    b.v2xConsent = c.v2xConsent;
    b.departureMs = c.departureMs;
    b.capacityKwh = c.capacityKwh;
    b.targetKwh = c.targetEnergyKwh;
    // The energy at the end of the cycle when the cycle knows it, else what was sensed at its start.
    const double after = i < cycle.applied.chargerEnergyKwh.size() ? cycle.applied.chargerEnergyKwh[i] : kNaN;
    b.energyKwh = std::isfinite(after) && after > 0 ? after : c.energyKwh;
    if (c.capacityKwh > 0) {
        b.socPct = 100.0 * b.energyKwh / c.capacityKwh;
        b.targetSocPct = 100.0 * c.targetEnergyKwh / c.capacityKwh;
    }

    const double needKwh = c.targetEnergyKwh - b.energyKwh;
    if (online) {
        if (b.powerKw > kIdleKw)
            b.state = BayState::Charging;
        else if (b.powerKw < -kIdleKw)
            b.state = BayState::Discharging;
        else
            b.state = needKwh > kReachedKwh ? BayState::Waiting : BayState::Plugged;
    }

    if (!online)
        b.outlook = TargetOutlook::Unknown;
    else if (needKwh <= kReachedKwh)
        b.outlook = TargetOutlook::Reached;
    else if (c.departureMs <= 0)
        b.outlook = TargetOutlook::Unknown;
    else {
        const TimeMs now = cycle.applied.timeMs + TimeMs(std::llround(cycle.applied.stepH * 3.6e6));
        const double hoursLeft = std::max(0.0, double(c.departureMs - now) / 3.6e6);
        const double reachableKwh = std::max(c.maxChargeKw, 0.0) * hoursLeft;
        b.outlook = reachableKwh + 1e-6 >= needKwh ? TargetOutlook::OnTrack : TargetOutlook::AtRisk;
        b.shortfallKwh = std::max(0.0, needKwh - reachableKwh);
    }
    return b;
}

QString bayStateName(BayState state)
{
    switch (state) {
    case BayState::Free:
        return tr("free");
    case BayState::Plugged:
        return tr("plugged");
    case BayState::Charging:
        return tr("charging");
    case BayState::Discharging:
        return tr("V2B");
    case BayState::Waiting:
        return tr("waiting");
    case BayState::Offline:
        return tr("offline");
    }
    return {};
}

QString targetOutlookText(const BayStatus& bay, const QString& shortfall)
{
    switch (bay.outlook) {
    case TargetOutlook::NoCar:
        return {};
    case TargetOutlook::Reached:
        return tr("target reached");
    case TargetOutlook::OnTrack:
        return tr("target on track");
    case TargetOutlook::AtRisk:
        return tr("target at risk: %1 short").arg(shortfall);
    case TargetOutlook::Unknown:
        return tr("target outlook unknown");
    }
    return {};
}

} // namespace parkwatt
