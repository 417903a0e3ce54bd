#include "commissioning/FallbackBudget.h"

#include <QJsonArray>

namespace parkwatt {

FallbackBudget FallbackBudget::of(std::vector<Charger> chargers, double importLimitKw)
{
    FallbackBudget budget;
    budget.chargers = std::move(chargers);
    budget.importLimitKw = importLimitKw;
    for (const Charger& c : budget.chargers)
        budget.sumKw += c.fallbackKw;
    return budget;
}

QString FallbackBudget::describe() const
{
    const QString figures =
        QStringLiteral("%1 kW of fallbacks (%2 charger(s)), the connection imports at most %3 kW")
            .arg(sumKw, 0, 'f', 2)
            .arg(chargers.size())
            .arg(importLimitKw, 0, 'f', 2);
    return fits() ? QStringLiteral("fallbacks fit: ") + figures
                  : QStringLiteral("fallback above the budget: ") + figures;
}

QJsonObject FallbackBudget::toJson() const
{
    QJsonArray list;
    for (const Charger& c : chargers)
        list.append(QJsonObject{{QStringLiteral("device"), c.deviceId},
                                {QStringLiteral("fallback_kw"), c.fallbackKw}});
    return QJsonObject{
        {QStringLiteral("chargers"), list},
        {QStringLiteral("sum_kw"), sumKw},
        {QStringLiteral("import_limit_kw"), importLimitKw},
        {QStringLiteral("passed"), fits()},
        {QStringLiteral("reason"), fits() ? QString() : QStringLiteral("fallback above the budget")},
        {QStringLiteral("detail"), describe()}};
}

FallbackBudget FallbackBudget::fromJson(const QJsonObject& json)
{
    std::vector<Charger> chargers;
    for (const QJsonValue& c : json.value(QStringLiteral("chargers")).toArray())
        chargers.push_back(Charger{c.toObject().value(QStringLiteral("device")).toString(),
                                   c.toObject().value(QStringLiteral("fallback_kw")).toDouble()});
    return of(std::move(chargers), json.value(QStringLiteral("import_limit_kw")).toDouble());
}

} // namespace parkwatt
