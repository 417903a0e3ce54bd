#pragma once
// The site check of commissioning: while the engine is silent every charger falls back to its
// fail-safe current, and all of them together must fit the site's grid connection (The Mobility
// House's rule for fleets, docs/commissioning.md).

#include <QJsonObject>
#include <QString>
#include <vector>

namespace parkwatt {

struct FallbackBudget {
    struct Charger {
        QString deviceId;
        double fallbackKw = 0;
    };
    std::vector<Charger> chargers;
    double sumKw = 0;
    double importLimitKw = 0;

    // Sums the chargers' fallbacks against the connection's import limit.
    static FallbackBudget of(std::vector<Charger> chargers, double importLimitKw);
    bool fits() const { return sumKw <= importLimitKw + 1e-9; }
    // "fallback above the budget: 12.42 kW of fallbacks, the connection imports at most 5.00 kW".
    QString describe() const;
    QJsonObject toJson() const;
    static FallbackBudget fromJson(const QJsonObject& json);
};

} // namespace parkwatt
