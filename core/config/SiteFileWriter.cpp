#include "config/SiteFileWriter.h"

#include "config/PolicyJson.h"
#include "config/SiteFileReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parkwatt {

QJsonObject siteSpecToJson(const SiteSpec& site)
{
    QJsonArray pv;
    for (const PvArray& p : site.pv)
        pv.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("peak_kw"), p.peakKw}});
    QJsonArray batteries;
    for (const BatterySpec& b : site.batteries)
        batteries.append(QJsonObject{{QStringLiteral("id"), b.id},
                                     {QStringLiteral("capacity_kwh"), b.capacityKwh},
                                     {QStringLiteral("max_charge_kw"), b.maxChargeKw},
                                     {QStringLiteral("max_discharge_kw"), b.maxDischargeKw},
                                     {QStringLiteral("initial_soc_pct"), b.initialSocPct},
                                     {QStringLiteral("min_soc_pct"), b.minSocPct},
                                     {QStringLiteral("max_soc_pct"), b.maxSocPct},
                                     {QStringLiteral("roundtrip_efficiency"), b.roundtripEfficiency}});
    QJsonArray chargers;
    for (const ChargerSpec& c : site.chargers)
        chargers.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("max_charge_kw"), c.maxChargeKw},
                                    {QStringLiteral("min_charge_kw"), c.minChargeKw},
                                    {QStringLiteral("bidirectional"), c.bidirectional},
                                    {QStringLiteral("max_discharge_kw"), c.maxDischargeKw},
                                    {QStringLiteral("efficiency"), c.efficiency}});
    return {
        {QStringLiteral("name"), site.name},
        {QStringLiteral("grid"), QJsonObject{{QStringLiteral("import_limit_kw"), site.grid.importLimitKw},
                                             {QStringLiteral("export_limit_kw"), site.grid.exportLimitKw}}},
        {QStringLiteral("pv"), pv},
        {QStringLiteral("batteries"), batteries},
        {QStringLiteral("chargers"), chargers}};
}

QJsonObject siteFileToJson(const SiteFile& file)
{
    QJsonArray devices;
    for (const DeviceSpec& d : file.devices) {
        QJsonObject device{
            {QStringLiteral("id"), d.id},           {QStringLiteral("role"), deviceRoleName(d.role)},
            {QStringLiteral("profile"), d.profile}, {QStringLiteral("host"), d.host},
            {QStringLiteral("port"), d.port},       {QStringLiteral("unit"), d.unit}};
        if (d.role == DeviceRole::Charger)
            device.insert(QStringLiteral("charger"), d.chargerId);
        devices.append(device);
    }
    return {{QStringLiteral("format"), QStringLiteral("parkwatt-site/1")},
            {QStringLiteral("site"), siteSpecToJson(file.site)},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("policy"), policyToJson(file.policy)}};
}

QByteArray writeSiteFile(const SiteFile& file)
{
    return QJsonDocument(siteFileToJson(file)).toJson(QJsonDocument::Indented);
}

} // namespace parkwatt
