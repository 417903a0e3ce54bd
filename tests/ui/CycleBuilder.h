#pragma once
// Published cycles built in code for the control-room tests: each test states only what differs.

#include "common/SiteContext.h"
#include "model/PublishedCycle.h"
#include "support/TinyScenarios.h"

#include <limits>

namespace parkwatt::test {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

// A site of `bays` chargers named "B0001"..., 11 kW each, every other one bidirectional.
inline SiteContext garageSite(int bays, int utcOffsetS = 0)
{
    SiteContext c;
    c.name = QStringLiteral("test garage");
    c.utcOffsetS = utcOffsetS;
    c.site.grid = {200, 50};
    c.site.pv.push_back({QStringLiteral("roof"), 80});
    for (int i = 0; i < bays; ++i) {
        ChargerSpec s;
        s.id = QStringLiteral("B%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        s.maxChargeKw = 11;
        s.minChargeKw = 4.1;
        s.bidirectional = i % 2 == 0;
        s.maxDischargeKw = s.bidirectional ? 11 : 0;
        c.site.chargers.push_back(s);
    }
    c.policy.peakShaving = {true, 120};
    c.policy.v2b.enabled = true;
    return c;
}

// A cycle at `timeMs` of `stepH` hours with every bay free and idle.
inline PublishedCycle emptyCycle(const SiteContext& c, TimeMs timeMs, double stepH = 0.25)
{
    PublishedCycle p;
    p.sensed.timeMs = timeMs;
    p.sensed.stepH = stepH;
    p.applied.timeMs = timeMs;
    p.applied.stepH = stepH;
    const size_t n = c.site.chargers.size();
    p.sensed.chargers.resize(n);
    p.commanded.chargerKw.assign(n, 0.0);
    p.commanded.chargerReasons.assign(n, QStringLiteral("no EV"));
    p.applied.chargerKw.assign(n, 0.0);
    p.applied.chargerEnergyKwh.assign(n, 0.0);
    return p;
}

// Puts a car on bay `i`: 60 kWh battery at `energyKwh`, wanting `targetKwh` by `departureMs`,
// drawing `kw` (< 0: feeding the building).
inline void plugCar(PublishedCycle& p, size_t i, double energyKwh, double targetKwh, TimeMs departureMs,
                    double kw, const QString& reason = QStringLiteral("plan: 11 kW"))
{
    ChargerState& c = p.sensed.chargers[i];
    c.plugged = true;
    c.sessionId = QStringLiteral("S-%1").arg(i);
    c.energyKwh = energyKwh;
    c.capacityKwh = 60;
    c.targetEnergyKwh = targetKwh;
    c.departureMs = departureMs;
    c.maxChargeKw = 11;
    c.v2xConsent = true;
    p.commanded.chargerKw[i] = kw;
    p.commanded.chargerReasons[i] = reason;
    p.applied.chargerKw[i] = kw;
    p.applied.chargerEnergyKwh[i] = energyKwh + kw * p.applied.stepH;
    if (kw > 0) {
        p.applied.evChargeKw += kw;
        ++p.applied.evsCharging;
    } else if (kw < 0) {
        p.applied.evDischargeKw -= kw;
        ++p.applied.evsDischarging;
    }
    ++p.applied.evsPlugged;
}

} // namespace parkwatt::test
