#include "devices/sim/ScenarioBinding.h"

#include <map>

namespace parkwatt {

std::optional<ScenarioBinding> ScenarioBinding::bind(const SiteFile& site, const Scenario& scenario,
                                                     QStringList* errors, const Labels& labels)
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
                *errors << QStringLiteral("device %1: charger '%2' is not in %3")
                               .arg(device.id, device.chargerId, labels.scenario);
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
                *errors << QStringLiteral("device %1: battery device %2, but %3 has %4 batteries")
                               .arg(device.id)
                               .arg(entry.index + 1)
                               .arg(labels.scenario)
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
            *errors << QStringLiteral("charger '%1' of %2 has no charger device in %3")
                           .arg(scenario.site.chargers[c].id, labels.scenario, labels.site);
    }
    if (errors->size() > errorsBefore)
        return std::nullopt;
    return binding;
}

std::optional<ScenarioBinding> ScenarioBinding::bind(const SiteFile& site, const Scenario& scenario,
                                                     QStringList* errors)
{
    return bind(site, scenario, errors, Labels{});
}

} // namespace parkwatt
