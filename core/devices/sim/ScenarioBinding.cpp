#include "devices/sim/ScenarioBinding.h"

#include <map>

namespace parkwatt {

std::optional<ScenarioBinding> ScenarioBinding::bind(const SiteFile& site, const Scenario& scenario,
                                                     QStringList* errors)
{
    const qsizetype errorsBefore = errors->size();
    ScenarioBinding binding;
    std::map<int, QString> deviceOfCharger;
    int batteryDevices = 0;
    for (const DeviceSpec& device : site.devices) {
        Entry entry{device.id, device.role, -1};
        switch (device.role) {
        case DeviceRole::Charger: {
            entry.index = scenario.site.chargerIndex(device.chargerId);
            if (entry.index < 0) {
                *errors << QStringLiteral("device %1: charger '%2' is not in the scenario")
                               .arg(device.id, device.chargerId);
            } else if (const auto it = deviceOfCharger.find(entry.index); it != deviceOfCharger.end()) {
                *errors << QStringLiteral("device %1: charger '%2' already has device %3")
                               .arg(device.id, device.chargerId, it->second);
            } else {
                deviceOfCharger[entry.index] = device.id;
            }
            break;
        }
        case DeviceRole::Battery:
            entry.index = batteryDevices++;
            if (entry.index >= int(scenario.site.batteries.size()))
                *errors << QStringLiteral("device %1: battery device %2, but the scenario has %3 batteries")
                               .arg(device.id)
                               .arg(entry.index + 1)
                               .arg(scenario.site.batteries.size());
            break;
        case DeviceRole::PvInverter:
            ++binding.pvInverters;
            break;
        case DeviceRole::GridMeter:
        case DeviceRole::LoadMeter:
            break;
        }
        binding.entries.push_back(entry);
    }
    for (size_t c = 0; c < scenario.site.chargers.size(); ++c) {
        if (!deviceOfCharger.count(int(c)))
            *errors << QStringLiteral("charger '%1' of the scenario has no charger device in the site file")
                           .arg(scenario.site.chargers[c].id);
    }
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return binding;
}

} // namespace parkwatt
