#pragma once
// The physical site: grid connection, PV, stationary batteries and EV chargers (plain values).
// Field names follow the site/scenario contract in docs/ (units in the names).

#include <QString>
#include <vector>

namespace parkwatt {

struct GridConnection {
    double importLimitKw = 0; // physical connection limit: a hard constraint
    double exportLimitKw = 0;
};

struct PvArray {
    QString id;
    double peakKw = 0;
};

struct BatterySpec {
    QString id;
    double capacityKwh = 0;
    double maxChargeKw = 0;
    double maxDischargeKw = 0;
    double initialSocPct = 50;
    double minSocPct = 0;
    double maxSocPct = 100;
    double roundtripEfficiency = 1;

    double minEnergyKwh() const { return minSocPct / 100.0 * capacityKwh; }
    double maxEnergyKwh() const { return maxSocPct / 100.0 * capacityKwh; }
};

struct ChargerSpec {
    QString id;
    double maxChargeKw = 0;
    double minChargeKw = 0; // IEC 61851 6 A floor: a charger delivers 0 or at least this
    bool bidirectional = false;
    double maxDischargeKw = 0;
    double efficiency = 1; // applied like a battery's sqrt(roundtrip) in both directions
};

struct SiteSpec {
    QString name;
    GridConnection grid;
    std::vector<PvArray> pv;
    std::vector<BatterySpec> batteries;
    std::vector<ChargerSpec> chargers;

    // Index of the charger with this id, or -1.
    int chargerIndex(const QString& id) const
    {
        for (size_t i = 0; i < chargers.size(); ++i)
            if (chargers[i].id == id)
                return static_cast<int>(i);
        return -1;
    }
};

} // namespace parkwatt
