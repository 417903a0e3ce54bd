#pragma once
// Small scenarios built in code for tests: one place, so each test states only what differs.

#include "model/Scenario.h"

#include <QDateTime>

namespace parkwatt::test {

inline TimeMs at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A site with one charger (11 kW, 4.1 kW floor), flat 10 kW load, no PV, 4 h in 15-minute steps.
inline Scenario oneChargerScenario()
{
    Scenario s;
    s.name = QStringLiteral("one-charger");
    s.startMs = at("2026-07-14T00:00:00Z");
    s.durationH = 4;
    s.stepS = 900;
    s.site.grid = {100, 0};
    ChargerSpec charger;
    charger.id = QStringLiteral("A");
    charger.maxChargeKw = 11;
    charger.minChargeKw = 4.1;
    s.site.chargers.push_back(charger);
    s.profiles.pvKw = Profile::constantValue(0);
    s.profiles.loadKw = Profile::constantValue(10);
    return s;
}

inline EvSession session(const char* id, int chargerIndex, const char* arrival, const char* departure,
                         double capacityKwh, double arrivalSocPct, double targetSocPct)
{
    EvSession e;
    e.id = QString::fromLatin1(id);
    e.chargerIndex = chargerIndex;
    e.arrivalMs = at(arrival);
    e.departureMs = at(departure);
    e.capacityKwh = capacityKwh;
    e.arrivalSocPct = arrivalSocPct;
    e.targetSocPct = targetSocPct;
    return e;
}

inline BatterySpec battery(double capacityKwh, double maxKw, double initialSocPct, double roundtrip = 1.0)
{
    BatterySpec b;
    b.id = QStringLiteral("bess");
    b.capacityKwh = capacityKwh;
    b.maxChargeKw = maxKw;
    b.maxDischargeKw = maxKw;
    b.initialSocPct = initialSocPct;
    b.roundtripEfficiency = roundtrip;
    return b;
}

} // namespace parkwatt::test
