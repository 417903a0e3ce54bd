#include "config/PolicyJson.h"

namespace parkwatt {

QJsonObject policyToJson(const Policy& p)
{
    return QJsonObject{
        {QStringLiteral("peak_shaving"),
         QJsonObject{{QStringLiteral("enabled"), p.peakShaving.enabled},
                     {QStringLiteral("import_limit_kw"), p.peakShaving.importLimitKw}}},
        {QStringLiteral("self_sufficiency"),
         QJsonObject{{QStringLiteral("enabled"), p.selfSufficiency.enabled},
                     {QStringLiteral("battery_grid_charging"), p.selfSufficiency.batteryGridCharging}}},
        {QStringLiteral("backup"),
         QJsonObject{{QStringLiteral("enabled"), p.backup.enabled},
                     {QStringLiteral("battery_reserve_pct"), p.backup.batteryReservePct},
                     {QStringLiteral("ev_reserve"), p.backup.evReserve},
                     {QStringLiteral("reserve_hours"), p.backup.reserveHours}}},
        {QStringLiteral("v2b"), QJsonObject{{QStringLiteral("enabled"), p.v2b.enabled}}},
    };
}

bool operator==(const Policy& a, const Policy& b)
{
    return policyToJson(a) == policyToJson(b);
}

} // namespace parkwatt
