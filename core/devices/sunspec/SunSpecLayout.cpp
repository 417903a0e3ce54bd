#include "devices/sunspec/SunSpecLayout.h"

#include <QModbusServer>
#include <QSignalBlocker>
#include <algorithm>

namespace parkwatt {

std::optional<int> sunspecStandardLength(int modelId)
{
    switch (modelId) {
    case 1:
        return 66;
    case 101:
    case 102:
    case 103:
        return 50;
    case 120:
        return 26;
    case 121:
        return 30;
    case 123:
    case 124:
        return 24;
    case 203:
        return 105;
    case 713:
        return 7;
    case 802:
        return 62;
    default:
        return std::nullopt;
    }
}

SunSpecChain sunspecLayoutFor(const DeviceProfile& profile)
{
    SunSpecChain chain;
    chain.base = profile.identification.sunspecBase.value_or(40000);
    std::vector<int> ids{1};
    for (const SunSpecModelRequirement& m : profile.identification.sunspecModels)
        if (std::find(ids.begin(), ids.end(), m.id) == ids.end())
            ids.push_back(m.id);
    int address = chain.base + 2;
    for (const int id : ids) {
        int covering = 0; // registers after L that the profile's registers of this model need
        for (const ProfileRegister& r : profile.registers)
            if (r.sunspecModel == id)
                covering = std::max(covering, r.address + r.registerCount() - 2);
        const int length = std::max(sunspecStandardLength(id).value_or(0), covering);
        chain.models.push_back({id, address, length});
        address += 2 + length;
    }
    return chain;
}

QModbusDataUnit sunspecChainImage(const SunSpecChain& chain)
{
    const int end =
        chain.models.empty() ? chain.base + 2 : chain.models.back().address + 2 + chain.models.back().length;
    QList<quint16> words(end + 2 - chain.base, 0);
    words[0] = kSunSpecMarkerHigh;
    words[1] = kSunSpecMarkerLow;
    for (const SunSpecModelBlock& m : chain.models) {
        words[m.address - chain.base] = quint16(m.id);
        words[m.address - chain.base + 1] = quint16(m.length);
    }
    words[end - chain.base] = kSunSpecEndId; // the end marker's L stays 0
    return QModbusDataUnit(QModbusDataUnit::HoldingRegisters, chain.base, words);
}

bool layOutSunSpecChain(DeviceProfile& profile, QModbusServer& server, QString* error)
{
    const SunSpecChain chain = sunspecLayoutFor(profile);
    const QModbusDataUnit image = sunspecChainImage(chain);
    if (image.startAddress() + image.valueCount() > 65536) {
        *error = QStringLiteral("%1: the SunSpec chain at %2 does not fit below 65536")
                     .arg(profile.id)
                     .arg(chain.base);
        return false;
    }
    SunSpecResolution resolved = resolveSunSpecProfile(profile, chain);
    if (!resolved.profile) {
        *error = resolved.error;
        return false;
    }
    QModbusDataUnitMap map;
    map.insert(QModbusDataUnit::HoldingRegisters,
               QModbusDataUnit(QModbusDataUnit::HoldingRegisters, image.startAddress(),
                               quint16(image.valueCount())));
    if (!server.setMap(map)) {
        *error = QStringLiteral("%1: cannot lay out the SunSpec chain").arg(profile.id);
        return false;
    }
    const QSignalBlocker quiet(&server); // the device's own layout, not a client's write
    server.setData(image);
    profile = std::move(*resolved.profile);
    return true;
}

} // namespace parkwatt
