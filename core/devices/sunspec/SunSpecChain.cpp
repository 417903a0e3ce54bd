#include "devices/sunspec/SunSpecChain.h"

#include <QStringList>
#include <algorithm>
#include <map>
#include <set>

namespace parkwatt {

const SunSpecModelBlock* SunSpecChain::find(int id) const
{
    for (const SunSpecModelBlock& m : models)
        if (m.id == id)
            return &m;
    return nullptr;
}

std::vector<int> sunspecBasesFor(const DeviceProfile& profile)
{
    std::vector<int> bases;
    if (profile.identification.sunspecBase)
        bases.push_back(*profile.identification.sunspecBase);
    for (const int base : {40000, 0, 50000})
        if (std::find(bases.begin(), bases.end(), base) == bases.end())
            bases.push_back(base);
    return bases;
}

namespace {

QString describeRequirement(const SunSpecModelRequirement& requirement)
{
    QString text = QString::number(requirement.id);
    if (!requirement.alternatives.empty()) {
        QStringList others;
        for (const int id : requirement.alternatives)
            others << QString::number(id);
        text += QStringLiteral(" (or %1)").arg(others.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

SunSpecResolution resolveSunSpecProfile(const DeviceProfile& profile, const SunSpecChain& chain)
{
    // Each listed model -> the block on this device that stands for it (itself or an alternative).
    std::map<int, const SunSpecModelBlock*> blockFor;
    QStringList missing;
    for (const SunSpecModelRequirement& requirement : profile.identification.sunspecModels) {
        const SunSpecModelBlock* block = chain.find(requirement.id);
        for (auto it = requirement.alternatives.begin(); !block && it != requirement.alternatives.end(); ++it)
            block = chain.find(*it);
        if (block)
            blockFor[requirement.id] = block;
        else if (requirement.required)
            missing << describeRequirement(requirement);
    }
    if (!missing.isEmpty()) {
        QStringList found;
        for (const SunSpecModelBlock& m : chain.models)
            found << QString::number(m.id);
        return {std::nullopt,
                QStringLiteral("%1: SunSpec model(s) %2 missing (the device at %3 has %4)")
                    .arg(profile.id, missing.join(QStringLiteral(", ")))
                    .arg(chain.base)
                    .arg(found.isEmpty() ? QStringLiteral("none") : found.join(QStringLiteral(", ")))};
    }

    DeviceProfile resolved = profile;
    resolved.identification.sunspecBase.reset();
    resolved.registers.clear();
    std::set<QString> dropped; // registers of optional models this device does not have
    for (const ProfileRegister& reg : profile.registers) {
        const auto block = reg.sunspecModel ? blockFor.find(*reg.sunspecModel) : blockFor.end();
        if (block == blockFor.end()) {
            dropped.insert(reg.name);
            continue;
        }
        const SunSpecModelBlock& model = *block->second;
        if (reg.address + reg.registerCount() > 2 + model.length)
            return {
                std::nullopt,
                QStringLiteral("%1: register %2 (model %3 offset %4) lies beyond model %5 at %6, which has "
                               "%7 registers")
                    .arg(profile.id, reg.name)
                    .arg(*reg.sunspecModel)
                    .arg(reg.address)
                    .arg(model.id)
                    .arg(model.address)
                    .arg(model.length)};
        ProfileRegister moved = reg;
        moved.address = model.address + reg.address;
        resolved.registers.push_back(std::move(moved));
    }
    if (resolved.registers.empty())
        return {std::nullopt,
                QStringLiteral("%1: none of the profile's SunSpec models is on the device").arg(profile.id)};

    const auto usesDropped = [&](const ProfileWrite& w) { return dropped.count(w.registerName) > 0; };
    if (resolved.setpoint && dropped.count(resolved.setpoint->registerName))
        resolved.setpoint.reset();
    if (resolved.watchdog && dropped.count(resolved.watchdog->registerName))
        resolved.watchdog.reset();
    if (resolved.safeState)
        std::erase_if(resolved.safeState->writes, usesDropped);
    std::erase_if(resolved.takeControl, usesDropped);
    std::erase_if(resolved.release, usesDropped);
    resolved.identification.read.removeIf([&](const QString& name) { return dropped.count(name) > 0; });
    return {std::move(resolved), QString()};
}

} // namespace parkwatt
