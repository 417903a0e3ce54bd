#pragma once
// Small helpers shared by the sim tests: tiny scenarios built in code, and a tolerant compare
// that prints both numbers on failure.

#include "model/Scenario.h"
#include "model/StepRecord.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTime>
#include <cmath>

// QCOMPARE on doubles is relative (qFuzzyCompare), which never accepts a tiny value against 0.
#define PW_COMPARE_NEAR(actual, expected, tolerance)                                                         \
    do {                                                                                                     \
        const double pwActual = (actual);                                                                    \
        const double pwExpected = (expected);                                                                \
        if (!(std::abs(pwActual - pwExpected) <= (tolerance))) {                                             \
            const QByteArray pwMessage = QByteArray(#actual " = ") + QByteArray::number(pwActual, 'g', 17) + \
                                         ", expected " + QByteArray::number(pwExpected, 'g', 17);            \
            QFAIL(pwMessage.constData());                                                                    \
        }                                                                                                    \
    } while (false)

namespace parkwatt::testutil {

// 2026-07-14T00:00:00Z
inline TimeMs startMs() {
    return QDateTime(QDate(2026, 7, 14), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

inline TimeMs atMs(int hour, int minute, int second = 0) {
    return startMs() + ((qint64(hour) * 60 + minute) * 60 + second) * kMsPerSecond;
}

inline Scenario makeScenario(int stepS, double durationH) {
    Scenario sc;
    sc.name = QStringLiteral("test");
    sc.startMs = startMs();
    sc.stepS = stepS;
    sc.durationH = durationH;
    sc.site.grid.importLimitKw = 400;
    sc.site.grid.exportLimitKw = 150;
    sc.profiles.pvKw = Profile::constantValue(0);
    sc.profiles.loadKw = Profile::constantValue(0);
    return sc;
}

inline BatterySpec makeBattery(double capacityKwh, double maxKw, double initialSocPct, double minSocPct = 0,
                               double maxSocPct = 100, double roundtrip = 1) {
    BatterySpec b;
    b.id = QStringLiteral("bess");
    b.capacityKwh = capacityKwh;
    b.maxChargeKw = maxKw;
    b.maxDischargeKw = maxKw;
    b.initialSocPct = initialSocPct;
    b.minSocPct = minSocPct;
    b.maxSocPct = maxSocPct;
    b.roundtripEfficiency = roundtrip;
    return b;
}

inline ChargerSpec makeCharger(const QString& id, double maxKw, double minKw = 0, bool bidirectional = false,
                               double maxDischargeKw = 0) {
    ChargerSpec c;
    c.id = id;
    c.maxChargeKw = maxKw;
    c.minChargeKw = minKw;
    c.bidirectional = bidirectional;
    c.maxDischargeKw = maxDischargeKw;
    return c;
}

inline EvSession makeSession(int chargerIndex, TimeMs arrivalMs, TimeMs departureMs, double capacityKwh,
                             double arrivalSocPct, bool v2x = false, double targetSocPct = 100,
                             double minSocPct = 0) {
    EvSession s;
    s.id = QStringLiteral("S") + QString::number(arrivalMs % 100000);
    s.chargerIndex = chargerIndex;
    s.arrivalMs = arrivalMs;
    s.departureMs = departureMs;
    s.capacityKwh = capacityKwh;
    s.arrivalSocPct = arrivalSocPct;
    s.targetSocPct = targetSocPct;
    s.minSocPct = minSocPct;
    s.v2x = v2x;
    return s;
}

// Power balance of one step: supply minus demand (0 when the step balances).
inline double balanceErrorKw(const StepRecord& r) {
    const double importKw = std::max(r.gridKw, 0.0);
    const double exportKw = std::max(-r.gridKw, 0.0);
    return (r.pvUsedKw + importKw + r.batteryDischargeKw + r.evDischargeKw) -
           (r.loadServedKw + exportKw + r.batteryChargeKw + r.evChargeKw);
}

} // namespace parkwatt::testutil
